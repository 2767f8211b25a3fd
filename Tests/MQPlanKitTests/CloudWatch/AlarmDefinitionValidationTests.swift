import Testing

@testable import MQPlanKit

/// AWS's `PutMetricAlarm` constraints (reference sqs-eventbridge.md §7, S26).
@Suite("CloudWatch alarms: definition problems")
struct AlarmDefinitionValidationTests {
  static func alarm(period: Double, n: Int, m: Int? = nil, threshold: Double = 1) -> AlarmDefinition {
    AlarmDefinition(
      name: "depth", period: period, statistic: .maximum, evaluationPeriods: n, datapointsToAlarm: m,
      comparison: .greaterThanThreshold, threshold: threshold)
  }

  @Test(
    "Valid periods and windows have no problems",
    arguments: [
      (10.0, 8_640), (20, 4_320), (30, 2_880), (60, 1_440), (300, 288), (3_540, 24), (3_600, 168),
      (86_400, 7),
    ])
  func valid(period: Double, n: Int) {
    #expect(Self.alarm(period: period, n: n).problems() == [])
  }

  @Test("A period that is not 10, 20, 30 or a multiple of 60", arguments: [0.0, 5, 45, 90, 61, -60])
  func invalidPeriod(period: Double) {
    let seconds = AlarmDefinition.seconds(period)
    #expect(
      Self.alarm(period: period, n: 1).problems()
        == ["Alarm depth: period \(seconds) s is not valid; use 10, 20, 30 or a multiple of 60 seconds."])
  }

  @Test("Period × N over one day with a period under an hour")
  func windowOverOneDay() {
    #expect(
      Self.alarm(period: 300, n: 289).problems() == [
        "Alarm depth: period × evaluation periods is 86,700 s (300 s × 289); with a period under 3,600 s "
          + "the window may not exceed 86,400 s (one day). Please use at most 288 evaluation periods or a "
          + "longer period."
      ])
    #expect(Self.alarm(period: 10, n: 8_641).problems().count == 1)
  }

  @Test("Period × N over seven days with a period of an hour or more")
  func windowOverSevenDays() {
    #expect(
      Self.alarm(period: 3_600, n: 169).problems() == [
        "Alarm depth: period × evaluation periods is 608,400 s (3,600 s × 169); the window may not exceed "
          + "604,800 s (seven days). Please use at most 168 evaluation periods or a longer period."
      ])
  }

  @Test("Datapoints to alarm between 1 and N; N at least 1; a finite threshold")
  func counts() {
    #expect(
      Self.alarm(period: 60, n: 3, m: 4).problems() == [
        "Alarm depth: datapoints to alarm is 4; it must be between 1 and the evaluation periods (3)."
      ])
    #expect(Self.alarm(period: 60, n: 3, m: 0).problems().count == 1)
    #expect(
      Self.alarm(period: 60, n: 0).problems() == [
        "Alarm depth: evaluation periods is 0; it must be at least 1.",
        "Alarm depth: datapoints to alarm is 0; it must be between 1 and the evaluation periods (0).",
      ])
    #expect(
      Self.alarm(period: 60, n: 1, threshold: .infinity).problems() == [
        "Alarm depth: threshold must be a finite number, got inf."
      ])
    #expect(Self.alarm(period: 60, n: 3).datapointsToAlarm == 3, "M defaults to N, as in PutMetricAlarm")
  }

  @Test("Every problem at once")
  func allAtOnce() {
    #expect(Self.alarm(period: 45, n: 2, m: 3, threshold: .nan).problems().count == 3)
  }

  @Test("High resolution: periods of 10, 20 and 30 s")
  func highResolution() {
    #expect(Self.alarm(period: 30, n: 1).isHighResolution)
    #expect(!Self.alarm(period: 60, n: 1).isHighResolution)
  }
}
