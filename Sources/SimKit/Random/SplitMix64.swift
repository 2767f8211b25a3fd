/// Steele, Lea and Flood's SplitMix64 generator (OOPSLA 2014), used here to
/// seed and split ``Xoshiro256StarStar`` streams.
///
/// It is fast and passes BigCrush, but its state is only 64 bits; use it to
/// derive seeds, not as a model's stream.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
  @usableFromInline var state: UInt64

  /// A generator starting from `seed`.
  @inlinable
  public init(seed: UInt64) { self.state = seed }

  /// The next 64 random bits.
  @inlinable
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// SplitMix64's output function: a bijective 64-bit finaliser with full
  /// avalanche. Used to combine seeds with stream names.
  @inlinable
  public static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
