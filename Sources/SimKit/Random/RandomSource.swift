/// A node in a tree of seeds: the root is the workload's seed, children are
/// named after components or numbered after replications.
///
/// Every component draws from its own stream, derived from the root seed and
/// the component's *name*, not from its position. Adding a queue to a
/// workload therefore does not shift the draws of the queues already there,
/// and replication `i` sees the same numbers whatever the number of
/// replications or threads.
///
/// ```swift
/// let root = RandomSource(seed: 7)
/// var arrivals = root.stream("sqs.orders.arrivals")
/// var service = root.stream("sqs.orders.service")
/// let rep3 = root.replication(3)  // a whole independent tree
/// ```
///
/// Names are hashed with 64-bit FNV-1a over their UTF-8 bytes, never with
/// Swift's `Hasher`, which is seeded per process.
public struct RandomSource: Sendable, Hashable, CustomStringConvertible {
  /// This node's seed.
  public let seed: UInt64

  /// The root of a seed tree.
  @inlinable
  public init(seed: UInt64) { self.seed = seed }

  /// The child named `name`.
  @inlinable
  public func child(_ name: String) -> RandomSource {
    RandomSource(seed: Self.combine(seed, Self.fnv1a64(name)))
  }

  /// The child numbered `index`.
  @inlinable
  public func child(_ index: Int) -> RandomSource {
    RandomSource(seed: Self.combine(seed, UInt64(bitPattern: Int64(index)) &+ 0x5851_F42D_4C95_7F2D))
  }

  /// The seed tree of Monte Carlo replication `index`.
  @inlinable
  public func replication(_ index: Int) -> RandomSource { child("replication").child(index) }

  /// The generator for the component called `name`.
  @inlinable
  public func stream(_ name: String) -> Xoshiro256StarStar {
    Xoshiro256StarStar(seed: child(name).seed)
  }

  /// This node's own generator.
  @inlinable
  public func generator() -> Xoshiro256StarStar { Xoshiro256StarStar(seed: seed) }

  public var description: String { "seed \(seed)" }

  @inlinable
  static func combine(_ parent: UInt64, _ key: UInt64) -> UInt64 {
    SplitMix64.mix(parent ^ SplitMix64.mix(key &+ 0x9E37_79B9_7F4A_7C15))
  }

  /// 64-bit FNV-1a (Fowler, Noll, Vo) of the UTF-8 bytes of `text`.
  @inlinable
  static func fnv1a64(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
