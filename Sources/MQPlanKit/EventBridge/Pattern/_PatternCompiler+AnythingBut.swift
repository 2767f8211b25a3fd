// `{"anything-but": …}` in its forms (reference §6.5; S22; S23
// `JsonRuleCompiler.processMatchExpression`):
//
//     "anything-but": "x"                      one string
//     "anything-but": 5                        one number
//     "anything-but": ["a", "b"] / [1, 2]      all strings or all numbers
//     "anything-but": {"prefix": "x" | ["x", …]}
//     "anything-but": {"suffix": "x" | ["x", …]}
//     "anything-but": {"equals-ignore-case": "x" | ["x", …]}
//     "anything-but": {"wildcard": "x" | ["x", …]}

extension PatternCompiler {
  mutating func compileAnythingBut(_ value: JSONNode, at path: JSONPath) -> PatternAnythingBut? {
    switch value.value {
    case .string(let string):
      return .strings([PatternBytes(string)])
    case .number:
      return numericOperand(value, for: "anything-but", at: path).map { .numbers([$0]) }
    case .array(let items):
      return compileAnythingButList(items, node: value, at: path)
    case .object(let object):
      return compileAnythingButOperator(object, node: value, at: path)
    case .null, .bool:
      error(
        "Value of anything-but must be an array or single string/number value, got \(value.value.kindDescription)",
        at: value.location, path: path, hint: "to match null itself, list it as a value: [null]")
      return nil
    }
  }

  private mutating func compileAnythingButList(_ items: [JSONNode], node: JSONNode, at path: JSONPath)
    -> PatternAnythingBut?
  {
    guard !items.isEmpty else {
      error("Empty arrays are not allowed", at: node.location, path: path, hint: "anything-but needs a value")
      return nil
    }
    var strings: [PatternBytes] = []
    var numbers: [Int64] = []
    var failed = false
    for (index, item) in items.enumerated() {
      switch item.value {
      case .string(let string): strings.append(PatternBytes(string))
      case .number:
        if let micro = numericOperand(item, for: "anything-but", at: path.appending(index)) {
          numbers.append(micro)
        } else {
          failed = true
        }
      case .null, .bool, .array, .object:
        error(
          "Inside an anything-but list, only strings or numbers are supported; got \(item.value.kindDescription)",
          at: item.location, path: path.appending(index))
        failed = true
      }
    }
    if failed { return nil }
    guard strings.isEmpty || numbers.isEmpty else {
      error(
        "Inside anything but list, either all values are number or string, mixed type is not supported",
        at: node.location, path: path, hint: "use two anything-but conditions on separate rules")
      return nil
    }
    return strings.isEmpty ? .numbers(numbers) : .strings(strings)
  }

  private mutating func compileAnythingButOperator(_ object: JSONObject, node: JSONNode, at path: JSONPath)
    -> PatternAnythingBut?
  {
    let supported = ["prefix", "suffix", "equals-ignore-case", "wildcard"]
    guard let member = object.members.first else {
      error(
        "Anything-But expression name not found", at: node.location, path: path,
        hint: "inside anything-but, use one of: " + supported.joined(separator: ", "))
      return nil
    }
    guard object.members.count == 1 else {
      let extra = object.members[1]
      error(
        "Only one key allowed in match expression", at: extra.keyLocation, path: path.appending(extra.key))
      return nil
    }
    let name = member.key
    let operatorPath = path.appending(name)
    guard supported.contains(name) else {
      var hint = "inside anything-but, use one of: " + supported.joined(separator: ", ")
      if let guess = Suggestions.closest(to: name, in: supported) { hint = "did you mean \"\(guess)\"?" }
      error(
        "Unsupported anything-but pattern: \(name)", at: member.keyLocation, path: operatorPath, hint: hint)
      return nil
    }
    // One string, or a non-empty array of strings.
    var texts: [(text: String, node: JSONNode, path: JSONPath)] = []
    switch member.value.value {
    case .string(let string):
      texts = [(string, member.value, operatorPath)]
    case .array(let items):
      guard !items.isEmpty else {
        error("Empty arrays are not allowed", at: member.value.location, path: operatorPath)
        return nil
      }
      var failed = false
      for (index, item) in items.enumerated() {
        guard case .string(let string) = item.value else {
          error(
            notAStringMessage(for: name, got: item.value), at: item.location,
            path: operatorPath.appending(index))
          failed = true
          continue
        }
        texts.append((string, item, operatorPath.appending(index)))
      }
      if failed { return nil }
    case .object:
      error(
        "Value of anything-but must be an array or single string/number value", at: member.value.location,
        path: operatorPath, hint: "anything-but cannot nest a further operator inside \(name)")
      return nil
    case .null, .bool, .number:
      error(
        notAStringMessage(for: name, got: member.value.value), at: member.value.location, path: operatorPath)
      return nil
    }
    if name == "prefix" || name == "suffix", let empty = texts.first(where: { $0.text.isEmpty }) {
      error(
        "Null prefix/suffix not allowed in anything-but", at: empty.node.location, path: empty.path,
        hint: "an empty \(name) is part of every string, so nothing could match")
      return nil
    }
    switch name {
    case "prefix": return .prefixes(texts.map { PatternBytes($0.text) })
    case "suffix": return .suffixes(texts.map { PatternBytes($0.text) })
    case "equals-ignore-case": return .ignoringCase(texts.map { PatternCaseFolding($0.text) })
    default:
      var wildcards: [PatternWildcard] = []
      for entry in texts {
        guard let wildcard = compileWildcard(entry.text, node: entry.node, at: entry.path) else { return nil }
        wildcards.append(wildcard)
      }
      return .wildcards(wildcards)
    }
  }

  private func notAStringMessage(for name: String, got value: JSONValue) -> String {
    switch name {
    case "equals-ignore-case":
      return
        "Inside anything-but/equals-ignore-case list, only strings are supported; got \(value.kindDescription)"
    case "wildcard": return "wildcard match pattern must be a string, got \(value.kindDescription)"
    default: return "prefix/suffix match pattern must be a string, got \(value.kindDescription)"
    }
  }
}
