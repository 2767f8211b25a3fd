import Testing

@testable import MQPlanKit

/// exists: true/false concern leaf values only (reference §6.5: "**Leaf
/// nodes only**: `exists:false` also matches when the name is an object, not
/// a leaf (S33b, S23)").
@Suite("Event patterns: exists")
struct EventPatternExistsTests {
  static let rows: [MatchCase] = [
    MatchCase("true, string", #"{"k":[{"exists":true}]}"#, #"{"k":"v"}"#, true),
    MatchCase("true, empty string", #"{"k":[{"exists":true}]}"#, #"{"k":""}"#, true),
    MatchCase("true, number", #"{"k":[{"exists":true}]}"#, #"{"k":0}"#, true),
    MatchCase("true, false", #"{"k":[{"exists":true}]}"#, #"{"k":false}"#, true),
    MatchCase("true, null is a value", #"{"k":[{"exists":true}]}"#, #"{"k":null}"#, true),
    MatchCase("true, missing", #"{"k":[{"exists":true}]}"#, #"{"j":1}"#, false),
    MatchCase(
      "AWS-recorded: true, object is not a leaf", #"{"k":[{"exists":true}]}"#, #"{"k":{"S":"x"}}"#, false),
    MatchCase("AWS-recorded: true, empty array", #"{"k":[{"exists":true}]}"#, #"{"k":[]}"#, false),
    MatchCase("true, array with a value", #"{"k":[{"exists":true}]}"#, #"{"k":[null]}"#, true),
    MatchCase("true, array of objects only", #"{"k":[{"exists":true}]}"#, #"{"k":[{"a":1}]}"#, false),
    MatchCase("false, missing", #"{"k":[{"exists":false}]}"#, #"{"j":1}"#, true),
    MatchCase("false, string", #"{"k":[{"exists":false}]}"#, #"{"k":"v"}"#, false),
    MatchCase("false, null is present", #"{"k":[{"exists":false}]}"#, #"{"k":null}"#, false),
    MatchCase("S23: false, object is not a leaf", #"{"k":[{"exists":false}]}"#, #"{"k":{"c1":100}}"#, true),
    MatchCase("false, empty array", #"{"k":[{"exists":false}]}"#, #"{"k":[]}"#, true),
    MatchCase("false, array with a value", #"{"k":[{"exists":false}]}"#, #"{"k":[1]}"#, false),
    MatchCase("false, array of objects only", #"{"k":[{"exists":false}]}"#, #"{"k":[{"a":1}]}"#, true),
    MatchCase("false, parent missing", #"{"d":{"k":[{"exists":false}]}}"#, #"{"x":1}"#, true),
    MatchCase("false, parent is a string", #"{"d":{"k":[{"exists":false}]}}"#, #"{"d":"s"}"#, true),
    MatchCase(
      "AWS-recorded: false, deep path missing", #"{"d":{"l1":{"l2:":{"l3":{"l4":[{"exists":false}]}}}}}"#,
      #"{"d":{"l1":{"l2":"l2 value"}}}"#, true),
    MatchCase(
      "AWS-recorded: false, deep path present", #"{"d":{"l1":{"l2":{"l3":{"l4":[{"exists":false}]}}}}}"#,
      #"{"d":{"l1":{"l2":{"l3":{"l4":"l4 value"}}}}}"#, false),
    MatchCase("false, with another field", #"{"a":["1"],"k":[{"exists":false}]}"#, #"{"a":"1"}"#, true),
    MatchCase("false, other field fails", #"{"a":["1"],"k":[{"exists":false}]}"#, #"{"a":"2"}"#, false),
    MatchCase("false or a value: value", #"{"k":[{"exists":false},"x"]}"#, #"{"k":"x"}"#, true),
    MatchCase("false or a value: missing", #"{"k":[{"exists":false},"x"]}"#, #"{}"#, true),
    MatchCase("false or a value: other", #"{"k":[{"exists":false},"x"]}"#, #"{"k":"y"}"#, false),
    MatchCase(
      "true and false: always", #"{"k":[{"exists":true},{"exists":false}]}"#, #"{"k":{"o":1}}"#, true),
    MatchCase(
      "AWS-recorded: exists or others, first wins", #"{"k":[{"exists":true},{"prefix":"Z"}]}"#,
      #"{"k":"my"}"#, true),
    MatchCase(
      "AWS-recorded: exists in a list of objects", #"{"d":{"a":{"id":[{"exists":true}]}}}"#,
      #"{"d":{"a":[{"k1":"v1"},{"id":"x"},{"k2":"v2"}]}}"#, true),
  ]

  @Test("exists true and false", arguments: rows)
  func exists(_ row: MatchCase) throws { try check(row) }
}
