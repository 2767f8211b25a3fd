/// `mqplan pattern test`: whether an event matches a pattern, and why, for
/// people.
///
///     no match
///       detail.state: expected ["stopped"], found "running"
///
/// The first line is `match` or `no match`. For a match, each condition that
/// held follows, with the value the event had; for no match, each condition
/// that failed, with what the pattern expected and what the event had. Lines
/// stay within ``width`` columns: a longer condition is split over several
/// lines and its long parts cut with "…" (`--format json` has them whole).
package enum PatternTestReport {
  /// The widest line written.
  package static let width = 100

  /// The report of `match`.
  ///
  /// - Parameters:
  ///   - match: The answer of ``EventPattern/explain(_:)``.
  ///   - usesWildcard: Whether the pattern uses a wildcard; if so a note
  ///     recalls the per-bus quota on such rules.
  /// - Returns: The lines, each ending in a newline.
  package static func text(_ match: EventPatternMatch, usesWildcard: Bool) -> String {
    var out = [match.isMatch ? "match" : "no match"]
    if match.isMatch {
      for condition in match.matched {
        out += lines(
          condition, [("", condition.expected), (" held, found ", condition.found)],
          split: [("held: ", condition.expected), ("found: ", condition.found)])
      }
    } else {
      for condition in match.failed {
        out += lines(
          condition, [("expected ", condition.expected), (", found ", condition.found)],
          split: [("expected: ", condition.expected), ("found: ", condition.found)])
      }
    }
    if usesWildcard {
      out.append(
        "note: the pattern uses a wildcard; an event bus allows \(PatternTest.wildcardRulesPerBus) rules "
          + "with wildcards (S16a)")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// One condition: on one line when it fits, else the path on a line of
  /// its own and each part below it, cut to fit.
  private static func lines(
    _ condition: EventPatternMatch.Condition, _ parts: [(String, String)], split: [(String, String)]
  ) -> [String] {
    let note = condition.note.map { " (\($0))" } ?? ""
    let single = "  \(condition.path): " + parts.map { $0.0 + $0.1 }.joined() + note
    if single.count <= width { return [single] }
    var out = [cut("  \(condition.path):")]
    for (label, text) in split { out.append(cut("    " + label + text)) }
    if let text = condition.note { out.append(cut("    (\(text))")) }
    return out
  }

  /// `line` cut to ``width`` columns, ending in "…" when cut.
  private static func cut(_ line: String) -> String {
    line.count <= width ? line : String(line.prefix(width - 1)) + "…"
  }
}
