/// The JSON answer of `mqplan pattern test --format json`, version 1.
///
/// ```json
/// {"schemaVersion": 1, "kind": "pattern-test", "match": false, "matched": [],
///  "failed": [{"path": "detail.state", "expected": "[\"stopped\"]", "found": "\"running\""}],
///  "usesWildcard": false}
/// ```
///
/// `matched` is empty unless `match`, `failed` empty if `match`. In a
/// condition, `expected` is the pattern's text (a leaf's value array, or the
/// element that held) and `found` what the event had: compact JSON, or words
/// such as `missing` and `an object`; `note` is present only when there is
/// one (for example which `$or` alternative). The words are for people and
/// may change; the keys and types are the stable part.
package struct PatternTestReportV1: Codable, Sendable {
  package static let schemaVersion = 1

  package struct ConditionV1: Codable, Sendable {
    package var path: String
    package var expected: String
    package var found: String
    package var note: String?
  }

  package var schemaVersion: Int
  package var kind: String
  package var match: Bool
  package var matched: [ConditionV1]
  package var failed: [ConditionV1]
  package var usesWildcard: Bool

  package init(_ result: EventPatternMatch, usesWildcard: Bool) {
    func convert(_ condition: EventPatternMatch.Condition) -> ConditionV1 {
      ConditionV1(
        path: condition.path, expected: condition.expected, found: condition.found, note: condition.note)
    }
    schemaVersion = Self.schemaVersion
    kind = "pattern-test"
    match = result.isMatch
    matched = result.matched.map(convert)
    failed = result.failed.map(convert)
    self.usesWildcard = usesWildcard
  }
}
