import SimKit

/// The simulation group: the whole M/M/c model, as in SimPy's peer script.
enum MMcBenchmark {
  struct Measurement {
    var customers: Int
    var seconds: Double
    var result: MMcSimulation.Result
    var customersPerSecond: Double { Double(customers) / seconds }
  }

  static func run(
    arrivalRate: Double, serviceRate: Double, servers: Int, customers: Int, seed: UInt64
  ) -> Measurement {
    let clock = ContinuousClock()
    var result: MMcSimulation.Result?
    let elapsed = clock.measure {
      result = MMcSimulation.run(
        arrivalRate: arrivalRate, serviceRate: serviceRate, servers: servers,
        customers: customers, warmUpCustomers: 0, source: RandomSource(seed: seed))
    }
    guard let result else { preconditionFailure("no result") }
    precondition(result.customers == customers, "wrong customer count")
    precondition(result.events == UInt64(2 * customers), "every customer arrives and departs")
    blackHole(result)
    return Measurement(
      customers: customers, seconds: elapsed.seconds, result: result)
  }
}

extension Duration {
  var seconds: Double {
    let (s, attoseconds) = components
    return Double(s) + Double(attoseconds) * 1e-18
  }
}

/// Keeps a value alive so the optimiser cannot delete the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
