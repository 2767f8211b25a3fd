/// One pending event in the calendar's heap.
///
/// `key` packs the priority into the top two bits and the sequence number
/// into the rest, so that `(time, key)` compares exactly like
/// `(time, priority, sequence)` with one integer comparison.
@usableFromInline
internal struct _CalendarEntry<Payload> {
  @usableFromInline var time: Double
  @usableFromInline var key: UInt64
  @usableFromInline var slot: UInt32
  /// Also encoded in `key`; kept here (in what would be padding) so that a
  /// popped event need not decode it.
  @usableFromInline var priority: EventPriority
  @usableFromInline var payload: Payload

  @usableFromInline static var sequenceBits: UInt64 { 62 }
  @usableFromInline static var sequenceMask: UInt64 { (1 << sequenceBits) - 1 }

  @inlinable
  init(time: Double, priority: EventPriority, sequence: UInt64, slot: UInt32, payload: Payload) {
    self.time = time
    self.key = UInt64(priority.rawValue) << Self.sequenceBits | sequence
    self.slot = slot
    self.priority = priority
    self.payload = payload
  }

  @inlinable var sequence: UInt64 { key & Self.sequenceMask }

  /// Strict order on `(time, priority, sequence)`. Total, because sequence
  /// numbers are unique.
  @inlinable
  func runsBefore(_ other: _CalendarEntry) -> Bool {
    time < other.time || (time == other.time && key < other.key)
  }
}

extension _CalendarEntry: Sendable where Payload: Sendable {}
