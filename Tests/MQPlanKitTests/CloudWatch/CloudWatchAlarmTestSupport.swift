import SimKit

@testable import MQPlanKit

/// Builds alarms and one-minute series from the notation of AWS's tables:
/// `0` a datapoint within the threshold, `X` a breaching one, `-` a missing
/// one, oldest first.
enum AlarmPatterns {
  /// The value written for `0` and for `X` against the threshold 100.
  static let within = 50.0
  static let breaching = 150.0

  /// The classes of a pattern such as `"0 - X - X"`.
  static func classes(_ pattern: String) -> [_AlarmDatapointClass] {
    pattern.compactMap { character in
      switch character {
      case "0": .notBreaching
      case "X": .breaching
      case "-": .missing
      default: nil
      }
    }
  }

  /// A one-minute series with one sample per `0`/`X` minute and none for `-`.
  static func series(_ pattern: String) -> IntervalSeries {
    var series = IntervalSeries(interval: 60)
    for (minute, point) in classes(pattern).enumerated() {
      switch point {
      case .notBreaching: series.record(within, at: Double(minute) * 60)
      case .breaching: series.record(breaching, at: Double(minute) * 60)
      case .missing: break
      }
    }
    series.extend(through: Double(classes(pattern).count) * 60)
    return series
  }

  /// A one-minute alarm, `> 100` on the average.
  static func alarm(
    n: Int, m: Int, treatMissingData: TreatMissingData = .missing, period: Double = 60,
    statistic: AlarmStatistic = .average, comparison: AlarmComparison = .greaterThanThreshold,
    threshold: Double = 100
  ) -> AlarmDefinition {
    AlarmDefinition(
      name: "test", period: period, statistic: statistic, evaluationPeriods: n, datapointsToAlarm: m,
      comparison: comparison, threshold: threshold, treatMissingData: treatMissingData)
  }

  /// A series with one sample per minute: `value(minute)`, or none when nil.
  static func series(minutes: Int, value: (Int) -> Double?) -> IntervalSeries {
    var series = IntervalSeries(interval: 60)
    for minute in 0..<minutes {
      if let sample = value(minute) { series.record(sample, at: Double(minute) * 60) }
    }
    series.extend(through: Double(minutes) * 60)
    return series
  }
}
