/// A growable buffer of initialised elements, owned by exactly one
/// ``EventCalendar``: the calendar's non-copyability guarantees there is no
/// sharing, so unlike `Array` no uniqueness check is needed per write.
///
/// Elements `0 ..< count` are initialised. `take` and `put` leave a hole at
/// one index during a sift (the "hole" technique: one move per level instead
/// of a swap); the hole exists only inside a sift and is filled before it
/// returns. Index checks are `assert`s: the calendar's indices are in range
/// by construction, and debug builds and SIMKIT_INTERNAL_CHECKS verify it.
@usableFromInline
struct _CalendarBuffer<Element> {
  @usableFromInline var base: UnsafeMutablePointer<Element>?
  @usableFromInline var count = 0
  @usableFromInline var capacity = 0

  @inlinable init() {}

  @inlinable
  subscript(index: Int) -> Element {
    get {
      assert(index >= 0 && index < count, "Calendar buffer index out of range")
      return base.unsafelyUnwrapped[index]
    }
    nonmutating set {
      assert(index >= 0 && index < count, "Calendar buffer index out of range")
      base.unsafelyUnwrapped[index] = newValue
    }
  }

  @inlinable
  mutating func append(_ element: Element) {
    if count == capacity { grow() }
    (base.unsafelyUnwrapped + count).initialize(to: element)
    count += 1
  }

  @inlinable
  mutating func removeLast() -> Element {
    precondition(count > 0, "Cannot remove from an empty calendar buffer")
    count -= 1
    return (base.unsafelyUnwrapped + count).move()
  }

  /// Replaces element `index` with `element` and returns the old one.
  @inlinable
  func exchange(_ index: Int, with element: Element) -> Element {
    assert(index >= 0 && index < count, "Calendar buffer index out of range")
    let old = (base.unsafelyUnwrapped + index).move()
    (base.unsafelyUnwrapped + index).initialize(to: element)
    return old
  }

  /// Moves element `index` out, leaving a hole.
  @inlinable
  func take(_ index: Int) -> Element {
    assert(index >= 0 && index < count, "Calendar buffer index out of range")
    return (base.unsafelyUnwrapped + index).move()
  }

  /// Fills the hole at `index`.
  @inlinable
  func put(_ element: Element, at index: Int) {
    assert(index >= 0 && index < count, "Calendar buffer index out of range")
    (base.unsafelyUnwrapped + index).initialize(to: element)
  }

  /// Moves element `source` into the hole at `destination`; `source` becomes
  /// the hole.
  @inlinable
  func move(from source: Int, to destination: Int) {
    assert(source >= 0 && source < count && destination >= 0 && destination < count)
    (base.unsafelyUnwrapped + destination).initialize(to: (base.unsafelyUnwrapped + source).move())
  }

  @inlinable
  mutating func grow() {
    let newCapacity = Swift.max(16, capacity * 2)
    let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    if let base {
      newBase.moveInitialize(from: base, count: count)
      base.deallocate()
    }
    base = newBase
    capacity = newCapacity
  }

  /// Deinitialises the elements and frees the memory. The buffer must not
  /// be used afterwards (only the owner's `deinit` calls this).
  @inlinable
  func release() {
    if let base {
      base.deinitialize(count: count)
      base.deallocate()
    }
  }
}
