extension EventCalendar {
  /// Checks the heap property and the slot table. Compiles to nothing unless
  /// `SIMKIT_INTERNAL_CHECKS` is defined (see `Package.swift`).
  ///
  /// - Complexity: O(n) when enabled.
  @inlinable
  @inline(__always)
  func _checkInvariants() {
    #if SIMKIT_INTERNAL_CHECKS
    for index in 1..<Swift.max(1, heap.count) {
      let parent = (index - 1) / 2
      precondition(
        !heap[index].runsBefore(heap[parent]),
        "Heap property violated at index \(index)")
    }
    var live = 0
    for index in 0..<heap.count where slots[Int(heap[index].slot)] == heap[index].sequence {
      live += 1
    }
    precondition(live == liveCount, "Live count \(liveCount) but \(live) live entries")
    precondition(heap.count + freeSlots.count == slots.count, "Slot table out of step with heap")
    for index in 0..<freeSlots.count {
      precondition(slots[Int(freeSlots[index])] == Self.vacant, "A free slot is occupied")
    }
    #endif
  }
}
