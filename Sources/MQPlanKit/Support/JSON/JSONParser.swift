// Implementation priorities, in order: correctness (RFC 8259, strict),
// helpful errors, speed.

/// A malformed JSON text: what is wrong and where.
package struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  package var message: String
  package var location: SourceLocation

  package var description: String { "\(location): \(message)" }
}

/// A strict RFC 8259 JSON parser that records the line and column of every
/// value and object key.
///
/// Strict means: no comments, no trailing commas, no `NaN` or `Infinity`, no
/// single quotes, no leading zeros, no unescaped control characters in
/// strings, no duplicate keys, and numbers must fit in a finite `Double`.
/// Each refusal names the problem in words a person can act on. Nesting is
/// limited to ``maximumDepth`` levels so that a hostile file cannot overflow
/// the stack.
///
/// ```swift
/// let root = try JSONParser.parse(#"{"a": [1, 2.5]}"#)
/// ```
package struct JSONParser {
  /// Deepest nesting accepted.
  package static let maximumDepth = 512

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  /// Index of the first byte of the current line.
  private var lineStart = 0
  private var depth = 0
  /// The last computed (byte index, column) on the current line, so that
  /// locations along one long line cost O(distance), not O(line length).
  private var columnMark = (index: 0, column: 1)

  private init(_ text: String) { bytes = Array(text.utf8) }

  /// Parses a whole document: exactly one value, surrounded by whitespace.
  package static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
    var parser = JSONParser(text)
    if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }  // UTF-8 byte-order mark
    parser.skipWhitespace()
    guard parser.index < parser.bytes.count else {
      throw parser.error("The document is empty; expected a JSON value")
    }
    let value = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < parser.bytes.count {
      throw parser.error("Unexpected \(parser.describeCurrent()) after the end of the JSON value")
    }
    return value
  }

  // MARK: Positions

  private var location: SourceLocation {
    mutating get {
      // Columns count Unicode scalars: count the bytes that do not continue
      // a UTF-8 sequence, from the last mark on this line when there is one.
      if columnMark.index < lineStart || columnMark.index > index { columnMark = (lineStart, 1) }
      var column = columnMark.column
      var position = columnMark.index
      while position < index {
        if bytes[position] & 0xC0 != 0x80 { column += 1 }
        position += 1
      }
      columnMark = (index, column)
      return SourceLocation(line: line, column: column)
    }
  }

  private mutating func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(message: message, location: location)
  }

  private func describeCurrent() -> String {
    guard index < bytes.count else { return "end of file" }
    let byte = bytes[index]
    if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    let hex = String(byte, radix: 16, uppercase: true)
    return "byte 0x" + (hex.count < 2 ? "0" + hex : hex)
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D:
        index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      case UInt8(ascii: "/") where index + 1 < bytes.count && (bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*")):
        return  // reported by the caller as an unexpected character, with a hint
      default:
        return
      }
    }
  }

  // MARK: Values

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
    let start = location
    guard index < bytes.count else { throw error("Unexpected end of file; expected a value") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return JSONNode(.object(try parseObject()), at: start)
    case UInt8(ascii: "["): return JSONNode(.array(try parseArray()), at: start)
    case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
    case UInt8(ascii: "t"):
      try expectWord("true")
      return JSONNode(.bool(true), at: start)
    case UInt8(ascii: "f"):
      try expectWord("false")
      return JSONNode(.bool(false), at: start)
    case UInt8(ascii: "n"):
      try expectWord("null")
      return JSONNode(.null, at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(.number(try parseNumber()), at: start)
    case UInt8(ascii: "N"), UInt8(ascii: "I"):
      throw error("NaN and Infinity are not JSON numbers; give a finite number")
    case UInt8(ascii: "'"):
      throw error("Strings must use double quotes (\"), not single quotes")
    case UInt8(ascii: "/"):
      throw error("Comments are not allowed in JSON")
    default:
      throw error("Unexpected \(describeCurrent()); expected a value (object, array, string, number, true, false or null)")
    }
  }

  private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
    let expected = Array(word.utf8)
    guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
      throw error("Unexpected \(describeCurrent()); did you mean '\(word)'?")
    }
    index += expected.count
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error("Nesting deeper than \(Self.maximumDepth) levels is not accepted")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONObject {
    try enter()
    defer { depth -= 1 }
    index += 1  // {
    var members: [JSONObject.Member] = []
    var seen: [String: SourceLocation] = [:]
    skipWhitespace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
      index += 1
      return JSONObject(members: [])
    }
    while true {
      skipWhitespace()
      guard index < bytes.count else { throw error("Unexpected end of file inside an object; expected a key or '}'") }
      if bytes[index] == UInt8(ascii: "}") { throw error("Trailing comma before '}' is not allowed in JSON") }
      guard bytes[index] == UInt8(ascii: "\"") else {
        if bytes[index] == UInt8(ascii: "/") { throw error("Comments are not allowed in JSON") }
        throw error("Unexpected \(describeCurrent()); object keys must be strings in double quotes")
      }
      let keyLocation = location
      let key = try parseString()
      if let first = seen[key] {
        throw JSONSyntaxError(
          message: "Duplicate key \"\(key)\" (first at \(first)); each key may appear once", location: keyLocation)
      }
      seen[key] = keyLocation
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error("Unexpected \(describeCurrent()); expected ':' after the key \"\(key)\"")
      }
      index += 1
      skipWhitespace()
      let value = try parseValue()
      members.append(JSONObject.Member(key: key, keyLocation: keyLocation, value: value))
      skipWhitespace()
      guard index < bytes.count else { throw error("Unexpected end of file inside an object; expected ',' or '}'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return JSONObject(members: members)
      }
      throw error("Unexpected \(describeCurrent()); expected ',' or '}' after a value in an object")
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> [JSONNode] {
    try enter()
    defer { depth -= 1 }
    index += 1  // [
    var elements: [JSONNode] = []
    skipWhitespace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
      index += 1
      return []
    }
    while true {
      skipWhitespace()
      if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
        throw error("Trailing comma before ']' is not allowed in JSON")
      }
      elements.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count else { throw error("Unexpected end of file inside an array; expected ',' or ']'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return elements
      }
      throw error("Unexpected \(describeCurrent()); expected ',' or ']' after an array element")
    }
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1  // opening quote
    var scalars = String.UnicodeScalarView()
    var runStart = index
    func flush(_ bytes: ArraySlice<UInt8>, into scalars: inout String.UnicodeScalarView) {
      scalars.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
    }
    while true {
      guard index < bytes.count else { throw error("Unterminated string; expected a closing '\"'") }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        flush(bytes[runStart..<index], into: &scalars)
        index += 1
        return String(scalars)
      }
      if byte < 0x20 {
        throw error(byte == 0x0A ? "Unterminated string: a line break inside a string must be written \\n" : "Control character in a string must be escaped")
      }
      if byte != UInt8(ascii: "\\") {
        index += 1
        continue
      }
      flush(bytes[runStart..<index], into: &scalars)
      index += 1
      guard index < bytes.count else { throw error("Unterminated escape sequence") }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"):
        var code = try parseHex4()
        if (0xD800...0xDBFF).contains(code) {
          guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            throw error("A high surrogate \\u\(String(code, radix: 16, uppercase: true)) must be followed by a low surrogate")
          }
          index += 2
          let low = try parseHex4()
          guard (0xDC00...0xDFFF).contains(low) else { throw error("Invalid low surrogate in a \\u escape pair") }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
          throw error("A lone low surrogate is not a character")
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("Invalid \\u escape") }
        scalars.append(scalar)
      default:
        index -= 1
        throw error("Invalid escape '\\\(Character(Unicode.Scalar(escape)))'; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
      }
      runStart = index
    }
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("A \\u escape needs four hexadecimal digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("A \\u escape needs four hexadecimal digits")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
    let start = index
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    if bytes[index] == UInt8(ascii: "-") {
      index += 1
      if index < bytes.count && bytes[index] == UInt8(ascii: "I") {
        throw error("NaN and Infinity are not JSON numbers; give a finite number")
      }
    }
    guard index < bytes.count, isDigit(bytes[index]) else { throw error("A number needs digits after '-'") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count && isDigit(bytes[index]) { throw error("Numbers may not have leading zeros") }
    } else {
      while index < bytes.count && isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw error("A decimal point must be followed by digits") }
      while index < bytes.count && isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
      index += 1
      if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
      guard index < bytes.count, isDigit(bytes[index]) else { throw error("An exponent must have digits") }
      while index < bytes.count && isDigit(bytes[index]) { index += 1 }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      index = start
      throw error("The number \(text) is too large for a double")
    }
    return JSONNumber(text: text, double: value)
  }
}
