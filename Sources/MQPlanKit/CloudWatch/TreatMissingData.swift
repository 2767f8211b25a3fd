/// How an alarm treats periods without a datapoint, named as CloudWatch's
/// `TreatMissingData` (S26; AWS CloudWatch User Guide, "Configuring how
/// CloudWatch alarms treat missing data").
///
/// The modes only matter when the evaluation range holds fewer real
/// datapoints than `evaluationPeriods`; see ``AlarmEvaluator`` for the rules.
package enum TreatMissingData: String, Sendable, Hashable, CaseIterable {
  /// The default. Missing datapoints are not evaluated; when every datapoint
  /// of the evaluation range is missing the alarm goes to INSUFFICIENT_DATA.
  case missing
  /// Missing datapoints count as within the threshold ("good").
  case notBreaching
  /// Missing datapoints count as breaching the threshold ("bad").
  case breaching
  /// The current alarm state is kept when the real data cannot decide.
  case ignore
}
