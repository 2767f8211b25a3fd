// Implementation priorities, in order: correctness, determinism, performance.

/// Poisson-distributed counts: how many messages arrive in an interval when
/// they arrive independently at a constant rate.
public enum Poisson {
  /// Means below this use multiplication of uniforms; at or above, PTRS.
  public static let rejectionThreshold = 10.0

  /// Draws a count with the given mean.
  ///
  /// Small means use Knuth's multiplication method (TAOCP vol. 2, §3.4.1),
  /// O(mean). Larger means use Hörmann's transformed rejection with squeeze,
  /// PTRS ("The transformed rejection method for generating Poisson random
  /// variables", Insurance: Mathematics and Economics 12, 1993), O(1)
  /// expected with about 1.15 uniforms pairs per draw at any mean, so a
  /// minute of 10⁹ messages costs as little as a minute of 10.
  ///
  /// - Precondition: `mean >= 0` and finite, and `mean < 2⁶²` (the count
  ///   must fit in an `Int`).
  @inlinable
  public static func sample(mean: Double, using rng: inout some RandomNumberGenerator) -> Int {
    precondition(mean >= 0 && mean.isFinite, "Poisson mean must be finite and non-negative, got \(mean)")
    precondition(mean < 0x1.0p62, "Poisson mean too large for an Int count: \(mean)")
    if mean == 0 { return 0 }
    if mean < rejectionThreshold { return multiplication(mean: mean, using: &rng) }
    return ptrs(mean: mean, using: &rng)
  }

  @inlinable
  static func multiplication(mean: Double, using rng: inout some RandomNumberGenerator) -> Int {
    let limit = StableMath.exp(-mean)
    var product = rng.nextUnit()
    var count = 0
    while product > limit {
      count += 1
      product *= rng.nextUnit()
    }
    return count
  }

  @inlinable
  static func ptrs(mean: Double, using rng: inout some RandomNumberGenerator) -> Int {
    let slam = mean.squareRoot()
    let loglam = StableMath.log(mean)
    let b = 0.931 + 2.53 * slam
    let a = -0.059 + 0.02483 * b
    let invAlpha = 1.1239 + 1.1328 / (b - 3.4)
    let vr = 0.9277 - 3.6224 / (b - 2)
    while true {
      let u = rng.nextUnit() - 0.5
      let v = rng.nextUnit()
      let us = 0.5 - Swift.abs(u)
      if us == 0 { continue }  // u = −0.5 exactly: the hat is unbounded there
      let k = ((2 * a / us + b) * u + mean + 0.43).rounded(.down)
      if us >= 0.07 && v <= vr { return Int(k) }
      if k < 0 || (us < 0.013 && v > us) { continue }
      if v <= 0 { continue }
      let left = StableMath.log(v) + StableMath.log(invAlpha) - StableMath.log(a / (us * us) + b)
      let right = -mean + k * loglam - StableMath.logGamma(k + 1)
      if left <= right { return Int(k) }
    }
  }
}
