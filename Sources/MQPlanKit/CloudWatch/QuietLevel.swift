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
    // One buffer for every window, sorted in place: a new array per window
    // (a month has 43,200) was 8 % of `mqplan plan` under callgrind.
    var window: [Double] = []
    window.reserveCapacity(n)
    for end in 0..<values.count {
      window.removeAll(keepingCapacity: true)
      for index in Swift.max(0, end - n + 1)...end {
        if let value = values[index] { window.append(value) }
      }
      guard window.count >= m else { continue }
      window.sort(by: >)
      level = Swift.max(level, window[m - 1])
    }
    return level == -Double.infinity ? 0 : level
  }
}
