// Turns a pattern's JSON into a `PatternObject`, collecting every problem as
// a `Diagnostic` with the pattern path and line:column. The structure
// (objects, leaves, `$or`) is here; operators are in
// `_PatternCompiler+Operators.swift`.
//
// Messages keep AWS's wording where it is known (AWS errors recorded in
// LocalStack's `test_events_patterns.snapshot.json`, 2024-12-05, and
// event-ruler's `JsonRuleCompiler`, S23), so a user can search for them, and
// add what to do in the hint.

/// Compiles one pattern. A struct with a diagnostics list, used once.
struct PatternCompiler {
  /// The file the pattern came from, for diagnostics.
  let file: String?
  /// Whether `$or` is the OR operator. When `false`, it is an ordinary field
  /// name: AWS's fallback for patterns whose `$or` is not a valid OR (S23).
  let orIsOperator: Bool
  private(set) var diagnostics: [Diagnostic] = []

  /// Keys that may not name a field inside a `$or` alternative (event-ruler
  /// `Constants.RESERVED_FIELD_NAMES_IN_OR_RELATIONSHIP`, S23).
  static let reservedNamesInOr: Set<String> = [
    "exactly", "equals-ignore-case", "prefix", "suffix", "anything-but", "exists", "wildcard", "numeric",
    "cidr", "html", "=", "<", "<=", ">", ">=", "regex", "not-wildcard", "not-equals-ignore-case",
    "date-after", "date-on-or-after", "date-before", "date-on-or-before", "in-date-range",
    "ip-address-in-range", "ip-address-not-in-range",
  ]

  init(file: String?, orIsOperator: Bool) {
    self.file = file
    self.orIsOperator = orIsOperator
  }

  mutating func error(_ message: String, at location: SourceLocation?, path: JSONPath, hint: String? = nil) {
    diagnostics.append(
      Diagnostic(.error, file: file, location: location, path: path, message: message, hint: hint))
  }

  // MARK: Structure

