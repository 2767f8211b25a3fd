// `EventPattern.explain`: the walk of `EventPattern+Matching.swift`, step for
// step, recording what held and what failed. It must reach the same verdict
// as `matches`; `EventPatternPropertyTests` checks that on thousands of
// seeded random patterns and events. It visits the same fields, alternatives
// and elements in the same order, and stops where the fast walk stops
// except that it keeps checking the remaining fields of a failed level, to
// report all of them.

/// Builds an ``EventPatternMatch``.
struct PatternExplainer {
  typealias Condition = EventPatternMatch.Condition

  /// An outcome and the conditions behind it.
  struct Trace {
    var outcome: PatternMatchOutcome
    var matched: [Condition] = []
    var failed: [Condition] = []
  }

  /// At most this many array elements are described when none matched.
  static let elementsShown = 3

  func explainObject(_ pattern: PatternObject, _ value: JSONValue?, at path: JSONPath) -> Trace {
    var trace = Trace(outcome: .absentOnly)
    var failed = false
    var object: JSONObject?
    if case .object(let found)? = value { object = found }
    for field in pattern.fields {
      let fieldPath = path.appending(field.key.text)
      let child = object.flatMap { patternLookUp(field.key, in: $0) }
      let fieldTrace: Trace
      switch field.value {
      case .leaf(let leaf): fieldTrace = explainLeaf(leaf, child, at: fieldPath)
      case .object(let nested): fieldTrace = explainField(nested, child, at: fieldPath)
      }
      switch fieldTrace.outcome {
      case .fail:
        failed = true
        trace.failed += fieldTrace.failed
      case .absentOnly: trace.matched += fieldTrace.matched
      case .pinned:
        trace.matched += fieldTrace.matched
        trace.outcome = .pinned
      }
    }
    if !pattern.alternatives.isEmpty {
      let count = pattern.alternatives.count
      var best = Trace(outcome: .fail)
      var bestIndex = 0
      var failures: [Condition] = []
      for (index, alternative) in pattern.alternatives.enumerated() {
        let alternativeTrace = explainObject(alternative, value, at: path)
        let note = "$or alternative \(index + 1) of \(count)"
        if alternativeTrace.outcome == .fail { failures += annotate(alternativeTrace.failed, note) }
        if alternativeTrace.outcome > best.outcome {
          best = alternativeTrace
          bestIndex = index
          if best.outcome == .pinned { break }
        }
      }
      switch best.outcome {
      case .fail:
        failed = true
        trace.failed += failures
      case .absentOnly, .pinned:
        trace.matched += annotate(best.matched, "$or alternative \(bestIndex + 1) of \(count)")
        if best.outcome == .pinned { trace.outcome = .pinned }
      }
    }
    if failed { trace.outcome = .fail }
    return trace
  }

  /// A nested pattern object as the value of a field; arrays are crushed.
  func explainField(_ pattern: PatternObject, _ child: JSONValue?, at path: JSONPath) -> Trace {
    guard case .array(let elements)? = child else { return explainObject(pattern, child, at: path) }
    var candidates: [(node: JSONNode, path: JSONPath)] = []
    flatten(elements, at: path, into: &candidates, depth: 0)
    var failures: [Condition] = []
    var shown = 0
    for candidate in candidates where !isArray(candidate.node.value) {
      let elementTrace = explainObject(pattern, candidate.node.value, at: candidate.path)
      if elementTrace.outcome == .pinned { return elementTrace }
      guard shown < Self.elementsShown else { continue }
      shown += 1
      if elementTrace.outcome == .fail {
        failures += elementTrace.failed
      } else {
        failures.append(
          Condition(
            path: candidate.path.description, expected: "a value match in this element",
            found: "only exists: false held here", note: "another element has the field, so it is not absent")
        )
      }
    }
    if pattern.isSatisfiableByAbsence && pattern.isAbsent(from: elements) {
      let found = candidates.isEmpty ? "[]" : "absent from all \(candidates.count) elements"
      return Trace(
        outcome: .absentOnly,
        matched: [
          Condition(
            path: path.description, expected: "the nested fields absent (exists: false)", found: found)
        ]
      )
    }
    let expected = "an element matching the nested pattern"
    if candidates.isEmpty {
      failures.append(Condition(path: path.description, expected: expected, found: "[]"))
    } else if candidates.count > Self.elementsShown {
      failures.append(
        Condition(
          path: path.description, expected: expected, found: "none of \(candidates.count) elements matched",
          note: "first \(Self.elementsShown) shown"))
    }
    return Trace(outcome: .fail, failed: failures)
  }

