// The matching walk. Implementation priorities, in order: correctness
// (reference §6), determinism, speed. It walks the compiled pattern, looks
// up only the event fields the pattern names, and allocates nothing except
// on the rare "absent from every array element" path.
//
// ## Arrays, consistency and `exists: false`
//
// A leaf matches an array of values when some value matches (intersection,
// reference §6.3). Below a pattern *object*, an event array is "crushed":
// its elements (nested arrays flattened) stand for the field. AWS's
// JSON-event matcher refuses matches that take two fields from different
// elements of the same array (S23, `rulesForJSONEvent`), so an object
// pattern must match within one element.
//
// `exists: false` inside such an object needs a rule event-ruler only
// implies. There, absence is checked against the fields "consistent with"
// the elements already chosen by other fields, in the order its state
// machine visits fields (sorted by name), so the result can depend on field
// names. We use the order-free version: absence is judged within the
// element that the other (positive) conditions of the sub-pattern chose;
// when no positive condition chooses an element (the sub-pattern is only
// `exists: false`), it is judged against all elements, so
// `{"items": {"discount": [{"exists": false}]}}` matches only when no item
// has a discount. Both agree with event-ruler whenever its visiting order is
// positive-first or absence-only.
//
// To decide that, each walk returns a `PatternMatchOutcome`: failed, matched using only
// absence, or matched with at least one positive condition ("pinned").

/// The result of matching part of a pattern.
enum PatternMatchOutcome: UInt8, Comparable {
  /// Does not match.
  case fail = 0
  /// Matches, but only through `exists: false` conditions.
  case absentOnly = 1
  /// Matches with at least one positive condition.
  case pinned = 2

  static func < (lhs: PatternMatchOutcome, rhs: PatternMatchOutcome) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Nested arrays deeper than this inside one event field are not searched
/// (JSONParser already refuses documents nested deeper than 512).
let patternMaximumArrayDepth = 512

extension PatternObject {
  /// Matches this level against one event value that is not an array:
  /// an object, a scalar, or `nil` for a missing field. Against a scalar or
  /// `nil`, every named field is absent.
  func evaluate(_ value: JSONValue?) -> PatternMatchOutcome {
    var result = PatternMatchOutcome.absentOnly
    var object: JSONObject?
    if case .object(let found)? = value { object = found }
    for field in fields {
      let child = object.flatMap { patternLookUp(field.key, in: $0) }
      let outcome: PatternMatchOutcome
      switch field.value {
      case .leaf(let leaf): outcome = leaf.evaluate(child)
      case .object(let nested): outcome = nested.evaluateField(child)
      }
      if outcome == .fail { return .fail }
      if outcome == .pinned { result = .pinned }
    }
    if !alternatives.isEmpty {
      var best = PatternMatchOutcome.fail
      for alternative in alternatives {
        let outcome = alternative.evaluate(value)
        if outcome > best {
          best = outcome
          if best == .pinned { break }
        }
      }
      if best == .fail { return .fail }
      if best == .pinned { result = .pinned }
    }
    return result
  }

  /// Matches this level as the value of a field: arrays are crushed.
  func evaluateField(_ child: JSONValue?) -> PatternMatchOutcome {
    guard case .array(let elements)? = child else { return evaluate(child) }
    if anyElementPins(elements, depth: 0) { return .pinned }
    guard isSatisfiableByAbsence else { return .fail }
    return isAbsent(from: elements) ? .absentOnly : .fail
  }

  private func anyElementPins(_ elements: [JSONNode], depth: Int) -> Bool {
    guard depth < patternMaximumArrayDepth else { return false }
    for element in elements {
      if case .array(let inner) = element.value {
        if anyElementPins(inner, depth: depth + 1) { return true }
      } else if evaluate(element.value) == .pinned {
        return true
      }
    }
    return false
  }

