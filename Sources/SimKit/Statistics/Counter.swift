/// A running total: messages sent, requests made, bytes written.
///
/// Kept as a `Double`, which counts every integer exactly up to 2⁵³.
public struct Counter: Sendable, Hashable {
  /// The total so far.
  public private(set) var value: Double = 0
  /// How many times ``add(_:)`` was called.
  public private(set) var increments: Int = 0

  /// A counter at zero.
  public init() {}

  /// Adds `amount` (default 1).
  ///
  /// - Precondition: `amount` is finite.
  public mutating func add(_ amount: Double = 1) {
    precondition(amount.isFinite, "Counter increment must be finite, got \(amount)")
    value += amount
    increments += 1
  }

  /// The total of two counters (for merging replications or shards).
  public static func + (lhs: Counter, rhs: Counter) -> Counter {
    var sum = lhs
    sum.value += rhs.value
    sum.increments += rhs.increments
    return sum
  }
}
