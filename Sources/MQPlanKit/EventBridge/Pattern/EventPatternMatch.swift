/// Whether an event matched a pattern, and why: the answer of
/// ``EventPattern/explain(_:)``.
///
/// For a match, ``matched`` lists the conditions that made it match (one
/// per field named by the pattern, from the `$or` alternative and array
/// element that matched). For a non-match, ``failed`` lists the conditions
/// that did not hold: every failing field of the level that failed, each
/// alternative of a failed `$or`, and the first few elements of an array
/// none of whose elements matched.
///
/// ```swift
/// let result = pattern.explain(event)
/// if !result.isMatch { print(result) }
/// // no match
/// //   detail.state: expected ["running"], found "pending"
/// ```
///
/// The lists are for people; their exact wording is not stable API.
package struct EventPatternMatch: Hashable, Sendable, CustomStringConvertible {
  /// One condition of the pattern, checked against the event.
  package struct Condition: Hashable, Sendable, CustomStringConvertible {
    /// Where in the event, e.g. `detail.items[1].price`; `(root)` for the
    /// event itself.
    package var path: String
    /// What the pattern asked for, as written: a leaf's value array, or the
    /// element of it that matched.
    package var expected: String
    /// What the event held: a value as compact JSON, `missing`, `an object`.
    package var found: String
    /// Context, such as which `$or` alternative or array element.
    package var note: String?

    package init(path: String, expected: String, found: String, note: String? = nil) {
      self.path = path
      self.expected = expected
      self.found = found
      self.note = note
    }

    package var description: String {
      var text = "\(path): expected \(expected), found \(found)"
      if let note { text += " (\(note))" }
      return text
    }
  }

  /// Whether the event matches; always equal to
  /// ``EventPattern/matches(_:)`` for the same event.
  package var isMatch: Bool
  /// For a match: the conditions that held.
  package var matched: [Condition]
  /// For a non-match: the conditions that failed.
  package var failed: [Condition]

  package init(isMatch: Bool, matched: [Condition], failed: [Condition]) {
    self.isMatch = isMatch
    self.matched = matched
    self.failed = failed
  }

  package var description: String {
    let lines = (isMatch ? matched : failed).map { "  " + $0.description }
    return ([isMatch ? "match" : "no match"] + lines).joined(separator: "\n")
  }
}
