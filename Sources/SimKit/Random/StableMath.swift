// Implementation priorities, in order: determinism, correctness, performance.
//
// Distributions need log and exp. The platform's libm is free to differ in
// the last bit between glibc versions, Darwin and musl, and one differing bit
// in a draw changes every later event of a run. These versions use only IEEE
// 754 basic operations (+ − × ÷ and bit manipulation), which every conforming
// platform rounds identically, so a seed gives byte-identical output
// everywhere.
//
// The algorithms are those of Sun's fdlibm 5.3 (e_log.c, e_exp.c; K.C. Ng,
// 1993), whose documented error is below 1 ulp. The tests compare them with
// the platform's libm over millions of arguments.

/// Elementary functions built only from IEEE basic operations, so that they
/// return the same bits on every platform.
public enum StableMath {
  @usableFromInline static let ln2Hi = 6.93147180369123816490e-01  // 0x3fe62e42 fee00000
  @usableFromInline static let ln2Lo = 1.90821492927058770002e-10  // 0x3dea39ef 35793c76
  @usableFromInline static let lg1 = 6.666666666666735130e-01
  @usableFromInline static let lg2 = 3.999999999940941908e-01
  @usableFromInline static let lg3 = 2.857142874366239149e-01
  @usableFromInline static let lg4 = 2.222219843214978396e-01
  @usableFromInline static let lg5 = 1.818357216161805012e-01
  @usableFromInline static let lg6 = 1.531383769920937332e-01
  @usableFromInline static let lg7 = 1.479819860511658591e-01

  /// The natural logarithm.
  ///
  /// - Returns: `-infinity` for ±0, NaN for negative arguments and NaN,
  ///   `+infinity` for `+infinity`.
  @inlinable
  public static func log(_ value: Double) -> Double {
    var x = value
    var bits = x.bitPattern
    var hx = Int32(truncatingIfNeeded: bits >> 32)
    var k: Int32 = 0
    if hx < 0x0010_0000 {  // x < 2^-1022: zero, negative or subnormal
      if bits & 0x7FFF_FFFF_FFFF_FFFF == 0 { return -.infinity }
      if hx < 0 { return .nan }
      k -= 54
      x *= 0x1.0p54
      bits = x.bitPattern
      hx = Int32(truncatingIfNeeded: bits >> 32)
    }
    if hx >= 0x7FF0_0000 { return x + x }
    k += (hx >> 20) - 1023
    hx &= 0x000F_FFFF
    let i = (hx &+ 0x95F64) & 0x10_0000
    // Normalise x into [sqrt(2)/2, sqrt(2)).
    let newHigh = UInt64(UInt32(bitPattern: hx | (i ^ 0x3FF0_0000)))
    x = Double(bitPattern: (newHigh << 32) | (bits & 0xFFFF_FFFF))
    k += i >> 20
    let f = x - 1.0
    let dk = Double(k)
    if (0x000F_FFFF & (2 &+ hx)) < 3 {  // |f| < 2^-20
      if f == 0 { return k == 0 ? 0 : dk * ln2Hi + dk * ln2Lo }
      let r = f * f * (0.5 - 0.33333333333333333 * f)
      return k == 0 ? f - r : dk * ln2Hi - ((r - dk * ln2Lo) - f)
    }
    let s = f / (2.0 + f)
    let z = s * s
    var j = hx &- 0x6147A
    let w = z * z
    let j2 = 0x6B851 &- hx
    let t1 = w * (lg2 + w * (lg4 + w * lg6))
    let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
    j |= j2
    let r = t2 + t1
    if j > 0 {
      let hfsq = 0.5 * f * f
      if k == 0 { return f - (hfsq - s * (hfsq + r)) }
      return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
    }
    if k == 0 { return f - s * (f - r) }
    return dk * ln2Hi - ((s * (f - r) - dk * ln2Lo) - f)
  }

