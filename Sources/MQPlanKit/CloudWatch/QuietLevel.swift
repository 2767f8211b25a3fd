/// The smallest threshold at which an "M out of N datapoints greater than
/// the threshold" alarm never fires on a series: for every window of N
/// consecutive period datapoints the alarm fires exactly when the M-th
/// largest exceeds the threshold, so the answer is the largest M-th largest
/// value over all windows. Missing datapoints are skipped (they cannot
/// breach under `missing` or `notBreaching`).
enum QuietLevel {
  /// max over windows of N of the M-th largest present value.
  static func threshold(_ values: [Double?], datapointsToAlarm m: Int, evaluationPeriods n: Int) -> Double {
    var level = -Double.infinity
    guard !values.isEmpty else { return 0 }
    for end in 0..<values.count {
      let window = values[Swift.max(0, end - n + 1)...end].compactMap { $0 }
      guard window.count >= m else { continue }
      let sorted = window.sorted(by: >)
      level = Swift.max(level, sorted[m - 1])
    }
    return level == -Double.infinity ? 0 : level
  }
}
