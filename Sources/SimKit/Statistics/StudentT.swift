/// Student's t distribution: the quantiles behind confidence intervals on
/// replication means.
///
/// The CDF uses the regularised incomplete beta function,
/// F(t; ν) = 1 − ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0 (Abramowitz & Stegun
/// 26.7.1 and 26.5.27), evaluated by the modified Lentz continued fraction
/// (Press et al., *Numerical Recipes*, 3rd ed., §6.4). The quantile inverts
/// the CDF by bisection to full double precision. The tests check both
/// against values from SciPy (`scipy.stats.t.ppf`).
public enum StudentT {
  /// P(T ≤ t) with `degreesOfFreedom` degrees of freedom.
  ///
  /// - Precondition: `degreesOfFreedom > 0`.
  public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
    precondition(nu > 0, "Degrees of freedom must be positive")
    if t.isNaN { return .nan }
    if t == .infinity { return 1 }
    if t == -.infinity { return 0 }
    let x = nu / (nu + t * t)
    let tail = 0.5 * regularizedIncompleteBeta(x, a: nu / 2, b: 0.5)
    return t >= 0 ? 1 - tail : tail
  }

  /// The t such that P(T ≤ t) = p.
  ///
  /// - Precondition: `0 < p < 1` and `degreesOfFreedom > 0`.
  public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
    precondition(p > 0 && p < 1, "Probability must be in (0, 1), got \(p)")
    precondition(nu > 0, "Degrees of freedom must be positive")
    if p == 0.5 { return 0 }
    if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: nu) }
    var low = 0.0
    var high = 1.0
    while cdf(high, degreesOfFreedom: nu) < p { high *= 2 }
    for _ in 0..<200 {
      let middle = (low + high) / 2
      if middle == low || middle == high { break }
      if cdf(middle, degreesOfFreedom: nu) < p { low = middle } else { high = middle }
    }
    return (low + high) / 2
  }

  /// I_x(a, b), the regularised incomplete beta function.
  static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let logFront =
      StableMath.logGamma(a + b) - StableMath.logGamma(a) - StableMath.logGamma(b)
      + a * StableMath.log(x) + b * StableMath.log(1 - x)
    let front = StableMath.exp(logFront)
    // The continued fraction converges fast for x < (a + 1)/(a + b + 2);
    // otherwise use the symmetry I_x(a, b) = 1 − I_{1−x}(b, a).
    if x < (a + 1) / (a + b + 2) {
      return front * continuedFraction(x, a: a, b: b) / a
    }
    return 1 - front * continuedFraction(1 - x, a: b, b: a) / b
  }

  private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    let epsilon = 1e-16
    let qab = a + b
    let qap = a + 1
    let qam = a - 1
    var c = 1.0
    var d = 1 - qab * x / qap
    if Swift.abs(d) < tiny { d = tiny }
    d = 1 / d
    var h = d
    for m in 1...10_000 {
      let m = Double(m)
      let m2 = 2 * m
      var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
      d = 1 + aa * d
      if Swift.abs(d) < tiny { d = tiny }
      c = 1 + aa / c
      if Swift.abs(c) < tiny { c = tiny }
      d = 1 / d
      h *= d * c
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
      d = 1 + aa * d
      if Swift.abs(d) < tiny { d = tiny }
      c = 1 + aa / c
      if Swift.abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if Swift.abs(delta - 1) < epsilon { break }
    }
    return h
  }
}
