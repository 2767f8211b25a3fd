/// Reads a parsed JSON document into typed values while collecting every
/// problem as a ``Diagnostic`` (file, line:column, JSON path, what would be
/// valid), instead of stopping at the first.
///
/// A class because the readers of nested objects share one list of
/// diagnostics. Typical use:
///
/// ```swift
/// let reader = JSONReader(file: "w.json")
/// if let object = reader.object(root, at: .root, keys: ["name", "seed"]) {
///   let name = object.string("name", required: true)
///   let seed = object.integer("seed", range: 0...Int.max)
/// }
/// ```
package final class JSONReader {
  package let file: String
  package private(set) var diagnostics: [Diagnostic] = []

  package init(file: String) { self.file = file }

  package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  package func error(_ message: String, at node: JSONNode?, path: JSONPath, hint: String? = nil) {
    diagnostics.append(
      Diagnostic(.error, file: file, location: node?.location, path: path, message: message, hint: hint))
  }

  package func error(_ message: String, location: SourceLocation?, path: JSONPath, hint: String? = nil) {
    diagnostics.append(
      Diagnostic(.error, file: file, location: location, path: path, message: message, hint: hint))
  }

  /// Adds problems found by another reader, for example an embedded event
  /// pattern's compiler.
  package func append(_ more: [Diagnostic]) { diagnostics += more }

  package func warning(_ message: String, at node: JSONNode?, path: JSONPath, hint: String? = nil) {
    diagnostics.append(
      Diagnostic(.warning, file: file, location: node?.location, path: path, message: message, hint: hint))
  }

  /// The node as an object whose keys must come from `keys`; unknown keys
  /// are reported with a "did you mean". Returns `nil` (after reporting)
  /// when the node is not an object.
  package func object(_ node: JSONNode, at path: JSONPath, keys: [String]) -> JSONObjectReader? {
    guard case .object(let object) = node.value else {
      error("must be an object, got \(node.value.kindDescription)", at: node, path: path)
      return nil
    }
    for member in object.members where !keys.contains(member.key) && member.key != "$schema" {
      var hint = "valid keys: " + keys.joined(separator: ", ")
      if let guess = Suggestions.closest(to: member.key, in: keys) { hint = "did you mean \"\(guess)\"?" }
      error(
        "unknown key \"\(member.key)\"", location: member.keyLocation, path: path.appending(member.key),
        hint: hint)
    }
    return JSONObjectReader(reader: self, object: object, node: node, path: path)
  }

  /// The node as an array, or `nil` after reporting.
  package func array(_ node: JSONNode, at path: JSONPath) -> [JSONNode]? {
    guard case .array(let elements) = node.value else {
      error("must be an array, got \(node.value.kindDescription)", at: node, path: path)
      return nil
    }
    return elements
  }

  package func number(
    _ node: JSONNode, at path: JSONPath, range: ClosedRange<Double>? = nil, unit: String = ""
  )
    -> Double?
  {
    guard case .number(let number) = node.value else {
      error("must be a number, got \(node.value.kindDescription)", at: node, path: path)
      return nil
    }
    if let range, !range.contains(number.double) {
      error(
        "must be \(Self.describe(range, unit: unit)), got \(number.text)", at: node, path: path)
      return nil
    }
    return number.double
  }

  package func integer(_ node: JSONNode, at path: JSONPath, range: ClosedRange<Int>? = nil) -> Int? {
    guard case .number(let number) = node.value else {
      error("must be an integer, got \(node.value.kindDescription)", at: node, path: path)
      return nil
    }
    guard number.double.rounded() == number.double, abs(number.double) < 9e15 else {
      error("must be a whole number, got \(number.text)", at: node, path: path)
      return nil
    }
    let value = Int(number.double)
    if let range, !range.contains(value) {
      let text: String
      if range.upperBound == Int.max {
        text = "at least \(range.lowerBound)"
      } else {
        text = "between \(range.lowerBound) and \(range.upperBound)"
      }
      error("must be \(text), got \(number.text)", at: node, path: path)
      return nil
    }
    return value
  }

  package func string(_ node: JSONNode, at path: JSONPath, allowed: [String]? = nil) -> String? {
    guard case .string(let text) = node.value else {
      error("must be a string, got \(node.value.kindDescription)", at: node, path: path)
      return nil
    }
    if let allowed, !allowed.contains(text) {
      var hint = "one of: " + allowed.joined(separator: ", ")
      if let guess = Suggestions.closest(to: text, in: allowed) { hint = "did you mean \"\(guess)\"?" }
      error("\"\(text)\" is not a valid value", at: node, path: path, hint: hint)
      return nil
    }
    return text
  }

  package func bool(_ node: JSONNode, at path: JSONPath) -> Bool? {
    guard case .bool(let value) = node.value else {
      error("must be true or false, got \(node.value.kindDescription)", at: node, path: path)
      return nil
    }
    return value
  }

  static func describe(_ range: ClosedRange<Double>, unit: String) -> String {
    let suffix = unit.isEmpty ? "" : " " + unit
    func text(_ value: Double) -> String {
      value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
    if range.upperBound == .greatestFiniteMagnitude || range.upperBound == .infinity {
      return "at least \(text(range.lowerBound))\(suffix)"
    }
    return "between \(text(range.lowerBound)) and \(text(range.upperBound))\(suffix)"
  }
}

/// One JSON object being read: typed accessors by key that report problems
/// at the member's own location and path.
package struct JSONObjectReader {
  package let reader: JSONReader
  package let object: JSONObject
  package let node: JSONNode
  package let path: JSONPath

  package func has(_ key: String) -> Bool { object[key] != nil }

  package subscript(key: String) -> JSONNode? { object[key] }

  /// Reports a missing required key at the object's location.
  package func missing(_ key: String, hint: String? = nil) {
    reader.error("missing required key \"\(key)\"", at: node, path: path, hint: hint)
  }

  package func number(
    _ key: String, required: Bool = false, range: ClosedRange<Double>? = nil, unit: String = ""
  )
    -> Double?
  {
    guard let value = object[key] else {
      if required { missing(key) }
      return nil
    }
    return reader.number(value, at: path.appending(key), range: range, unit: unit)
  }

  package func integer(_ key: String, required: Bool = false, range: ClosedRange<Int>? = nil) -> Int? {
    guard let value = object[key] else {
      if required { missing(key) }
      return nil
    }
    return reader.integer(value, at: path.appending(key), range: range)
  }

  package func string(_ key: String, required: Bool = false, allowed: [String]? = nil) -> String? {
    guard let value = object[key] else {
      if required { missing(key) }
      return nil
    }
    return reader.string(value, at: path.appending(key), allowed: allowed)
  }

  package func bool(_ key: String, required: Bool = false) -> Bool? {
    guard let value = object[key] else {
      if required { missing(key) }
      return nil
    }
    return reader.bool(value, at: path.appending(key))
  }

  package func array(_ key: String, required: Bool = false) -> [(JSONNode, JSONPath)]? {
    guard let value = object[key] else {
      if required { missing(key) }
      return nil
    }
    guard let elements = reader.array(value, at: path.appending(key)) else { return nil }
    return elements.enumerated().map { ($0.element, path.appending(key).appending($0.offset)) }
  }

  package func child(_ key: String, required: Bool = false, keys: [String]) -> JSONObjectReader? {
    guard let value = object[key] else {
      if required { missing(key) }
      return nil
    }
    return reader.object(value, at: path.appending(key), keys: keys)
  }
}
