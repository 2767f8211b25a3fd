import Foundation
import SimKit
import Testing

/// Each sampler against its analytic distribution (the oracle): the
/// Kolmogorov–Smirnov statistic against the CDF, and the sample mean
/// against the analytic mean within 5 standard errors.
@Suite("Distributions")
struct DistributionTests {
  static let n = 20_000
  /// KS critical value at α = 0.001 for large n: 1.949 / √n.
  static var ksCritical: Double { 1.949 / Double(n).squareRoot() }

  private static func normalCDF(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var distribution: Distribution
    var cdf: @Sendable (Double) -> Double
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "uniform(2, 5)", distribution: .uniform(lower: 2, upper: 5)) { x in min(1, max(0, (x - 2) / 3))
    },
    Case(name: "exponential(mean 0.25)", distribution: .exponential(mean: 0.25)) { x in
      x <= 0 ? 0 : 1 - exp(-x / 0.25)
    },
    Case(name: "normal(10, 2)", distribution: .normal(mean: 10, standardDeviation: 2)) { x in
      normalCDF((x - 10) / 2)
    },
    Case(name: "lognormal(mu −1, sigma 0.8)", distribution: .lognormal(mu: -1, sigma: 0.8)) { x in
      x <= 0 ? 0 : normalCDF((log(x) + 1) / 0.8)
    },
    Case(name: "pareto(scale 1, shape 2.5)", distribution: .pareto(scale: 1, shape: 2.5)) { x in
      x < 1 ? 0 : 1 - pow(1 / x, 2.5)
    },
  ]

  @Test("Kolmogorov–Smirnov against the analytic CDF", arguments: cases)
  func kolmogorovSmirnov(testCase: Case) {
    var rng = RandomSource(seed: 2_024).stream(testCase.name)
    let samples = (0..<Self.n).map { _ in testCase.distribution.sample(using: &rng) }.sorted()
    var d = 0.0
    for (index, x) in samples.enumerated() {
      let f = testCase.cdf(x)
      d = max(d, abs(Double(index + 1) / Double(Self.n) - f), abs(f - Double(index) / Double(Self.n)))
    }
    #expect(d < Self.ksCritical, "\(testCase.name): D = \(d), critical \(Self.ksCritical)")
  }

  @Test("Sample mean within 5 standard errors of the analytic mean", arguments: cases)
  func meanMatches(testCase: Case) throws {
    var rng = RandomSource(seed: 77).stream(testCase.name)
    var sum = 0.0
    for _ in 0..<Self.n { sum += testCase.distribution.sample(using: &rng) }
    let mean = try #require(testCase.distribution.mean)
    let variance = try #require(testCase.distribution.variance)
    let standardError = (variance / Double(Self.n)).squareRoot()
    let observed = sum / Double(Self.n)
    #expect(
      abs(observed - mean) < 5 * standardError,
      "\(testCase.name): mean \(observed), expected \(mean) ± \(standardError)")
  }

  @Test("lognormal(mean:p99:) has that mean and that 99th percentile")
  func lognormalFromMeanAndP99() throws {
    let distribution = try #require(Distribution.lognormal(mean: 0.120, p99: 0.800))
    guard case .lognormal(let mu, let sigma) = distribution else {
      Issue.record("expected a lognormal")
      return
    }
    #expect(abs(exp(mu + sigma * sigma / 2) - 0.120) < 1e-12)
    #expect(abs(exp(mu + Distribution.z99 * sigma) - 0.800) < 1e-12)
    #expect(abs(Self.normalCDF(Distribution.z99) - 0.99) < 1e-12, "z99 is Φ⁻¹(0.99)")
    // And empirically: about 1 % of draws exceed p99 (binomial, 5 σ band).
    var rng = Xoshiro256StarStar(seed: 3)
    let draws = 100_000
    var above = 0
    for _ in 0..<draws where distribution.sample(using: &rng) > 0.800 { above += 1 }
    let band = 5 * (0.01 * 0.99 / Double(draws)).squareRoot()
    #expect(abs(Double(above) / Double(draws) - 0.01) < band, "\(above) of \(draws) above p99")
  }

  @Test("lognormal(mean:p99:) refuses impossible pairs")
  func lognormalImpossible() {
    #expect(Distribution.lognormal(mean: 1, p99: 0.5) == nil)
    #expect(Distribution.lognormal(mean: 1, p99: 1) == nil)
    #expect(Distribution.lognormal(mean: 0, p99: 1) == nil)
    #expect(Distribution.lognormal(mean: 1, p99: 15.5) == nil, "above exp(z99²/2) ≈ 14.97")
    #expect(Distribution.lognormal(mean: 1, p99: 14.9) != nil)
  }

  @Test("Empirical distributions: continuous stays within the data, discrete hits the weights")
  func empirical() throws {
    let continuous = try #require(EmpiricalDistribution(observations: [5, 1, 3]))
    var rng = Xoshiro256StarStar(seed: 4)
    var tally = Tally()
    for _ in 0..<Self.n { tally.record(continuous.sample(using: &rng)) }
    #expect(tally.min >= 1 && tally.max <= 5)
    #expect(abs(tally.mean - continuous.mean) < 5 * (continuous.variance / Double(Self.n)).squareRoot())

    let discrete = try #require(EmpiricalDistribution(values: [10, 20, 30], weights: [1, 2, 7]))
    var counts: [Double: Int] = [:]
    for _ in 0..<Self.n { counts[discrete.sample(using: &rng), default: 0] += 1 }
    for (value, weight) in [(10.0, 0.1), (20, 0.2), (30, 0.7)] {
      let share = Double(counts[value, default: 0]) / Double(Self.n)
      #expect(
        abs(share - weight) < 5 * (weight * (1 - weight) / Double(Self.n)).squareRoot(),
        "value \(value): \(share)")
    }
    #expect(EmpiricalDistribution(observations: []) == nil)
    #expect(EmpiricalDistribution(values: [1], weights: [0]) == nil)
    #expect(EmpiricalDistribution(values: [1, 2], weights: [1]) == nil)
  }

  @Test("Same generator state, same draws")
  func deterministic() {
    let distribution = Distribution.lognormal(mean: 2, p99: 9)!
    var a = Xoshiro256StarStar(seed: 9)
    var b = Xoshiro256StarStar(seed: 9)
    for _ in 0..<1_000 { #expect(distribution.sample(using: &a) == distribution.sample(using: &b)) }
  }
}

