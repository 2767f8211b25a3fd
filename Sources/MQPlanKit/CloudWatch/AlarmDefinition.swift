/// A CloudWatch metric alarm on a static threshold, with the fields of
/// `PutMetricAlarm` that decide its state (reference sqs-eventbridge.md §7,
/// S26).
///
/// The initializer stores what it is given; call ``problems()`` to check
/// AWS's constraints before evaluating. ``AlarmEvaluator`` requires a
/// definition without problems.
///
/// ```swift
/// let depth = AlarmDefinition(
///   name: "orders-depth", metricName: "ApproximateNumberOfMessagesVisible",
///   namespace: "AWS/SQS", dimensions: ["QueueName": "orders"],
///   period: 300, statistic: .average, evaluationPeriods: 3, datapointsToAlarm: 3,
///   comparison: .greaterThanThreshold, threshold: 100)
/// depth.problems()  // []
/// ```
package struct AlarmDefinition: Sendable, Hashable {
  /// Alarm name, for reports.
  package var name: String
  /// Metric name, for reports.
  package var metricName: String
  /// Metric namespace, for reports (e.g. `AWS/SQS`).
  package var namespace: String
  /// Metric dimensions, for reports.
  package var dimensions: [String: String]
  /// Length of one datapoint in seconds: 10, 20, 30 (high resolution) or a
  /// multiple of 60.
  package var period: Double
  /// The statistic computed over each period.
  package var statistic: AlarmStatistic
  /// N: how many of the most recent datapoints are evaluated.
  package var evaluationPeriods: Int
  /// M: how many of those N must breach for ALARM (1 ≤ M ≤ N).
  package var datapointsToAlarm: Int
  /// How a datapoint is compared with ``threshold``.
  package var comparison: AlarmComparison
  /// The static threshold.
  package var threshold: Double
  /// How missing datapoints are treated; `missing` by default, as in AWS.
  package var treatMissingData: TreatMissingData

  /// A definition; `datapointsToAlarm` defaults to `evaluationPeriods` and
  /// `treatMissingData` to `missing`, as `PutMetricAlarm` does.
  package init(
    name: String, metricName: String = "", namespace: String = "", dimensions: [String: String] = [:],
    period: Double, statistic: AlarmStatistic, evaluationPeriods: Int, datapointsToAlarm: Int? = nil,
    comparison: AlarmComparison, threshold: Double, treatMissingData: TreatMissingData = .missing
  ) {
    self.name = name
    self.metricName = metricName
    self.namespace = namespace
    self.dimensions = dimensions
    self.period = period
    self.statistic = statistic
    self.evaluationPeriods = evaluationPeriods
    self.datapointsToAlarm = datapointsToAlarm ?? evaluationPeriods
    self.comparison = comparison
    self.threshold = threshold
    self.treatMissingData = treatMissingData
  }

  /// Whether the period makes this a high-resolution alarm (10, 20 or 30 s),
  /// billed at $0.30 instead of $0.10 per alarm metric-month (§8, S13).
  package var isHighResolution: Bool { period < 60 }
}
