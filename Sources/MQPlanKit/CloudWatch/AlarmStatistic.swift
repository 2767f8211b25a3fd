/// The statistic a metric alarm computes over each period, named as in
/// CloudWatch's `PutMetricAlarm` (`Statistic`; reference
/// sqs-eventbridge.md §7, S26). Percentiles are not modelled.
package enum AlarmStatistic: String, Sendable, Hashable, CaseIterable {
  /// Σ sum / Σ sample count over the period.
  case average = "Average"
  /// Σ sum over the period.
  case sum = "Sum"
  /// Smallest sample in the period.
  case minimum = "Minimum"
  /// Largest sample in the period.
  case maximum = "Maximum"
  /// Number of samples in the period.
  case sampleCount = "SampleCount"
}
