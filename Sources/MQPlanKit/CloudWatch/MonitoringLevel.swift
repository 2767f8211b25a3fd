/// MSK's enhanced monitoring levels, each including the ones before it
/// (msk.md §4, S6b), and when the consumer-lag metrics exist.
enum MonitoringLevel {
  static let order = MSKConfiguration.monitoringLevels

  /// Whether a cluster at `configured` publishes a metric that starts at
  /// `needed`.
  static func includes(_ configured: String, _ needed: String) -> Bool {
    guard let have = order.firstIndex(of: configured), let want = order.firstIndex(of: needed) else {
      return false
    }
    return have >= want
  }

  /// MaxOffsetLag, SumOffsetLag and EstimatedMaxTimeLag need Apache Kafka
  /// 2.2.1 or later (S6). Versions compare numerically, part by part;
  /// suffixes such as ".tiered" or "-kraft" are ignored.
  static func lagMetricsAvailable(kafkaVersion: String) -> Bool {
    let parts =
      kafkaVersion.split(whereSeparator: { !$0.isNumber && $0 != "." }).first.map {
        $0.split(separator: ".").compactMap { Int($0) }
      } ?? []
    guard !parts.isEmpty else { return true }  // not a version we can read: assume a current one
    let padded = parts + Array(repeating: 0, count: Swift.max(0, 3 - parts.count))
    return padded.lexicographicallyPrecedes([2, 2, 1]) == false
  }
}
