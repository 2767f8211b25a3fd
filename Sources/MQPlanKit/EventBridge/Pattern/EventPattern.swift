/// An EventBridge event pattern, compiled once and matched against events
/// many times.
///
/// The language and its semantics are AWS's (reference/sqs-eventbridge.md
/// §6; sources S21d, S22, S23 = aws/event-ruler, S33b): a pattern has the
/// event's nesting; every named field must match (AND); a field's array of
/// values and operators matches if any element does (OR); an array in the
/// event matches if any of its values does; fields not named are ignored.
///
/// ```swift
/// let pattern = try EventPattern.parse(#"{"detail": {"state": ["running"]}}"#)
/// let event = try JSONParser.parse(#"{"detail": {"state": "running"}}"#)
/// pattern.matches(event)   // true
/// ```
///
/// ## What is implemented, and the choices where the sources are silent
///
/// - **Exact values.** Strings compare byte for byte (no case folding, no
///   Unicode normalisation: S21d). `null` matches JSON null only, not a
///   missing field or `"null"`; `""` matches the empty string only.
///   **Numbers compare by their JSON text**, as the reference and the AWS
///   pattern page say: `[300]` matches `300` but not `300.0` or `3e2`
///   (S21d: "300, 300.0, and 3.0e2 are not considered equal"). Caution:
///   current event-ruler also adds a numeric-equality matcher for number
///   values, and an AWS call recorded by LocalStack (2024-12-05,
///   `number_comparison_float`) matched `300.0` against `[300]`; we follow
///   the documentation. Use `{"numeric": ["=", 300]}` for value equality.
/// - **prefix, suffix, equals-ignore-case, wildcard, cidr** apply to string
///   values only; **numeric** to JSON numbers only.
/// - **Case folding** (`equals-ignore-case` and the ignore-case forms of
///   prefix and suffix) allows each pattern character in its lower- or
///   upper-case form (see `PatternCaseFolding`).
/// - **Wildcards** run in linear time; `**` and escapes other than `\*`
///   and `\\` are refused (see `PatternWildcard`).
/// - **numeric**: operands must lie in ±``numericLimit`` with at most six
///   decimal places; comparisons are exact at six decimal places (event
///   values are rounded to the nearest millionth); event numbers beyond the
///   limit match no numeric condition (see `PatternNumericRange`).
/// - **anything-but** matches any *present leaf* value the listed values do
///   not match, including values of other JSON types (`null` and numbers
///   pass `{"anything-but": "x"}`); a missing field, an object or an empty
///   array never matches it. Numbers in an anything-but list compare as
///   numbers, like `numeric`. An empty list inside it is refused, although
///   event-ruler's compiler accepts `{"anything-but": {"prefix": []}}`.
/// - **exists** concerns leaf values: `true` holds for a string, number,
///   boolean, `null`, or an array holding one; `false` holds for a missing
///   field, an object, an empty array, or an array of objects only (S33b,
///   S23: "Exists match only works on the leaf nodes").
/// - **cidr** follows event-ruler's parsing and ranges (see `PatternCIDRBlock`):
///   /32 and /128 are refused, host bits in the written address move the
///   start of the range.
/// - **Arrays of objects** are matched element-consistently: all fields of a
///   nested object must match within one element (S23, `rulesForJSONEvent`);
///   for `exists: false` inside them see `EventPattern+Matching.swift`.
/// - **`$or`** is the OR operator when it holds an array of at least two
///   objects that use no reserved keyword as a field name; otherwise the
///   pattern is read again with `$or` as an ordinary field name, and only if
///   that fails too is the pattern refused (S23: `addRule` falls back from
///   `JsonRuleCompiler` to `RuleCompiler`).
/// - **Not implemented:** event-ruler's `"exactly"` operator (absent from
///   S22's operator table), the joining of dotted keys (`"a.b"` in a pattern
///   does not match `{"a": {"b": …}}`; S23 says not to rely on it), AWS's
///   rule-complexity limit for wildcards ("Rule is too complex"; its
///   threshold is not documented), and the 2,048-character pattern quota
///   (S16a), which the caller may check.
/// - **Duplicate keys** are refused by ``JSONParser``; AWS keeps the last.
///
/// Patterns are values: two patterns are equal when they compile to the same
/// conditions, whatever their whitespace or source location.
package struct EventPattern: Sendable, Hashable {
  /// The compiled pattern.
  let root: PatternObject

  /// Whether the pattern contains a `wildcard` (plain or under
  /// `anything-but`). AWS allows 30 such rules per event bus (S16a).
  package let usesWildcard: Bool

  /// The largest magnitude `numeric` and numeric `anything-but` accept:
  /// 5.0e9, with six decimal places (current AWS pattern documentation;
  /// event-ruler `ComparableNumber`). Older AWS pages said 1.0e9 (S33b); the
  /// hosted limit is unverified (reference, "Gaps" 5).
  package static let numericLimit = PatternMicroUnits.limit

  private init(root: PatternObject) {
    self.root = root
    self.usesWildcard = root.usesWildcard
  }

  /// Parses and compiles a pattern from JSON text.
  ///
  /// - Parameters:
  ///   - text: The pattern, a JSON object.
  ///   - file: The file the text came from, for diagnostics.
  /// - Returns: The compiled pattern.
  /// - Throws: ``EventPatternError`` listing every problem, with the path in
  ///   the pattern and line:column in `text`; malformed JSON gives one.
  /// - Complexity: O(n) in the length of `text`.
  package static func parse(_ text: String, file: String? = nil) throws(EventPatternError) -> EventPattern {
    let node: JSONNode
    do {
      node = try JSONParser.parse(text)
    } catch {
      throw EventPatternError([
        Diagnostic(
          .error, file: file, location: error.location, path: nil,
          message: "Event pattern is not valid JSON: \(error.message)")
      ])
    }
    return try EventPattern(node, file: file)
  }

  /// Compiles a pattern from a parsed JSON node, for example one embedded
  /// in a workload file.
  ///
  /// - Parameters:
  ///   - node: The pattern, a JSON object.
  ///   - file: The file the node came from, for diagnostics.
  ///   - path: Where the node sits in its document, prefixed to the paths
  ///     in diagnostics (e.g. `eventbridge.rules[2].pattern`).
  /// - Throws: ``EventPatternError`` listing every problem found.
  package init(_ node: JSONNode, file: String? = nil, path: JSONPath = .root) throws(EventPatternError) {
    var compiler = PatternCompiler(file: file, orIsOperator: true)
    if let root = compiler.compileRoot(node, at: path) {
      self.init(root: root)
      return
    }
    if Self.containsOrKey(node) {
      var fallback = PatternCompiler(file: file, orIsOperator: false)
      if let root = fallback.compileRoot(node, at: path) {
        self.init(root: root)
        return
      }
    }
    throw EventPatternError(compiler.diagnostics)
  }

  /// Whether the pattern matches `event`.
  ///
  /// - Complexity: O(size of the event fields the pattern names); no
  ///   allocation, except when an `exists: false` condition has to be checked
  ///   across all elements of an array.
  package func matches(_ event: JSONNode) -> Bool {
    root.evaluateField(event.value) != .fail
  }

  /// Whether the pattern matches `event`, and why: the conditions that
  /// held, or those that failed with what was expected and found.
  ///
  /// Slower than ``matches(_:)`` (it builds paths and descriptions); meant
  /// for reports and debugging, not for the simulation loop.
  package func explain(_ event: JSONNode) -> EventPatternMatch {
    let explainer = PatternExplainer()
    let trace = explainer.explainField(root, event.value, at: .root)
    return EventPatternMatch(
      isMatch: trace.outcome != .fail, matched: trace.outcome != .fail ? trace.matched : [],
      failed: trace.outcome == .fail ? trace.failed : [])
  }

  /// Whether any object in `node` has a `"$or"` key (iteratively: a
  /// programmatic node may be deeper than the parser allows).
  private static func containsOrKey(_ node: JSONNode) -> Bool {
    var pending = [node]
    while let next = pending.popLast() {
      switch next.value {
      case .object(let object):
        for member in object.members {
          if member.key == "$or" { return true }
          pending.append(member.value)
        }
      case .array(let elements): pending.append(contentsOf: elements)
      case .string, .number, .bool, .null: continue
      }
    }
    return false
  }
}
