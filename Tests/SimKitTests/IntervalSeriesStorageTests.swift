import Testing

@testable import SimKit

/// `IntervalSeries` keeps one double per interval until an interval gets a
/// second sample, then switches to full cells. Oracle: brute force, the
/// samples of each interval kept in a list, and count, sum, minimum and
/// maximum computed from it.
@Suite("Interval series storage")
struct IntervalSeriesStorageTests {
  /// Samples at random times, some intervals skipped; `repeats` of them
  /// land in an interval that already has one.
  static func samples(seed: UInt64, count: Int, repeats: Bool) -> [(time: Double, value: Double)] {
    var random = Xoshiro256StarStar(seed: seed)
    var result: [(time: Double, value: Double)] = []
    var interval = 0
    for _ in 0..<count {
      interval += 1 + Int(random.nextUnit() * 3)  // gaps of 0–2 intervals
      let value = (random.nextUnit() - 0.3) * 1_000
      result.append((Double(interval) * 60 + random.nextUnit() * 59.9, value))
      if repeats && random.nextUnit() < 0.2 {
        result.append((Double(interval) * 60 + random.nextUnit() * 59.9, value * 0.5 - 7))
      }
    }
    return result
  }

  static func check(
    _ series: IntervalSeries, against samples: [(time: Double, value: Double)], intervals: Int? = nil
  ) {
    var byInterval: [Int: [Double]] = [:]
    for sample in samples { byInterval[Int(sample.time / 60), default: []].append(sample.value) }
    let last = byInterval.keys.max() ?? -1
    #expect(series.intervalCount == intervals ?? last + 1)
    for index in 0...(last + 1) {
      let point = series.datapoint(at: index)
      guard let values = byInterval[index] else {
        #expect(point == nil, "interval \(index) has no sample")
        continue
      }
      #expect(point?.sampleCount == values.count)
      #expect(point?.sum == values.reduce(0, +))
      #expect(point?.minimum == values.min() && point?.maximum == values.max())
      #expect(point?.start == Double(index) * 60)
    }
  }

  @Test("One sample per interval: compact, datapoints as brute force", arguments: [1, 2, 3] as [UInt64])
  func compact(seed: UInt64) {
    let samples = Self.samples(seed: seed, count: 2_000, repeats: false)
    var series = IntervalSeries(interval: 60, reservingThrough: 10_000 * 60)
    for sample in samples { series.record(sample.value, at: sample.time) }
    #expect(series.isCompact)
    Self.check(series, against: samples)
  }

  @Test(
    "Some intervals with two samples: cells, datapoints as brute force", arguments: [4, 5, 6] as [UInt64])
  func promoted(seed: UInt64) {
    let samples = Self.samples(seed: seed, count: 2_000, repeats: true)
    var series = IntervalSeries(interval: 60)
    for sample in samples { series.record(sample.value, at: sample.time) }
    #expect(!series.isCompact)
    Self.check(series, against: samples)
  }

  @Test("A second sample after gaps and an extension keeps what was recorded")
  func promotionAfterGaps() {
    var series = IntervalSeries(interval: 60)
    series.record(3, at: 10)
    series.extend(through: 600)  // intervals 1–9 missing
    series.record(4, at: 400)
    #expect(series.isCompact && series.intervalCount == 10)
    series.record(-2, at: 410)  // interval 6's second sample
    #expect(!series.isCompact && series.intervalCount == 10)
    Self.check(series, against: [(10, 3), (400, 4), (410, -2)], intervals: 10)
  }

  @Test("Equal datapoints, equal series; scaling a compact series keeps gaps missing")
  func equalityAndScaling() {
    var a = IntervalSeries(interval: 60, reservingThrough: 3_600)
    var b = IntervalSeries(interval: 60)
    for (time, value) in [(0.0, 1.0), (200.0, 2.5)] {
      a.record(value, at: time)
      b.record(value, at: time)
    }
    #expect(a == b && a.hashValue == b.hashValue)
    #expect(a == a, "a gap (NaN inside) must not make a series unequal to itself")
    let scaled = a.scaled(by: 4)
    #expect(scaled.isCompact && scaled.datapoint(at: 1) == nil && scaled.datapoint(at: 3)?.maximum == 10)
    var c = b
    c.record(2.5, at: 210)
    #expect(c != b)
  }
}