  @usableFromInline static let invLn2 = 1.44269504088896338700e+00
  @usableFromInline static let p1 = 1.66666666666666019037e-01
  @usableFromInline static let p2 = -2.77777777770155933842e-03
  @usableFromInline static let p3 = 6.61375632143793436117e-05
  @usableFromInline static let p4 = -1.65339022054652515390e-06
  @usableFromInline static let p5 = 4.13813679705723846039e-08

  /// e raised to `value`.
  ///
  /// - Returns: `+infinity` above about 709.78, `0` below about −745.13.
  @inlinable
  public static func exp(_ value: Double) -> Double {
    var x = value
    if x.isNaN { return x }
    if x > 7.09782712893383973096e+02 { return .infinity }
    if x < -7.45133219101941108420e+02 { return 0 }
    let ax = Swift.abs(x)
    var hi = 0.0
    var lo = 0.0
    var k: Int = 0
    if ax > 0.5 * ln2Hi + 0.5 * ln2Lo {  // |x| > ln2/2
      if ax < 1.5 * 6.93147180559945286227e-01 {  // |x| < 1.5 ln2
        if x > 0 {
          hi = x - ln2Hi
          lo = ln2Lo
          k = 1
        } else {
          hi = x + ln2Hi
          lo = -ln2Lo
          k = -1
        }
      } else {
        k = Int(invLn2 * x + (x < 0 ? -0.5 : 0.5))
        let t = Double(k)
        hi = x - t * ln2Hi  // exact: ln2Hi has 32 significant bits
        lo = t * ln2Lo
      }
      x = hi - lo
    } else if ax < 0x1.0p-28 {
      return 1.0 + x
    }
    let t = x * x
    let c = x - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))))
    if k == 0 { return 1.0 - ((x * c) / (c - 2.0) - x) }
    let y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi)
    return scaled(y, byPowerOfTwo: k)
  }

  /// `base` raised to `exponent`, as exp(exponent · log(base)), for positive
  /// finite bases. The relative error grows with |exponent · log(base)|
  /// (about 1e-13 at 100); ample for sampling, not for number theory.
  ///
  /// - Precondition: `base > 0`.
  @inlinable
  public static func pow(_ base: Double, _ exponent: Double) -> Double {
    precondition(base > 0, "StableMath.pow needs a positive base, got \(base)")
    return exp(exponent * log(base))
  }

  /// y · 2^k, exact while the result is normal.
  @inlinable
  static func scaled(_ y: Double, byPowerOfTwo k: Int) -> Double {
    if k >= -1021 && k <= 1023 {
      return y * Double(bitPattern: UInt64(1023 + k) << 52)
    }
    // Split the scaling in two so that neither factor overflows.
    let half = k / 2
    return y * Double(bitPattern: UInt64(1023 + half) << 52)
      * Double(bitPattern: UInt64(1023 + (k - half)) << 52)
  }

  @usableFromInline static let stirling: [Double] = [
    8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
    -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
    6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
    -1.39243221690590e+00,
  ]

  /// ln Γ(x) for x > 0, by Stirling's series (ten terms) after shifting small
  /// arguments up to 7 with Γ(x + 1) = x Γ(x). Absolute error below 1e-14.
  ///
  /// - Precondition: `x > 0`.
  @inlinable
  public static func logGamma(_ x: Double) -> Double {
    precondition(x > 0, "logGamma needs a positive argument, got \(x)")
    if x == 1 || x == 2 { return 0 }
    var x0 = x
    var shift = 0
    if x <= 7 {
      shift = Int(7 - x)
      x0 = x + Double(shift)
    }
    let x2 = 1.0 / (x0 * x0)
    var series = stirling[9]
    for index in stride(from: 8, through: 0, by: -1) {
      series = series * x2 + stirling[index]
    }
    let halfLog2Pi = 0.9189385332046727418  // ln(2π)/2
    var result = series / x0 + halfLog2Pi + (x0 - 0.5) * log(x0) - x0
    var y = x0
    for _ in 0..<shift {
      y -= 1
      result -= log(y)
    }
    return result
  }
}
