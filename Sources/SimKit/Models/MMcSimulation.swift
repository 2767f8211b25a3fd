// Implementation priorities, in order: correctness, determinism, performance.

/// The M/M/c queue simulated on ``Simulation``: SimKit's reference model.
///
/// Customers arrive in a Poisson stream at rate λ, wait in one FIFO line,
/// and are served by the first of c servers to be free, for an exponential
/// time of rate μ. Its closed-form answers are in ``ErlangC``; the tests
/// check the simulated waits against them, and the benchmarks time it
/// against the same model in SimPy.
///
/// Statistics are collected after a warm-up of `warmUpCustomers` arrivals,
/// for the next `customers` arrivals, each followed to its departure. Two
/// streams are used, `arrivals` and `service`, so that changing c does not
/// change the arrival times.
///
/// ```swift
/// let result = MMcSimulation.run(
///   arrivalRate: 9, serviceRate: 1, servers: 10,
///   customers: 100_000, warmUpCustomers: 10_000, source: RandomSource(seed: 1))
/// result.meanWait  // ≈ ErlangC(arrivalRate: 9, serviceRate: 1, servers: 10)!.meanWait
/// ```
public enum MMcSimulation {
  /// What one run measured.
  public struct Result: Sendable, Hashable {
    /// Customers measured (arrivals after the warm-up).
    public var customers: Int
    /// Mean wait before service, Wq.
    public var meanWait: Double
    /// Fraction of measured customers who found every server busy.
    public var probabilityOfWaiting: Double
    /// Mean time in the system, W.
    public var meanSojourn: Double
    /// Time-average number in the system over the measurement window, L.
    public var meanInSystem: Double
    /// Measured arrival rate over the window, λ̂.
    public var arrivalRate: Double
    /// Length of the measurement window: from the first measured arrival to
    /// the last measured arrival.
    public var window: Double
    /// Events the engine processed, warm-up included.
    public var events: UInt64
  }

  enum Event {
    case arrival
    case departure
  }

  /// Simulates one run.
  ///
  /// - Precondition: rates positive, `servers >= 1`, `customers >= 1`,
  ///   `warmUpCustomers >= 0`.
  public static func run(
    arrivalRate: Double, serviceRate: Double, servers: Int,
    customers: Int, warmUpCustomers: Int, source: RandomSource
  ) -> Result {
    precondition(arrivalRate > 0 && serviceRate > 0, "Rates must be positive")
    precondition(servers >= 1 && customers >= 1 && warmUpCustomers >= 0, "Invalid sizes")
    let sim = Simulation<Event>()
    var arrivals = source.stream("arrivals")
    var service = source.stream("service")
    let interarrival = Distribution.exponential(mean: 1 / arrivalRate)
    let serviceTime = Distribution.exponential(mean: 1 / serviceRate)
    let total = warmUpCustomers + customers

    var arrived = 0
    var busy = 0
    // Each waiting customer: (arrival time, measured?). A customer's sojourn
    // is wait + service, both known when service starts, so departures need
    // no bookkeeping beyond the count in the system.
    var line = RingBuffer<(Double, Bool)>(capacity: 1024)
    var waits = Tally()
    var sojourns = Tally()
    var waited = 0
    var inSystem = TimeWeightedAverage(startTime: 0)
    var windowStart = 0.0
    var windowEnd = 0.0
    var windowIntegral = 0.0

    func startService(arrivedAt: Double, measured: Bool) {
      let duration = serviceTime.sample(using: &service)
      if measured {
        waits.record(sim.now - arrivedAt)
        sojourns.record(sim.now - arrivedAt + duration)
      }
      sim.schedule(.departure, after: duration)
    }

    sim.schedule(.arrival, after: interarrival.sample(using: &arrivals))
    sim.run { event in
      switch event.payload {
      case .arrival:
        arrived += 1
        let measured = arrived > warmUpCustomers
        if arrived == warmUpCustomers + 1 {
          windowStart = sim.now
          inSystem.reset(at: sim.now)
        }
        inSystem.add(1, at: sim.now)
        if arrived == total {
          windowEnd = sim.now
          windowIntegral = inSystem.integral(until: sim.now)
        }
        if arrived < total {
          sim.schedule(.arrival, after: interarrival.sample(using: &arrivals))
        }
        if busy < servers {
          busy += 1
          startService(arrivedAt: sim.now, measured: measured)
        } else {
          if measured { waited += 1 }
          line.append((sim.now, measured))
        }
      case .departure:
        inSystem.add(-1, at: sim.now)
        if let (arrivedAt, measured) = line.popFirst() {
          startService(arrivedAt: arrivedAt, measured: measured)
        } else {
          busy -= 1
        }
      }
    }
    let window = windowEnd - windowStart
    return Result(
      customers: customers,
      meanWait: waits.mean,
      probabilityOfWaiting: Double(waited) / Double(customers),
      meanSojourn: sojourns.mean,
      meanInSystem: window > 0 ? windowIntegral / window : 0,
      arrivalRate: window > 0 ? Double(customers - 1) / window : 0,
      window: window,
      events: sim.processedCount)
  }
}
