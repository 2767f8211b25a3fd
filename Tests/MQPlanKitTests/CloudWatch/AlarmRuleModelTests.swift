import SimKit
import Testing

@testable import MQPlanKit

/// The evaluator's O(1) prefix counts against a naive model that rebuilds
/// each evaluation range and counts it, on seeded random alarms and series.
@Suite("CloudWatch alarms: evaluator vs naive model")
struct AlarmRuleModelTests {
  static func naiveStates(
    _ classes: [_AlarmDatapointClass], n: Int, m: Int, mode: TreatMissingData, range: Int
  ) -> [AlarmState] {
    var state = AlarmState.insufficientData
    var states: [AlarmState] = []
    for index in classes.indices {
      let first = index + 1 - range
      let window = (first..<index + 1).map { $0 >= 0 ? classes[$0] : .missing }
      let summary = _AlarmRangeSummary(range: window, evaluationPeriods: n)
      switch _AlarmRule.decide(summary, evaluationPeriods: n, datapointsToAlarm: m, treatMissingData: mode)
        .decision
      {
      case .set(let next): state = next
      case .retain: break
      }
      states.append(state)
    }
    return states
  }

  @Test("2,000 seeded random alarms and series agree with the naive model")
  func randomAgainstModel() {
    for seed in UInt64(0)..<2_000 {
      var random = SplitMix64(seed: seed)
      let n = 1 + random.nextIndex(below: 6)
      let m = 1 + random.nextIndex(below: n)
      let mode = TreatMissingData.allCases[random.nextIndex(below: 4)]
      let gaps = random.nextUnit()
      let values: [Double?] = (0..<(1 + random.nextIndex(below: 40))).map { _ in
        random.nextUnit() < gaps ? nil : Double(random.nextIndex(below: 3)) * 50
      }
      let alarm = AlarmPatterns.alarm(n: n, m: m, treatMissingData: mode)
      let result = AlarmEvaluator.evaluate(alarm, datapoints: values)
      let classes = values.map { value -> _AlarmDatapointClass in
        guard let value else { return .missing }
        return value > 100 ? .breaching : .notBreaching
      }
      let expected = Self.naiveStates(
        classes, n: n, m: m, mode: mode, range: AlarmEvaluator.evaluationRange(for: alarm))
      #expect(result.states == expected, "seed \(seed): \(m) of \(n), \(mode), \(values)")
    }
  }
}
