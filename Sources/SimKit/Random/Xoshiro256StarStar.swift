/// Blackman and Vigna's xoshiro256** (2018): the generator every stochastic
/// model in mqplan draws from.
///
/// 256 bits of state, period 2²⁵⁶ − 1, passes BigCrush. The state is seeded
/// from four SplitMix64 outputs, as its authors recommend. The algorithm is
/// fixed here, so a seed gives the same stream on every platform and
/// toolchain (unlike `SystemRandomNumberGenerator`, or the standard library's
/// `Double.random(in:using:)`, whose conversion is not promised to stay the
/// same).
///
/// ```swift
/// var rng = Xoshiro256StarStar(seed: 42)
/// let u = rng.nextUnitOpen()  // in (0, 1)
/// ```
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
  @usableFromInline var s0: UInt64
  @usableFromInline var s1: UInt64
  @usableFromInline var s2: UInt64
  @usableFromInline var s3: UInt64

  /// A generator whose state is expanded from `seed` with SplitMix64.
  @inlinable
  public init(seed: UInt64) {
    var seeder = SplitMix64(seed: seed)
    s0 = seeder.next()
    s1 = seeder.next()
    s2 = seeder.next()
    s3 = seeder.next()
    if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the all-zero state is a fixed point
  }

  /// The next 64 random bits.
  @inlinable
  public mutating func next() -> UInt64 {
    let result = Self.rotl(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = Self.rotl(s3, 45)
    return result
  }

  /// Returns a new generator seeded from this one's next outputs, and
  /// advances this one. Repeated splits give a deterministic tree of streams.
  @inlinable
  public mutating func split() -> Xoshiro256StarStar {
    Xoshiro256StarStar(seed: SplitMix64.mix(next() ^ SplitMix64.mix(next())))
  }

  @inlinable @inline(__always)
  static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
