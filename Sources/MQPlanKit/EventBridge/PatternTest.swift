import Foundation

/// An event pattern and an event, read for `mqplan pattern test`: each from
/// a file or from inline JSON text, with every problem found in either.
///
/// An argument whose text, after trimming whitespace, starts with `{` is
/// inline JSON (named `(pattern)` or `(event)` in diagnostics); anything
/// else is a file path.
///
/// ```swift
/// let test = try PatternTest(
///   pattern: #"{"detail": {"state": ["running"]}}"#, event: "event.json")
/// test.pattern.explain(test.event).isMatch
/// ```
///
/// The event may be a whole EventBridge event or any JSON object: the
/// pattern is matched against it as it is. It must be an object, as every
/// event is.
package struct PatternTest: Sendable {
  /// EventBridge refuses event patterns longer than this many characters
  /// (reference/sqs-eventbridge.md §4, "Event pattern size", source S16a).
  package static let maximumPatternCharacters = 2_048

  /// EventBridge allows this many rules with wildcards per event bus
  /// (reference §4, "Rules containing wildcards", S16a; not adjustable).
  package static let wildcardRulesPerBus = 30

  /// The compiled pattern.
  package var pattern: EventPattern
  /// The event.
  package var event: JSONNode
  /// Problems that do not stop the test, such as a pattern over the size
  /// quota.
  package var warnings: [Diagnostic]

  /// Reads and compiles the pattern, and reads the event.
  ///
  /// - Parameters:
  ///   - pattern: A pattern file's path, or the pattern as inline JSON.
  ///   - event: An event file's path, or the event as inline JSON.
  /// - Throws: ``InputError`` with every problem in the pattern and the
  ///   event, the pattern's first: an unreadable file, malformed JSON, an
  ///   invalid pattern, an event that is not an object.
  package init(pattern: String, event: String) throws(InputError) {
    var problems: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var compiled: EventPattern?
    var parsed: JSONNode?

    switch Self.source(pattern, kind: "pattern") {
    case .failure(let problem): problems += problem.diagnostics
    case .success(let source):
      do {
        compiled = try EventPattern.parse(source.text, file: source.file)
      } catch {
        problems += error.diagnostics
      }
      let characters = source.text.trimmingCharacters(in: .whitespacesAndNewlines).count
      if characters > Self.maximumPatternCharacters {
        warnings.append(
          Diagnostic(
            .warning, file: source.file,
            message:
              "the pattern is \(Format.number(Double(characters))) characters; EventBridge refuses "
              + "event patterns longer than \(Format.number(Double(Self.maximumPatternCharacters))) (S16a)",
            hint: "whitespace counts: a compact form may fit"))
      }
    }

    switch Self.source(event, kind: "event") {
    case .failure(let problem): problems += problem.diagnostics
    case .success(let source):
      do {
        let node = try JSONParser.parse(source.text)
        if case .object = node.value {
          parsed = node
        } else {
          problems.append(
            Diagnostic(
              file: source.file, location: node.location, path: nil,
              message: "The event is \(node.value.kindDescription); an event is a JSON object"))
        }
      } catch {
        problems.append(
          Diagnostic(
            file: source.file, location: error.location, path: nil,
            message: "Event is not valid JSON: \(error.message)"))
      }
    }

    guard problems.isEmpty, let compiled, let parsed else { throw InputError(problems) }
    self.pattern = compiled
    self.event = parsed
    self.warnings = warnings
  }

  /// Whether the event matches, and why (see ``EventPattern/explain(_:)``).
  package func explain() -> EventPatternMatch { pattern.explain(event) }

  /// The text of `argument` and the name to give it in diagnostics.
  private static func source(_ argument: String, kind: String) -> Result<
    (text: String, file: String), InputError
  > {
    if argument.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") {
      return .success((argument, "(\(kind))"))
    }
    do {
      return .success((try String(contentsOfFile: argument, encoding: .utf8), argument))
    } catch {
      let looksInline = ["[", "\""].contains { argument.trimmingCharacters(in: .whitespaces).hasPrefix($0) }
      return .failure(
        InputError(
          Diagnostic(
            file: argument, message: "cannot read the \(kind) file: \(WorkloadReader.describe(error))",
            hint: looksInline ? "inline JSON must be an object, starting with '{'" : nil)))
    }
  }
}
