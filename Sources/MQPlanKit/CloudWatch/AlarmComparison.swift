/// How a datapoint is compared with the threshold, named as CloudWatch's
/// `ComparisonOperator` for static thresholds (S26). A datapoint that
/// satisfies the comparison is *breaching*.
package enum AlarmComparison: String, Sendable, Hashable, CaseIterable {
  case greaterThanThreshold = "GreaterThanThreshold"
  case greaterThanOrEqualToThreshold = "GreaterThanOrEqualToThreshold"
  case lessThanThreshold = "LessThanThreshold"
  case lessThanOrEqualToThreshold = "LessThanOrEqualToThreshold"

  /// Whether `value` breaches `threshold` under this comparison.
  ///
  /// ```swift
  /// AlarmComparison.greaterThanThreshold.isBreaching(100, threshold: 100)  // false
  /// AlarmComparison.greaterThanOrEqualToThreshold.isBreaching(100, threshold: 100)  // true
  /// ```
  package func isBreaching(_ value: Double, threshold: Double) -> Bool {
    switch self {
    case .greaterThanThreshold: value > threshold
    case .greaterThanOrEqualToThreshold: value >= threshold
    case .lessThanThreshold: value < threshold
    case .lessThanOrEqualToThreshold: value <= threshold
    }
  }

  /// The words CloudWatch uses in a state reason: "greater than", …
  package var phrase: String {
    switch self {
    case .greaterThanThreshold: "greater than"
    case .greaterThanOrEqualToThreshold: "greater than or equal to"
    case .lessThanThreshold: "less than"
    case .lessThanOrEqualToThreshold: "less than or equal to"
    }
  }
}
