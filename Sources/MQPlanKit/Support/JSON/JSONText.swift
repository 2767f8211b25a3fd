extension JSONNode {
  /// The value as compact JSON text (no whitespace, members in source
  /// order, numbers as written): what AWS counts against the 2,048-character
  /// pattern quota, and what a generated event looks like on the wire.
  package var compactText: String {
    var text = ""
    JSONNode.write(value, into: &text)
    return text
  }

  private static func write(_ value: JSONValue, into text: inout String) {
    switch value {
    case .null: text += "null"
    case .bool(let flag): text += flag ? "true" : "false"
    case .number(let number): text += number.text
    case .string(let string): writeString(string, into: &text)
    case .array(let elements):
      text += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { text += "," }
        write(element.value, into: &text)
      }
      text += "]"
    case .object(let object):
      text += "{"
      for (index, member) in object.members.enumerated() {
        if index > 0 { text += "," }
        writeString(member.key, into: &text)
        text += ":"
        write(member.value.value, into: &text)
      }
      text += "}"
    }
  }

  /// A JSON string literal (RFC 8259 §7: quote, backslash and control
  /// characters escaped).
  private static func writeString(_ string: String, into text: inout String) {
    text += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    }
    text += "\""
  }
}
