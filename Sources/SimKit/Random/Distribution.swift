// Implementation priorities, in order: correctness, determinism, performance.
//
// Every sampler here is our own, built on `nextUnitOpen()` and `StableMath`,
// so a seed gives the same draws on every platform and toolchain.

/// A probability distribution over real numbers, as engineers describe
/// message sizes, processing times and latencies.
///
/// ```swift
/// let processing = Distribution.lognormal(mean: 0.120, p99: 0.800)!
/// var rng = Xoshiro256StarStar(seed: 1)
/// let seconds = processing.sample(using: &rng)
/// ```
///
/// Sampling is deterministic given the generator's state; the number of
/// random words a draw consumes is *not* promised (the normal sampler
/// rejects), so do not share one stream between components whose draws must
/// stay aligned: give each its own ``RandomSource/stream(_:)``.
public enum Distribution: Sendable, Hashable {
  /// Always `value`.
  case constant(Double)
  /// Uniform on `[lower, upper)`.
  case uniform(lower: Double, upper: Double)
  /// Exponential with the given mean (rate 1 / mean).
  case exponential(mean: Double)
  /// Normal (Gaussian). Draws can be negative; callers that need a positive
  /// quantity validate the parameters or clamp explicitly.
  case normal(mean: Double, standardDeviation: Double)
  /// Lognormal: exp of a normal with mean `mu` and standard deviation
  /// `sigma` (the parameters of the underlying normal, not of the draws).
  case lognormal(mu: Double, sigma: Double)
  /// Pareto (type I): `scale · U^(−1/shape)`, support `[scale, ∞)`. The mean
  /// is finite only for `shape > 1`, the variance only for `shape > 2`.
  case pareto(scale: Double, shape: Double)
  /// An empirical distribution built from observations.
  case empirical(EmpiricalDistribution)

  /// z such that Φ(z) = 0.99 for the standard normal (Abramowitz & Stegun
  /// 26.2.23 tables; 2.326347874040841).
  public static let z99 = 2.326_347_874_040_840_8

  /// The lognormal with the given mean and 99th percentile, the two figures
  /// engineers usually know about a latency.
  ///
  /// Solves mean = exp(μ + σ²/2) and p99 = exp(μ + z₉₉σ): with
  /// r = ln(p99 / mean), σ = z₉₉ − √(z₉₉² − 2r), the smaller root, which is
  /// the less heavy-tailed of the two lognormals that fit.
  ///
  /// - Returns: `nil` when no lognormal fits: `mean` or `p99` not positive and
  ///   finite, `p99 <= mean`, or p99 / mean above exp(z₉₉² / 2) ≈ 14.97.
  public static func lognormal(mean: Double, p99: Double) -> Distribution? {
    guard mean > 0, p99 > mean, mean.isFinite, p99.isFinite else { return nil }
    let r = StableMath.log(p99 / mean)
    let discriminant = z99 * z99 - 2 * r
    guard discriminant >= 0 else { return nil }
    let sigma = z99 - discriminant.squareRoot()
    let mu = StableMath.log(mean) - sigma * sigma / 2
    return .lognormal(mu: mu, sigma: sigma)
  }

  /// Largest p99 / mean ratio a lognormal can have: exp(z₉₉² / 2).
  public static var lognormalMaxP99ToMeanRatio: Double { StableMath.exp(z99 * z99 / 2) }

  /// Draws one value.
  ///
  /// - Complexity: O(1) expected; O(log n) for an empirical distribution of
  ///   n points.
  @inlinable
  public func sample(using rng: inout some RandomNumberGenerator) -> Double {
    switch self {
    case .constant(let value):
      return value
    case .uniform(let lower, let upper):
      return lower + (upper - lower) * rng.nextUnit()
    case .exponential(let mean):
      return mean * _ExponentialZiggurat.sample(using: &rng)
    case .normal(let mean, let standardDeviation):
      return mean + standardDeviation * Self.standardNormal(using: &rng)
    case .lognormal(let mu, let sigma):
      return StableMath.exp(mu + sigma * Self.standardNormal(using: &rng))
    case .pareto(let scale, let shape):
      return scale * StableMath.exp(-StableMath.log(rng.nextUnitOpen()) / shape)
    case .empirical(let table):
      return table.sample(using: &rng)
    }
  }

  /// The distribution's mean, or `nil` where it is infinite (Pareto with
  /// shape ≤ 1).
  public var mean: Double? {
    switch self {
    case .constant(let value): return value
    case .uniform(let lower, let upper): return (lower + upper) / 2
    case .exponential(let mean): return mean
    case .normal(let mean, _): return mean
    case .lognormal(let mu, let sigma): return StableMath.exp(mu + sigma * sigma / 2)
    case .pareto(let scale, let shape): return shape > 1 ? shape * scale / (shape - 1) : nil
    case .empirical(let table): return table.mean
    }
  }

  /// The distribution's variance, or `nil` where it is infinite.
  public var variance: Double? {
    switch self {
    case .constant: return 0
    case .uniform(let lower, let upper): return (upper - lower) * (upper - lower) / 12
    case .exponential(let mean): return mean * mean
    case .normal(_, let sd): return sd * sd
    case .lognormal(let mu, let sigma):
      let s2 = sigma * sigma
      return (StableMath.exp(s2) - 1) * StableMath.exp(2 * mu + s2)
    case .pareto(let scale, let shape):
      guard shape > 2 else { return nil }
      return scale * scale * shape / ((shape - 1) * (shape - 1) * (shape - 2))
    case .empirical(let table): return table.variance
    }
  }

  /// A standard normal draw by Marsaglia's polar method (1964): two uniforms
  /// in the unit disc, one log and one square root; no trigonometry. The
  /// second value of the pair is discarded so that a draw has no hidden
  /// state.
  @inlinable
  static func standardNormal(using rng: inout some RandomNumberGenerator) -> Double {
    while true {
      let u = 2 * rng.nextUnit() - 1
      let v = 2 * rng.nextUnit() - 1
      let s = u * u + v * v
      if s > 0 && s < 1 {
        return u * (-2 * StableMath.log(s) / s).squareRoot()
      }
    }
  }
}
