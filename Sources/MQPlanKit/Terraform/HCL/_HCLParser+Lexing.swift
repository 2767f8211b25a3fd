// Positions, whitespace, comments, identifiers and diagnostics for
// `HCLParser`.

extension HCLParser {
  // MARK: Positions

  var atEnd: Bool { index >= bytes.count }

  func peek(_ offset: Int = 0) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }

  /// Moves past one byte, keeping the line count when it is a line break.
  mutating func advance() {
    if bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    index += 1
  }

  /// The position of `index`. Columns count Unicode scalars: the bytes
  /// that do not continue a UTF-8 sequence.
  ///
  /// Counts from the last position asked for when it is on the same line
  /// and not after `index`, so that reading a long line stays linear.
  var location: SourceLocation {
    mutating get {
      var column = 1
      var position = lineStart
      if columnCache.lineStart == lineStart && columnCache.index <= index {
        column = columnCache.column
        position = columnCache.index
      }
      while position < index {
        if bytes[position] & 0xC0 != 0x80 { column += 1 }
        position += 1
      }
      columnCache = (lineStart, index, column)
      return SourceLocation(line: line, column: column)
    }
  }

  /// The index of the line break ending the line that contains `start`, or
  /// the end of the text.
  func endOfLine(from start: Int) -> Int {
    var end = start
    while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
    return end
  }

  /// `line` without leading and trailing spaces, tabs and carriage returns.
  static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
    var slice = line
    while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
    while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
    return slice
  }

  // MARK: Whitespace and comments

  /// Skips spaces, tabs, carriage returns and `/* */` comments, but not line
  /// breaks: in HCL a line break ends an attribute.
  mutating func skipInlineSpace() throws(HCLAbort) {
    while let byte = peek() {
      switch byte {
      case 0x20, 0x09, 0x0D:
        index += 1
      case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
        try skipBlockComment()
      default:
        return
      }
    }
  }

  /// Skips whitespace, line breaks and comments of every kind.
  mutating func skipBlankSpace() throws(HCLAbort) {
    while true {
      try skipInlineSpace()
      if atLineComment {
        skipLineComment()
      } else if peek() == UInt8(ascii: "\n") {
        advance()
      } else {
        return
      }
    }
  }

  /// Whether a `#` or `//` comment starts at `index`.
  var atLineComment: Bool {
    peek() == UInt8(ascii: "#") || (peek() == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "/"))
  }

  /// Skips to the end of the line, leaving the line break.
  mutating func skipLineComment() {
    index = endOfLine(from: index)
  }

  mutating func skipBlockComment() throws(HCLAbort) {
    let start = location
    index += 2
    while !atEnd {
      if bytes[index] == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/") {
        index += 2
        return
      }
      advance()
    }
    throw abort(
      "this comment is never closed", at: start, path: nil, hint: "end a /* comment with */")
  }

  // MARK: Identifiers

  /// The Unicode scalar at `index`, decoded from UTF-8.
  func currentScalar() -> Unicode.Scalar? {
    guard let first = peek() else { return nil }
    if first < 0x80 { return Unicode.Scalar(first) }
    let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
    guard index + length <= bytes.count else { return nil }
    return String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars.first
  }

  /// HCL identifiers (UAX #31 with `-` allowed after the first character).
  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_"
      || (scalar.isASCII ? HCLText.isIdentifierStart(UInt8(scalar.value)) : scalar.properties.isIDStart)
  }

  static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-"
      || (scalar.isASCII ? HCLText.isIdentifierContinue(UInt8(scalar.value)) : scalar.properties.isIDContinue)
  }

  /// Reads an identifier; `index` must be at an identifier start.
  mutating func readIdentifier() -> String {
    let start = index
    while let scalar = currentScalar(), Self.isIdentifierContinue(scalar) {
      index += String(scalar).utf8.count
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  // MARK: Diagnostics

  /// What is at `index`, for messages: `'x'`, "a line break", "end of file".
  func describeCurrent() -> String {
    guard let byte = peek() else { return "end of file" }
    switch byte {
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "a line break"
    case UInt8(ascii: "#"): return "a comment"
    case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/") || peek(1) == UInt8(ascii: "*"):
      return "a comment"
    default:
      guard let scalar = currentScalar() else { return "end of file" }
      if scalar.value < 0x20 || scalar.value == 0x7F {
        return "control character U+" + String(scalar.value, radix: 16, uppercase: true)
      }
      return "'\(Character(scalar))'"
    }
  }

  /// Records a problem after which parsing can go on.
  mutating func report(_ message: String, at location: SourceLocation, path: JSONPath?, hint: String? = nil) {
    diagnostics.append(
      Diagnostic(.error, file: file, location: location, path: path, message: message, hint: hint))
  }

  /// A problem that ends the current attribute, at `location` (default:
  /// the current position).
  mutating func abort(
    _ message: String, at location: SourceLocation? = nil, path: JSONPath?, hint: String? = nil
  )
    -> HCLAbort
  {
    HCLAbort(
      diagnostic: Diagnostic(
        .error, file: file, location: location ?? self.location, path: path, message: message, hint: hint),
      openBrackets: depth)
  }

  /// The error for what follows a complete value when something else was
  /// expected. Names operators, indexing and attribute access as such:
  /// they make expressions, and tfvars values must be literal.
  mutating func unexpectedAfterValue(path: JSONPath, expected: String, hint: String) -> HCLAbort {
    let operators: [String: String] = [
      "+": "an addition", "-": "a subtraction", "*": "a multiplication", "/": "a division",
      "%": "a remainder", "==": "a comparison", "!=": "a comparison", "<": "a comparison",
      ">": "a comparison", "<=": "a comparison", ">=": "a comparison", "&&": "a logical and",
      "||": "a logical or", "?": "a conditional expression", ".": "an attribute access",
      "[": "an index", "(": "a call",
    ]
    let two = [peek(), peek(1)].compactMap { $0 }.map { String(UnicodeScalar($0)) }.joined()
    let one = peek().map { String(UnicodeScalar($0)) } ?? ""
    for candidate in [two, one] {
      if let kind = operators[candidate] {
        return abort(
          "'\(candidate)' makes \(kind), and tfvars values must be literal", path: path,
          hint: "write the resulting value itself; mqplan reads only literal values")
      }
    }
    return abort("unexpected \(describeCurrent()); expected \(expected)", path: path, hint: hint)
  }
}
