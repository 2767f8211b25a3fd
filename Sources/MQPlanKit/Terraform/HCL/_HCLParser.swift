// Implementation priorities, in order: correctness (accept what Terraform
// accepts as a literal, with the value Terraform gives it), errors that point
// at the right line and column and say what would be valid, then speed.
//
// The grammar is the subset of HCL native syntax (hclsyntax/spec.md) that a
// tfvars file can hold as constants: attributes `name = value`, one per line;
// literal values; comments. Everything else HCL allows in an expression
// (references, function calls, operators, templates, `for` expressions) is
// recognised well enough to be named in the error, then rejected.

/// Ends the parse of the current attribute. Carries the diagnostic and how
/// many brackets were open where it happened, for recovery.
struct HCLAbort: Error {
  var diagnostic: Diagnostic
  var openBrackets: Int
}

/// A parser for tfvars files in HCL native syntax. Use it through
/// ``TFVarsReader/parse(_:file:)``.
///
/// Works on UTF-8 bytes, like ``JSONParser``. Errors come in two kinds:
/// those after which the text still makes sense (an invalid escape, an
/// interpolation inside a string, a duplicate key, a number too large) are
/// recorded and parsing goes on; the others end the attribute, and parsing
/// resumes at the next line outside any bracket (see ``recover(openBrackets:)``).
struct HCLParser {
  /// Deepest nesting of lists and objects accepted, so that a hostile file
  /// cannot overflow the stack.
  static let maximumDepth = 256

  let bytes: [UInt8]
  let file: String
  var index = 0
  var line = 1
  /// Index of the first byte of the current line.
  var lineStart = 0
  /// Lists and objects open at `index`.
  var depth = 0
  /// The last position whose column was computed: see ``location``.
  var columnCache: (lineStart: Int, index: Int, column: Int) = (-1, 0, 1)
  /// Every problem found so far, in the order found.
  var diagnostics: [Diagnostic] = []

  init(_ text: String, file: String) {
    self.bytes = Array(text.utf8)
    self.file = file
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {  // UTF-8 byte-order mark
      index = 3
      lineStart = 3
    }
  }

  // MARK: The file

  /// Parses every attribute, recording problems in ``diagnostics``.
  mutating func parseFile() -> [TFVarsAttribute] {
    var attributes: [TFVarsAttribute] = []
    var seen: [String: SourceLocation] = [:]
    while true {
      do {
        try skipBlankSpace()
      } catch {
        diagnostics.append(error.diagnostic)
        break
      }
      if atEnd { break }
      do {
        let attribute = try parseAttribute()
        if let first = seen[attribute.name] {
          report(
            "the variable \"\(attribute.name)\" is set twice (first at \(first))", at: attribute.nameLocation,
            path: JSONPath([.key(attribute.name)]),
            hint: "remove one of the two; a tfvars file may set each variable once")
        } else {
          seen[attribute.name] = attribute.nameLocation
          attributes.append(attribute)
        }
      } catch {
        diagnostics.append(error.diagnostic)
        recover(openBrackets: error.openBrackets)
      }
    }
    return attributes
  }

  private mutating func parseAttribute() throws(HCLAbort) -> TFVarsAttribute {
    let nameLocation = location
    guard let first = currentScalar(), Self.isIdentifierStart(first) else {
      throw abort(
        "expected a variable name, found \(describeCurrent())", path: nil,
        hint: "each entry of a tfvars file is name = value, the name starting with a letter or '_'")
    }
    let name = readIdentifier()
    let path = JSONPath([.key(name)])
    try skipInlineSpace()
    switch peek() {
    case UInt8(ascii: "=") where peek(1) != UInt8(ascii: "="):
      index += 1
    case UInt8(ascii: "{"), UInt8(ascii: "\""):
      throw abort(
        "\(name) starts a block, and a tfvars file holds no blocks", at: nameLocation, path: path,
        hint: "set the variable with \(name) = { ... }")
    default:
      throw abort(
        "expected '=' after the variable name \(name), found \(describeCurrent())", path: path,
        hint: "each entry of a tfvars file is name = value")
    }
    try skipInlineSpace()
    if atEnd || peek() == UInt8(ascii: "\n") || atLineComment {
      throw abort(
        "expected a value after '=' for \(name), found \(describeCurrent())", path: path,
        hint: "the value starts on the same line as the name")
    }
    let value = try parseValue(path: path)
    try skipInlineSpace()
    if atLineComment { skipLineComment() }
    guard atEnd || peek() == UInt8(ascii: "\n") else {
      throw unexpectedAfterValue(
        path: path, expected: "a line break after the value of \(name)",
        hint: "each attribute of a tfvars file is on a line of its own")
    }
    return TFVarsAttribute(name: name, nameLocation: nameLocation, value: value)
  }

