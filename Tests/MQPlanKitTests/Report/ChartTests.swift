import Foundation
import SimKit
import Testing

@testable import MQPlanKit

/// The chart arithmetic the HTML report rests on. Oracles: brute force
/// (each bucket's maximum recomputed from the raw minutes), the textbook
/// interpolated quantile (R type 7, numpy's default) worked by hand, and
/// the definition of a "nice" step (1, 2, 2.5 or 5 × 10ⁿ).
@Suite("Charts")
struct ChartTests {
  @Test(
    "Ticks start at 0, cover the maximum, and step by 1, 2, 2.5 or 5 × 10ⁿ",
    arguments: [
      0.7, 1, 3.2, 9.99, 10, 47, 123, 999, 1_001, 56_789, 1.2e9,
    ])
  func ticks(_ maximum: Double) {
    let ticks = ChartAxis.ticks(maximum: maximum)
    #expect(ticks.first == 0)
    #expect(ticks.last! >= maximum)
    #expect(ticks.count >= 3 && ticks.count <= 8, "\(ticks)")
    let step = ticks[1] - ticks[0]
    let magnitude = pow(10, log10(step).rounded(.down))
    let mantissa = step / magnitude
    #expect([1, 2, 2.5, 5, 10].contains { abs($0 - mantissa) < 1e-9 }, "step \(step)")
    // The last tick is the first at or above the maximum.
    #expect(ticks[ticks.count - 2] < maximum)
  }

  @Test("Bucket maxima equal the brute-force maximum of each bucket's minutes")
  func maxima() {
    var random = RandomSource(seed: 7).replication(0).stream("chart")
    var series = IntervalSeries(interval: 60)
    var minutes: [Double] = []
    for minute in 0..<1_000 {
      let value = Double(random.next() % 10_000) / 7
      minutes.append(value)
      series.record(value, at: Double(minute) * 60)
    }
    let bucket = 900.0
    let points = ChartSampling.maxima(series, bucket: bucket, horizon: 60_000)
    #expect(points.count == Int((60_000 / bucket).rounded(.up)))
    for (index, point) in points.enumerated() {
      let range = (index * 15)..<min(minutes.count, (index + 1) * 15)
      #expect(point.y == minutes[range].max(), "bucket \(index)")
      #expect(point.x == min((Double(index) + 0.5) * bucket, 60_000))
    }
    // A window: the same maxima, shifted.
    let window = ChartSampling.maxima(series, bucket: 300, from: 6_000, to: 9_000)
    #expect(window.count == 10)
    for (index, point) in window.enumerated() {
      #expect(point.y == minutes[(100 + index * 5)..<(105 + index * 5)].max())
    }
    // The same from a per-minute array.
    let array = ChartSampling.maxima(minutes, bucket: bucket, horizon: 60_000)
    #expect(zip(array, points).allSatisfy { $0.y == $1.y })
  }

  @Test("Bands: p5, median and p95 interpolate between order statistics (by hand)")
  func band() {
    // Five runs, one bucket: sorted 1, 2, 4, 8, 16. Position p × 4:
    // p5 → 0.2: 1 + 0.2 × 1 = 1.2; p50 → 2: 4; p95 → 3.8: 8 + 0.8 × 8 = 14.4.
    let curves = [16.0, 1, 8, 2, 4].map { [(x: 30.0, y: Optional($0))] }
    let (band, median) = ChartSampling.band(curves)
    #expect(abs(band[0].low - 1.2) < 1e-12)
    #expect(abs(band[0].high - 14.4) < 1e-12)
    #expect(median[0].y == 4)
    // A bucket no run has data for is left out of the band.
    let empty = ChartSampling.band([[(x: 1, y: nil)], [(x: 1, y: nil)]])
    #expect(empty.band.isEmpty && empty.median[0].y == nil)
  }

  @Test("A bucket is a round number of minutes, about 400 a chart")
  func bucket() {
    #expect(ChartSampling.bucket(horizon: 30 * 86_400) == 7_200)
    #expect(ChartSampling.bucket(horizon: 86_400) == 300)
    #expect(ChartSampling.bucket(horizon: 3_600) == 60)
    #expect(30 * 86_400 / ChartSampling.bucket(horizon: 30 * 86_400) <= 400)
  }

  @Test("Time ticks: days on a month, clock times within a day")
  func timeTicks() {
    let month = ChartAxis.timeTicks(from: 0, to: 30 * 86_400)
    #expect(month.labels == ["0", "5", "10", "15", "20", "25", "30"])
    #expect(month.title == "time (day of the run)")
    let window = ChartAxis.timeTicks(from: 8 * 86_400 + 9 * 3_600, to: 8 * 86_400 + 16 * 3_600)
    #expect(window.labels.first == "09:00" && window.labels.last == "16:00")
    #expect(window.title == "time on day 8")
  }

  @Test("Text is escaped: a chart of names with <, & and quotes is well-formed")
  func escaping() {
    #expect(ChartStyle.escape("a<b & \"c\">") == "a&lt;b &amp; &quot;c&quot;&gt;")
    var chart = LineChart(id: "x", title: "a < b", yTitle: "y & z", unit: .count, start: 0, end: 3_600)
    chart.series.append(.init(name: "\"q\"", points: [(0, 1), (60, 2)], style: 0))
    let svg = chart.svg()
    #expect(!svg.contains("a < b") && svg.contains("a &lt; b") && svg.contains("&quot;q&quot;"))
  }
}
