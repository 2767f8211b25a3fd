/// The priority of an event among events scheduled for the same instant.
///
/// Events are ordered by `(time, priority, sequence)`. At equal times an
/// ``urgent`` event runs before every ``normal`` one; among events of equal
/// time and priority, the one scheduled first runs first (FIFO), because the
/// calendar stamps each event with an increasing sequence number.
///
/// Two levels are enough, as in SimPy (`URGENT`, `NORMAL`): urgent is for
/// bookkeeping that must see the state *before* anything else at that instant
/// happens (a metrics sample, a stop marker), normal is for everything else.
public enum EventPriority: UInt8, Sendable, Hashable, Comparable, CaseIterable {
  /// Runs before every normal event scheduled for the same time.
  case urgent = 0
  /// The default.
  case normal = 1

  public static func < (lhs: EventPriority, rhs: EventPriority) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
