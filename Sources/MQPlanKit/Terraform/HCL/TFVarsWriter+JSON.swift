extension TFVarsWriter {
  /// The entries as a `.tfvars.json` file: one object, keys in the order
  /// given, two-space indentation, `": "` after keys, a line break at the
  /// end.
  ///
  /// Strings are written as they are: Terraform takes `.tfvars.json`
  /// strings literally, so `${` needs no escaping here. Comments are
  /// dropped (JSON has none, and Terraform reads only one `"//"` key per
  /// object as a comment). Numbers keep their text when it is valid JSON
  /// (`007` becomes `7`).
  ///
  /// ```swift
  /// TFVarsWriter.json([.init(name: "broker_count", value: .number(HCLNumber(3)))])
  /// // {
  /// //   "broker_count": 3
  /// // }
  /// ```
  ///
  /// - Precondition: names are distinct ASCII identifiers.
  package static func json(_ entries: [Entry]) -> String {
    checkNames(entries)
    let members = entries.map { (key: $0.name, value: $0.value) }
    var out = ""
    appendJSONObject(members, indent: 0, to: &out)
    return out + "\n"
  }

  private static func appendJSON(_ value: HCLValue, indent: Int, to out: inout String) {
    switch value {
    case .string(let text): out += HCLText.jsonQuoted(text)
    case .number(let number): out += HCLText.portableNumber(number)
    case .bool(let flag): out += flag ? "true" : "false"
    case .null: out += "null"
    case .list(let elements):
      guard !elements.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (position, element) in elements.enumerated() {
        out += String(repeating: "  ", count: indent + 1)
        appendJSON(element.value, indent: indent + 1, to: &out)
        out += position + 1 < elements.count ? ",\n" : "\n"
      }
      out += String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      appendJSONObject(members.map { (key: $0.key, value: $0.value.value) }, indent: indent, to: &out)
    }
  }

  private static func appendJSONObject(
    _ members: [(key: String, value: HCLValue)], indent: Int, to out: inout String
  ) {
    guard !members.isEmpty else {
      out += "{}"
      return
    }
    var seen: Set<String> = []
    out += "{\n"
    for (position, member) in members.enumerated() {
      precondition(seen.insert(member.key).inserted, "Key \"\(member.key)\" is written twice")
      out += String(repeating: "  ", count: indent + 1) + HCLText.jsonQuoted(member.key) + ": "
      appendJSON(member.value, indent: indent + 1, to: &out)
      out += position + 1 < members.count ? ",\n" : "\n"
    }
    out += String(repeating: "  ", count: indent) + "}"
  }
}
