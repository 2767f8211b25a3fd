import SimKit

/// Evaluates a CloudWatch metric alarm over a simulated metric, as
/// CloudWatch does: a datapoint per period, the last datapoints compared
/// with the threshold, M out of N, and the missing-data rules.
///
/// The rules come from the AWS CloudWatch User Guide, "Using Amazon
/// CloudWatch alarms" (sections "Evaluating an alarm", "How alarm state is
/// evaluated when data is missing", "Avoiding premature transitions to
/// alarm state"); see `_AlarmRule.decide` for each one and its source.
///
/// ```swift
/// var depth = IntervalSeries(interval: 60)
/// for minute in 0..<40 { depth.record(minute < 17 ? 50 : 200, at: Double(minute) * 60) }
/// let alarm = AlarmDefinition(
///   name: "depth", period: 300, statistic: .average, evaluationPeriods: 3,
///   comparison: .greaterThanThreshold, threshold: 100)
/// let result = AlarmEvaluator.evaluate(alarm, series: depth)
/// result.transitions.map(\.time)  // [300, 1800]: OK at 5 min, ALARM at 30 min
/// ```
///
/// Choices where AWS does not say (each also in the report that introduced
/// this type):
///
/// - **Periods are aligned to the series start** (time 0 of the run), and the
///   alarm is **evaluated once per period, at its end**. CloudWatch evaluates
///   standard alarms every minute; whether a 300 s alarm then slides its
///   windows by a minute or waits for clock-aligned periods is not
///   documented. With aligned periods, the evaluations between two period
///   ends see the same closed periods, so evaluating at period ends gives
///   the same states. If CloudWatch slides, it can change state up to
///   `period − 60` s earlier than mqplan says.
/// - A trailing period that the series does not cover completely is not
///   evaluated (it has not ended).
/// - **Evaluation range = N + 2 datapoints** (``evaluationRange(for:)``).
///   AWS says the range is larger than N and "depends on the length of the
///   alarm period and whether it is based on a metric with standard
///   resolution or high resolution"; its examples use 5 for N = 3.
/// - Periods before the run count as missing: the alarm is created at time
///   0 and the metric did not exist before (AWS reads older data when it
///   exists).
/// - Metric delay is zero: a period's samples are all there at its end.
///
/// - Complexity: O(intervals + periods): the statistic of each period is
///   computed once, and each evaluation is O(1) from prefix counts; a
///   transition's reason costs O(N + 2) more.
package enum AlarmEvaluator {
  /// Datapoints fetched at each evaluation: N + 2 (AWS's example: 5 for N = 3).
  package static func evaluationRange(for definition: AlarmDefinition) -> Int {
    definition.evaluationPeriods + 2
  }

  /// The statistic of every whole period of `series`, oldest first; `nil`
  /// for a period without samples.
  ///
  /// - Precondition: `definition.period` is a positive whole multiple of
  ///   `series.interval` (one-minute series serve periods of 60 s and up;
  ///   high-resolution alarms need a series at 10, 20 or 30 s).
  /// - Complexity: O(intervals in the series).
  package static func datapoints(_ definition: AlarmDefinition, series: IntervalSeries) -> [Double?] {
    let ratio = definition.period / series.interval
    precondition(
      ratio >= 1 && ratio == ratio.rounded(),
      "Alarm period \(definition.period) s must be a whole multiple of the series interval \(series.interval) s"
    )
    let perPeriod = Int(ratio)
    let periods = series.intervalCount / perPeriod
    var values: [Double?] = []
    values.reserveCapacity(periods)
    for period in 0..<periods {
      var count = 0
      var sum = 0.0
      var minimum = Double.infinity
      var maximum = -Double.infinity
      for index in period * perPeriod..<(period + 1) * perPeriod {
        guard let point = series.datapoint(at: index) else { continue }
        count += point.sampleCount
        sum += point.sum
        minimum = Swift.min(minimum, point.minimum)
        maximum = Swift.max(maximum, point.maximum)
      }
      guard count > 0 else {
        values.append(nil)
        continue
      }
      switch definition.statistic {
      case .average: values.append(sum / Double(count))
      case .sum: values.append(sum)
      case .minimum: values.append(minimum)
      case .maximum: values.append(maximum)
      case .sampleCount: values.append(Double(count))
      }
    }
    return values
  }

  /// Evaluates `definition` on `series`, from INSUFFICIENT_DATA at time
  /// `series.start`.
  ///
  /// - Parameters:
  ///   - definition: The alarm; it must have no ``AlarmDefinition/problems()``.
  ///   - series: The metric: one interval per datapoint of the metric, an
  ///     interval without samples being a missing datapoint.
  /// - Returns: Datapoints, state after each evaluation, and transitions.
  /// - Precondition: `definition.problems().isEmpty`; the period is a whole
  ///   multiple of the series interval.
  /// - Complexity: O(intervals + periods + transitions × N).
  package static func evaluate(_ definition: AlarmDefinition, series: IntervalSeries) -> AlarmEvaluation {
    evaluate(definition, datapoints: datapoints(definition, series: series), start: series.start)
  }

  /// Evaluates `definition` on per-period datapoints already computed
  /// (oldest first; `nil` = missing), the first period starting at `start`.
  ///
  /// - Precondition: `definition.problems().isEmpty`.
  /// - Complexity: O(periods + transitions × N).
  package static func evaluate(
    _ definition: AlarmDefinition, datapoints: [Double?], start: Double = 0
  ) -> AlarmEvaluation {
    let problems = definition.problems()
    precondition(problems.isEmpty, problems.joined(separator: " "))
    let n = definition.evaluationPeriods
    let m = definition.datapointsToAlarm
    let range = evaluationRange(for: definition)
    let classes = datapoints.map { value -> _AlarmDatapointClass in
      guard let value else { return .missing }
      return definition.comparison.isBreaching(value, threshold: definition.threshold)
        ? .breaching : .notBreaching
    }
    // realBefore[i] / breachingBefore[i]: real / breaching datapoints in
    // periods 0..<i. realPeriods[k]: the period of the k-th real datapoint;
    // breachingBeforeReal[k]: breaching among the first k real datapoints.
    var realBefore = [0]
    var breachingBefore = [0]
    var realPeriods: [Int] = []
    var breachingBeforeReal = [0]
    realBefore.reserveCapacity(classes.count + 1)
    breachingBefore.reserveCapacity(classes.count + 1)
    for (index, point) in classes.enumerated() {
      let isReal = point != .missing
      let isBreaching = point == .breaching
      realBefore.append(realBefore[index] + (isReal ? 1 : 0))
      breachingBefore.append(breachingBefore[index] + (isBreaching ? 1 : 0))
      if isReal {
        realPeriods.append(index)
        breachingBeforeReal.append(breachingBeforeReal[realPeriods.count - 1] + (isBreaching ? 1 : 0))
      }
    }
    var result = AlarmEvaluation(
      definition: definition, start: start, datapoints: datapoints, states: [], transitions: [])
    result.states.reserveCapacity(classes.count)
    var state = AlarmState.insufficientData
    for index in classes.indices {
      let first = Swift.max(0, index + 1 - range)
      let real = realBefore[index + 1] - realBefore[first]
      let realSoFar = realBefore[index + 1]
      let newest = Swift.min(n, realSoFar)
      let summary = _AlarmRangeSummary(
        realCount: real,
        breachingCount: breachingBefore[index + 1] - breachingBefore[first],
        breachingAmongNewestN: breachingBeforeReal[realSoFar] - breachingBeforeReal[realSoFar - newest],
        oldestRealAge: real == 0 ? 0 : index - realPeriods[realBefore[first]] + 1)
      let (decision, branch) = _AlarmRule.decide(
        summary, evaluationPeriods: n, datapointsToAlarm: m, treatMissingData: definition.treatMissingData)
      let next: AlarmState
      switch decision {
      case .set(let newState): next = newState
      case .retain: next = state
      }
      if next != state {
        let reason = _AlarmReason.text(
          definition: definition, datapoints: datapoints, classes: classes, start: start,
          evaluation: index, range: range, branch: branch, to: next)
        result.transitions.append(
          AlarmTransition(time: result.evaluationTime(index), from: state, to: next, reason: reason))
        state = next
      }
      result.states.append(state)
    }
    result._checkInvariants()
    return result
  }
}
