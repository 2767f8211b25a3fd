import SimKit

/// Turns a run's per-minute series into the few hundred points a chart
/// can draw: each point is the largest value in its bucket (the busiest
/// minute), so a short spike is never averaged away, and the bucket is
/// a round number of minutes (a month: 2 h).
enum ChartSampling {
  /// About this many points a chart.
  static let targetPoints = 400

  /// The bucket length, seconds, for a run of `horizon` seconds.
  static func bucket(horizon: Double, cell: Double = 60) -> Double {
    let raw = horizon / Double(targetPoints)
    let choices = [60.0, 300, 600, 900, 1_800, 3_600, 7_200, 10_800, 21_600, 43_200, 86_400]
    let choice = choices.first { $0 >= raw } ?? 86_400
    return max(choice, cell)
  }

  /// "each point is the busiest minute of its 2 h": the caption's words.
  static func describe(bucket: Double) -> String {
    bucket <= 60 ? "One point a minute" : "Each point is the busiest minute of its \(Format.duration(bucket))"
  }

  /// Bucket maxima of a series: (bucket midpoint, max or nil when empty).
  static func maxima(_ series: IntervalSeries, bucket: Double, horizon: Double) -> [(x: Double, y: Double?)] {
    maxima(series, bucket: bucket, from: 0, to: horizon)
  }

  /// Bucket maxima of the part of a series in `from..<to`.
  static func maxima(_ series: IntervalSeries, bucket: Double, from: Double, to: Double) -> [(
    x: Double, y: Double?
  )] {
    let count = Int(((to - from) / bucket).rounded(.up))
    var values = [Double?](repeating: nil, count: count)
    let first = max(0, Int(((from - series.start) / series.interval).rounded(.down)))
    let last = min(series.intervalCount, Int(((to - series.start) / series.interval).rounded(.up)))
    if first < last {
      for index in first..<last {
        guard let point = series.datapoint(at: index) else { continue }
        let slot = Int(((point.start - from) / bucket).rounded(.down))
        guard slot >= 0 && slot < count else { continue }
        values[slot] = max(values[slot] ?? -.infinity, point.maximum)
      }
    }
    return values.enumerated().map { (x: min(from + (Double($0.offset) + 0.5) * bucket, to), y: $0.element) }
  }

  /// Bucket maxima of a per-minute array.
  static func maxima(_ perMinute: [Double], bucket: Double, horizon: Double) -> [(x: Double, y: Double?)] {
    maxima(perMinute, bucket: bucket, from: 0, to: horizon)
  }

  static func maxima(_ perMinute: [Double], bucket: Double, from: Double, to: Double) -> [(
    x: Double, y: Double?
  )] {
    let count = Int(((to - from) / bucket).rounded(.up))
    var values = [Double?](repeating: nil, count: count)
    let first = max(0, Int((from / 60).rounded(.down)))
    let last = min(perMinute.count, Int((to / 60).rounded(.up)))
    if first < last {
      for minute in first..<last {
        let slot = Int(((Double(minute) * 60 - from) / bucket).rounded(.down))
        guard slot >= 0 && slot < count else { continue }
        values[slot] = max(values[slot] ?? -.infinity, perMinute[minute])
      }
    }
    return values.enumerated().map { (x: min(from + (Double($0.offset) + 0.5) * bucket, to), y: $0.element) }
  }

  /// The p5–p95 band and the median over several runs' sampled curves
  /// (linear interpolation between order statistics; with two runs the
  /// band is nearly their range).
  static func band(_ curves: [[(x: Double, y: Double?)]]) -> (
    band: [(x: Double, low: Double, high: Double)], median: [(x: Double, y: Double?)]
  ) {
    guard let first = curves.first else { return ([], []) }
    var band: [(x: Double, low: Double, high: Double)] = []
    var median: [(x: Double, y: Double?)] = []
    for index in first.indices {
      let values = curves.compactMap { index < $0.count ? $0[index].y : nil }.sorted()
      guard !values.isEmpty else {
        median.append((first[index].x, nil))
        continue
      }
      band.append((first[index].x, quantile(values, 0.05), quantile(values, 0.95)))
      median.append((first[index].x, quantile(values, 0.5)))
    }
    return (band, median)
  }

  static func quantile(_ sorted: [Double], _ p: Double) -> Double {
    let position = p * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
  }
}
