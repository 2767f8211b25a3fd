/// A position in a text file: 1-based line and column. Columns count
/// Unicode scalars, so a line with "é" before the error points where an
/// editor's cursor would.
package struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  package var line: Int
  package var column: Int

  package init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  package var description: String { "\(line):\(column)" }
}

/// A JSON number, kept as written as well as converted: EventBridge
/// compares numbers by their JSON form, and error messages should quote the
/// user's own text.
package struct JSONNumber: Hashable, Sendable, CustomStringConvertible {
  /// The literal as it appeared in the source.
  package var text: String
  /// Its value as a `Double` (finite; out-of-range literals are rejected by
  /// the parser).
  package var double: Double

  package init(text: String, double: Double) {
    self.text = text
    self.double = double
  }

  /// Whether the literal has no fraction or exponent part.
  package var isIntegerLiteral: Bool { !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) }

  package var description: String { text }
}

/// A JSON value with the source location of every node, so that validation
/// can point at `file:line:column` and a JSON path.
package indirect enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(JSONNumber)
  case string(String)
  case array([JSONNode])
  case object(JSONObject)

  /// A short name of the kind, for messages: "a string", "an object".
  package var kindDescription: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// A value and where it starts.
package struct JSONNode: Hashable, Sendable {
  package var value: JSONValue
  package var location: SourceLocation

  package init(_ value: JSONValue, at location: SourceLocation) {
    self.value = value
    self.location = location
  }
}

/// An object's members in source order. Duplicate keys are rejected by the
/// parser (RFC 8259 leaves them undefined; a capacity plan should not
/// depend on which one wins).
package struct JSONObject: Hashable, Sendable {
  package struct Member: Hashable, Sendable {
    package var key: String
    package var keyLocation: SourceLocation
    package var value: JSONNode
  }

  package var members: [Member]

  package init(members: [Member]) { self.members = members }

  package subscript(key: String) -> JSONNode? { members.first { $0.key == key }?.value }

  package var keys: [String] { members.map(\.key) }
}

/// A path into a JSON document, printed the way people write it:
/// `kafka.topics[2].producers[0].messagesPerSecond`.
package struct JSONPath: Hashable, Sendable, CustomStringConvertible {
  package enum Component: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  package var components: [Component]

  package init(_ components: [Component] = []) { self.components = components }

  package static let root = JSONPath()

  package func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
  package func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

  package var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key):
        let plain = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        if plain {
          if !text.isEmpty { text += "." }
          text += key
        } else {
          text += "[\"\(key)\"]"
        }
      case .index(let index):
        text += "[\(index)]"
      }
    }
    return text.isEmpty ? "(root)" : text
  }
}