  // MARK: Recovery

  /// Skips the rest of a broken attribute: to the next line break outside
  /// any bracket, skipping strings, heredocs and comments whole.
  ///
  /// When brackets are still open (a list or object never closed), a line
  /// that starts in column 1 with `name =` is taken as the next attribute,
  /// so one missing `]` costs one error rather than the rest of the file.
  mutating func recover(openBrackets: Int) {
    var open = openBrackets
    if open > 0 && index == lineStart && looksLikeAttributeLine() { return }
    while let byte = peek() {
      switch byte {
      case UInt8(ascii: "\n"):
        advance()
        if open <= 0 || looksLikeAttributeLine() { return }
      case UInt8(ascii: "\""):
        skipQuotedStringForRecovery()
      case UInt8(ascii: "#"):
        skipLineComment()
      case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
        skipLineComment()
      case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
        _ = try? skipBlockComment()
      case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "<"):
        skipHeredocForRecovery()
      case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "("):
        open += 1
        index += 1
      case UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ")"):
        open -= 1
        index += 1
      default:
        index += 1
      }
    }
  }

  /// Whether the line starting at `index` begins, in column 1, with an
  /// identifier followed by `=` (not `==`).
  private func looksLikeAttributeLine() -> Bool {
    var position = index
    guard position < bytes.count, HCLText.isIdentifierStart(bytes[position]) else { return false }
    while position < bytes.count && HCLText.isIdentifierContinue(bytes[position]) { position += 1 }
    while position < bytes.count && (bytes[position] == 0x20 || bytes[position] == 0x09) { position += 1 }
    guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { return false }
    return position + 1 >= bytes.count || bytes[position + 1] != UInt8(ascii: "=")
  }

  private mutating func skipQuotedStringForRecovery() {
    index += 1
    while let byte = peek(), byte != UInt8(ascii: "\n") {
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return
      case UInt8(ascii: "\\"):
        index += peek(1) == UInt8(ascii: "\n") ? 1 : 2
      case UInt8(ascii: "$"), UInt8(ascii: "%"):
        if peek(1) == byte && peek(2) == UInt8(ascii: "{") {
          index += 3
        } else if peek(1) == UInt8(ascii: "{") {
          _ = skipTemplateSequence()
        } else {
          index += 1
        }
      default:
        index += 1
      }
    }
  }

  /// Skips a template sequence `${ ... }` or `%{ ... }` starting at
  /// `index`, counting braces and skipping nested quoted strings. Stops at
  /// the end of the line if the sequence is not closed there.
  ///
  /// - Returns: whether the closing `}` was found (and consumed).
  mutating func skipTemplateSequence() -> Bool {
    index += 2
    var braces = 1
    while let byte = peek(), byte != UInt8(ascii: "\n") {
      switch byte {
      case UInt8(ascii: "{"):
        braces += 1
        index += 1
      case UInt8(ascii: "}"):
        braces -= 1
        index += 1
        if braces == 0 { return true }
      case UInt8(ascii: "\""):
        skipQuotedStringForRecovery()
      default:
        index += 1
      }
    }
    return false
  }

  private mutating func skipHeredocForRecovery() {
    index += 2
    if peek() == UInt8(ascii: "-") { index += 1 }
    let markerStart = index
    if let first = currentScalar(), Self.isIdentifierStart(first) { _ = readIdentifier() }
    let marker = bytes[markerStart..<index]
    if peek() == UInt8(ascii: "\r") && peek(1) == UInt8(ascii: "\n") { index += 1 }
    guard !marker.isEmpty, peek() == UInt8(ascii: "\n") else { return }
    advance()
    while !atEnd {
      let end = endOfLine(from: index)
      if Self.trimmed(bytes[index..<end]).elementsEqual(marker) {
        index = end
        return
      }
      index = end
      if !atEnd { advance() }
    }
  }
}
