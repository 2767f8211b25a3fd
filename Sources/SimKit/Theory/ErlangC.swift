/// Closed-form results for the M/M/c queue: Poisson arrivals at rate λ,
/// exponential service at rate μ per server, c servers, FIFO, infinite
/// waiting room.
///
/// These are the oracles that simulated queues are checked against, and the
/// analytic bounds the planner prunes with.
///
/// The probability of waiting is Erlang's C formula, computed from the
/// Erlang B recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)) with
/// a = λ/μ, and C = B(c) / (1 − ρ(1 − B(c))) (Kleinrock, *Queueing Systems*
/// vol. 1, 1975, §3.5; the recursion is numerically stable for any c, where
/// the textbook sum of aᵏ/k! overflows past c ≈ 170).
///
/// ```swift
/// let q = ErlangC(arrivalRate: 10, serviceRate: 12, servers: 2)!
/// q.probabilityOfWaiting  // 0.2451
/// q.meanWait              // Wq = 0.01751 s
/// ```
public struct ErlangC: Sendable, Hashable {
  /// λ, arrivals per unit time.
  public let arrivalRate: Double
  /// μ, services per unit time per server.
  public let serviceRate: Double
  /// c, the number of servers.
  public let servers: Int

  /// An M/M/c queue, or `nil` unless it is stable (ρ = λ/(cμ) < 1) with
  /// positive finite rates and at least one server.
  public init?(arrivalRate: Double, serviceRate: Double, servers: Int) {
    guard arrivalRate > 0, serviceRate > 0, servers >= 1, arrivalRate.isFinite,
      serviceRate.isFinite, arrivalRate < Double(servers) * serviceRate
    else { return nil }
    self.arrivalRate = arrivalRate
    self.serviceRate = serviceRate
    self.servers = servers
  }

  /// Offered load a = λ/μ, in Erlangs.
  public var offeredLoad: Double { arrivalRate / serviceRate }

  /// Utilisation per server ρ = λ/(cμ).
  public var utilization: Double { arrivalRate / (Double(servers) * serviceRate) }

  /// Erlang B: the blocking probability of the M/M/c/c loss system with the
  /// same load.
  public var erlangB: Double {
    let a = offeredLoad
    var b = 1.0
    for k in 1...servers { b = a * b / (Double(k) + a * b) }
    return b
  }

  /// Erlang C: the probability that an arrival has to wait, P(Wq > 0).
  public var probabilityOfWaiting: Double {
    let b = erlangB
    return b / (1 - utilization * (1 - b))
  }

  /// P0, the probability that the system is empty.
  ///
  /// From C = (aᶜ / c!) · P0 / (1 − ρ), evaluated in logarithms so that it
  /// holds for large c.
  public var probabilityEmpty: Double {
    let c = Double(servers)
    let logP0 =
      StableMath.log(probabilityOfWaiting) + StableMath.log(1 - utilization)
      + StableMath.logGamma(c + 1) - c * StableMath.log(offeredLoad)
    return StableMath.exp(logP0)
  }

  /// Lq, the mean number waiting: C · ρ / (1 − ρ).
  public var meanQueueLength: Double {
    probabilityOfWaiting * utilization / (1 - utilization)
  }

  /// Wq, the mean wait before service: C / (cμ − λ).
  public var meanWait: Double {
    probabilityOfWaiting / (Double(servers) * serviceRate - arrivalRate)
  }

  /// W, the mean time in the system: Wq + 1/μ.
  public var meanSojourn: Double { meanWait + 1 / serviceRate }

  /// L, the mean number in the system: λW (Little's law).
  public var meanInSystem: Double { arrivalRate * meanSojourn }

  /// P(Wq > t) = C · e^(−(cμ − λ)t), for t ≥ 0.
  public func probabilityWaitExceeds(_ t: Double) -> Double {
    precondition(t >= 0, "Wait must be non-negative")
    return probabilityOfWaiting * StableMath.exp(-(Double(servers) * serviceRate - arrivalRate) * t)
  }
}
