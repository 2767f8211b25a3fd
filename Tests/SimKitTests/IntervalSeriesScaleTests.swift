import Testing

@testable import SimKit

/// `IntervalSeries.scaled(by:)` against recording the scaled samples.
@Suite("Interval series scaling")
struct IntervalSeriesScaleTests {
  @Test("Scaling equals recording every sample scaled; missing intervals stay missing")
  func scaling() {
    var series = IntervalSeries(interval: 60)
    var expected = IntervalSeries(interval: 60)
    for (time, value) in [(0.0, 2.0), (30.0, 5.0), (150.0, 1.0), (170.0, 4.0)] {
      series.record(value, at: time)
      expected.record(value * 25, at: time)
    }
    series.extend(through: 300)
    expected.extend(through: 300)
    let scaled = series.scaled(by: 25)
    #expect(scaled == expected)
    #expect(scaled.datapoint(at: 1) == nil)
    #expect(scaled.datapoint(at: 2)?.maximum == 100 && scaled.datapoint(at: 0)?.average == 87.5)
  }
}