  /// Whether this level holds by absence alone over all of `values` at
  /// once (the crushed view of an array, nested arrays included): each
  /// `exists: false` field has no leaf value in any of them.
  func isAbsent(from values: [JSONNode]) -> Bool {
    for field in fields {
      switch field.value {
      case .leaf(let leaf):
        guard leaf.existsFalse else { return false }
        let present = patternAnyObject(in: values, depth: 0) { object in
          guard let child = patternLookUp(field.key, in: object) else { return false }
          return patternHasLeafValue(child, depth: 0)
        }
        if present { return false }
      case .object(let nested):
        guard nested.isSatisfiableByAbsence else { return false }
        var children: [JSONNode] = []
        _ = patternAnyObject(in: values, depth: 0) { object in
          if let member = object.members.first(where: { field.key.equals($0.key) }) {
            children.append(member.value)
          }
          return false
        }
        if !children.isEmpty && !nested.isAbsent(from: children) { return false }
      }
    }
    if !alternatives.isEmpty && !alternatives.contains(where: { $0.isAbsent(from: values) }) { return false }
    return true
  }
}

/// Whether `body` holds for some object among `values` or inside arrays
/// among them (at any depth up to the limit).
func patternAnyObject(in values: [JSONNode], depth: Int, where body: (JSONObject) -> Bool) -> Bool {
  guard depth < patternMaximumArrayDepth else { return false }
  for value in values {
    switch value.value {
    case .object(let object): if body(object) { return true }
    case .array(let inner): if patternAnyObject(in: inner, depth: depth + 1, where: body) { return true }
    case .string, .number, .bool, .null: continue
    }
  }
  return false
}

/// The value of `key` in `object`, comparing keys byte for byte.
@inline(__always)
func patternLookUp(_ key: PatternBytes, in object: JSONObject) -> JSONValue? {
  let members = object.members
  for index in members.indices where key.equals(members[index].key) {
    return members[index].value.value
  }
  return nil
}

/// Whether `value` is, or an array (at any depth) holds, a scalar: what
/// AWS calls a leaf value. Objects and empty arrays are not.
func patternHasLeafValue(_ value: JSONValue, depth: Int) -> Bool {
  switch value {
  case .object: return false
  case .array(let elements):
    guard depth < patternMaximumArrayDepth else { return false }
    return elements.contains { patternHasLeafValue($0.value, depth: depth + 1) }
  case .string, .number, .bool, .null: return true
  }
}

extension PatternLeaf {
  /// Matches the leaf against a field's value (`nil` when missing).
  ///
  /// - A scalar is the field's only leaf value; an array's leaf values are
  ///   its scalars at any depth (any one may match); an object has none.
  /// - `exists: true` holds when there is a leaf value, `exists: false`
  ///   when there is none: a missing field, an object, an empty array, an
  ///   array of objects (reference §6.5, S33b, S23).
  @inline(__always)
  func evaluate(_ child: JSONValue?) -> PatternMatchOutcome {
    guard let child else { return existsFalse ? .absentOnly : .fail }
    switch child {
    case .object:
      return existsFalse ? .absentOnly : .fail
    case .array(let elements):
      var sawLeaf = false
      if matchesAny(in: elements, sawLeaf: &sawLeaf, depth: 0) { return .pinned }
      return existsFalse && !sawLeaf ? .absentOnly : .fail
    case .string, .number, .bool, .null:
      if existsTrue || matchesScalar(child) { return .pinned }
      return .fail
    }
  }

  private func matchesAny(in elements: [JSONNode], sawLeaf: inout Bool, depth: Int) -> Bool {
    guard depth < patternMaximumArrayDepth else { return false }
    for element in elements {
      switch element.value {
      case .object: continue
      case .array(let inner):
        if matchesAny(in: inner, sawLeaf: &sawLeaf, depth: depth + 1) { return true }
      case .string, .number, .bool, .null:
        sawLeaf = true
        if existsTrue || matchesScalar(element.value) { return true }
      }
    }
    return false
  }
}
