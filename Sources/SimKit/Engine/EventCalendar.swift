// Implementation priorities, in order: correctness, determinism, performance.
//
// The calendar is a binary min-heap over (time, priority, sequence). The
// sequence number makes the key unique, so the order of equal-time events
// never depends on the heap's internal layout: they run in the order they
// were scheduled (FIFO), at any heap size, on any toolchain.
//
// Cancellation is lazy but exact. Each pending event owns a slot in a table
// that records the sequence number of the event living there. Cancelling
// overwrites that record; when the heap later surfaces an entry whose slot no
// longer names it, the entry is discarded. A slot is recycled only once its
// entry has left the heap, so stale handles can never cancel a newer event.
//
// Storage is three manually managed buffers (heap, slot table, free-slot
// stack) owned by this non-copyable struct. With Swift arrays every event
// paid about nine copy-on-write uniqueness checks; a non-copyable owner
// cannot be shared, so none are needed. All pointer arithmetic is in this
// file and `_CalendarBuffer`; `_checkInvariants()` (SIMKIT_INTERNAL_CHECKS)
// verifies the heap property and the slot accounting after every operation,
// and the tests compare the calendar with a naive sorted model over
// thousands of seeded random operation sequences.

/// A priority queue of future events, ordered by time, then priority, then
/// the order they were scheduled in.
///
/// ```swift
/// var calendar = EventCalendar<String>()
/// calendar.schedule("b", at: 2)
/// let a = calendar.schedule("a", at: 1)
/// calendar.cancel(a)
/// calendar.popNext()?.payload  // "b"
/// ```
///
/// Most models use ``Simulation``, which adds a clock on top. The calendar
/// is non-copyable: it owns its storage, and a copy of a model's future
/// would be a bug.
///
/// - Complexity: `schedule` and `popNext` are O(log n); `cancel` is O(1);
///   `peekTime` is O(1) amortised (it may discard cancelled entries).
public struct EventCalendar<Payload>: ~Copyable {
  @usableFromInline var heap = _CalendarBuffer<_CalendarEntry<Payload>>()
  /// `slots[i]` is the sequence number of the pending event in slot `i`, or
  /// `vacant` when the slot's event was cancelled or the slot is free.
  @usableFromInline var slots = _CalendarBuffer<UInt64>()
  @usableFromInline var freeSlots = _CalendarBuffer<UInt32>()
  @usableFromInline var nextSequence: UInt64 = 0
  @usableFromInline var liveCount: Int = 0

  @usableFromInline static var vacant: UInt64 { .max }

  /// An empty calendar.
  public init() {}

  deinit {
    heap.release()
    slots.release()
    freeSlots.release()
  }

  /// Number of events still pending (cancelled events excluded).
  @inlinable public var count: Int { liveCount }

  /// Whether no event is pending.
  @inlinable public var isEmpty: Bool { liveCount == 0 }

  /// Adds an event.
  ///
  /// - Parameters:
  ///   - payload: What the event carries.
  ///   - time: When it runs, in seconds. Must be finite.
  ///   - priority: Order among events at the same time.
  /// - Returns: A handle for ``cancel(_:)``.
  /// - Complexity: O(log n) amortised.
  /// - Precondition: `time` is finite.
  @inlinable
  @discardableResult
  public mutating func schedule(
    _ payload: Payload, at time: Double, priority: EventPriority = .normal
  ) -> EventID {
    precondition(time.isFinite, "Event time must be finite, got \(time)")
    precondition(nextSequence < _CalendarEntry<Payload>.sequenceMask, "Event sequence exhausted")
    let sequence = nextSequence
    nextSequence &+= 1
    let slot: UInt32
    if freeSlots.count > 0 {
      slot = freeSlots.removeLast()
      slots[Int(slot)] = sequence
    } else {
      precondition(slots.count < Int(UInt32.max), "Too many pending events")
      slot = UInt32(truncatingIfNeeded: slots.count)
      slots.append(sequence)
    }
    liveCount += 1
    heap.append(
      _CalendarEntry(
        time: time, priority: priority, sequence: sequence, slot: slot, payload: payload))
    _siftUp(heap.count - 1)
    _checkInvariants()
    return EventID(slot: slot, sequence: sequence)
  }

