// Values for `HCLParser`: numbers, keywords, lists, objects, and the
// recognition of what is not a literal.

extension HCLParser {
  /// Parses one literal value starting at `index` (no leading space).
  mutating func parseValue(path: JSONPath) throws(HCLAbort) -> HCLNode {
    let start = location
    guard let byte = peek() else {
      throw abort("unexpected end of file; expected a value", path: path)
    }
    switch byte {
    case UInt8(ascii: "\""):
      return HCLNode(.string(try parseQuotedString(path: path)), at: start, stringSyntax: .quoted)
    case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "<"):
      return try parseHeredoc(path: path)
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return HCLNode(.number(try parseNumber(negative: false, start: start, path: path)), at: start)
    case UInt8(ascii: "-"):
      index += 1
      while peek() == 0x20 || peek() == 0x09 { index += 1 }
      guard let next = peek(), next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9") else {
        throw abort(
          "'-' before \(describeCurrent()) makes an expression, and tfvars values must be literal",
          at: start, path: path, hint: "a minus sign may only start a negative number, as in -5")
      }
      return HCLNode(.number(try parseNumber(negative: true, start: start, path: path)), at: start)
    case UInt8(ascii: "["):
      return try parseList(path: path, start: start)
    case UInt8(ascii: "{"):
      return try parseObject(path: path, start: start)
    case UInt8(ascii: "("):
      throw abort(
        "parentheses make an expression, and tfvars values must be literal", path: path,
        hint: "write the value itself, without parentheses")
    case UInt8(ascii: "!"):
      throw abort(
        "'!' makes a logical negation, and tfvars values must be literal", path: path,
        hint: "write true or false")
    default:
      guard let scalar = currentScalar(), Self.isIdentifierStart(scalar) else {
        throw abort(
          "unexpected \(describeCurrent()); expected a value", path: path,
          hint: "a value is a quoted string, a number, true, false, null, a list [...] or an object {...}")
      }
      return try parseWord(path: path, start: start)
    }
  }

  /// `true`, `false` and `null`; any other word is a reference, a function
  /// call or a `for` expression, none of which is literal.
  private mutating func parseWord(path: JSONPath, start: SourceLocation) throws(HCLAbort) -> HCLNode {
    let word = readIdentifier()
    var lookahead = index
    while lookahead < bytes.count && (bytes[lookahead] == 0x20 || bytes[lookahead] == 0x09) { lookahead += 1 }
    let calls = lookahead < bytes.count && bytes[lookahead] == UInt8(ascii: "(")
    if !calls && peek() != UInt8(ascii: ".") && peek() != UInt8(ascii: "[") {
      switch word {
      case "true": return HCLNode(.bool(true), at: start)
      case "false": return HCLNode(.bool(false), at: start)
      case "null": return HCLNode(.null, at: start)
      default: break
      }
    }
    if word == "for" {
      throw abort(
        "a 'for' expression is not a literal value, and tfvars values must be literal", at: start,
        path: path, hint: "write out the resulting list or object")
    }
    if calls {
      throw abort(
        "\(word)(...) is a function call, and tfvars values must be literal", at: start, path: path,
        hint: "write the value the function would return; Terraform calls no functions in tfvars files")
    }
    var reference = word
    while peek() == UInt8(ascii: "."), let next = peek(1), HCLText.isIdentifierStart(next) {
      index += 1
      reference += "." + readIdentifier()
    }
    if reference == word && peek() != UInt8(ascii: "[") {
      throw abort(
        "\(word) is not a value, and tfvars values must be literal", at: start, path: path,
        hint: "write a string in quotes (\"\(word)\"), a number, true, false or null")
    }
    throw abort(
      "\(reference) is a reference, and tfvars values must be literal", at: start, path: path,
      hint: "write the value itself; to give the text \(reference), quote it: \"\(reference)\"")
  }

  // MARK: Numbers

  /// A number: `[0-9]+ ("." [0-9]+)? ([eE] [+-]? [0-9]+)?`, after an
  /// optional minus sign that `index` has already passed.
  private mutating func parseNumber(negative: Bool, start: SourceLocation, path: JSONPath) throws(HCLAbort)
    -> HCLNumber
  {
    func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
    let first = index
    while isDigit(peek()) { index += 1 }
    if peek() == UInt8(ascii: ".") {
      guard isDigit(peek(1)) else {
        throw abort(
          "a decimal point must be followed by digits", path: path, hint: "write 1.0 or 1, not 1.")
      }
      index += 1
      while isDigit(peek()) { index += 1 }
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      let exponent = index
      index += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
      guard isDigit(peek()) else {
        index = exponent
        throw abort("an exponent needs digits", path: path, hint: "write 1e3 or 1.5E-2")
      }
      while isDigit(peek()) { index += 1 }
    }
    let text = (negative ? "-" : "") + String(decoding: bytes[first..<index], as: UTF8.self)
    if let scalar = currentScalar(), scalar != "-", Self.isIdentifierContinue(scalar) {
      throw abort(
        "unexpected \(describeCurrent()) after the number \(text)", path: path,
        hint: "a number is digits with an optional fraction and exponent, as in 3, 2.5 or 1e6; quote text")
    }
    guard let value = Double(text), value.isFinite else {
      report(
        "the number \(text) is too large: it does not fit in a 64-bit floating-point number", at: start,
        path: path, hint: "mqplan reads numbers as doubles, which reach about 1.8e308")
      return HCLNumber(text: text, double: 0)  // placeholder; the file is rejected
    }
    return HCLNumber(text: text, double: value)
  }

  // MARK: Lists and objects

  private mutating func enter(_ start: SourceLocation, path: JSONPath) throws(HCLAbort) {
    depth += 1
    if depth > Self.maximumDepth {
      throw abort("nesting deeper than \(Self.maximumDepth) levels is not accepted", at: start, path: path)
    }
  }

  /// Whether a `for` expression starts at `index`: the word `for` followed
  /// by a space and another word.
  private func atForExpression() -> Bool {
    guard peek() == UInt8(ascii: "f"), peek(1) == UInt8(ascii: "o"), peek(2) == UInt8(ascii: "r") else {
      return false
    }
    guard peek(3) == 0x20 || peek(3) == 0x09 else { return false }
    var position = index + 3
    while position < bytes.count && (bytes[position] == 0x20 || bytes[position] == 0x09) { position += 1 }
    return position < bytes.count && HCLText.isIdentifierStart(bytes[position])
  }

  private mutating func parseList(path: JSONPath, start: SourceLocation) throws(HCLAbort) -> HCLNode {
    try enter(start, path: path)
    defer { depth -= 1 }
    index += 1  // [
    var elements: [HCLNode] = []
    while true {
      try skipBlankSpace()
      guard let byte = peek() else {
        throw abort("this list is never closed", at: start, path: path, hint: "end the list with ']'")
      }
      if byte == UInt8(ascii: "]") {
        index += 1
        return HCLNode(.list(elements), at: start)
      }
      if elements.isEmpty && atForExpression() {
        throw abort(
          "a 'for' expression is not a literal value, and tfvars values must be literal", path: path,
          hint: "write out the resulting list")
      }
      let elementPath = path.appending(elements.count)
      elements.append(try parseValue(path: elementPath))
      try skipBlankSpace()
      switch peek() {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"): continue
      case nil:
        throw abort("this list is never closed", at: start, path: path, hint: "end the list with ']'")
      default:
        throw unexpectedAfterValue(
          path: elementPath, expected: "',' or ']' after a list element",
          hint: "separate list elements with commas")
      }
    }
  }

  private mutating func parseObject(path: JSONPath, start: SourceLocation) throws(HCLAbort) -> HCLNode {
    try enter(start, path: path)
    defer { depth -= 1 }
    index += 1  // {
    var members: [HCLObjectMember] = []
    var seen: [String: SourceLocation] = [:]
    let unclosed = "this object is never closed"
    while true {
      try skipBlankSpace()
      guard let byte = peek() else {
        throw abort(unclosed, at: start, path: path, hint: "end the object with '}'")
      }
      if byte == UInt8(ascii: "}") {
        index += 1
        return HCLNode(.object(members), at: start)
      }
      if members.isEmpty && atForExpression() {
        throw abort(
          "a 'for' expression is not a literal value, and tfvars values must be literal", path: path,
          hint: "write out the resulting object")
      }
      let keyLocation = location
      let key = try parseKey(path: path)
      let memberPath = path.appending(key)
      try skipInlineSpace()
      guard (peek() == UInt8(ascii: "=") && peek(1) != UInt8(ascii: "=")) || peek() == UInt8(ascii: ":")
      else {
        throw abort(
          "expected '=' after the key \(HCLText.hclKey(key)), found \(describeCurrent())", path: memberPath,
          hint: "each member of an object is key = value")
      }
      index += 1
      try skipInlineSpace()
      if atEnd || peek() == UInt8(ascii: "\n") || atLineComment {
        throw abort(
          "expected a value after '=' for the key \(HCLText.hclKey(key)), found \(describeCurrent())",
          path: memberPath, hint: "the value starts on the same line as its key")
      }
      let value = try parseValue(path: memberPath)
      if let first = seen[key] {
        report(
          "the key \(HCLText.hclKey(key)) appears twice in this object (first at \(first))", at: keyLocation,
          path: memberPath, hint: "remove one of the two; Terraform would silently keep the last")
      } else {
        seen[key] = keyLocation
        members.append(HCLObjectMember(key: key, keyLocation: keyLocation, value: value))
      }
      try skipInlineSpace()
      if atLineComment { skipLineComment() }
      switch peek() {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "\n"), UInt8(ascii: "}"): continue
      case nil: throw abort(unclosed, at: start, path: path, hint: "end the object with '}'")
      default:
        throw unexpectedAfterValue(
          path: memberPath, expected: "a comma, a line break or '}' after the value",
          hint: "separate object members with commas or line breaks")
      }
    }
  }

  /// An object key: a bare name (taken literally, as HCL does, even for
  /// `true`, `false` and `null`) or a quoted string.
  private mutating func parseKey(path: JSONPath) throws(HCLAbort) -> String {
    let start = location
    switch peek() {
    case UInt8(ascii: "\""):
      return try parseQuotedString(path: path)
    case UInt8(ascii: "("):
      throw abort(
        "a key in parentheses is an expression, and tfvars values must be literal", path: path,
        hint: "write the key as a name or a quoted string")
    case .some(let byte) where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39):
      throw abort(
        "a number cannot be an object key here", path: path,
        hint: "quote the key, as in \"1\" = ...; Terraform would turn it into a string anyway")
    default:
      guard let scalar = currentScalar(), Self.isIdentifierStart(scalar) else {
        throw abort(
          "expected a key (a name or a quoted string), found \(describeCurrent())", path: path,
          hint: "each member of an object is key = value")
      }
      let key = readIdentifier()
      if peek() == UInt8(ascii: ".") {
        throw abort(
          "the key \(key).… is ambiguous: HCL reads a dotted name as a reference", at: start, path: path,
          hint: "quote a key that contains dots, as in \"a.b\" = ...")
      }
      return key
    }
  }
}
