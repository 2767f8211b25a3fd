import Testing

@testable import MQPlanKit

/// Arrays of objects: crushing, element consistency, and `exists: false`
/// inside them (reference §6.3; S23 "JSON Array Matching"; the rule in
/// `EventPattern+Matching.swift`).
@Suite("Event patterns: arrays of objects")
struct EventPatternArrayTests {
  // S23: the employees event, and nested arrays of it.
  static let employees =
    #"{"employees":[{"firstName":"John","lastName":"Doe"},{"firstName":"Anna","lastName":"Smith"},"#
    + #"{"firstName":"Peter","lastName":"Jones"}]}"#
  static let nestedEmployees =
    #"{"employees":[[{"firstName":"John","lastName":"Doe"},{"firstName":"Anna","lastName":"Smith"}],"#
    + #"[{"firstName":"Peter","lastName":"Jones"}]]}"#

  static let rows: [MatchCase] = [
    // S23: "Then this rule will match: { "employees": { "firstName": [ "Anna" ] } }"
    MatchCase("S23: crushed", #"{"employees":{"firstName":["Anna"]}}"#, employees, true),
    // S23: "This works for multi-level arrays too"
    MatchCase("S23: multi-level", #"{"employees":{"firstName":["Peter"]}}"#, nestedEmployees, true),
    // S23: rulesForJSONEvent "will *not* match the "Anna"/"Jones" rule"
    MatchCase(
      "S23: Anna/Jones refused", #"{"employees":{"firstName":["Anna"],"lastName":["Jones"]}}"#, employees,
      false),
    MatchCase("same element", #"{"employees":{"firstName":["Anna"],"lastName":["Smith"]}}"#, employees, true),
    MatchCase(
      "multi-level, different inner arrays", #"{"employees":{"firstName":["Anna"],"lastName":["Jones"]}}"#,
      nestedEmployees, false),
    MatchCase(
      "empty array of objects", #"{"employees":{"firstName":["Anna"]}}"#, #"{"employees":[]}"#, false),
    MatchCase("array of scalars under an object pattern", #"{"e":{"f":["x"]}}"#, #"{"e":["x"]}"#, false),
    MatchCase(
      "deeper consistency", #"{"o":{"items":{"sku":["A"],"qty":[{"numeric":[">",1]}]}}}"#,
      #"{"o":{"items":[{"sku":"A","qty":1},{"sku":"B","qty":5}]}}"#, false),
    MatchCase(
      "deeper consistency, match", #"{"o":{"items":{"sku":["A"],"qty":[{"numeric":[">",1]}]}}}"#,
      #"{"o":{"items":[{"sku":"B","qty":1},{"sku":"A","qty":5}]}}"#, true),
    MatchCase(
      "outer fields are not pinned", #"{"id":["1"],"items":{"sku":["A"]}}"#,
      #"{"id":"1","items":[{"sku":"B"},{"sku":"A"}]}"#, true),
    MatchCase(
      "arrays at two levels", #"{"a":{"b":{"c":["x"],"d":["y"]}}}"#,
      #"{"a":[{"b":[{"c":"x","d":"n"},{"c":"n","d":"y"}]},{"b":{"c":"x","d":"y"}}]}"#, true),
    MatchCase(
      "arrays at two levels, never together", #"{"a":{"b":{"c":["x"],"d":["y"]}}}"#,
      #"{"a":[{"b":[{"c":"x","d":"n"},{"c":"n","d":"y"}]}]}"#, false),
    MatchCase(
      "$or within one element", #"{"e":{"$or":[{"a":["1"]},{"b":["2"]}],"c":["3"]}}"#,
      #"{"e":[{"a":"1","c":"0"},{"b":"2","c":"3"}]}"#, true),
    MatchCase(
      "$or across elements refused", #"{"e":{"$or":[{"a":["1"]},{"b":["2"]}],"c":["3"]}}"#,
      #"{"e":[{"a":"1","c":"0"},{"b":"0","c":"3"}]}"#, false),
  ]

  @Test("Crushing and element consistency", arguments: rows)
  func consistency(_ row: MatchCase) throws { try check(row) }

  /// `exists: false` inside an array of objects: judged in the element the
  /// other conditions chose, or across all elements when nothing chose one.
  static let absenceRows: [MatchCase] = [
    MatchCase(
      "absence only: no element has it", #"{"items":{"discount":[{"exists":false}]}}"#,
      #"{"items":[{"sku":"A"},{"sku":"B"}]}"#, true),
    MatchCase(
      "absence only: one element has it", #"{"items":{"discount":[{"exists":false}]}}"#,
      #"{"items":[{"sku":"A"},{"sku":"B","discount":5}]}"#, false),
    MatchCase(
      "absence only: empty array", #"{"items":{"discount":[{"exists":false}]}}"#, #"{"items":[]}"#, true),
    MatchCase(
      "absence only: nested arrays", #"{"items":{"discount":[{"exists":false}]}}"#,
      #"{"items":[[{"sku":"A"}],[{"sku":"B","discount":1}]]}"#, false),
    MatchCase(
      "absence only: deeper path", #"{"a":{"b":{"c":[{"exists":false}]}}}"#,
      #"{"a":[{"b":{"x":1}},{"b":[{"y":2},{"c":3}]}]}"#, false),
    MatchCase(
      "absence only: deeper path, absent", #"{"a":{"b":{"c":[{"exists":false}]}}}"#,
      #"{"a":[{"b":{"x":1}},{"b":[{"y":2},{"c":{"o":1}}]}]}"#, true),
    MatchCase(
      "pinned: the book has no discount", #"{"items":{"type":["book"],"discount":[{"exists":false}]}}"#,
      #"{"items":[{"type":"book"},{"type":"pen","discount":5}]}"#, true),
    MatchCase(
      "pinned: the book has a discount", #"{"items":{"type":["book"],"discount":[{"exists":false}]}}"#,
      #"{"items":[{"type":"book","discount":5},{"type":"pen"}]}"#, false),
    MatchCase(
      "absence in one $or alternative across all elements",
      #"{"items":{"$or":[{"a":[{"exists":false}]},{"b":[{"exists":false}]}]}}"#,
      #"{"items":[{"a":1},{"b":2}]}"#, false),
    MatchCase(
      "absence in one $or alternative, b absent everywhere",
      #"{"items":{"$or":[{"a":[{"exists":false}]},{"b":[{"exists":false}]}]}}"#,
      #"{"items":[{"a":1},{"a":2}]}"#,
      true),
    MatchCase(
      "exists false or value, value elsewhere", #"{"items":{"k":[{"exists":false},"x"]}}"#,
      #"{"items":[{"k":"y"},{"k":"x"}]}"#, true),
    MatchCase(
      "exists false or value, present with other value", #"{"items":{"k":[{"exists":false},"x"]}}"#,
      #"{"items":[{"k":"y"},{"j":"x"}]}"#, false),
  ]

  @Test("exists: false inside arrays", arguments: absenceRows)
  func absence(_ row: MatchCase) throws { try check(row) }

  @Test("Deeply nested event arrays do not overflow the stack")
  func deepArrays() throws {
    let depth = 500
    let event = try parseJSON(
      #"{"a":"# + String(repeating: "[", count: depth) + "\"x\"" + String(repeating: "]", count: depth) + "}")
    #expect(try EventPattern.parse(#"{"a":["x"]}"#).matches(event))
    #expect(try EventPattern.parse(#"{"a":{"b":[{"exists":false}]}}"#).matches(event))
    #expect(try !EventPattern.parse(#"{"a":[{"exists":false}]}"#).matches(event))
  }

  @Test("A pattern and an event nested 500 levels deep match without overflowing the stack")
  func deepPattern() throws {
    let depth = 500
    let pattern =
      String(repeating: #"{"a":"#, count: depth) + #"["x"]"# + String(repeating: "}", count: depth)
    let event = String(repeating: #"{"a":"#, count: depth) + #""x""# + String(repeating: "}", count: depth)
    let compiled = try EventPattern.parse(pattern)
    let node = try parseJSON(event)
    #expect(compiled.matches(node))
    #expect(compiled.explain(node).matched.first?.path.hasSuffix("a.a.a") == true)
    let other = try parseJSON(
      String(repeating: #"{"a":"#, count: depth) + #""y""# + String(repeating: "}", count: depth))
    #expect(!compiled.matches(other))
  }
}
