import Testing

@testable import SimKit

/// Binomial draws against the exact distribution: mean and variance from
/// n·p and n·p·(1 − p), and a chi-square test of the histogram against the
/// probability mass function computed from logGamma.
@Suite("Binomial counts")
struct BinomialTests {
  @Test(
    "Mean within 5 standard errors, variance within 10 %, histogram passes chi-square at 0.1 %",
    arguments: [(20, 0.1), (40, 0.3), (1_000, 0.02), (1_000, 0.5), (100_000, 0.3), (50, 0.9)])
  func matchesTheory(count: Int, probability: Double) {
    var rng = Xoshiro256StarStar(seed: 11)
    let draws = 40_000
    var histogram: [Int: Int] = [:]
    var sum = 0.0
    var squares = 0.0
    for _ in 0..<draws {
      let k = Binomial.sample(count: count, probability: probability, using: &rng)
      #expect(k >= 0 && k <= count)
      histogram[k, default: 0] += 1
      sum += Double(k)
      squares += Double(k) * Double(k)
    }
    let n = Double(count)
    let mean = n * probability
    let variance = n * probability * (1 - probability)
    let sampleMean = sum / Double(draws)
    let sampleVariance = squares / Double(draws) - sampleMean * sampleMean
    #expect(Swift.abs(sampleMean - mean) <= 5 * (variance / Double(draws)).squareRoot())
    #expect(Swift.abs(sampleVariance / variance - 1) < 0.1)
    // Chi-square over cells with expected count ≥ 5, tails pooled.
    func pmf(_ k: Int) -> Double {
      let x = Double(k)
      return StableMath.exp(
        StableMath.logGamma(n + 1) - StableMath.logGamma(x + 1) - StableMath.logGamma(n - x + 1) + x
          * StableMath.log(probability) + (n - x) * StableMath.log(1 - probability))
    }
    var chi = 0.0
    var cells = 0
    var pooledExpected = 0.0
    var pooledObserved = 0.0
    for k in 0...count {
      let expected = pmf(k) * Double(draws)
      let observed = Double(histogram[k] ?? 0)
      if expected >= 5 {
        chi += (observed - expected) * (observed - expected) / expected
        cells += 1
      } else {
        pooledExpected += expected
        pooledObserved += observed
      }
    }
    if pooledExpected > 0 {
      chi += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected
      cells += 1
    }
    // 0.1 % critical value of chi-square with ν = cells − 1 (Wilson–Hilferty).
    let nu = Double(cells - 1)
    let z = 3.090_232
    let critical = nu * StableMath.pow(1 - 2 / (9 * nu) + z * (2 / (9 * nu)).squareRoot(), 3)
    #expect(chi < critical, "chi-square \(chi) over \(cells) cells, critical \(critical)")
  }

  @Test("Edges: p = 0, p = 1, n = 0")
  func edges() {
    var rng = Xoshiro256StarStar(seed: 1)
    #expect(Binomial.sample(count: 10, probability: 0, using: &rng) == 0)
    #expect(Binomial.sample(count: 10, probability: 1, using: &rng) == 10)
    #expect(Binomial.sample(count: 0, probability: 0.5, using: &rng) == 0)
  }
}
