extension TerraformType {
  /// Converts a tfvars value to this type as Terraform does when it reads
  /// a variable, or says why it cannot.
  ///
  /// Terraform's conversions (checked against Terraform 1.11 itself):
  /// - a number or a boolean converts to `string` (`12.50` → `"12.5"`,
  ///   `true` → `"true"`);
  /// - a string converts to `number` when it is a decimal number in full
  ///   (`"30"`, `"+3"`, `".5"`, `"1e3"`; not `" 3"`, `"0x10"`, `"1_000"`);
  /// - a string converts to `bool` when it is `"true"`, `"false"`, `"1"`
  ///   or `"0"` (not `"True"`);
  /// - a list converts element by element to `list(T)`; an object converts
  ///   member by member to `map(T)`;
  /// - an object converts to `object({…})` when it has every attribute
  ///   (the seed's object types have no `optional(…)` ones); attributes
  ///   the type does not declare are dropped, silently by Terraform and
  ///   with a warning here, since one is usually a misspelt name.
  ///
  /// `null` fits every type in Terraform, and a null value replaces the
  /// variable's default rather than selecting it (variables are nullable
  /// unless declared `nullable = false`, which the seed never does). So
  /// mqplan accepts null only where `nullable` says the seed's module can
  /// use one, and elements of lists and maps are never nullable. Terraform
  /// accepts the strings `"Inf"` and `"-Inf"` as numbers; mqplan does not
  /// (it works in finite numbers, and Terraform itself fails to save them).
  ///
  /// - Parameters:
  ///   - node: The value as read, with its location.
  ///   - nullable: Whether `null` is acceptable at this position.
  ///   - path: Where the value sits, e.g. `queues.orders.visibility_timeout`.
  ///   - file: The file, for diagnostics.
  ///   - diagnostics: Receives every error and warning, in source order.
  /// - Returns: The converted value (conversions applied, undeclared object
  ///   attributes dropped), or `nil` when there was an error anywhere in it.
  /// - Complexity: O(*n*) in the size of the value.
  package func convert(
    _ node: HCLNode, nullable: Bool, at path: JSONPath, file: String, diagnostics: inout [Diagnostic]
  ) -> HCLNode? {
    func fail(_ message: String, _ hint: String? = nil) -> HCLNode? {
      diagnostics.append(
        Diagnostic(.error, file: file, location: node.location, path: path, message: message, hint: hint))
      return nil
    }
    func mismatch(_ hint: String? = nil) -> HCLNode? {
      fail("expected \(shortDescription), found \(Self.found(node.value))", hint)
    }
    if case .null = node.value {
      if nullable { return node }
      return fail(
        "must not be null",
        "the seed's module needs a value here: Terraform passes null on as null, it does not fall back to a default"
      )
    }
    switch (self, node.value) {
    case (.any, _):
      return node
    case (.string, .string):
      return node
    case (.string, .number(let number)):
      return HCLNode(
        .string(HCLNumber.canonicalText(number.double)), at: node.location, stringSyntax: .quoted)
    case (.string, .bool(let flag)):
      return HCLNode(.string(flag ? "true" : "false"), at: node.location, stringSyntax: .quoted)
    case (.number, .number):
      return node
    case (.number, .string(let text)):
      guard let number = Self.number(text) else {
        return mismatch("a string converts to a number only when it is one, such as \"30\"")
      }
      return HCLNode(.number(number), at: node.location)
    case (.bool, .bool):
      return node
    case (.bool, .string(let text)):
      switch text {
      case "true", "1": return HCLNode(.bool(true), at: node.location)
      case "false", "0": return HCLNode(.bool(false), at: node.location)
      default:
        let lower = text.lowercased()
        return mismatch(
          lower == "true" || lower == "false" ? "write \(lower) in lowercase" : "write true or false")
      }
    case (.bool, _):
      return mismatch("write true or false")
    case (.list(let element), .list(let items)):
      var converted: [HCLNode] = []
      var failed = false
      for (index, item) in items.enumerated() {
        if let value = element.convert(
          item, nullable: false, at: path.appending(index), file: file, diagnostics: &diagnostics)
        {
          converted.append(value)
        } else {
          failed = true
        }
      }
      return failed ? nil : HCLNode(.list(converted), at: node.location)
    case (.list, _):
      return mismatch("write a list: [ … ]")
    case (.map(let element), .object(let members)):
      var converted: [HCLObjectMember] = []
      var failed = false
      for member in members {
        if let value = element.convert(
          member.value, nullable: false, at: path.appending(member.key), file: file, diagnostics: &diagnostics
        ) {
          converted.append(HCLObjectMember(key: member.key, keyLocation: member.keyLocation, value: value))
        } else {
          failed = true
        }
      }
      return failed ? nil : HCLNode(.object(converted), at: node.location)
    case (.map, _):
      return mismatch("write a map: { key = value }")
    case (.object(let attributes), .object(let members)):
      return Self.convertObject(
        node, members: members, attributes: attributes, at: path, file: file, diagnostics: &diagnostics)
    case (.object(let attributes), _):
      return mismatch("write an object with " + attributes.map(\.name).joined(separator: ", "))
    default:
      return mismatch()
    }
  }