  /// Cancels a pending event.
  ///
  /// - Returns: `true` if the event was pending and is now cancelled; `false`
  ///   if it had already run or been cancelled.
  /// - Complexity: O(1).
  @inlinable
  @discardableResult
  public mutating func cancel(_ id: EventID) -> Bool {
    let index = Int(id.slot)
    guard index < slots.count, slots[index] == id.sequence else { return false }
    slots[index] = Self.vacant
    liveCount -= 1
    _checkInvariants()
    return true
  }

  /// Whether the event is still pending.
  @inlinable
  public func isPending(_ id: EventID) -> Bool {
    let index = Int(id.slot)
    return index < slots.count && slots[index] == id.sequence
  }

  /// The time of the next pending event, or `+infinity` when none is pending
  /// (as SimPy's `peek`).
  ///
  /// - Complexity: O(1) amortised.
  @inlinable
  public mutating func peekTime() -> Double {
    _discardCancelledTop()
    return heap.count > 0 ? heap[0].time : .infinity
  }

  /// The priority of the next pending event, if any.
  @inlinable
  public mutating func peekPriority() -> EventPriority? {
    _discardCancelledTop()
    return heap.count > 0 ? heap[0].priority : nil
  }

  /// Removes and returns the next pending event, if any.
  ///
  /// - Complexity: O(log n) amortised.
  @inlinable
  public mutating func popNext() -> ScheduledEvent<Payload>? {
    while heap.count > 0 {
      let top = _popTop()
      let index = Int(top.slot)
      let live = slots[index] == top.sequence
      slots[index] = Self.vacant
      freeSlots.append(top.slot)
      if live {
        liveCount -= 1
        _checkInvariants()
        return ScheduledEvent(
          time: top.time, priority: top.priority,
          id: EventID(slot: top.slot, sequence: top.sequence), payload: top.payload)
      }
    }
    _checkInvariants()
    return nil
  }

  // MARK: Heap mechanics

  @inlinable
  mutating func _discardCancelledTop() {
    while heap.count > 0 {
      let slot = heap[0].slot
      guard slots[Int(slot)] != heap[0].sequence else { return }
      _ = _popTop()
      freeSlots.append(slot)
    }
  }

  /// Removes the heap's top entry, live or not.
  ///
  /// Uses the bottom-up strategy (Wegener, "Bottom-up heapsort", 1993): the
  /// hole left at the root walks down to a leaf along the smaller children,
  /// one comparison per level, and the former last entry is then sifted up
  /// from there. That entry came from the bottom and nearly always belongs
  /// near it, so this does about half the comparisons of the textbook
  /// sift-down, and they are easier to predict.
  ///
  /// - Precondition: the heap is not empty.
  @inlinable
  mutating func _popTop() -> _CalendarEntry<Payload> {
    let last = heap.removeLast()
    if heap.count == 0 { return last }
    let top = heap.exchange(0, with: last)
    _siftDown(0)
    return top
  }

  @inlinable
  mutating func _siftDown(_ start: Int) {
    let count = heap.count
    var parent = start
    let moving = heap.take(parent)
    while true {
      var child = 2 * parent + 1
      if child >= count { break }
      let right = child + 1
      if right < count && heap[right].runsBefore(heap[child]) { child = right }
      guard heap[child].runsBefore(moving) else { break }
      heap.move(from: child, to: parent)
      parent = child
    }
    heap.put(moving, at: parent)
  }

  @inlinable
  mutating func _siftUp(_ start: Int) {
    var child = start
    let moving = heap.take(child)
    while child > 0 {
      let parent = (child - 1) / 2
      guard moving.runsBefore(heap[parent]) else { break }
      heap.move(from: parent, to: child)
      child = parent
    }
    heap.put(moving, at: child)
  }

}

extension EventCalendar: @unchecked Sendable where Payload: Sendable {}
