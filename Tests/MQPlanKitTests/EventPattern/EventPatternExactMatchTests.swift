import Testing

@testable import MQPlanKit

/// Exact values: strings, numbers by their JSON text, booleans, null, the
/// empty string; nesting; arrays in events (reference §6.1–§6.4).
@Suite("Event patterns: exact values")
struct EventPatternExactMatchTests {
  static let stringRows: [MatchCase] = [
    MatchCase("same string", #"{"a":["x"]}"#, #"{"a":"x"}"#, true),
    MatchCase("different string", #"{"a":["x"]}"#, #"{"a":"y"}"#, false),
    MatchCase("missing field", #"{"a":["x"]}"#, #"{"b":"x"}"#, false),
    MatchCase("keys are case-sensitive", #"{"a":["x"]}"#, #"{"A":"x"}"#, false),
    MatchCase("a longer string is not equal", #"{"a":["x"]}"#, #"{"a":"xx"}"#, false),
    MatchCase("string vs number text", #"{"a":["5"]}"#, #"{"a":5}"#, false),
    MatchCase("string true vs literal true", #"{"a":["true"]}"#, #"{"a":true}"#, false),
    MatchCase("unicode, byte-equal", #"{"a":["café ☕"]}"#, #"{"a":"caf\u00e9 \u2615"}"#, true),
    MatchCase(
      "escapes decoded before comparing", #"{"a":["line\nbreak"]}"#, #"{"a":"line\u000abreak"}"#, true),
    MatchCase("key with a dot is one key", #"{"a.b":["x"]}"#, #"{"a.b":"x"}"#, true),
    MatchCase("dotted key does not reach nesting", #"{"a.b":["x"]}"#, #"{"a":{"b":"x"}}"#, false),
    MatchCase("unicode keys compare by bytes", #"{"é":["x"]}"#, #"{"e\u0301":"x"}"#, false),
  ]

  @Test("Strings compare byte for byte", arguments: stringRows)
  func strings(_ row: MatchCase) throws { try check(row) }

  /// Numbers in exact match compare by their JSON text (reference §6.4;
  /// S21d: "300, 300.0, and 3.0e2 are not considered equal").
  static let numberRows: [MatchCase] = [
    MatchCase("3 = 3", #"{"n":[3]}"#, #"{"n":3}"#, true),
    MatchCase("3 ≠ 3.0", #"{"n":[3]}"#, #"{"n":3.0}"#, false),
    MatchCase("3 ≠ 3e0", #"{"n":[3]}"#, #"{"n":3e0}"#, false),
    MatchCase("3.0 = 3.0", #"{"n":[3.0]}"#, #"{"n":3.0}"#, true),
    MatchCase("3.0 ≠ 3.00", #"{"n":[3.0]}"#, #"{"n":3.00}"#, false),
    MatchCase("3e0 ≠ 3E0", #"{"n":[3e0]}"#, #"{"n":3E0}"#, false),
    MatchCase("0 ≠ -0", #"{"n":[0]}"#, #"{"n":-0}"#, false),
    MatchCase("large account number", #"{"n":[123456789012]}"#, #"{"n":123456789012}"#, true),
    MatchCase("number vs string", #"{"n":[3]}"#, #"{"n":"3"}"#, false),
    MatchCase("one of several numbers", #"{"n":[1, 2, 3]}"#, #"{"n":2}"#, true),
  ]

  @Test("Numbers compare by their JSON text", arguments: numberRows)
  func numbers(_ row: MatchCase) throws { try check(row) }

  static let literalRows: [MatchCase] = [
    MatchCase("true", #"{"b":[true]}"#, #"{"b":true}"#, true),
    MatchCase("true vs false", #"{"b":[true]}"#, #"{"b":false}"#, false),
    MatchCase("false", #"{"b":[false]}"#, #"{"b":false}"#, true),
    MatchCase("null matches null", #"{"n":[null]}"#, #"{"n":null}"#, true),
    MatchCase("null does not match a missing field", #"{"n":[null]}"#, #"{"m":1}"#, false),
    MatchCase("null does not match the string null", #"{"n":[null]}"#, #"{"n":"null"}"#, false),
    MatchCase("null does not match an empty array", #"{"n":[null]}"#, #"{"n":[]}"#, false),
    MatchCase("null in an array", #"{"n":[null]}"#, #"{"n":[1,null]}"#, true),
    MatchCase("empty string", #"{"s":[""]}"#, #"{"s":""}"#, true),
    MatchCase("empty string vs null", #"{"s":[""]}"#, #"{"s":null}"#, false),
    MatchCase("empty string vs missing", #"{"s":[""]}"#, #"{}"#, false),
    MatchCase("empty string vs a space", #"{"s":[""]}"#, #"{"s":" "}"#, false),
    MatchCase("null or empty", #"{"s":[null, ""]}"#, #"{"s":""}"#, true),
  ]

  @Test("true, false, null and the empty string", arguments: literalRows)
  func literals(_ row: MatchCase) throws { try check(row) }

  static let structureRows: [MatchCase] = [
    MatchCase("nested", #"{"detail":{"state":["running"]}}"#, #"{"detail":{"state":"running"}}"#, true),
    MatchCase("nested, missing parent", #"{"detail":{"state":["running"]}}"#, #"{"state":"running"}"#, false),
    MatchCase(
      "nested, parent is a string", #"{"detail":{"state":["running"]}}"#, #"{"detail":"running"}"#, false),
    MatchCase(
      "leaf pattern, object in event", #"{"detail":["running"]}"#, #"{"detail":{"state":"running"}}"#, false),
    MatchCase(
      "deep nesting", #"{"a":{"b":{"c":{"d":{"e":["x"]}}}}}"#, #"{"a":{"b":{"c":{"d":{"e":"x","f":1}}}}}"#,
      true),
    MatchCase(
      "two nested fields", #"{"d":{"a":["1"],"b":["2"]}}"#, #"{"d":{"a":"1","b":"2","c":"3"}}"#, true),
    MatchCase("array value, intersection", #"{"r":["arn:1"]}"#, #"{"r":["arn:0","arn:1"]}"#, true),
    MatchCase("array value, no intersection", #"{"r":["arn:1"]}"#, #"{"r":["arn:0","arn:2"]}"#, false),
    MatchCase("nested arrays are flattened", #"{"r":["x"]}"#, #"{"r":[["a"],["b",["x"]]]}"#, true),
    MatchCase("empty event array", #"{"r":["x"]}"#, #"{"r":[]}"#, false),
    MatchCase("array of objects is not a leaf", #"{"r":["x"]}"#, #"{"r":[{"a":"x"}]}"#, false),
    MatchCase("mixed array: scalars count", #"{"r":[1]}"#, #"{"r":[{"a":1},1]}"#, true),
    MatchCase("non-object event, nothing present", #"{"a":["x"]}"#, #""x""#, false),
  ]

  @Test("Nesting and arrays", arguments: structureRows)
  func structure(_ row: MatchCase) throws { try check(row) }

  @Test("Equal patterns compare equal whatever their layout")
  func patternEquality() throws {
    let compact = try EventPattern.parse(#"{"a":["x",{"prefix":"y"}],"b":{"c":[1]}}"#)
    let spaced = try EventPattern.parse(
      "{\n  \"a\": [ \"x\", { \"prefix\": \"y\" } ],\n  \"b\": { \"c\": [ 1 ] }\n}")
    let different = try EventPattern.parse(#"{"a":["x",{"prefix":"z"}],"b":{"c":[1]}}"#)
    #expect(compact == spaced)
    #expect(compact.hashValue == spaced.hashValue)
    #expect(compact != different)
  }
}
