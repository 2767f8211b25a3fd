import Foundation
import SimKit
import Testing

@Suite("Statistics")
struct StatisticsTests {
  @Test("Tally agrees with the two-pass formulas; merging equals recording everything")
  func tally() {
    var rng = Xoshiro256StarStar(seed: 1)
    let values = (0..<10_001).map { _ in 1e6 + rng.nextUnit() }  // large offset: naive Σx² would lose digits
    var whole = Tally()
    var left = Tally()
    var right = Tally()
    for (index, value) in values.enumerated() {
      whole.record(value)
      if index < 3_000 { left.record(value) } else { right.record(value) }
    }
    let mean = values.reduce(0, +) / Double(values.count)
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    #expect(abs(whole.mean - mean) <= 1e-14 * mean)
    #expect(abs(whole.variance - variance) <= 1e-9 * variance)
    #expect(whole.min == values.min() && whole.max == values.max())
    left.merge(right)
    #expect(left.count == whole.count)
    #expect(abs(left.mean - whole.mean) <= 1e-14 * mean)
    #expect(abs(left.variance - whole.variance) <= 1e-9 * variance)
  }

  @Test("Time-weighted average by hand")
  func timeWeighted() {
    var queue = TimeWeightedAverage(startTime: 0)
    queue.set(1, at: 2)
    queue.set(3, at: 5)
    queue.add(-3, at: 6)
    // 0 on [0,2), 1 on [2,5), 3 on [5,6), 0 on [6,10): area 0 + 3 + 3 + 0 = 6
    #expect(queue.integral(until: 10) == 6)
    #expect(queue.average(until: 10) == 0.6)
    #expect(queue.max == 3)
    queue.reset(at: 10)
    queue.set(2, at: 12)
    #expect(queue.average(until: 14) == 1)
  }

  @Test(
    "Quantile sketch: every quantile within the stated relative error of the exact order statistic",
    arguments: [0.01, 0.005])
  func sketchErrorBound(accuracy: Double) {
    // Streams with heavy tails, zeros and negatives.
    for seed in 0..<20 {
      var rng = Xoshiro256StarStar(seed: UInt64(seed))
      let body = Distribution.lognormal(mean: 0.2, p99: 2.0)!
      let tail = Distribution.pareto(scale: 5, shape: 1.2)
      var sketch = QuantileSketch(relativeAccuracy: accuracy)
      var values: [Double] = []
      for _ in 0..<(1_000 + rng.nextIndex(below: 20_000)) {
        let kind = rng.nextIndex(below: 20)
        let value: Double
        switch kind {
        case 0: value = 0
        case 1: value = -body.sample(using: &rng)
        case 2: value = tail.sample(using: &rng)
        default: value = body.sample(using: &rng)
        }
        values.append(value)
        sketch.record(value)
      }
      values.sort()
      for q in [0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1] {
        let exact = values[Int((q * Double(values.count - 1)).rounded(.down))]
        let estimate = sketch.quantile(q)!
        let allowed = accuracy * abs(exact) * (1 + 1e-9)
        #expect(abs(estimate - exact) <= allowed, "seed \(seed) q \(q): estimate \(estimate), exact \(exact)")
      }
      #expect(sketch.count == UInt64(values.count))
      #expect(sketch.min == values.first && sketch.max == values.last)
    }
  }

