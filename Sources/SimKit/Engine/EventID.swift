/// A handle to a scheduled event, used to cancel it.
///
/// An `EventID` stays valid after its event has run or been cancelled; using
/// it again is harmless: ``Simulation/cancel(_:)`` then returns `false`.
public struct EventID: Hashable, Sendable, CustomStringConvertible {
  /// The calendar slot that holds the event while it is pending.
  @usableFromInline internal let slot: UInt32
  /// The event's sequence number: the count of events scheduled before it
  /// on the same calendar. Unique per calendar, increasing.
  public let sequence: UInt64

  @inlinable
  internal init(slot: UInt32, sequence: UInt64) {
    self.slot = slot
    self.sequence = sequence
  }

  public var description: String { "event#\(sequence)" }
}