  /// An object value against an `object({…})` type: every attribute
  /// converted, missing ones reported as errors, undeclared ones as
  /// warnings, in source order.
  private static func convertObject(
    _ node: HCLNode, members: [HCLObjectMember], attributes: [Attribute], at path: JSONPath, file: String,
    diagnostics: inout [Diagnostic]
  ) -> HCLNode? {
    var converted: [HCLObjectMember] = []
    var failed = false
    let names = attributes.map(\.name)
    for member in members {
      guard let attribute = attributes.first(where: { $0.name == member.key }) else {
        var hint = "its attributes are " + names.joined(separator: ", ")
        if let known = attributes.first(where: { $0.alsoKnownAs == member.key }) {
          hint = "the seed's module calls it \(known.name)"
        } else if let guess = Suggestions.closest(to: member.key, in: names) {
          hint = "did you mean \(guess)?"
        }
        diagnostics.append(
          Diagnostic(
            .warning, file: file, location: member.keyLocation, path: path.appending(member.key),
            message: "the object type declares no attribute \"\(member.key)\"; Terraform drops it", hint: hint
          ))
        continue
      }
      if let value = attribute.type.convert(
        member.value, nullable: attribute.nullable, at: path.appending(member.key), file: file,
        diagnostics: &diagnostics)
      {
        converted.append(HCLObjectMember(key: member.key, keyLocation: member.keyLocation, value: value))
      } else {
        failed = true
      }
    }
    let given = Set(members.map(\.key))
    let missing = attributes.filter { !given.contains($0.name) }
    let why = "the seed's object type has no optional attributes, so Terraform requires every one"
    if missing.count == 1, let attribute = missing.first {
      diagnostics.append(
        Diagnostic(
          .error, file: file, location: node.location, path: path.appending(attribute.name),
          message: "missing: " + why,
          hint: "add \(attribute.name) = <\(attribute.type.shortDescription)>"
            + (attribute.nullable ? " or null" : "")))
    } else if !missing.isEmpty {
      diagnostics.append(
        Diagnostic(
          .error, file: file, location: node.location, path: path,
          message: "missing \(missing.map(\.name).joined(separator: ", ")): " + why))
    }
    failed = failed || !missing.isEmpty
    return failed ? nil : HCLNode(.object(converted), at: node.location)
  }

  /// The value a message says was found: its kind, and a scalar's text.
  static func found(_ value: HCLValue) -> String {
    switch value {
    case .string(let text):
      let shown = text.count > 40 ? String(text.prefix(37)) + "…" : text
      return "a string (\"\(shown)\")"
    case .number(let number): return "a number (\(number.text))"
    case .bool(let flag): return "a boolean (\(flag))"
    default: return value.kindDescription
    }
  }

  /// A string that Terraform reads as a number: an optional sign, digits
  /// with at most one decimal point (at least one digit in all), and an
  /// optional exponent; nothing else, not even spaces. `nil` otherwise, or
  /// when the value is not finite.
  static func number(_ text: String) -> HCLNumber? {
    var scalars = Array(text.unicodeScalars)[...]
    func digits() -> Int {
      let count = scalars.prefix { $0 >= "0" && $0 <= "9" }.count
      scalars = scalars.dropFirst(count)
      return count
    }
    if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
    var count = digits()
    if scalars.first == "." {
      scalars = scalars.dropFirst()
      count += digits()
    }
    guard count > 0 else { return nil }
    if scalars.first == "e" || scalars.first == "E" {
      scalars = scalars.dropFirst()
      if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
      guard digits() > 0 else { return nil }
    }
    guard scalars.isEmpty, let value = Double(text), value.isFinite else { return nil }
    return HCLNumber(value)
  }
}
