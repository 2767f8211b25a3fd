/// The state of a metric alarm, as CloudWatch names it (`StateValue`).
/// A new alarm starts in ``insufficientData`` (S26).
package enum AlarmState: String, Sendable, Hashable, CaseIterable {
  /// The metric is within the threshold.
  case ok = "OK"
  /// The metric is outside the threshold.
  case alarm = "ALARM"
  /// The alarm has just started or not enough data is available.
  case insufficientData = "INSUFFICIENT_DATA"
}
