/// A first-in, first-out queue with O(1) amortised append and removal at
/// the front, stored in one contiguous ring.
///
/// Models use it for waiting lines: customers queueing for a server,
/// messages waiting in an SQS queue.
///
/// ```swift
/// var line = RingBuffer<Double>()
/// line.append(1.5)
/// line.popFirst()  // 1.5
/// ```
///
/// Removed elements are not cleared: their slots keep the old values until
/// overwritten, which saves a write per removal. Do not store large object
/// graphs whose release time matters.
public struct RingBuffer<Element> {
  /// The ring; its count is the capacity reached so far (it fills by
  /// appending, then wraps around).
  @usableFromInline var storage: ContiguousArray<Element>
  @usableFromInline var head = 0
  @usableFromInline var _count = 0
  @usableFromInline var capacity: Int

  /// An empty buffer with room for `capacity` elements before it grows.
  public init(capacity: Int = 16) {
    self.capacity = Swift.max(1, capacity)
    storage = []
    storage.reserveCapacity(self.capacity)
  }

  /// Number of elements.
  @inlinable public var count: Int { _count }
  /// Whether there are none.
  @inlinable public var isEmpty: Bool { _count == 0 }

  /// The oldest element, if any.
  @inlinable public var first: Element? { _count > 0 ? storage[head] : nil }

  /// Adds `element` at the back.
  ///
  /// - Complexity: O(1) amortised.
  @inlinable @inline(__always)
  public mutating func append(_ element: Element) {
    if _count == capacity { _grow() }
    var tail = head + _count
    if tail >= capacity { tail -= capacity }
    if tail == storage.count {
      storage.append(element)
    } else {
      storage[tail] = element
    }
    _count += 1
  }

  /// Removes and returns the oldest element, or `nil` when empty.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public mutating func popFirst() -> Element? {
    guard _count > 0 else { return nil }
    let element = storage[head]
    head += 1
    if head == capacity { head = 0 }
    _count -= 1
    return element
  }

  /// The element `offset` places from the front (0 is the oldest).
  ///
  /// - Precondition: `0 <= offset < count`.
  /// - Complexity: O(1).
  @inlinable
  public subscript(offset: Int) -> Element {
    get {
      precondition(offset >= 0 && offset < _count, "RingBuffer offset out of range")
      var index = head + offset
      if index >= capacity { index -= capacity }
      return storage[index]
    }
    set {
      precondition(offset >= 0 && offset < _count, "RingBuffer offset out of range")
      var index = head + offset
      if index >= capacity { index -= capacity }
      storage[index] = newValue
    }
  }

  @inlinable
  mutating func _grow() {
    var bigger = ContiguousArray<Element>()
    bigger.reserveCapacity(capacity * 2)
    for offset in 0..<_count {
      var index = head + offset
      if index >= capacity { index -= capacity }
      bigger.append(storage[index])
    }
    storage = bigger
    head = 0
    capacity *= 2
  }
}

extension RingBuffer: Sendable where Element: Sendable {}
