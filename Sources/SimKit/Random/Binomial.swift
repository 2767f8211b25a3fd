// Implementation priorities, in order: correctness, determinism, performance.

/// Binomially distributed counts: how many of `count` independent trials
/// succeed, each with probability `probability` (how many of a minute's
/// invocations fail, how many events of a cohort match).
public enum Binomial {
  /// Draws the number of successes.
  ///
  /// With p ≤ ½ (the other half by symmetry): when n·p < 10, inversion by
  /// sequential search (Kachitvichyanukul and Schmeiser's BINV, Comm. ACM
  /// 31, 1988), O(n·p); otherwise Hörmann's transformed rejection BTRS ("The
  /// generation of binomial random variates", J. Statist. Comput. Simul. 46,
  /// 1993), O(1) expected, with the exact log-probability ratio from
  /// `StableMath.logGamma` in place of Stirling tails.
  ///
  /// - Precondition: `count >= 0`; `probability` in [0, 1].
  public static func sample(count: Int, probability: Double, using rng: inout some RandomNumberGenerator)
    -> Int
  {
    precondition(count >= 0, "Binomial count must be non-negative, got \(count)")
    precondition(
      probability >= 0 && probability <= 1, "Binomial probability must lie in [0, 1], got \(probability)")
    if count == 0 || probability == 0 { return 0 }
    if probability == 1 { return count }
    if probability > 0.5 { return count - sample(count: count, probability: 1 - probability, using: &rng) }
    if Double(count) * probability < 10 {
      return inversion(count: count, probability: probability, using: &rng)
    }
    return btrs(count: count, probability: probability, using: &rng)
  }

  static func inversion(count: Int, probability p: Double, using rng: inout some RandomNumberGenerator) -> Int
  {
    let q = 1 - p
    let s = p / q
    let a = Double(count + 1) * s
    let start = StableMath.exp(Double(count) * StableMath.log(q))
    while true {
      var r = start
      var u = rng.nextUnit()
      var x = 0
      while u > r {
        u -= r
        x += 1
        if x > count { break }
        r *= a / Double(x) - s
      }
      if x <= count { return x }  // rounding left u above the total mass: draw again
    }
  }

  static func btrs(count: Int, probability p: Double, using rng: inout some RandomNumberGenerator) -> Int {
    let n = Double(count)
    let q = 1 - p
    let spq = (n * p * q).squareRoot()
    let b = 1.15 + 2.53 * spq
    let a = -0.0873 + 0.0248 * b + 0.01 * p
    let c = n * p + 0.5
    let vr = 0.92 - 4.2 / b
    let alpha = (2.83 + 5.1 / b) * spq
    let logRatio = StableMath.log(p / q)
    let m = ((n + 1) * p).rounded(.down)
    let logModeTerms = StableMath.logGamma(m + 1) + StableMath.logGamma(n - m + 1)
    while true {
      let u = rng.nextUnit() - 0.5
      let v = rng.nextUnit()
      let us = 0.5 - Swift.abs(u)
      if us == 0 { continue }
      let k = ((2 * a / us + b) * u + c).rounded(.down)
      if k < 0 || k > n { continue }
      if us >= 0.07 && v <= vr { return Int(k) }
      if v <= 0 { continue }
      let left = StableMath.log(v * alpha / (a / (us * us) + b))
      // log f(k) − log f(m) for the binomial probability mass f.
      let right =
        logModeTerms - StableMath.logGamma(k + 1) - StableMath.logGamma(n - k + 1) + (k - m) * logRatio
      if left <= right { return Int(k) }
    }
  }
}