  func explainLeaf(_ leaf: PatternLeaf, _ child: JSONValue?, at path: JSONPath) -> Trace {
    let expected = "[" + leaf.elementTexts.joined(separator: ",") + "]"
    let absent = #"{"exists":false}"#
    guard let child else {
      if leaf.existsFalse {
        return Trace(
          outcome: .absentOnly,
          matched: [Condition(path: path.description, expected: absent, found: "missing")])
      }
      return Trace(
        outcome: .fail, failed: [Condition(path: path.description, expected: expected, found: "missing")])
    }
    switch child {
    case .object:
      if leaf.existsFalse {
        return Trace(
          outcome: .absentOnly,
          matched: [
            Condition(path: path.description, expected: absent, found: "an object, which is not a leaf")
          ])
      }
      let note = leaf.existsTrue ? "exists matches leaf values only, not objects" : nil
      return Trace(
        outcome: .fail,
        failed: [Condition(path: path.description, expected: expected, found: "an object", note: note)])
    case .array(let elements):
      var candidates: [(node: JSONNode, path: JSONPath)] = []
      flatten(elements, at: path, into: &candidates, depth: 0)
      var sawLeaf = false
      for candidate in candidates {
        switch candidate.node.value {
        case .array, .object: continue
        case .string, .number, .bool, .null:
          sawLeaf = true
          if let condition = matchedCondition(leaf, candidate.node.value, at: candidate.path) {
            return Trace(outcome: .pinned, matched: [condition])
          }
        }
      }
      let found = PatternJSONText.render(child)
      if leaf.existsFalse && !sawLeaf {
        return Trace(
          outcome: .absentOnly, matched: [Condition(path: path.description, expected: absent, found: found)])
      }
      return Trace(
        outcome: .fail, failed: [Condition(path: path.description, expected: expected, found: found)])
    case .string, .number, .bool, .null:
      if let condition = matchedCondition(leaf, child, at: path) {
        return Trace(outcome: .pinned, matched: [condition])
      }
      return Trace(
        outcome: .fail,
        failed: [Condition(path: path.description, expected: expected, found: PatternJSONText.render(child))])
    }
  }

  /// The condition a scalar satisfies, in the order `PatternLeaf.evaluate`
  /// tries them: `exists: true` first, then the elements in order.
  private func matchedCondition(_ leaf: PatternLeaf, _ value: JSONValue, at path: JSONPath) -> Condition? {
    if leaf.existsTrue {
      return Condition(
        path: path.description, expected: #"{"exists":true}"#, found: PatternJSONText.render(value))
    }
    guard let index = leaf.firstMatcher(for: value) else { return nil }
    return Condition(
      path: path.description, expected: leaf.matcherTexts[index], found: PatternJSONText.render(value))
  }

  /// The elements of `elements`, nested arrays flattened, with their paths.
  private func flatten(
    _ elements: [JSONNode], at path: JSONPath, into list: inout [(node: JSONNode, path: JSONPath)], depth: Int
  ) {
    guard depth < patternMaximumArrayDepth else { return }
    for (index, element) in elements.enumerated() {
      if case .array(let inner) = element.value {
        flatten(inner, at: path.appending(index), into: &list, depth: depth + 1)
      } else {
        list.append((element, path.appending(index)))
      }
    }
  }

  private func isArray(_ value: JSONValue) -> Bool {
    if case .array = value { return true }
    return false
  }

  private func annotate(_ conditions: [Condition], _ note: String) -> [Condition] {
    conditions.map { condition in
      var annotated = condition
      annotated.note = condition.note.map { "\(note); \($0)" } ?? note
      return annotated
    }
  }
}
