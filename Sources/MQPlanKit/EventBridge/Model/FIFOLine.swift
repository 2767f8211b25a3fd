/// A first-in, first-out line whose front element can be replaced in
/// place (a cohort partly served keeps its place), on an array with a
/// moving head that is compacted once half of it is spent.
struct FIFOLine<Element> {
  private var elements: [Element] = []
  private var head = 0

  var isEmpty: Bool { head == elements.count }
  var first: Element? { isEmpty ? nil : elements[head] }
  /// The elements in line order.
  var waiting: ArraySlice<Element> { elements[head...] }

  mutating func append(_ element: Element) { elements.append(element) }

  mutating func popFirst() -> Element? {
    guard !isEmpty else { return nil }
    let element = elements[head]
    head += 1
    if head > 32 && head * 2 > elements.count {
      elements.removeFirst(head)
      head = 0
    }
    return element
  }

  /// Replaces the front element.
  ///
  /// - Precondition: the line is not empty.
  mutating func replaceFirst(_ element: Element) {
    precondition(!isEmpty, "replaceFirst on an empty line")
    elements[head] = element
  }
}
