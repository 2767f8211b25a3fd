/// The state reason of a transition, worded like CloudWatch's
/// (`StateReason`, e.g. "Threshold Crossed: 3 out of the last 3 datapoints
/// [20000.0 (08/11/22 11:25:00), …] were greater than the threshold (0.0)",
/// AWS CloudWatch User Guide, Metrics Insights alarms partial-data example).
/// Datapoints are listed newest first, labelled with the start of their
/// period in seconds from the start of the run.
enum _AlarmReason {
  /// - Complexity: O(evaluation range).
  static func text(
    definition: AlarmDefinition, datapoints: [Double?], classes: [_AlarmDatapointClass], start: Double,
    evaluation index: Int, range: Int, branch: _AlarmRuleBranch, to state: AlarmState
  ) -> String {
    let n = definition.evaluationPeriods
    let threshold = "the threshold (\(definition.threshold))"
    let phrase = definition.comparison.phrase
    // Real datapoints of the range, newest first.
    var real: [(value: Double, time: Double, breaching: Bool)] = []
    for period in stride(from: index, through: Swift.max(0, index + 1 - range), by: -1) {
      guard let value = datapoints[period] else { continue }
      real.append((value, start + Double(period) * definition.period, classes[period] == .breaching))
    }
    func list(_ points: some Sequence<(value: Double, time: Double, breaching: Bool)>) -> String {
      "[" + points.map { "\($0.value) (t=\(AlarmDefinition.seconds($0.time))s)" }.joined(separator: ", ")
        + "]"
    }
    func were(_ count: Int) -> String { count == 1 ? "was" : "were" }
    func counted(_ count: Int) -> String { count == 1 ? "1 datapoint" : "\(count) datapoints" }
    let missing = range - real.count
    let breaching = real.filter(\.breaching)
    let within = real.filter { !$0.breaching }
    switch branch {
    case .enoughRealData:
      let newest = real.prefix(n)
      let chosen = newest.filter { $0.breaching == (state == .alarm) }
      return "Threshold Crossed: \(chosen.count) out of the last \(n) datapoints \(list(chosen)) "
        + "\(were(chosen.count)) \(state == .alarm ? "" : "not ")\(phrase) \(threshold)."
    case .allMissing:
      if state == .insufficientData {
        return "Insufficient Data: \(counted(range)) \(were(range)) unknown."
      }
      let mode = definition.treatMissingData == .breaching ? "Breaching" : "NonBreaching"
      return "Threshold Crossed: no datapoints were received for \(range) periods and "
        + "\(n) missing datapoints were treated as [\(mode)]."
    case .filled:
      let mode = definition.treatMissingData == .breaching ? "Breaching" : "NonBreaching"
      let chosen = state == .alarm ? breaching : within
      return "Threshold Crossed: \(chosen.count) out of \(counted(real.count)) received "
        + "\(list(chosen)) \(were(chosen.count)) \(state == .alarm ? "" : "not ")\(phrase) \(threshold) "
        + "and \(counted(n - real.count)) missing \(were(n - real.count)) treated as [\(mode)]."
    case .realDataWithinThreshold:
      return "Threshold Crossed: \(within.count) out of \(counted(real.count)) received \(list(within)) "
        + "\(were(within.count)) not \(phrase) \(threshold); \(counted(missing)) of the last \(range) "
        + "\(were(missing)) missing."
    case .realDataBreaching:
      return "Threshold Crossed: \(breaching.count) out of \(counted(real.count)) received "
        + "\(list(breaching)) \(were(breaching.count)) \(phrase) \(threshold); \(counted(missing)) "
        + "of the last \(range) \(were(missing)) missing."
    case .premature:
      let age = real.last.map {
        Int(((start + Double(index) * definition.period - $0.time) / definition.period).rounded()) + 1
      }
      return "Threshold Crossed: \(counted(breaching.count)) \(list(breaching)) \(were(breaching.count)) "
        + "\(phrase) \(threshold) and every more recent datapoint was missing; the oldest is "
        + "\(age ?? 0) periods old, at least the \(definition.datapointsToAlarm) datapoints to alarm."
    case .undecided:
      return "Insufficient Data: \(counted(real.count)) of the last \(range) received, all "
        + "\(phrase) \(threshold), too recent to decide."
    }
  }
}
