/// An amount of traffic: a count of messages and the bytes they hold.
///
/// Month-long Kafka workloads move about 10¹¹ messages; no model can afford
/// one event per message. Flow-level models put a `Quantity` in their event
/// payloads instead ("this producer step wrote 12,000 messages, 14.6 MB").
///
/// Counts are `Double` on purpose: flows split fractionally (a partition's
/// share of a producer's traffic), and a `Double` holds every integer up to
/// 2⁵³ ≈ 9·10¹⁵ exactly, far above a month of traffic.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
  /// Number of messages (or records, or events).
  public var count: Double
  /// Payload bytes.
  public var bytes: Double

  /// No traffic.
  public static let zero = Quantity(count: 0, bytes: 0)

  @inlinable
  public init(count: Double, bytes: Double) {
    self.count = count
    self.bytes = bytes
  }

  /// Mean bytes per message, or 0 for an empty quantity.
  @inlinable
  public var meanSize: Double { count > 0 ? bytes / count : 0 }

  public var description: String { "\(count) msg / \(bytes) B" }

  @inlinable
  public static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
    Quantity(count: lhs.count + rhs.count, bytes: lhs.bytes + rhs.bytes)
  }

  @inlinable
  public static func - (lhs: Quantity, rhs: Quantity) -> Quantity {
    Quantity(count: lhs.count - rhs.count, bytes: lhs.bytes - rhs.bytes)
  }

  @inlinable
  public static func += (lhs: inout Quantity, rhs: Quantity) { lhs = lhs + rhs }

  @inlinable
  public static func -= (lhs: inout Quantity, rhs: Quantity) { lhs = lhs - rhs }

  /// Scales both the count and the bytes, e.g. a partition's share of a flow.
  @inlinable
  public static func * (lhs: Quantity, factor: Double) -> Quantity {
    Quantity(count: lhs.count * factor, bytes: lhs.bytes * factor)
  }
}
