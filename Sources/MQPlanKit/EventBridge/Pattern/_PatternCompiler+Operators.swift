// Operator objects inside a leaf array: `{"prefix": …}`, `{"numeric": […]}`
// and the rest (reference §6.5, S22, S23 `JsonRuleCompiler`).

extension PatternCompiler {
  /// The operators AWS's event buses accept (S22).
  static let operatorNames = [
    "prefix", "suffix", "equals-ignore-case", "wildcard", "anything-but", "numeric", "exists", "cidr",
  ]

  /// Compiles `{"operator": value}`.
  mutating func compileOperator(_ object: JSONObject, node: JSONNode, at path: JSONPath) -> PatternOperator? {
    guard let member = object.members.first else {
      error(
        "Match expression name not found: an operator object needs one operator", at: node.location,
        path: path,
        hint: "operators: " + Self.operatorNames.joined(separator: ", "))
      return nil
    }
    guard object.members.count == 1 else {
      let extra = object.members[1]
      error(
        "Only one key allowed in match expression", at: extra.keyLocation, path: path.appending(extra.key),
        hint: #"give each operator its own object: [{"prefix": "a"}, {"suffix": "b"}]"#)
      return nil
    }
    let value = member.value
    let operatorPath = path.appending(member.key)
    switch member.key {
    case "prefix", "suffix":
      return compileAffix(value, at: operatorPath, isPrefix: member.key == "prefix").map { .matcher($0) }
    case "equals-ignore-case":
      guard case .string(let string) = value.value else {
        error("equals-ignore-case match pattern must be a string", at: value.location, path: operatorPath)
        return nil
      }
      return .matcher(.equalsIgnoreCase(PatternCaseFolding(string)))
    case "wildcard":
      guard case .string(let string) = value.value else {
        error(
          "wildcard match pattern must be a string", at: value.location, path: operatorPath,
          hint: "list several wildcards as separate objects in the field's array")
        return nil
      }
      return compileWildcard(string, node: value, at: operatorPath).map { .matcher(.wildcard($0)) }
    case "anything-but":
      return compileAnythingBut(value, at: operatorPath).map { .matcher(.anythingBut($0)) }
    case "numeric":
      return compileNumeric(value, at: operatorPath).map { .matcher(.numeric($0)) }
    case "exists":
      guard case .bool(let flag) = value.value else {
        error("exists match pattern must be either true or false", at: value.location, path: operatorPath)
        return nil
      }
      return .exists(flag)
    case "cidr":
      return compileCIDR(value, at: operatorPath).map { .matcher(.cidr($0)) }
    default:
      var hint = "operators: " + Self.operatorNames.joined(separator: ", ")
      if let guess = Suggestions.closest(to: member.key, in: Self.operatorNames) {
        let caseOnly = guess.lowercased() == member.key.lowercased()
        hint = "did you mean \"\(guess)\"?" + (caseOnly ? " Operators are case-sensitive" : "")
      }
      error("Unrecognized match type \(member.key)", at: member.keyLocation, path: operatorPath, hint: hint)
      return nil
    }
  }

  /// `{"prefix": "…"}` or `{"prefix": {"equals-ignore-case": "…"}}`, and the
  /// same for suffix.
  private mutating func compileAffix(_ value: JSONNode, at path: JSONPath, isPrefix: Bool)
    -> PatternValueMatcher?
  {
    let name = isPrefix ? "prefix" : "suffix"
    switch value.value {
    case .string(let string):
      return isPrefix ? .prefix(PatternBytes(string)) : .suffix(PatternBytes(string))
    case .object(let object):
      guard let member = object.members.first else {
        error("\(isPrefix ? "Prefix" : "Suffix") expression name not found", at: value.location, path: path)
        return nil
      }
      guard object.members.count == 1 else {
        let extra = object.members[1]
        error(
          "Only one key allowed in match expression", at: extra.keyLocation, path: path.appending(extra.key))
        return nil
      }
      guard member.key == "equals-ignore-case" else {
        error(
          "Unsupported \(name) pattern: \(member.key)", at: member.keyLocation,
          path: path.appending(member.key),
          hint: "the only nested form is {\"\(name)\": {\"equals-ignore-case\": \"…\"}}")
        return nil
      }
      guard case .string(let string) = member.value.value else {
        error(
          "equals-ignore-case match pattern must be a string", at: member.value.location,
          path: path.appending(member.key))
        return nil
      }
      let folded = PatternCaseFolding(string)
      return isPrefix ? .prefixIgnoreCase(folded) : .suffixIgnoreCase(folded)
    case .null, .bool, .number, .array:
      error(
        "\(name) match pattern must be a string, got \(value.value.kindDescription)", at: value.location,
        path: path, hint: "list several \(name)es as separate objects in the field's array")
      return nil
    }
  }

  mutating func compileWildcard(_ text: String, node: JSONNode, at path: JSONPath) -> PatternWildcard? {
    switch PatternWildcard.parse(text) {
    case .success(let pattern):
      return pattern
    case .failure(.consecutiveStars(let position)):
      error(
        "Consecutive wildcard characters at character \(position) of \(PatternJSONText.quote(text))",
        at: node.location, path: path, hint: "one * already matches any run of characters")
    case .failure(.invalidEscape(let position)):
      error(
        "Invalid escape character at character \(position) of \(PatternJSONText.quote(text))",
        at: node.location,
        path: path, hint: #"only \* (a literal star) and \\ (a literal backslash) are escapes"#)
    }
    return nil
  }

  /// A number usable by `numeric` or `anything-but`, in micro-units.
  mutating func numericOperand(_ node: JSONNode, for name: String, at path: JSONPath) -> Int64? {
    guard case .number(let number) = node.value else {
      error(
        "Value of \(name) must be numeric, got \(node.value.kindDescription)", at: node.location, path: path,
        hint: "write the number without quotes")
      return nil
    }
    guard number.double.magnitude <= PatternMicroUnits.limit else {
      error(
        "Value must be between -5.0E9 and 5.0E9, inclusive; got \(number.text)", at: node.location,
        path: path,
        hint: "numeric matching supports ±5.0e9 with six decimal places")
      return nil
    }
    guard PatternMicroUnits.decimalPlacesNeeded(byLiteral: number.text) <= PatternMicroUnits.decimalPlaces
    else {
      error(
        "Only values up to 6 decimal places are supported; got \(number.text)", at: node.location, path: path)
      return nil
    }
    return Int64((number.double * 1e6).rounded())
  }

  /// `{"numeric": ["=", x]}`, `[op, x]` or `[">"/">=", x, "<"/"<=", y]`.
  private mutating func compileNumeric(_ value: JSONNode, at path: JSONPath) -> PatternNumericRange? {
    let example = #"for example [">", 0, "<=", 5] or ["=", 301.8]"#
    guard case .array(let items) = value.value else {
      error("Value of numeric must be an array", at: value.location, path: path, hint: example)
      return nil
    }
    guard let first = items.first, case .string(let name) = first.value else {
      let got = items.first.map { PatternJSONText.render($0.value, limit: 40) } ?? "an empty array"
      error(
        "Invalid member in numeric match: \(got); the first element must be an operator", at: value.location,
        path: path, hint: example)
      return nil
    }
    guard ["=", "<", "<=", ">", ">="].contains(name) else {
      error(
        "Unrecognized numeric range operator: \(name)", at: first.location, path: path.appending(0),
        hint: "operators: =, <, <=, >, >=")
      return nil
    }
    guard items.count >= 2 else {
      error(
        "Value of \(name) must be numeric, but it is missing", at: first.location, path: path, hint: example)
      return nil
    }
    guard let operand = numericOperand(items[1], for: name, at: path.appending(1)) else { return nil }
    let limit = PatternMicroUnits.limitMicro
    var range: PatternNumericRange
    switch name {
    case "=":
      guard items.count == 2 else {
        return tooMany(items[2], at: path.appending(2), hint: "= takes one value")
      }
      return PatternNumericRange(lower: operand, lowerInclusive: true, upper: operand, upperInclusive: true)
    case "<", "<=":
      guard items.count == 2 else {
        return tooMany(
          items[2], at: path.appending(2), hint: #"write the lower bound first: [">", 0, "<", 10]"#)
      }
      range = PatternNumericRange(
        lower: -limit, lowerInclusive: true, upper: operand, upperInclusive: name == "<=")
    default:  // ">", ">="
      range = PatternNumericRange(
        lower: operand, lowerInclusive: name == ">=", upper: limit, upperInclusive: true)
      if items.count > 2 {
        let second = items[2]
        guard case .string(let upperName) = second.value, upperName == "<" || upperName == "<=" else {
          error(
            "Bad numeric range operator: \(PatternJSONText.render(second.value, limit: 40))",
            at: second.location,
            path: path.appending(2), hint: "after a lower bound (> or >=) only < or <= may follow")
          return nil
        }
        guard items.count >= 4 else {
          error(
            "Value of \(upperName) must be numeric, but it is missing", at: second.location,
            path: path.appending(2), hint: example)
          return nil
        }
        guard let upper = numericOperand(items[3], for: upperName, at: path.appending(3)) else { return nil }
        guard items.count == 4 else {
          error(
            "Too many terms in numeric range expression", at: items[4].location, path: path.appending(4),
            hint: "a range has at most two bounds")
          return nil
        }
        range.upper = upper
        range.upperInclusive = upperName == "<="
      }
    }
    // event-ruler's Range requires bottom < top (the limit closes a single
    // bound), whatever the inclusivity (S23 `Range`).
    guard range.lower < range.upper else {
      error(
        "Bottom must be less than top: the range \(PatternJSONText.render(value.value, limit: 60)) is empty",
        at: value.location, path: path, hint: "numeric matching covers -5.0e9 … 5.0e9")
      return nil
    }
    return range
  }

  private mutating func tooMany(_ node: JSONNode, at path: JSONPath, hint: String) -> PatternNumericRange? {
    error("Too many elements in numeric expression", at: node.location, path: path, hint: hint)
    return nil
  }

  private mutating func compileCIDR(_ value: JSONNode, at path: JSONPath) -> PatternCIDRBlock? {
    guard case .string(let text) = value.value else {
      error(
        "cidr match pattern must be a string, got \(value.value.kindDescription)", at: value.location,
        path: path, hint: "list several blocks as separate objects in the field's array")
      return nil
    }
    switch PatternCIDRBlock.parse(cidr: text) {
    case .success(let range):
      return range
    case .failure(.slashCount):
      error(
        "Malformed CIDR, one '/' required: \(PatternJSONText.quote(text))", at: value.location, path: path,
        hint: "for example 10.0.0.0/24 or 2001:db8::/32")
    case .failure(.maskNotInteger):
      error(
        "Malformed CIDR, mask bits must be an integer: \(PatternJSONText.quote(text))", at: value.location,
        path: path)
    case .failure(.badAddress(let address)):
      error(
        "Nonstandard IP address: \(address)", at: value.location, path: path,
        hint: "IPv4 as four decimal parts (10.0.0.0), IPv6 in hex groups (2001:db8::)")
    case .failure(.maskTooLarge(let ipv4)):
      error(
        ipv4 ? "IPv4 mask bits must be < 32" : "IPv6 mask bits must be < 128", at: value.location, path: path,
        hint: #"to match one address, list it as a string, e.g. ["10.0.0.1"]"#)
    }
    return nil
  }
}