  /// Compiles the whole pattern, which must be an object.
  mutating func compileRoot(_ node: JSONNode, at path: JSONPath) -> PatternObject? {
    guard case .object(let object) = node.value else {
      error(
        "Filter is not an object: an event pattern must be a JSON object, got \(node.value.kindDescription)",
        at: node.location, path: path, hint: #"for example {"source": ["aws.ec2"]}"#)
      return nil
    }
    return compileObject(object, node: node, at: path, insideOr: false, depth: 1)
  }

  private mutating func compileObject(
    _ object: JSONObject, node: JSONNode, at path: JSONPath, insideOr: Bool, depth: Int
  ) -> PatternObject? {
    guard depth <= JSONParser.maximumDepth else {
      error(
        "Nesting deeper than \(JSONParser.maximumDepth) levels is not accepted", at: node.location, path: path
      )
      return nil
    }
    guard !object.members.isEmpty else {
      error(
        "Empty objects are not allowed", at: node.location, path: path,
        hint: "name at least one field, or remove the empty object")
      return nil
    }
    var fields: [PatternField] = []
    var alternatives: [PatternObject] = []
    var failed = false
    for member in object.members {
      let memberPath = path.appending(member.key)
      if orIsOperator && member.key == "$or" {
        if let compiled = compileOr(member.value, at: memberPath, depth: depth) {
          alternatives = compiled
        } else {
          failed = true
        }
        continue
      }
      if insideOr && Self.reservedNamesInOr.contains(member.key) {
        error(
          "\"\(member.key)\" is a reserved keyword and cannot be used as a field name inside $or",
          at: member.keyLocation, path: memberPath,
          hint: "operators go inside a field's array, e.g. {\"field\": [{\"\(member.key)\": …}]}")
        failed = true
        continue
      }
      switch member.value.value {
      case .object(let nested):
        if let compiled = compileObject(
          nested, node: member.value, at: memberPath, insideOr: insideOr, depth: depth + 1)
        {
          fields.append(PatternField(key: PatternBytes(member.key), value: .object(compiled)))
        } else {
          failed = true
        }
      case .array(let elements):
        if let leaf = compileLeaf(elements, node: member.value, at: memberPath) {
          fields.append(PatternField(key: PatternBytes(member.key), value: .leaf(leaf)))
        } else {
          failed = true
        }
      case .string, .number, .bool, .null:
        let written = PatternJSONText.render(member.value.value, limit: 40)
        error(
          "\"\(member.key)\" must be an object or an array, got \(member.value.value.kindDescription)",
          at: member.value.location, path: memberPath,
          hint: "values to match go in an array: \"\(member.key)\": [\(written)]")
        failed = true
      }
    }
    return failed ? nil : PatternObject(fields: fields, alternatives: alternatives)
  }

  /// `"$or": [{…}, {…}, …]`: at least two objects (S23).
  private mutating func compileOr(_ node: JSONNode, at path: JSONPath, depth: Int) -> [PatternObject]? {
    guard case .array(let elements) = node.value else {
      error(
        "$or must be followed by an array of objects, got \(node.value.kindDescription)", at: node.location,
        path: path, hint: #"write "$or": [{"a": ["x"]}, {"b": ["y"]}]"#)
      return nil
    }
    guard elements.count >= 2 else {
      error(
        "There must be at least 2 objects in a $or array, got \(elements.count)", at: node.location,
        path: path, hint: "a single alternative needs no $or: put its fields in the enclosing object")
      return nil
    }
    var alternatives: [PatternObject] = []
    var failed = false
    for (index, element) in elements.enumerated() {
      guard case .object(let object) = element.value else {
        error(
          "Only JSON objects are allowed in a $or array, got \(element.value.kindDescription)",
          at: element.location, path: path.appending(index))
        failed = true
        continue
      }
      if let compiled = compileObject(
        object, node: element, at: path.appending(index), insideOr: true, depth: depth + 1)
      {
        alternatives.append(compiled)
      } else {
        failed = true
      }
    }
    return failed ? nil : alternatives
  }

  // MARK: Leaves

  /// A leaf array: values and operator objects, any of which may match.
  private mutating func compileLeaf(_ elements: [JSONNode], node: JSONNode, at path: JSONPath) -> PatternLeaf?
  {
    guard !elements.isEmpty else {
      error(
        "Empty arrays are not allowed", at: node.location, path: path,
        hint: #"list at least one value, or use [{"exists": false}] to match a missing field"#)
      return nil
    }
    var matchers: [PatternValueMatcher] = []
    var matcherTexts: [String] = []
    var elementTexts: [String] = []
    var existsTrue = false
    var existsFalse = false
    var failed = false
    for (index, element) in elements.enumerated() {
      let elementPath = path.appending(index)
      let text = PatternJSONText.render(element.value, limit: 200)
      elementTexts.append(text)
      var matcher: PatternValueMatcher?
      switch element.value {
      case .string(let string): matcher = .string(PatternBytes(string))
      case .number(let number): matcher = .number(PatternBytes(number.text))
      case .bool(let flag): matcher = .boolean(flag)
      case .null: matcher = .null
      case .array:
        error(
          "Match value must be String, number, true, false, or null, or an operator object; got an array",
          at: element.location, path: elementPath,
          hint: "arrays cannot be nested inside a field's value array")
        failed = true
      case .object(let object):
        switch compileOperator(object, node: element, at: elementPath) {
        case .exists(true)?: existsTrue = true
        case .exists(false)?: existsFalse = true
        case .matcher(let compiled)?: matcher = compiled
        case nil: failed = true
        }
      }
      if let matcher {
        matchers.append(matcher)
        matcherTexts.append(text)
      }
    }
    if failed { return nil }
    return PatternLeaf(
      matchers: matchers, existsTrue: existsTrue, existsFalse: existsFalse, elementTexts: elementTexts,
      matcherTexts: matcherTexts)
  }
}

/// What an operator object compiles to.
enum PatternOperator {
  case exists(Bool)
  case matcher(PatternValueMatcher)
}
