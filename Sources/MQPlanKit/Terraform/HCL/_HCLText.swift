/// Spelling strings, names and numbers in HCL and in JSON: the escaping
/// rules shared by ``TFVarsWriter`` and ``HCLValue/canonicalJSON``.
enum HCLText {
  /// Words that must be quoted when used as an object key. `for` would
  /// start a `for` expression at the head of an object; the others are
  /// quoted so that no reader has to know HCL's keyword-as-key rule.
  static let reservedKeys: Set<String> = ["true", "false", "null", "for", "in", "if"]

  /// Whether `name` is an HCL identifier in its portable, ASCII form:
  /// a letter or `_`, then letters, digits, `_` or `-`.
  ///
  /// HCL itself accepts Unicode letters too (UAX #31); the writer does not
  /// rely on that, and quotes such keys instead.
  static func isIdentifier(_ name: String) -> Bool {
    guard let first = name.utf8.first, isIdentifierStart(first) else { return false }
    return name.utf8.dropFirst().allSatisfy(isIdentifierContinue)
  }

  static func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
  }

  static func isIdentifierContinue(_ byte: UInt8) -> Bool {
    isIdentifierStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || byte == UInt8(ascii: "-")
  }

  /// An object key as HCL should show it: bare when it is a plain
  /// identifier and not a keyword, quoted otherwise.
  static func hclKey(_ key: String) -> String {
    isIdentifier(key) && !reservedKeys.contains(key) ? key : hclQuoted(key)
  }

  /// `text` as an HCL quoted string literal that reads back as `text`.
  ///
  /// Escapes `\` `"` and line breaks, writes other control characters as
  /// `\uNNNN`, and doubles the template introducers: `${` becomes `$${`
  /// and `%{` becomes `%%{`, so nothing in the value is taken for an
  /// interpolation or a directive.
  static func hclQuoted(_ text: String) -> String {
    var out = "\""
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "$" where index + 1 < scalars.count && scalars[index + 1] == "{": out += "$$"
      case "%" where index + 1 < scalars.count && scalars[index + 1] == "{": out += "%%"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out += "\\u" + hex4(scalar.value, uppercase: true)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// `text` as a JSON string literal (RFC 8259): escapes `"`, `\` and
  /// control characters, leaves everything else as is.
  static func jsonQuoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if scalar.value < 0x20 {
          out += "\\u" + hex4(scalar.value, uppercase: false)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// A number as a literal both HCL and JSON accept: the user's text when
  /// it is portable, the canonical spelling of its value otherwise.
  static func portableNumber(_ number: HCLNumber) -> String {
    HCLNumber.isPortableLiteral(number.text) ? number.text : HCLNumber.canonicalText(number.double)
  }

  private static func hex4(_ value: UInt32, uppercase: Bool) -> String {
    let digits = String(value, radix: 16, uppercase: uppercase)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
