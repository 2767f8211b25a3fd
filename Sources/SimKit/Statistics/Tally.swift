/// Count, mean, variance, minimum and maximum of a stream of observations,
/// in O(1) memory.
///
/// Mean and variance use Welford's update (Technometrics 4, 1962), which
/// does not lose precision the way Σx² − (Σx)²/n does; ``merge(_:)`` uses
/// Chan, Golub and LeVeque's pairwise formula (1979), so tallies from
/// parallel replications combine exactly as if one had seen every value.
///
/// ```swift
/// var waits = Tally()
/// for w in [0.1, 0.4, 0.2] { waits.record(w) }
/// waits.mean  // 0.2333…
/// ```
public struct Tally: Sendable, Hashable {
  /// Number of observations.
  public private(set) var count: Int = 0
  /// Mean of the observations (0 when empty).
  public private(set) var mean: Double = 0
  var m2: Double = 0
  /// Smallest observation (`+infinity` when empty).
  public private(set) var min: Double = .infinity
  /// Largest observation (`-infinity` when empty).
  public private(set) var max: Double = -.infinity
  /// Sum of the observations.
  public private(set) var sum: Double = 0

  /// An empty tally.
  public init() {}

  /// Adds one observation.
  ///
  /// - Precondition: `value` is finite.
  public mutating func record(_ value: Double) {
    precondition(value.isFinite, "Tally observation must be finite, got \(value)")
    count += 1
    let delta = value - mean
    mean += delta / Double(count)
    m2 += delta * (value - mean)
    if value < min { min = value }
    if value > max { max = value }
    sum += value
  }

  /// Sample variance (divisor n − 1); 0 with fewer than two observations.
  public var variance: Double { count > 1 ? Swift.max(0, m2 / Double(count - 1)) : 0 }

  /// Sample standard deviation.
  public var standardDeviation: Double { variance.squareRoot() }

  /// A confidence interval for the mean, treating the observations as
  /// independent (Student's t with n − 1 degrees of freedom). Use it on
  /// replication means, not on autocorrelated samples from one run.
  ///
  /// - Precondition: at least two observations; `0 < level < 1`.
  public func confidenceInterval(level: Double = 0.95) -> ConfidenceInterval {
    ConfidenceInterval(mean: mean, standardDeviation: standardDeviation, count: count, level: level)
  }

  /// Adds every observation of `other`, as if recorded here.
  public mutating func merge(_ other: Tally) {
    guard other.count > 0 else { return }
    guard count > 0 else {
      self = other
      return
    }
    let n = Double(count + other.count)
    let delta = other.mean - mean
    mean += delta * Double(other.count) / n
    m2 += other.m2 + delta * delta * Double(count) * Double(other.count) / n
    count += other.count
    min = Swift.min(min, other.min)
    max = Swift.max(max, other.max)
    sum += other.sum
  }
}
