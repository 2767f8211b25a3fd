extension AlarmDefinition {
  /// Seconds in a day: the longest evaluation window when the period is
  /// under an hour (S26).
  static let maximumWindowBelowOneHourPeriod = 86_400.0
  /// Seconds in seven days: the longest evaluation window otherwise (S26).
  static let maximumWindow = 604_800.0

  /// Every way this definition breaks AWS's `PutMetricAlarm` constraints
  /// (S26, botocore `cloudwatch/2010-08-01/service-2.json`), as sentences
  /// that say what to do; empty when the definition is valid.
  ///
  /// - `Period` is 10, 20, 30 or a positive multiple of 60 seconds.
  /// - `Period` × `EvaluationPeriods` ≤ 86,400 s when `Period` < 3,600 s,
  ///   otherwise ≤ 604,800 s.
  /// - 1 ≤ `DatapointsToAlarm` ≤ `EvaluationPeriods`, and
  ///   `EvaluationPeriods` ≥ 1.
  /// - The threshold is a finite number.
  ///
  /// ```swift
  /// var alarm = AlarmDefinition(
  ///   name: "a", period: 45, statistic: .sum, evaluationPeriods: 1,
  ///   comparison: .greaterThanThreshold, threshold: 0)
  /// alarm.problems()
  /// // ["Alarm a: period 45 s is not valid; use 10, 20, 30 or a multiple of 60 seconds."]
  /// ```
  ///
  /// - Complexity: O(1).
  package func problems() -> [String] {
    var problems: [String] = []
    let label = "Alarm \(name.isEmpty ? "(unnamed)" : name)"
    let periodIsValid =
      period == 10 || period == 20 || period == 30
      || (period >= 60 && period.truncatingRemainder(dividingBy: 60) == 0)
    if !periodIsValid {
      problems.append(
        "\(label): period \(Self.seconds(period)) s is not valid; use 10, 20, 30 or a multiple of 60 seconds."
      )
    }
    if evaluationPeriods < 1 {
      problems.append("\(label): evaluation periods is \(evaluationPeriods); it must be at least 1.")
    }
    if datapointsToAlarm < 1 || datapointsToAlarm > max(evaluationPeriods, 1) {
      problems.append(
        "\(label): datapoints to alarm is \(datapointsToAlarm); it must be between 1 and the evaluation "
          + "periods (\(evaluationPeriods)).")
    }
    if periodIsValid && evaluationPeriods >= 1 {
      let window = period * Double(evaluationPeriods)
      let limit = period < 3_600 ? Self.maximumWindowBelowOneHourPeriod : Self.maximumWindow
      if window > limit {
        let most = Int((limit / period).rounded(.down))
        let rule =
          period < 3_600
          ? "with a period under 3,600 s the window may not exceed 86,400 s (one day)"
          : "the window may not exceed 604,800 s (seven days)"
        problems.append(
          "\(label): period × evaluation periods is \(Self.seconds(window)) s "
            + "(\(Self.seconds(period)) s × \(evaluationPeriods)); \(rule). "
            + "Please use at most \(most) evaluation periods or a longer period.")
      }
    }
    if !threshold.isFinite {
      problems.append("\(label): threshold must be a finite number, got \(threshold).")
    }
    return problems
  }

  /// `86400` rather than `86400.0`, with thousands separators: "86,400".
  static func seconds(_ value: Double) -> String {
    guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return "\(value)" }
    let digits = String(Int(abs(value)))
    var grouped = ""
    for (offset, character) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
      grouped.append(character)
    }
    return value < 0 ? "-" + grouped : grouped
  }
}
