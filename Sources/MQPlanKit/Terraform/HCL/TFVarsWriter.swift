/// Renders variable values as a tfvars file, in HCL or in JSON, the same
/// way every time.
///
/// The HCL form is what `terraform fmt` would leave unchanged:
/// - each entry is `name = value`, preceded by its `# comment` line if it
///   has one, with one blank line between entries;
/// - objects and maps are written one member per line, indented by two
///   spaces, with the `=` of consecutive one-line members aligned as
///   `terraform fmt` aligns them (a multi-line member ends the run);
/// - a list of scalars whose one-line form is at most ``inlineListLimit``
///   characters stays on one line (`["a", "b"]`); any other non-empty list
///   has one element per line, each followed by a comma;
/// - strings are always quoted, never heredocs: `\`, `"`, line breaks and
///   control characters are escaped, and `${` and `%{` are written `$${`
///   and `%%{` so that nothing is read as a template;
/// - object keys are bare when they are plain ASCII names, quoted otherwise
///   (and always for `true`, `false`, `null`, `for`, `in`, `if`).
///
/// ```swift
/// let text = TFVarsWriter.hcl([
///   .init(name: "broker_count", value: .number(HCLNumber(3)), comment: "one broker per AZ"),
/// ])
/// // # one broker per AZ
/// // broker_count = 3
/// ```
///
/// Reading the output with ``TFVarsReader`` gives back the same values
/// (compare ``HCLValue/canonicalJSON``), and Terraform reads the same
/// values (checked against Terraform 1.11 by `HCLTerraformTests`). The
/// output depends on the entries alone: no clock, locale or hashing.
/// Strings are never written as heredocs, so a value read from a heredoc
/// comes back as a quoted string with `\n` escapes.
package enum TFVarsWriter {
  /// One variable to write: its name, its value, and optionally the reason
  /// for the value, written as a comment line above it.
  package struct Entry: Hashable, Sendable {
    /// The variable name: an ASCII identifier.
    package var name: String
    /// The value.
    package var value: HCLValue
    /// One line of explanation; line breaks in it become spaces. The JSON
    /// form has no comments and drops it.
    package var comment: String?
    /// Comments for members of an object value, keyed by their path below
    /// the variable, keys joined by "." (`"orders.visibility_timeout"`):
    /// each is written as a line above its member, which then starts a new
    /// run of aligned `=` signs.
    package var memberComments: [String: String]

    package init(
      name: String, value: HCLValue, comment: String? = nil, memberComments: [String: String] = [:]
    ) {
      self.name = name
      self.value = value
      self.comment = comment
      self.memberComments = memberComments
    }
  }

  /// The longest one-line form of a list of scalars that stays on one line.
  package static let inlineListLimit = 80

  /// The entries as a `.tfvars` file in HCL native syntax, ending with a
  /// line break (empty when there are no entries).
  ///
  /// - Precondition: names are distinct ASCII identifiers, and no object
  ///   has the same key twice.
  /// - Complexity: O(*n*) in the size of the values (a list of scalars is
  ///   rendered twice: once to decide whether it fits on one line).
  package static func hcl(_ entries: [Entry]) -> String {
    checkNames(entries)
    var lines: [String] = []
    for (index, entry) in entries.enumerated() {
      if index > 0 { lines.append("") }
      if let comment = entry.comment { lines.append(commentLine(comment)) }
      appendMember(
        key: entry.name, value: entry.value, padding: 0, indent: 0, suffix: "",
        context: Context(path: "", comments: entry.memberComments), into: &lines)
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  // MARK: HCL rendering

  static func checkNames(_ entries: [Entry]) {
    var seen: Set<String> = []
    for entry in entries {
      precondition(
        HCLText.isIdentifier(entry.name), "Variable name \"\(entry.name)\" is not an ASCII identifier")
      precondition(seen.insert(entry.name).inserted, "Variable \"\(entry.name)\" is written twice")
    }
  }

  private static func commentLine(_ comment: String) -> String {
    let flat = comment.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
      .joined(separator: " ")
    let trimmed = flat.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
    return trimmed.isEmpty ? "#" : "# " + String(trimmed)
  }

  private static func indentation(_ level: Int) -> String { String(repeating: "  ", count: level) }

  /// Where a value sits below its variable, and the member comments.
  private struct Context {
    var path: String
    var comments: [String: String]

    func child(_ key: String) -> Context {
      Context(path: path.isEmpty ? key : path + "." + key, comments: comments)
    }
  }

  /// `key = value` at `indent`, with `padding` spaces before the `=`; a
  /// multi-line value continues on the following lines.
  private static func appendMember(
    key: String, value: HCLValue, padding: Int, indent: Int, suffix: String, context: Context,
    into lines: inout [String]
  ) {
    let prefix = indentation(indent) + key + String(repeating: " ", count: padding) + " = "
    if let inline = inlineText(value) {
      lines.append(prefix + inline + suffix)
    } else {
      appendMultiline(value, opening: prefix, indent: indent, suffix: suffix, context: context, into: &lines)
    }
  }

  /// A non-empty object or a list that does not fit on one line: the
  /// opening bracket after `opening`, the contents one level deeper, the
  /// closing bracket at `indent` followed by `suffix`.
  private static func appendMultiline(
    _ value: HCLValue, opening: String, indent: Int, suffix: String, context: Context,
    into lines: inout [String]
  ) {
    switch value {
    case .object(let members):
      lines.append(opening + "{")
      appendObjectBody(members, indent: indent + 1, context: context, into: &lines)
      lines.append(indentation(indent) + "}" + suffix)
    case .list(let elements):
      lines.append(opening + "[")
      for element in elements {
        if let inline = inlineText(element.value) {
          lines.append(indentation(indent + 1) + inline + ",")
        } else {
          appendMultiline(
            element.value, opening: indentation(indent + 1), indent: indent + 1, suffix: ",",
            context: context,
            into: &lines)
        }
      }
      lines.append(indentation(indent) + "]" + suffix)
    default:
      preconditionFailure("Only lists and objects span several lines")
    }
  }

  /// Members one per line. Runs of consecutive one-line members have their
  /// `=` aligned one space after the longest key of the run, as
  /// `terraform fmt` does (hclwrite `formatCells`); keys count grapheme
  /// clusters, as hclwrite does.
  private static func appendObjectBody(
    _ members: [HCLObjectMember], indent: Int, context: Context, into lines: inout [String]
  ) {
    var seen: Set<String> = []
    for member in members {
      precondition(seen.insert(member.key).inserted, "Object key \"\(member.key)\" is written twice")
    }
    let keys = members.map { HCLText.hclKey($0.key) }
    let isInline = members.map { inlineText($0.value.value) != nil }
    let comments = members.map { context.comments[context.child($0.key).path] }
    var runStart = 0
    while runStart < members.count {
      var runEnd = runStart + 1
      if isInline[runStart] {
        while runEnd < members.count && isInline[runEnd] && comments[runEnd] == nil { runEnd += 1 }
      }
      let width = keys[runStart..<runEnd].map(\.count).max() ?? 0
      for position in runStart..<runEnd {
        let padding = isInline[position] ? width - keys[position].count : 0
        if let comment = comments[position] { lines.append(indentation(indent) + commentLine(comment)) }
        appendMember(
          key: keys[position], value: members[position].value.value, padding: padding, indent: indent,
          suffix: "", context: context.child(members[position].key), into: &lines)
      }
      runStart = runEnd
    }
  }

  /// The one-line form of `value`, or `nil` if it takes several lines.
  private static func inlineText(_ value: HCLValue) -> String? {
    switch value {
    case .string(let text): return HCLText.hclQuoted(text)
    case .number(let number): return HCLText.portableNumber(number)
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    case .object(let members): return members.isEmpty ? "{}" : nil
    case .list(let elements):
      var parts: [String] = []
      for element in elements {
        switch element.value {
        case .list, .object: return nil
        default: parts.append(inlineText(element.value)!)
        }
      }
      let text = "[" + parts.joined(separator: ", ") + "]"
      return text.count <= inlineListLimit ? text : nil
    }
  }
}
