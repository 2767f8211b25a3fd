extension HCLValue {
  /// The value as compact JSON in a canonical form, for comparing values
  /// regardless of how they were written.
  ///
  /// Two values have the same canonical form exactly when Terraform would
  /// see the same value, within `Double` precision:
  /// - object keys are sorted by their UTF-8 bytes (Terraform's maps and
  ///   objects have no order), members otherwise unchanged;
  /// - numbers are spelled by value (`1`, `1.0` and `1e0` all give `1`;
  ///   see ``HCLNumber/canonicalText(_:)``);
  /// - strings are JSON-escaped, with no other change: a heredoc's final
  ///   line break is part of its value;
  /// - no whitespace, no locations.
  ///
  /// ```swift
  /// // { b = 1.0, a = [true, null] }  →  {"a":[true,null],"b":1}
  /// ```
  ///
  /// Not promised: that the text is stable across mqplan versions (it is
  /// for comparisons, not for storage).
  ///
  /// - Complexity: O(*n* log *n*) in the size of the value.
  package var canonicalJSON: String {
    var out = ""
    appendCanonical(to: &out)
    return out
  }

  private func appendCanonical(to out: inout String) {
    switch self {
    case .string(let text):
      out += HCLText.jsonQuoted(text)
    case .number(let number):
      out += HCLNumber.canonicalText(number.double)
    case .bool(let flag):
      out += flag ? "true" : "false"
    case .null:
      out += "null"
    case .list(let elements):
      out += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { out += "," }
        element.value.appendCanonical(to: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      for (index, member) in sorted.enumerated() {
        if index > 0 { out += "," }
        out += HCLText.jsonQuoted(member.key) + ":"
        member.value.value.appendCanonical(to: &out)
      }
      out += "}"
    }
  }
}
