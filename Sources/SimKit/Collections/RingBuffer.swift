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
public struct RingBuffer<Element> {
  @usableFromInline var storage: [Element?]
  @usableFromInline var head = 0
  @usableFromInline var _count = 0

  /// An empty buffer with room for `capacity` elements before it grows.
  public init(capacity: Int = 16) {
    storage = Array(repeating: nil, count: Swift.max(1, capacity))
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
  @inlinable
  public mutating func append(_ element: Element) {
    if _count == storage.count { _grow() }
    var tail = head + _count
    if tail >= storage.count { tail -= storage.count }
    storage[tail] = element
    _count += 1
  }

  /// Removes and returns the oldest element, or `nil` when empty.
  ///
  /// - Complexity: O(1).
  @inlinable
  public mutating func popFirst() -> Element? {
    guard _count > 0 else { return nil }
    let element = storage[head]
    storage[head] = nil
    head += 1
    if head == storage.count { head = 0 }
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
      if index >= storage.count { index -= storage.count }
      return storage[index].unsafelyUnwrapped
    }
    set {
      precondition(offset >= 0 && offset < _count, "RingBuffer offset out of range")
      var index = head + offset
      if index >= storage.count { index -= storage.count }
      storage[index] = newValue
    }
  }

  @inlinable
  mutating func _grow() {
    var bigger = [Element?](repeating: nil, count: storage.count * 2)
    for offset in 0..<_count {
      var index = head + offset
      if index >= storage.count { index -= storage.count }
      bigger[offset] = storage[index]
    }
    storage = bigger
    head = 0
  }
}

extension RingBuffer: Sendable where Element: Sendable {}
