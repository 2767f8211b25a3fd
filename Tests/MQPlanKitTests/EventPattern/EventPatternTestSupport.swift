import Testing

@testable import MQPlanKit

/// One row of a match table: a pattern, an event and the expected verdict.
struct MatchCase: Sendable, CustomTestStringConvertible {
  var pattern: String
  var event: String
  var matches: Bool
  /// Why the row exists (shown in test output).
  var note: String

  init(_ note: String, _ pattern: String, _ event: String, _ matches: Bool) {
    self.note = note
    self.pattern = pattern
    self.event = event
    self.matches = matches
  }

  var testDescription: String { "\(matches ? "✓" : "✗") \(note)" }
}

/// Parses JSON text; a syntax error is a test failure.
func parseJSON(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> JSONNode {
  do {
    return try JSONParser.parse(text)
  } catch {
    Issue.record("test JSON does not parse: \(error)", sourceLocation: sourceLocation)
    throw error
  }
}

/// Checks one table row: `matches`, and that `explain` agrees with it.
func check(_ row: MatchCase, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
  let pattern: EventPattern
  do {
    pattern = try EventPattern.parse(row.pattern)
  } catch {
    Issue.record("pattern refused: \(error)", sourceLocation: sourceLocation)
    return
  }
  let event = try parseJSON(row.event, sourceLocation: sourceLocation)
  #expect(
    pattern.matches(event) == row.matches, "\(row.note)\npattern: \(row.pattern)\nevent: \(row.event)",
    sourceLocation: sourceLocation)
  let explanation = pattern.explain(event)
  #expect(
    explanation.isMatch == row.matches, "explain disagrees:\n\(explanation)", sourceLocation: sourceLocation)
}

/// The error a pattern is refused with, or a test failure if it is accepted.
func rejection(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
  -> EventPatternError?
{
  do {
    _ = try EventPattern.parse(text)
    Issue.record("pattern was accepted: \(text)", sourceLocation: sourceLocation)
    return nil
  } catch {
    return error
  }
}
