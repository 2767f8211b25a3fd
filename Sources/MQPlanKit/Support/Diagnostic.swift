/// One problem found in the user's input: what is wrong, where (file,
/// line:column, JSON path or variable name), and what would be valid.
///
/// Printed as compilers print errors, so editors can jump to it:
///
///     workload.json:14:28: error: kafka.topics[2].partitions: must be at least 1, got 0
///
/// Validators collect every problem they find and report them together;
/// they never stop at the first.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How bad it is.
  public enum Severity: String, Hashable, Sendable {
    /// The input cannot be used.
    case error
    /// The input can be used, but probably does not say what was meant.
    case warning
    /// Worth knowing, nothing to change: for example which variables a
    /// tfvars file sets that the simulation does not use.
    case note
  }

  public var severity: Severity
  /// The file, as the user named it; `nil` for command-line input.
  public var file: String?
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column (Unicode scalars), when known.
  public var column: Int?
  /// Where in the document: a JSON path such as
  /// `kafka.topics[2].producers[0].messagesPerSecond`, or a variable name.
  public var path: String?
  /// What is wrong.
  public var message: String
  /// What would be valid, or "did you mean …".
  public var hint: String?

  public init(
    _ severity: Severity = .error, file: String? = nil, line: Int? = nil, column: Int? = nil,
    path: String? = nil, message: String, hint: String? = nil
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.message = message
    self.hint = hint
  }

  package init(
    _ severity: Severity = .error, file: String?, location: SourceLocation?, path: JSONPath?,
    message: String, hint: String? = nil
  ) {
    self.init(
      severity, file: file, line: location?.line, column: location?.column,
      path: path.map(\.description), message: message, hint: hint)
  }

  public var description: String {
    var prefix = ""
    if let file {
      prefix = file
      if let line {
        prefix += ":\(line)"
        if let column { prefix += ":\(column)" }
      }
      prefix += ": "
    }
    var text = prefix + severity.rawValue + ": "
    if let path { text += path + ": " }
    text += message
    if let hint { text += " (" + hint + ")" }
    return text
  }
}

/// The user's input cannot be used. Carries every problem found, in source
/// order; the CLI prints them all and exits with status 2 without writing
/// anything.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The problems, errors and warnings, in the order of the input.
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }

  /// Only the errors.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
