/// Compact JSON text for messages and explanations: the pattern element as
/// the user wrote it (`{"prefix":"us-"}`), or the event value that was found.
enum PatternJSONText {
  /// `value` as compact JSON, cut to about `limit` characters with "…".
  /// Numbers keep their literal text; object keys keep their order.
  static func render(_ value: JSONValue, limit: Int = 120) -> String {
    var output = ""
    append(value, to: &output, limit: limit, depth: 0)
    if output.count > limit { output = String(output.prefix(limit)) + "…" }
    return output
  }

  /// `text` as a JSON string literal.
  static func quote(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case let control where control.value < 0x20:
        let hex = String(control.value, radix: 16, uppercase: true)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }

  private static func append(_ value: JSONValue, to output: inout String, limit: Int, depth: Int) {
    guard output.count <= limit, depth < 64 else {
      output += "…"
      return
    }
    switch value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let number): output += number.text
    case .string(let string): output += quote(string)
    case .array(let elements):
      output += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { output += "," }
        append(element.value, to: &output, limit: limit, depth: depth + 1)
        if output.count > limit { break }
      }
      output += "]"
    case .object(let object):
      output += "{"
      for (index, member) in object.members.enumerated() {
        if index > 0 { output += "," }
        output += quote(member.key) + ":"
        append(member.value.value, to: &output, limit: limit, depth: depth + 1)
        if output.count > limit { break }
      }
      output += "}"
    }
  }
}