  @Test("Merged sketches answer exactly as one sketch of all the values")
  func sketchMerge() {
    var rng = Xoshiro256StarStar(seed: 9)
    var whole = QuantileSketch()
    var a = QuantileSketch()
    var b = QuantileSketch()
    for index in 0..<5_000 {
      let value = Distribution.exponential(mean: 3).sample(using: &rng)
      whole.record(value)
      if index % 3 == 0 { a.record(value) } else { b.record(value) }
    }
    a.merge(b)
    for q in stride(from: 0.0, through: 1.0, by: 0.05) { #expect(a.quantile(q) == whole.quantile(q)) }
    #expect(QuantileSketch().quantile(0.5) == nil)
  }

  @Test("Interval series keeps CloudWatch statistics per minute and leaves gaps missing")
  func intervalSeries() {
    var series = IntervalSeries(interval: 60)
    series.record(10, at: 0)
    series.record(30, at: 59.999)
    series.record(5, at: 60)  // next interval: closed at its start
    series.record(7, at: 200)
    series.extend(through: 300)
    #expect(series.intervalCount == 5)
    let first = series.datapoint(at: 0)
    #expect(first?.sampleCount == 2)
    #expect(first?.sum == 40)
    #expect(first?.average == 20)
    #expect(first?.minimum == 10 && first?.maximum == 30)
    #expect(series.datapoint(at: 1)?.sum == 5)
    #expect(series.datapoint(at: 2) == nil, "no sample in [120, 180): missing, not zero")
    #expect(series.datapoint(at: 3)?.start == 180)
    #expect(series.datapoint(at: 4) == nil)
    #expect(series.datapoints.compactMap { $0 }.count == 3)
  }

  @Test(
    "Student's t quantile and CDF match SciPy",
    arguments: [
      (1.0, 12.706204736174694, 63.656741162871526, 0.8128329581890011),
      (2.0, 4.302652729749462, 9.924843200918287, 0.8638034375544994),
      (3.0, 3.1824463052837078, 5.840909309733355, 0.8847080673775886),
      (5.0, 2.5705818356363146, 4.032142983555228, 0.9030481598787634),
      (10.0, 2.228138851986274, 3.16927267261695, 0.9177463367772799),
      (30.0, 2.0422724563012378, 2.7499956535672254, 0.927967035435677),
      (100.0, 1.9839715185235518, 2.6258905214380173, 0.9316174709376556),
      (1000.0, 1.9623390808264083, 2.580754698065951, 0.9330349805889568),
    ])
  func studentT(df: Double, q975: Double, q995: Double, cdfAt15: Double) {
    #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: df) - q975) <= 1e-9 * q975)
    #expect(abs(StudentT.quantile(0.995, degreesOfFreedom: df) - q995) <= 1e-9 * q995)
    #expect(abs(StudentT.quantile(0.025, degreesOfFreedom: df) + q975) <= 1e-9 * q975)
    #expect(abs(StudentT.cdf(1.5, degreesOfFreedom: df) - cdfAt15) <= 1e-12)
  }

  @Test("95 % confidence intervals cover the true mean about 95 % of the time")
  func coverage() {
    // 2,000 intervals from 10 exponential draws each; coverage is binomial
    // with p = 0.95, so 5 σ is ±0.0244.
    var rng = Xoshiro256StarStar(seed: 12)
    var covered = 0
    let trials = 2_000
    for _ in 0..<trials {
      var tally = Tally()
      for _ in 0..<10 {
        tally.record(Distribution.normal(mean: 4, standardDeviation: 1.5).sample(using: &rng))
      }
      if tally.confidenceInterval(level: 0.95).contains(4) { covered += 1 }
    }
    let share = Double(covered) / Double(trials)
    #expect(abs(share - 0.95) < 5 * (0.95 * 0.05 / Double(trials)).squareRoot(), "coverage \(share)")
  }

  @Test("Replication percentiles use linear interpolation (type 7)")
  func replicationPercentiles() {
    let summary = ReplicationSummary([4, 1, 3, 2, 5])
    #expect(summary.percentile(0) == 1)
    #expect(summary.percentile(0.5) == 3)
    #expect(summary.percentile(0.95) == 4.8)
    #expect(summary.percentile(1) == 5)
    #expect(summary.mean == 3)
  }
}

@Suite("Replications")
struct ReplicationsTests {
  @Test("Results come back in replication order and do not depend on parallelism")
  func orderAndParallelism() {
    let root = RandomSource(seed: 31)
    let body: @Sendable (Int, RandomSource) -> [UInt64] = { _, source in
      var rng = source.stream("work")
      return (0..<100).map { _ in rng.next() }
    }
    let serial = Replications.run(count: 13, source: root, parallelism: 1, body)
    let parallel = Replications.run(count: 13, source: root, parallelism: 4, body)
    #expect(serial == parallel)
    #expect(Set(serial.map(\.first)).count == 13, "every replication has its own stream")
    let fewer = Replications.run(count: 5, source: root, parallelism: 3, body)
    #expect(Array(serial.prefix(5)) == fewer, "replication i does not depend on the count")
    let indices = Replications.run(count: 50, source: root) { index, _ in index }
    #expect(indices == Array(0..<50))
  }
}
