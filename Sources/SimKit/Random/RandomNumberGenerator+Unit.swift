// Our own conversion from 64 random bits to a Double. The standard library's
// `Double.random(in:using:)` is not promised to stay the same across
// versions; these are, and they are what every distribution here uses.

extension RandomNumberGenerator {
  /// A uniform double in [0, 1): the top 53 bits scaled by 2⁻⁵³.
  @inlinable
  public mutating func nextUnit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform double in (0, 1): the top 52 bits, offset by half a step,
  /// so neither 0 nor 1 can occur (the extremes are 2⁻⁵³ and 1 − 2⁻⁵³, both
  /// exact). Safe as the argument of a logarithm. With 53 bits the largest
  /// value, 1 − 2⁻⁵⁴, would round to 1.
  @inlinable
  public mutating func nextUnitOpen() -> Double {
    (Double(next() >> 12) + 0.5) * 0x1.0p-52
  }

  /// A uniform integer in `0 ..< bound`, by Lemire's multiply-shift with
  /// rejection (unbiased).
  ///
  /// - Precondition: `bound > 0`.
  @inlinable
  public mutating func nextIndex(below bound: Int) -> Int {
    precondition(bound > 0, "Bound must be positive")
    let range = UInt64(bound)
    var product = next().multipliedFullWidth(by: range)
    if product.low < range {
      let threshold = (0 &- range) % range
      while product.low < threshold {
        product = next().multipliedFullWidth(by: range)
      }
    }
    return Int(product.high)
  }
}
