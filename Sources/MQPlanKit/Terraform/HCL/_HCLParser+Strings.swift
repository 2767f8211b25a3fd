// Strings for `HCLParser`: quoted strings with their escapes, heredocs, and
// the template sequences that tfvars values may not contain.
//
// Semantics follow hclsyntax (scan_string_lit.rl, ParseStringLiteralToken,
// flushHeredocTemplateParts), checked against Terraform 1.11:
// - quoted strings resolve \n \r \t \" \\ \uNNNN \UNNNNNNNN; a surrogate or a
//   code point past U+10FFFF is an error, as is any other backslash escape;
// - in both quoted strings and heredocs, `$${` is a literal `${` and `%%{`
//   a literal `%{`; heredocs take backslashes literally;
// - a heredoc's value is every line between the markers, each with its line
//   break (so it ends with one), CRLF kept as written;
// - `<<-` removes from each line the smallest leading whitespace (spaces and
//   tabs, one column each) of the lines that are not blank; blank and
//   whitespace-only lines are neither measured nor changed;
// - the closing marker may be indented and followed by spaces, and must be
//   followed by a line break (Terraform rejects it at the very end of a file).

extension HCLParser {
  /// Parses `"..."` at `index`. Reports escapes and template sequences it
  /// cannot accept and goes on; ends the attribute only when the string
  /// does not close on its line.
  mutating func parseQuotedString(path: JSONPath) throws(HCLAbort) -> String {
    let open = location
    index += 1
    var buffer: [UInt8] = []
    while true {
      guard let byte = peek(), byte != UInt8(ascii: "\n") else {
        throw abort(
          "this string is never closed", at: open, path: path,
          hint: "a quoted string ends on its own line: write \\n for a line break, or use a heredoc (<<EOT)")
      }
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        parseEscape(into: &buffer, path: path)
      case UInt8(ascii: "$"), UInt8(ascii: "%"):
        consumeTemplateCharacter(into: &buffer, path: path)
      default:
        buffer.append(byte)
        index += 1
      }
    }
  }

  /// At `$` or `%`: a doubled introducer (`$${`, `%%{`) is the literal
  /// sequence; a single one (`${`, `%{`) starts a template sequence, which
  /// is reported and skipped; anything else is the character itself.
  private mutating func consumeTemplateCharacter(into buffer: inout [UInt8], path: JSONPath) {
    let byte = bytes[index]
    if peek(1) == byte && peek(2) == UInt8(ascii: "{") {
      buffer += [byte, UInt8(ascii: "{")]
      index += 3
    } else if peek(1) == UInt8(ascii: "{") {
      let start = location
      let introducer = byte == UInt8(ascii: "$") ? "${" : "%{"
      let kind = byte == UInt8(ascii: "$") ? "an interpolation" : "a template directive"
      let escaped = byte == UInt8(ascii: "$") ? "$${" : "%%{"
      _ = skipTemplateSequence()
      report(
        "\(introducer)...} is \(kind), and tfvars values must be literal", at: start, path: path,
        hint: "write the value itself; to mean the characters \(introducer) literally, write \(escaped)")
    } else {
      buffer.append(byte)
      index += 1
    }
  }

  /// Resolves one backslash escape at `index` into `buffer`, or reports it.
  private mutating func parseEscape(into buffer: inout [UInt8], path: JSONPath) {
    let start = location
    index += 1
    // A backslash at the end of the line: the caller reports the open string.
    guard let selector = peek(), selector != UInt8(ascii: "\n") else { return }
    let simple: [UInt8: UInt8] = [
      UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
      UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"),
    ]
    if let resolved = simple[selector] {
      buffer.append(resolved)
      index += 1
      return
    }
    guard selector == UInt8(ascii: "u") || selector == UInt8(ascii: "U") else {
      let shown = currentScalar().map { String(Character($0)) } ?? "?"
      index += max(1, shown.utf8.count)
      report(
        "'\\\(shown)' is not an escape sequence", at: start, path: path,
        hint: "the escapes are \\n \\r \\t \\\" \\\\ \\uNNNN and \\UNNNNNNNN; write \\\\ for a backslash")
      return
    }
    let width = selector == UInt8(ascii: "u") ? 4 : 8
    index += 1
    var code: UInt32 = 0
    var digits = 0
    while digits < width, let byte = peek(), let digit = Self.hexValue(byte) {
      code = code * 16 + digit
      digits += 1
      index += 1
    }
    let name = "\\" + String(Character(Unicode.Scalar(selector)))
    guard digits == width else {
      report(
        "\(name) must be followed by \(width) hexadecimal digits", at: start, path: path,
        hint: width == 4 ? "write, for example, \\u00e9 for é" : "write, for example, \\U0001F600")
      return
    }
    guard let scalar = Unicode.Scalar(code) else {
      let hex = String(code, radix: 16, uppercase: true)
      report(
        "\(name)\(hex) is not a character: surrogates and code points past 10FFFF cannot be written",
        at: start, path: path, hint: "write the character itself, or \\UNNNNNNNN for one outside the BMP")
      return
    }
    buffer += Array(String(Character(scalar)).utf8)
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  // MARK: Heredocs

  /// Parses `<<EOT` or `<<-EOT` at `index`, through the line holding the
  /// closing marker. Leaves `index` at the line break after the marker.
  mutating func parseHeredoc(path: JSONPath) throws(HCLAbort) -> HCLNode {
    let start = location
    index += 2
    let indented = peek() == UInt8(ascii: "-")
    if indented { index += 1 }
    let usage =
      "a heredoc starts with <<EOT (or <<-EOT) at the end of a line and ends with a line holding EOT"
    guard let first = currentScalar(), Self.isIdentifierStart(first) else {
      throw abort(
        "expected a marker such as EOT after '<<', found \(describeCurrent())", path: path, hint: usage)
    }
    let markerStart = index
    let markerText = readIdentifier()
    let marker = bytes[markerStart..<index]
    if peek() == UInt8(ascii: "\r") && peek(1) == UInt8(ascii: "\n") { index += 1 }
    guard peek() == UInt8(ascii: "\n") else {
      throw abort(
        "the heredoc marker \(markerText) must be followed by a line break, found \(describeCurrent())",
        path: path, hint: usage)
    }
    advance()
    var lines: [[UInt8]] = []
    while true {
      guard !atEnd else {
        throw abort(
          "this heredoc is never closed", at: start, path: path,
          hint: "end it with a line holding only \(markerText)")
      }
      let end = endOfLine(from: index)
      let candidate = Self.trimmed(bytes[index..<end])
      if candidate.elementsEqual(marker) {
        index = candidate.startIndex
        let markerLocation = location
        index = end
        guard !atEnd else {
          throw abort(
            "the closing marker \(markerText) must be followed by a line break", at: markerLocation,
            path: path,
            hint: "Terraform does not see a closing marker on the last line of a file; add a line break")
        }
        break
      }
      var content: [UInt8] = []
      while index < end {
        if bytes[index] == UInt8(ascii: "$") || bytes[index] == UInt8(ascii: "%") {
          consumeTemplateCharacter(into: &content, path: path)
        } else {
          content.append(bytes[index])
          index += 1
        }
      }
      index = end
      guard !atEnd else {
        throw abort(
          "this heredoc is never closed", at: start, path: path,
          hint: "end it with a line holding only \(markerText)")
      }
      content.append(UInt8(ascii: "\n"))
      advance()
      lines.append(content)
    }
    if indented { Self.removeCommonIndentation(&lines) }
    let value = String(decoding: lines.joined(), as: UTF8.self)
    return HCLNode(.string(value), at: start, stringSyntax: indented ? .indentedHeredoc : .heredoc)
  }

  /// Terraform's rule for `<<-`: find the smallest number of leading
  /// spaces and tabs among the lines that are not blank, and remove that
  /// many characters from each of those lines.
  static func removeCommonIndentation(_ lines: inout [[UInt8]]) {
    func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
    func indentation(_ line: [UInt8]) -> Int { line.prefix { $0 == 0x20 || $0 == 0x09 }.count }
    let measured = lines.indices.filter { !lines[$0].allSatisfy(isWhitespace) }
    guard let smallest = measured.map({ indentation(lines[$0]) }).min(), smallest > 0 else { return }
    for line in measured { lines[line].removeFirst(smallest) }
  }
}
