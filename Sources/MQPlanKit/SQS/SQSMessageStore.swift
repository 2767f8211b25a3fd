/// The messages of one simulated queue, with slots reused as messages die.
/// A *handle* is a slot plus its generation: the ring buffers that order
/// messages (by visibility, by enqueue time) keep handles, and a handle
/// whose generation no longer matches names a message that is gone, so
/// stale entries are skipped instead of searched for.
///
/// One array of records (32 bytes each) rather than one array per field:
/// each change then pays one copy-on-write check, not nine.
struct SQSMessageStore {
  /// Where a live message is.
  enum Location: UInt8 {
    case delayed, visible, inFlight
  }

  typealias Handle = UInt64

  struct Record {
    var enqueueTime: Double
    var size: UInt32
    var generation: UInt32
    var group: Int32
    var receiveCount: UInt16
    var location: Location
    var poison: Bool
    /// Processed successfully at least once (a later receive is a duplicate).
    var processed: Bool
    var alive: Bool
  }

  var records: [Record] = []
  private var free: [Int32] = []
  private(set) var liveCount = 0

  static func slot(_ handle: Handle) -> Int { Int(handle & 0xFFFF_FFFF) }

  func handle(_ slot: Int) -> Handle { UInt64(records[slot].generation) << 32 | UInt64(slot) }

  /// The slot of a handle, if its message is still alive.
  func live(_ handle: Handle) -> Int? {
    let slot = Self.slot(handle)
    let record = records[slot]
    guard record.alive, UInt64(record.generation) == handle >> 32 else { return nil }
    return slot
  }

  mutating func add(enqueued time: Double, size bytes: Int, poison: Bool, group: Int32, location: Location)
    -> Int
  {
    liveCount += 1
    if let slot = free.popLast() {
      let index = Int(slot)
      let generation = records[index].generation
      records[index] = Record(
        enqueueTime: time, size: UInt32(clamping: bytes), generation: generation, group: group,
        receiveCount: 0,
        location: location, poison: poison, processed: false, alive: true)
      return index
    }
    records.append(
      Record(
        enqueueTime: time, size: UInt32(clamping: bytes), generation: 0, group: group, receiveCount: 0,
        location: location, poison: poison, processed: false, alive: true))
    return records.count - 1
  }

  /// The message is gone (deleted, expired, moved to the DLQ): its handles
  /// go stale and its slot is reused.
  mutating func remove(_ slot: Int) {
    precondition(records[slot].alive, "Removing a message twice")
    records[slot].alive = false
    records[slot].generation &+= 1
    free.append(Int32(slot))
    liveCount -= 1
  }

  func isAlive(_ slot: Int) -> Bool { records[slot].alive }

  // Field access, so call sites read as before.
  func enqueueTime(_ slot: Int) -> Double { records[slot].enqueueTime }
}