/// Poisson counts against the Poisson law: mean and variance within bands
/// at small and huge means, and a chi-square goodness-of-fit on both
/// algorithms (multiplication below 10, PTRS at and above).
@Suite("Poisson counts")
struct PoissonTests {
  @Test("Mean and variance match λ", arguments: [0.5, 3.0, 9.9, 10.0, 37.5, 1_000, 1e6, 1e9, 1e13])
  func moments(mean lambda: Double) {
    var rng = RandomSource(seed: 5).stream("poisson \(lambda)")
    let n = 20_000
    var tally = Tally()
    for _ in 0..<n { tally.record(Double(Poisson.sample(mean: lambda, using: &rng))) }
    // SE of the mean: √(λ/n); SE of the sample variance ≈ √((λ + 2λ²)/n).
    let meanBand = 5 * (lambda / Double(n)).squareRoot()
    let varianceBand = 5 * ((lambda + 2 * lambda * lambda) / Double(n)).squareRoot()
    #expect(abs(tally.mean - lambda) < meanBand, "λ = \(lambda): mean \(tally.mean) ± \(meanBand)")
    #expect(
      abs(tally.variance - lambda) < varianceBand,
      "λ = \(lambda): variance \(tally.variance) ± \(varianceBand)")
  }

  @Test("Chi-square goodness of fit against the Poisson pmf", arguments: [4.0, 37.5])
  func goodnessOfFit(mean lambda: Double) {
    var rng = RandomSource(seed: 6).stream("gof \(lambda)")
    let n = 50_000
    var counts: [Int: Int] = [:]
    for _ in 0..<n { counts[Poisson.sample(mean: lambda, using: &rng), default: 0] += 1 }
    // Cells k with expected count ≥ 5, tails pooled into the end cells.
    func pmf(_ k: Int) -> Double { exp(Double(k) * log(lambda) - lambda - lgamma(Double(k) + 1)) }
    var low = Int(lambda)
    while low > 0 && pmf(low - 1) * Double(n) >= 5 { low -= 1 }
    var high = Int(lambda)
    while pmf(high + 1) * Double(n) >= 5 { high += 1 }
    var chiSquare = 0.0
    var cells = 0
    for k in low...high {
      var expected = pmf(k)
      var observed = counts[k, default: 0]
      if k == low {
        expected = (0...k).reduce(0) { $0 + pmf($1) }
        observed = counts.filter { $0.key <= k }.values.reduce(0, +)
      } else if k == high {
        expected = 1 - (0..<k).reduce(0) { $0 + pmf($1) }
        observed = counts.filter { $0.key >= k }.values.reduce(0, +)
      }
      expected *= Double(n)
      chiSquare += (Double(observed) - expected) * (Double(observed) - expected) / expected
      cells += 1
    }
    // Critical value at p = 0.001 by Wilson–Hilferty: df(1 − 2/(9df) + z√(2/(9df)))³, z = 3.090.
    let df = Double(cells - 1)
    let critical = df * pow(1 - 2 / (9 * df) + 3.090 * (2 / (9 * df)).squareRoot(), 3)
    #expect(
      chiSquare < critical, "λ = \(lambda): χ² = \(chiSquare) over \(cells) cells, critical \(critical)")
  }

  @Test("Zero mean gives zero")
  func zero() {
    var rng = Xoshiro256StarStar(seed: 1)
    #expect(Poisson.sample(mean: 0, using: &rng) == 0)
  }
}
