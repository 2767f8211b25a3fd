/// A two-sided confidence interval for a mean: `mean ± halfWidth`.
public struct ConfidenceInterval: Sendable, Hashable, CustomStringConvertible {
  /// The point estimate.
  public var mean: Double
  /// Half the interval's width.
  public var halfWidth: Double
  /// The confidence level, e.g. 0.95.
  public var level: Double
  /// Number of independent observations behind it.
  public var count: Int

  /// The interval for the mean of `count` independent observations with the
  /// given sample standard deviation: mean ± t₍₁₋₍₁₋level₎/₂, n−1₎ · s/√n.
  ///
  /// - Precondition: `count >= 2`; `0 < level < 1`.
  public init(mean: Double, standardDeviation: Double, count: Int, level: Double = 0.95) {
    precondition(count >= 2, "A confidence interval needs at least two observations")
    precondition(level > 0 && level < 1, "Level must be in (0, 1), got \(level)")
    let t = StudentT.quantile(1 - (1 - level) / 2, degreesOfFreedom: Double(count - 1))
    self.mean = mean
    self.halfWidth = t * standardDeviation / Double(count).squareRoot()
    self.level = level
    self.count = count
  }

  /// Lower bound.
  public var lower: Double { mean - halfWidth }
  /// Upper bound.
  public var upper: Double { mean + halfWidth }

  /// Whether `value` lies in the interval (bounds included).
  public func contains(_ value: Double) -> Bool { value >= lower && value <= upper }

  public var description: String { "\(mean) ± \(halfWidth) (\(Int(level * 100)) %, n = \(count))" }
}
