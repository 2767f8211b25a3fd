// The state rule of a CloudWatch metric alarm for one evaluation, written
// from the AWS CloudWatch User Guide, "Using Amazon CloudWatch alarms",
// sections "How alarm state is evaluated when data is missing" and
// "Avoiding premature transitions to alarm state"
// (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html,
// since moved to .../alarms-and-missing-data.html; text as in
// awsdocs/amazon-cloudwatch-user-guide doc_source/AlarmThatSendsEmail.md,
// the last version before the repository was archived).
//
// Implementation goals, in order: correctness (every row of AWS's two tables
// holds, see CloudWatchDocumentationTableTests) > determinism > performance
// (O(1) per evaluation from prefix counts, see AlarmEvaluator).

/// How one datapoint of the evaluation range compares with the threshold.
enum _AlarmDatapointClass: Hashable, Sendable {
  case breaching
  case notBreaching
  case missing
}

/// What one evaluation decides.
enum _AlarmDecision: Hashable, Sendable {
  /// Go to (or stay in) this state.
  case set(AlarmState)
  /// Keep the current state (`ignore`).
  case retain
}

/// The counts the rule needs about an evaluation range of R datapoints
/// (oldest first, newest last; periods before the run count as missing).
struct _AlarmRangeSummary: Hashable, Sendable {
  /// Real (non-missing) datapoints in the range.
  var realCount: Int
  /// Breaching datapoints among the real ones in the range.
  var breachingCount: Int
  /// Breaching datapoints among the N most recent real ones; meaningful
  /// only when `realCount >= N`.
  var breachingAmongNewestN: Int
  /// Age of the oldest real datapoint in the range: 1 for the newest slot,
  /// R for the oldest; 0 when there is none.
  var oldestRealAge: Int

  /// The summary of `range` computed naively, for tests and reasons.
  ///
  /// - Complexity: O(R).
  init(range: [_AlarmDatapointClass], evaluationPeriods: Int) {
    var real = 0
    var breaching = 0
    var breachingNewest = 0
    var oldestAge = 0
    for (offset, point) in range.reversed().enumerated() where point != .missing {
      real += 1
      if point == .breaching {
        breaching += 1
        if real <= evaluationPeriods { breachingNewest += 1 }
      }
      oldestAge = offset + 1
    }
    self.init(
      realCount: real, breachingCount: breaching, breachingAmongNewestN: breachingNewest,
      oldestRealAge: oldestAge)
  }

  init(realCount: Int, breachingCount: Int, breachingAmongNewestN: Int, oldestRealAge: Int) {
    self.realCount = realCount
    self.breachingCount = breachingCount
    self.breachingAmongNewestN = breachingAmongNewestN
    self.oldestRealAge = oldestRealAge
  }
}

/// Which branch of the rule decided, so the reason can say why.
enum _AlarmRuleBranch: Hashable, Sendable {
  /// At least N real datapoints: the newest N real ones decide.
  case enoughRealData
  /// Every datapoint of the range is missing.
  case allMissing
  /// Fewer than N real datapoints, the rest filled by the missing-data mode.
  case filled
  /// `missing`/`ignore` with a real non-breaching datapoint and fewer than M
  /// breaching: OK on the real data.
  case realDataWithinThreshold
  /// M or more real breaching datapoints, fewer than N real in all.
  case realDataBreaching
  /// Only breaching real data, fewer than M, the oldest at least M periods
  /// old: the premature-alarm rule sends `missing` to ALARM.
  case premature
  /// Only breaching real data, fewer than M and too recent to decide.
  case undecided
}

enum _AlarmRule {
  /// The decision for one evaluation.
  ///
  /// The rules, in AWS's words and with the choices mqplan makes where the
  /// guide is silent (N = evaluation periods, M = datapoints to alarm):
  ///
  /// 1. At least N real datapoints in the range: the N most recent real
  ///    ones are evaluated, ALARM if ≥ M breach, else OK; the missing-data
  ///    mode "is not needed and is ignored".
  /// 2. None: `missing` → INSUFFICIENT_DATA, `ignore` → keep the state,
  ///    `breaching` → ALARM, `notBreaching` → OK (table row `- - - - -`).
  /// 3. Between: "all real data points in the evaluation range are
  ///    included" and missing ones are used "only as few times as possible",
  ///    so N − real are filled.
  ///    - `breaching`: ALARM if real breaching + (N − real) ≥ M.
  ///    - `notBreaching`: ALARM if real breaching ≥ M.
  ///    - `missing` and `ignore` fill nothing. ALARM if ≥ M real datapoints
  ///      breach (mqplan's choice for `ignore`: M real breaches are not a
  ///      "missing data" decision); else OK if a real datapoint is within
  ///      the threshold (rows `0 - - - -`, `- - - - 0`, `0 - X - -`); else
  ///      every real datapoint breaches and the premature-alarm rule applies:
  ///      `missing` → ALARM when the oldest breaching datapoint is at least M
  ///      periods old (rows `- - X - -` with M = 3, `- - - X -` with M = 2,
  ///      and `X - - - -` of the 2019 table), otherwise INSUFFICIENT_DATA
  ///      (row `- - - - X` of the 2019 table); `ignore` keeps the state
  ///      in both cases (the tables' "Retain current state").
  ///
  /// The guide's M-of-N paragraph says "at least as old as the value of
  /// Evaluation Periods"; its own table (row `- - - X -`, N = 3, M = 2 →
  /// ALARM) contradicts that, and the first paragraph says M, so M it is.
  ///
  /// - Complexity: O(1).
  static func decide(
    _ summary: _AlarmRangeSummary, evaluationPeriods n: Int, datapointsToAlarm m: Int,
    treatMissingData: TreatMissingData
  ) -> (decision: _AlarmDecision, branch: _AlarmRuleBranch) {
    if summary.realCount >= n {
      return (.set(summary.breachingAmongNewestN >= m ? .alarm : .ok), .enoughRealData)
    }
    if summary.realCount == 0 {
      switch treatMissingData {
      case .missing: return (.set(.insufficientData), .allMissing)
      case .ignore: return (.retain, .allMissing)
      case .breaching: return (.set(n >= m ? .alarm : .ok), .allMissing)
      case .notBreaching: return (.set(.ok), .allMissing)
      }
    }
    let breaching = summary.breachingCount
    switch treatMissingData {
    case .breaching:
      return (.set(breaching + (n - summary.realCount) >= m ? .alarm : .ok), .filled)
    case .notBreaching:
      return (.set(breaching >= m ? .alarm : .ok), .filled)
    case .missing, .ignore:
      if breaching >= m { return (.set(.alarm), .realDataBreaching) }
      if breaching < summary.realCount { return (.set(.ok), .realDataWithinThreshold) }
      if treatMissingData == .ignore {
        return (.retain, summary.oldestRealAge >= m ? .premature : .undecided)
      }
      return summary.oldestRealAge >= m
        ? (.set(.alarm), .premature) : (.set(.insufficientData), .undecided)
    }
  }
}
