import SimKit
import Testing

@testable import MQPlanKit

/// Hand-computed series: when an alarm fires, clears and waits, per AWS's
/// "Evaluating an alarm" (M out of N over the most recent periods) and
/// mqplan's documented choices (periods aligned to time 0, evaluated at
/// their end, evaluation range N + 2).
@Suite("CloudWatch alarms: evaluator")
struct AlarmEvaluatorTests {
  /// Average over 300 s, 3 of 3, > 100; 50 per minute, then 200 from
  /// minute `step`. The period [15, 20) min averages (k·50 + (5−k)·200)/5
  /// with k = step − 15 minutes at 50: 140 for step 17, 110 for 18 (both
  /// breach, so periods ending at 20, 25, 30 min breach → ALARM at 1,800 s),
  /// 80 for 19 (the third breaching period ends at 35 min → 2,100 s).
  @Test(
    "A step up fires at the end of the third breaching 5-minute period",
    arguments: [(17, 1_800.0), (18, 1_800.0), (19, 2_100.0)])
  func stepUp(step: Int, firesAt: Double) throws {
    let series = AlarmPatterns.series(minutes: 40) { $0 < step ? 50 : 200 }
    let alarm = AlarmPatterns.alarm(n: 3, m: 3, period: 300)
    let result = AlarmEvaluator.evaluate(alarm, series: series)
    #expect(result.states.count == 8)
    #expect(result.transitions.map(\.time) == [300, firesAt])
    #expect(result.transitions.map(\.to) == [.ok, .alarm])
    #expect(result.transitions.first?.from == .insufficientData)
    let fired = try #require(result.transitions.last)
    #expect(fired.from == .ok)
    if step == 17 {
      #expect(
        fired.reason
          == "Threshold Crossed: 3 out of the last 3 datapoints [200.0 (t=1,500s), 200.0 (t=1,200s), "
          + "140.0 (t=900s)] were greater than the threshold (100.0).")
    }
    #expect(result.evaluationTime(result.states.firstIndex(of: .alarm)!) == firesAt)
  }

  /// 2 of 3 on one-minute periods, `0 X 0 X 0 0`: the newest three hold two
  /// breaches only at minute 4 (`X 0 X`), and one again at minute 5.
  @Test("M of N: 2 of 3 breaching datapoints, not consecutive, fire; then clear")
  func twoOfThree() {
    let result = AlarmEvaluator.evaluate(
      AlarmPatterns.alarm(n: 3, m: 2), series: AlarmPatterns.series("0 X 0 X 0 0"))
    #expect(result.states == [.ok, .ok, .ok, .alarm, .ok, .ok])
    #expect(result.transitions.map(\.time) == [60, 240, 300])
    #expect(result.transitions[1].reason.hasPrefix("Threshold Crossed: 2 out of the last 3 datapoints"))
    #expect(
      result.transitions[2].reason
        == "Threshold Crossed: 2 out of the last 3 datapoints [50.0 (t=240s), 50.0 (t=120s)] were not "
        + "greater than the threshold (100.0).")
  }

  /// A datapoint equal to the threshold breaches only the "or equal"
  /// operators; one just across breaches the strict ones.
  @Test("Each comparison operator at the threshold exactly", arguments: AlarmComparison.allCases)
  func comparisonAtThreshold(_ comparison: AlarmComparison) {
    let equalBreaches =
      comparison == .greaterThanOrEqualToThreshold || comparison == .lessThanOrEqualToThreshold
    let across =
      comparison == .greaterThanThreshold || comparison == .greaterThanOrEqualToThreshold ? 100.5 : 99.5
    let alarm = AlarmPatterns.alarm(n: 1, m: 1, comparison: comparison)
    let atThreshold = AlarmEvaluator.evaluate(alarm, series: AlarmPatterns.series(minutes: 1) { _ in 100 })
    let beyond = AlarmEvaluator.evaluate(alarm, series: AlarmPatterns.series(minutes: 1) { _ in across })
    #expect(atThreshold.finalState == (equalBreaches ? .alarm : .ok))
    #expect(beyond.finalState == .alarm)
    #expect(comparison.isBreaching(100, threshold: 100) == equalBreaches)
  }

  /// One 300 s period over five minutes: samples 1 and 5, nothing, 10, three
  /// 2s, nothing. Sum 22, 6 samples, average 22/6, minimum 1, maximum 10.
  @Test(
    "Sum, SampleCount, Average, Minimum and Maximum over a period",
    arguments: [
      (AlarmStatistic.sum, 22.0), (.sampleCount, 6), (.average, 22.0 / 6), (.minimum, 1), (.maximum, 10),
    ])
  func aggregation(statistic: AlarmStatistic, expected: Double) throws {
    var series = IntervalSeries(interval: 60)
    for (value, time) in [(1.0, 0.0), (5, 30), (10, 120), (2, 180), (2, 200), (2, 239)] {
      series.record(value, at: time)
    }
    series.extend(through: 300)
    let alarm = AlarmPatterns.alarm(n: 1, m: 1, period: 300, statistic: statistic, threshold: expected)
    let value = try #require(AlarmEvaluator.datapoints(alarm, series: series).first ?? nil)
    #expect(value.isApproximatelyEqual(to: expected))
    // At the threshold: not above it, but at or above it.
    #expect(AlarmEvaluator.evaluate(alarm, series: series).finalState == .ok)
    var orEqual = alarm
    orEqual.comparison = .greaterThanOrEqualToThreshold
    #expect(AlarmEvaluator.evaluate(orEqual, series: series).finalState == .alarm)
  }

  /// One sample in minute 2, then 17 empty minutes: periods [1, –, –, –].
  /// With N = 1 the range is 3 periods, so the real datapoint keeps deciding
  /// until it leaves the range (AWS evaluates "the most recent existing data
  /// points" when fewer are missing than N).
  @Test("A period with some minutes missing is one real datapoint; a period with none is missing")
  func partialPeriods() {
    let series = AlarmPatterns.series("- - X" + String(repeating: " -", count: 17))
    let alarm = AlarmPatterns.alarm(n: 1, m: 1, period: 300, statistic: .sampleCount, threshold: 0)
    #expect(AlarmEvaluator.datapoints(alarm, series: series) == [1, nil, nil, nil])
    #expect(
      AlarmEvaluator.evaluate(alarm, series: series).states == [.alarm, .alarm, .alarm, .insufficientData])
  }

  @Test("A trailing period the series does not finish is not evaluated")
  func trailingPeriod() {
    let series = AlarmPatterns.series(minutes: 14) { _ in 1 }
    let result = AlarmEvaluator.evaluate(AlarmPatterns.alarm(n: 1, m: 1, period: 300), series: series)
    #expect(result.datapoints.count == 2)
    #expect(result.evaluationTime(1) == 600)
  }

  /// X X X, then the metric stops. `missing`: the premature rule keeps ALARM
  /// while a breach is in the range, then all five are missing →
  /// INSUFFICIENT_DATA at minute 8. `ignore`: ALARM stays. `breaching`:
  /// ALARM stays. `notBreaching`: OK once fewer than three real datapoints
  /// are left in the range (evaluation at minute 6).
  @Test("The metric stops while in ALARM: each missing-data mode")
  func metricStopsInAlarm() {
    let series = AlarmPatterns.series("X X X - - - - - - -")
    func states(_ mode: TreatMissingData) -> [AlarmState] {
      AlarmEvaluator.evaluate(AlarmPatterns.alarm(n: 3, m: 3, treatMissingData: mode), series: series).states
    }
    let alarm = AlarmState.alarm
    let insufficient = AlarmState.insufficientData
    #expect(
      states(.missing)
        == [insufficient, insufficient] + Array(repeating: alarm, count: 5)
        + Array(repeating: insufficient, count: 3))
    #expect(states(.ignore) == [.insufficientData, .insufficientData] + Array(repeating: alarm, count: 8))
    #expect(states(.breaching) == Array(repeating: alarm, count: 10))
    #expect(states(.notBreaching) == [.ok, .ok, .alarm, .alarm, .alarm, .ok, .ok, .ok, .ok, .ok])
  }

  @Test("ignore keeps OK through a gap, and the data decides again when it returns")
  func ignoreKeepsOK() {
    let series = AlarmPatterns.series("0 0 0 - - - - - - - X X X")
    let result = AlarmEvaluator.evaluate(
      AlarmPatterns.alarm(n: 3, m: 3, treatMissingData: .ignore), series: series)
    #expect(result.states == Array(repeating: .ok, count: 12) + [.alarm])
    #expect(result.transitions.map(\.time) == [60, 780])
    let missing = AlarmEvaluator.evaluate(AlarmPatterns.alarm(n: 3, m: 3), series: series)
    #expect(missing.states[7] == .insufficientData, "all five missing under `missing`")
  }

  @Test("The states start in INSUFFICIENT_DATA and transitions start at the series start")
  func offsetStart() {
    var series = IntervalSeries(interval: 60, start: 1_000)
    series.record(150, at: 1_000)
    let result = AlarmEvaluator.evaluate(AlarmPatterns.alarm(n: 1, m: 1), series: series)
    #expect(
      result.transitions == [
        AlarmTransition(
          time: 1_060, from: .insufficientData, to: .alarm,
          reason:
            "Threshold Crossed: 1 out of the last 1 datapoints [150.0 (t=1,000s)] was greater than the threshold (100.0)."
        )
      ])
  }

  @Test("366 days of minutes with a one-day 1-of-1440 window: linear time, one state per period")
  func longRun() {
    let minutes = 366 * 1_440
    let series = AlarmPatterns.series(minutes: minutes) { $0 % 7_919 < 2 ? 150 : ($0 % 3 == 0 ? nil : 50) }
    let alarm = AlarmPatterns.alarm(n: 1_440, m: 2)
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      let result = AlarmEvaluator.evaluate(alarm, series: series)
      #expect(result.states.count == minutes)
      #expect(result.transitions.count > 2)
    }
    #expect(elapsed < .seconds(20), "took \(elapsed)")
  }
}
