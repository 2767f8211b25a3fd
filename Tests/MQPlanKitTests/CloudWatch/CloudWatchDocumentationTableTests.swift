import Testing

@testable import MQPlanKit

/// Every row of the two example tables of AWS's CloudWatch User Guide,
/// "Using Amazon CloudWatch alarms" → "How alarm state is evaluated when data
/// is missing" and "Avoiding premature transitions to alarm state":
/// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-evaluating-missing-data
/// (the page now lives at .../monitoring/alarms-and-missing-data.html), read
/// as awsdocs/amazon-cloudwatch-user-guide `doc_source/AlarmThatSendsEmail.md`,
/// the last version before that repository was archived. Evaluation range
/// 5, most recent datapoint on the right; table 1: N = M = 3; table 2:
/// N = 3, M = 2. `nil` is "Retain current state".
///
/// Each row is checked twice: on the rule alone (with each possible current
/// state, so "retain" is really retain), and end to end through
/// `AlarmEvaluator` on a one-minute series written from the row.
@Suite("CloudWatch alarms: AWS documentation tables")
struct CloudWatchDocumentationTableTests {
  struct Row: CustomTestStringConvertible, Sendable {
    var pattern: String
    var n: Int
    var m: Int
    /// Expected state for missing, ignore, breaching, notBreaching.
    var missing: AlarmState?
    var ignore: AlarmState?
    var breaching: AlarmState?
    var notBreaching: AlarmState?
    var testDescription: String { "\(pattern) (\(m) of \(n))" }

    func expected(_ mode: TreatMissingData) -> AlarmState? {
      switch mode {
      case .missing: missing
      case .ignore: ignore
      case .breaching: breaching
      case .notBreaching: notBreaching
      }
    }
  }

  static let table1: [Row] = [
    Row(pattern: "0 - X - X", n: 3, m: 3, missing: .ok, ignore: .ok, breaching: .ok, notBreaching: .ok),
    Row(pattern: "0 - - - -", n: 3, m: 3, missing: .ok, ignore: .ok, breaching: .ok, notBreaching: .ok),
    Row(
      pattern: "- - - - -", n: 3, m: 3, missing: .insufficientData, ignore: nil, breaching: .alarm,
      notBreaching: .ok),
    Row(
      pattern: "0 X X - X", n: 3, m: 3, missing: .alarm, ignore: .alarm, breaching: .alarm,
      notBreaching: .alarm),
    Row(pattern: "- - X - -", n: 3, m: 3, missing: .alarm, ignore: nil, breaching: .alarm, notBreaching: .ok),
  ]

  static let table2: [Row] = [
    Row(
      pattern: "0 - X - X", n: 3, m: 2, missing: .alarm, ignore: .alarm, breaching: .alarm,
      notBreaching: .alarm),
    Row(
      pattern: "0 0 X 0 X", n: 3, m: 2, missing: .alarm, ignore: .alarm, breaching: .alarm,
      notBreaching: .alarm),
    Row(pattern: "0 - X - -", n: 3, m: 2, missing: .ok, ignore: .ok, breaching: .alarm, notBreaching: .ok),
    Row(pattern: "- - - - 0", n: 3, m: 2, missing: .ok, ignore: .ok, breaching: .alarm, notBreaching: .ok),
    Row(pattern: "- - - X -", n: 3, m: 2, missing: .alarm, ignore: nil, breaching: .alarm, notBreaching: .ok),
  ]

  /// Rows of the same tables in the 2019 version of the page (awsdocs
  /// commit 05fd32f63861ca6646c8aa5c94334fd6e0dfdbf5), replaced since by the
  /// premature-alarm rows above. The current text still says the alarm
  /// "does not go immediately into ALARM state when the data is either
  /// `- - - - X` or `- - - X -`" with M = 3; these rows say what it does.
  static let table2019: [Row] = [
    Row(
      pattern: "- - - - X", n: 3, m: 3, missing: .insufficientData, ignore: nil, breaching: .alarm,
      notBreaching: .ok),
    Row(pattern: "X - - - -", n: 3, m: 3, missing: .alarm, ignore: nil, breaching: .alarm, notBreaching: .ok),
    Row(
      pattern: "- - - - X", n: 3, m: 2, missing: .insufficientData, ignore: nil, breaching: .alarm,
      notBreaching: .ok),
  ]

  static func checkRule(_ row: Row) {
    let summary = _AlarmRangeSummary(range: AlarmPatterns.classes(row.pattern), evaluationPeriods: row.n)
    for mode in TreatMissingData.allCases {
      let (decision, _) = _AlarmRule.decide(
        summary, evaluationPeriods: row.n, datapointsToAlarm: row.m, treatMissingData: mode)
      for current in AlarmState.allCases {
        let next: AlarmState
        switch decision {
        case .set(let state): next = state
        case .retain: next = current
        }
        #expect(next == row.expected(mode) ?? current, "\(row.pattern) \(mode) from \(current)")
      }
    }
  }

  static func checkEndToEnd(_ row: Row) {
    let series = AlarmPatterns.series(row.pattern)
    for mode in TreatMissingData.allCases {
      let result = AlarmEvaluator.evaluate(
        AlarmPatterns.alarm(n: row.n, m: row.m, treatMissingData: mode), series: series)
      #expect(result.states.count == 5)
      let before = result.states.count > 1 ? result.states[result.states.count - 2] : .insufficientData
      #expect(result.finalState == row.expected(mode) ?? before, "\(row.pattern) \(mode)")
    }
  }

  @Test("Table 1 (3 of 3): the rule", arguments: table1)
  func table1Rule(_ row: Row) { Self.checkRule(row) }

  @Test("Table 1 (3 of 3): end to end on a series", arguments: table1)
  func table1EndToEnd(_ row: Row) { Self.checkEndToEnd(row) }

  @Test("Table 2 (2 of 3): the rule", arguments: table2)
  func table2Rule(_ row: Row) { Self.checkRule(row) }

  @Test("Table 2 (2 of 3): end to end on a series", arguments: table2)
  func table2EndToEnd(_ row: Row) { Self.checkEndToEnd(row) }

  @Test("2019 rows (single recent breach): the rule and end to end", arguments: table2019)
  func rows2019(_ row: Row) {
    Self.checkRule(row)
    Self.checkEndToEnd(row)
  }

  /// The guide's second-row remark: `0 - - - -` stays OK when missing data
  /// breaches, "the next time this alarm is evaluated, if the data is still
  /// missing it will go to ALARM".
  @Test("Row 2 of table 1 with breaching: OK now, ALARM one evaluation later")
  func rowTwoNextEvaluation() {
    let alarm = AlarmPatterns.alarm(n: 3, m: 3, treatMissingData: .breaching)
    let now = AlarmEvaluator.evaluate(alarm, series: AlarmPatterns.series("0 - - - -"))
    let later = AlarmEvaluator.evaluate(alarm, series: AlarmPatterns.series("0 - - - - -"))
    #expect(now.finalState == .ok)
    #expect(later.finalState == .alarm)
    #expect(later.transitions.last?.time == 360)
  }
}
