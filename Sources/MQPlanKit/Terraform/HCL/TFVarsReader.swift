/// Reads the variable values of a `.tfvars` file (HCL native syntax) or a
/// `.tfvars.json` file into a ``TFVarsFile``.
///
/// Only literal values are accepted: strings, numbers, `true`, `false`,
/// `null`, lists and objects, with comments and heredocs. Terraform itself
/// evaluates constant expressions in tfvars files (`1 + 2` is `3`); mqplan
/// does not, and says so: references (`var.x`), function calls, operators,
/// template interpolations (`"${...}"`) and directives (`"%{...}"`) are each
/// reported as "not literal", with the line and column.
///
/// ```swift
/// do {
///   let file = try TFVarsReader.parse(text, file: "prod.tfvars")
///   print(file["broker_count"]?.value.value.canonicalJSON ?? "unset")
/// } catch {
///   print(error)  // prod.tfvars:3:16: error: queues.orders.retention_seconds: ...
/// }
/// ```
///
/// Where mqplan is stricter than Terraform, on purpose:
/// - a key that appears twice in one object is an error (Terraform keeps
///   the last one silently); so is a variable set twice (as in Terraform);
/// - number keys (`{ 1 = "a" }`) must be quoted;
/// - a number must fit in a finite `Double`.
///
/// Errors are collected rather than thrown at the first: after a broken
/// attribute, reading resumes at the next line outside any bracket, and
/// problems that leave the text readable (a bad escape, an interpolation, a
/// duplicate key) do not stop the attribute either.
package enum TFVarsReader {
  /// Reads a tfvars file in HCL native syntax.
  ///
  /// - Parameters:
  ///   - text: The file's contents.
  ///   - file: The file name as the user gave it, for diagnostics.
  /// - Returns: The attributes in source order.
  /// - Throws: ``InputError`` with every problem found, in source order.
  /// - Complexity: O(*n*) in the length of the text, plus O(*w*) per
  ///   diagnostic for a line *w* bytes wide.
  package static func parse(_ text: String, file: String) throws(InputError) -> TFVarsFile {
    var parser = HCLParser(text, file: file)
    let attributes = parser.parseFile()
    guard parser.diagnostics.isEmpty else { throw InputError(sorted(parser.diagnostics)) }
    return TFVarsFile(file: file, attributes: attributes)
  }

  /// Reads a `.tfvars.json` file: one JSON object whose keys are variable
  /// names.
  ///
  /// Follows Terraform's reading of such files: strings are taken
  /// literally (`"${x}"` is the text `${x}`, not an interpolation), and a
  /// top-level key `"//"` is a comment and is skipped. JSON itself is read
  /// strictly by ``JSONParser`` (no comments, no trailing commas, no
  /// duplicate keys).
  ///
  /// - Parameters:
  ///   - text: The file's contents.
  ///   - file: The file name as the user gave it, for diagnostics.
  /// - Returns: The attributes in source order, strings marked
  ///   ``HCLStringSyntax/quoted``.
  /// - Throws: ``InputError`` with the JSON syntax error, or with every
  ///   key that is not a variable name.
  package static func parseJSON(_ text: String, file: String) throws(InputError) -> TFVarsFile {
    let root: JSONNode
    do {
      root = try JSONParser.parse(text)
    } catch {
      throw InputError(
        Diagnostic(
          file: file, location: error.location, path: nil, message: error.message,
          hint: "a .tfvars.json file is one object in strict JSON (RFC 8259): no comments, no trailing commas"
        ))
    }
    guard case .object(let object) = root.value else {
      throw InputError(
        Diagnostic(
          file: file, location: root.location, path: nil,
          message: "a .tfvars.json file holds one JSON object whose keys are variable names, found "
            + root.value.kindDescription,
          hint: "write, for example, {\"broker_count\": 3}"))
    }
    var attributes: [TFVarsAttribute] = []
    var diagnostics: [Diagnostic] = []
    for member in object.members where member.key != "//" {
      guard isVariableName(member.key) else {
        diagnostics.append(
          Diagnostic(
            file: file, location: member.keyLocation, path: JSONPath([.key(member.key)]),
            message: "\"\(member.key)\" is not a variable name",
            hint: "variable names start with a letter or '_' and hold letters, digits, '_' and '-'"))
        continue
      }
      attributes.append(
        TFVarsAttribute(name: member.key, nameLocation: member.keyLocation, value: node(member.value)))
    }
    guard diagnostics.isEmpty else { throw InputError(diagnostics) }
    return TFVarsFile(file: file, attributes: attributes)
  }

  // MARK: Helpers

  private static func node(_ json: JSONNode) -> HCLNode {
    switch json.value {
    case .null: return HCLNode(.null, at: json.location)
    case .bool(let flag): return HCLNode(.bool(flag), at: json.location)
    case .number(let number):
      return HCLNode(.number(HCLNumber(text: number.text, double: number.double)), at: json.location)
    case .string(let text): return HCLNode(.string(text), at: json.location, stringSyntax: .quoted)
    case .array(let elements): return HCLNode(.list(elements.map(node)), at: json.location)
    case .object(let object):
      let members = object.members.map {
        HCLObjectMember(key: $0.key, keyLocation: $0.keyLocation, value: node($0.value))
      }
      return HCLNode(.object(members), at: json.location)
    }
  }

  /// Whether `name` is an HCL identifier, as a variable name must be.
  private static func isVariableName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, HCLParser.isIdentifierStart(first) else { return false }
    return name.unicodeScalars.dropFirst().allSatisfy(HCLParser.isIdentifierContinue)
  }

  /// Diagnostics in source order; those without a position keep their
  /// relative order at the end.
  private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      let left = (a.element.line ?? .max, a.element.column ?? .max, a.offset)
      let right = (b.element.line ?? .max, b.element.column ?? .max, b.offset)
      return left < right
    }.map(\.element)
  }
}
