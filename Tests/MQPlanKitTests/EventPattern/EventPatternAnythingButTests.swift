import Testing

@testable import MQPlanKit

/// anything-but in every form (reference §6.5; S22; S23). Rows marked
/// "AWS-recorded" repeat cases whose outcome on AWS was recorded by
/// LocalStack's `event_pattern_templates` (2024-12-05).
@Suite("Event patterns: anything-but")
struct EventPatternAnythingButTests {
  static let valueRows: [MatchCase] = [
    MatchCase("single string, other value", #"{"s":[{"anything-but":"init"}]}"#, #"{"s":"running"}"#, true),
    MatchCase("single string, excluded", #"{"s":[{"anything-but":"init"}]}"#, #"{"s":"init"}"#, false),
    MatchCase("single string, case differs", #"{"s":[{"anything-but":"init"}]}"#, #"{"s":"INIT"}"#, true),
    MatchCase(
      "AWS-recorded: null passes a string", #"{"s":[{"anything-but":"initializing"}]}"#, #"{"s":null}"#, true),
    MatchCase("a number passes a string", #"{"s":[{"anything-but":"5"}]}"#, #"{"s":5}"#, true),
    MatchCase("a boolean passes a string", #"{"s":[{"anything-but":"true"}]}"#, #"{"s":true}"#, true),
    MatchCase("AWS-recorded: missing field fails", #"{"s":[{"anything-but":"init"}]}"#, #"{"t":"x"}"#, false),
    MatchCase("object value fails", #"{"s":[{"anything-but":"init"}]}"#, #"{"s":{"a":"b"}}"#, false),
    MatchCase("empty array fails", #"{"s":[{"anything-but":"init"}]}"#, #"{"s":[]}"#, false),
    MatchCase("empty string is a value", #"{"s":[{"anything-but":"init"}]}"#, #"{"s":""}"#, true),
    MatchCase("excluding the empty string", #"{"s":[{"anything-but":""}]}"#, #"{"s":""}"#, false),
    MatchCase(
      "string list", #"{"s":[{"anything-but":["stopped","overloaded"]}]}"#, #"{"s":"running"}"#, true),
    MatchCase(
      "string list, excluded", #"{"s":[{"anything-but":["stopped","overloaded"]}]}"#, #"{"s":"overloaded"}"#,
      false),
    MatchCase(
      "array: one value not excluded", #"{"s":[{"anything-but":["a","b"]}]}"#, #"{"s":["a","c"]}"#, true),
    MatchCase(
      "array: every value excluded", #"{"s":[{"anything-but":["a","b"]}]}"#, #"{"s":["a","b","a"]}"#, false),
  ]

  @Test("Single values and lists", arguments: valueRows)
  func values(_ row: MatchCase) throws { try check(row) }

  /// Numbers under anything-but compare as numbers (event-ruler stores them
  /// as `ComparableNumber`, S23), unlike exact values.
  static let numberRows: [MatchCase] = [
    MatchCase("single number", #"{"x":[{"anything-but":123}]}"#, #"{"x":124}"#, true),
    MatchCase("single number, excluded", #"{"x":[{"anything-but":123}]}"#, #"{"x":123}"#, false),
    MatchCase("excluded whatever its spelling", #"{"x":[{"anything-but":123}]}"#, #"{"x":1.23e2}"#, false),
    MatchCase("AWS-recorded: anything-but 0", #"{"x":[{"anything-but":0}]}"#, #"{"x":789}"#, true),
    MatchCase("0 excludes -0", #"{"x":[{"anything-but":0}]}"#, #"{"x":-0.0}"#, false),
    MatchCase("number list", #"{"x":[{"anything-but":[100,200,300]}]}"#, #"{"x":301.8}"#, true),
    MatchCase("number list, excluded", #"{"x":[{"anything-but":[100,200,300]}]}"#, #"{"x":300}"#, false),
    MatchCase("a string passes a number list", #"{"x":[{"anything-but":[100]}]}"#, #"{"x":"100"}"#, true),
    MatchCase("null passes a number list", #"{"x":[{"anything-but":[100]}]}"#, #"{"x":null}"#, true),
    MatchCase("SNS-style array [100, 50]", #"{"x":[{"anything-but":[100,500]}]}"#, #"{"x":[100,50]}"#, true),
    MatchCase(
      "beyond the numeric limit is never excluded", #"{"x":[{"anything-but":[1]}]}"#, #"{"x":6e9}"#, true),
    MatchCase("six decimals", #"{"x":[{"anything-but":0.000001}]}"#, #"{"x":0.0000010}"#, false),
  ]

  @Test("Numbers", arguments: numberRows)
  func numbers(_ row: MatchCase) throws { try check(row) }

  static let operatorRows: [MatchCase] = [
    MatchCase("prefix", #"{"s":[{"anything-but":{"prefix":"init"}}]}"#, #"{"s":"running"}"#, true),
    MatchCase(
      "prefix, excluded", #"{"s":[{"anything-but":{"prefix":"init"}}]}"#, #"{"s":"initializing"}"#, false),
    MatchCase(
      "AWS-recorded: prefix, number value", #"{"s":[{"anything-but":{"prefix":"init"}}]}"#, #"{"s":12}"#, true
    ),
    MatchCase("prefix, null value", #"{"s":[{"anything-but":{"prefix":"init"}}]}"#, #"{"s":null}"#, true),
    MatchCase("prefix, missing", #"{"s":[{"anything-but":{"prefix":"init"}}]}"#, #"{}"#, false),
    MatchCase("prefix list", #"{"s":[{"anything-but":{"prefix":["a","b"]}}]}"#, #"{"s":"bob"}"#, false),
    MatchCase(
      "prefix list, passes", #"{"s":[{"anything-but":{"prefix":["a","b"]}}]}"#, #"{"s":"carol"}"#, true),
    MatchCase("suffix", #"{"f":[{"anything-but":{"suffix":".png"}}]}"#, #"{"f":"a.jpg"}"#, true),
    MatchCase("suffix, excluded", #"{"f":[{"anything-but":{"suffix":".png"}}]}"#, #"{"f":"a.png"}"#, false),
    MatchCase(
      "suffix, case-sensitive", #"{"f":[{"anything-but":{"suffix":".png"}}]}"#, #"{"f":"a.PNG"}"#, true),
    MatchCase(
      "ignore case", #"{"s":[{"anything-but":{"equals-ignore-case":"init"}}]}"#, #"{"s":"INIT"}"#, false),
    MatchCase(
      "ignore case, passes", #"{"s":[{"anything-but":{"equals-ignore-case":"init"}}]}"#, #"{"s":"INITs"}"#,
      true),
    MatchCase(
      "ignore case list", #"{"s":[{"anything-but":{"equals-ignore-case":["a","b"]}}]}"#, #"{"s":"B"}"#, false),
    MatchCase(
      "ignore case, null passes", #"{"s":[{"anything-but":{"equals-ignore-case":"x"}}]}"#, #"{"s":null}"#,
      true),
    MatchCase("wildcard", #"{"p":[{"anything-but":{"wildcard":"*/lib/*"}}]}"#, #"{"p":"/lib/x"}"#, false),
    MatchCase(
      "AWS-recorded: wildcard, number", #"{"p":[{"anything-but":{"wildcard":"*/dir/*"}}]}"#, #"{"p":123}"#,
      true),
    MatchCase(
      "AWS-recorded: empty wildcard", #"{"p":[{"anything-but":{"wildcard":""}}]}"#, #"{"p":"dir/init/file"}"#,
      true),
    MatchCase(
      "empty wildcard excludes the empty string", #"{"p":[{"anything-but":{"wildcard":""}}]}"#, #"{"p":""}"#,
      false),
    MatchCase(
      "wildcard list", #"{"p":[{"anything-but":{"wildcard":["*.png","*.jpg"]}}]}"#, #"{"p":"a.gif"}"#, true),
    MatchCase("wildcard, missing", #"{"p":[{"anything-but":{"wildcard":"*"}}]}"#, #"{"q":"x"}"#, false),
  ]

  @Test("With prefix, suffix, equals-ignore-case and wildcard", arguments: operatorRows)
  func operators(_ row: MatchCase) throws { try check(row) }

  @Test("anything-but or exists: false, on a missing parent (AWS-recorded or-exists-parent)")
  func orExistsParent() throws {
    // A missing parent: anything-but cannot match, exists: false does.
    let pattern = #"{"d":{"N":{"h":{"S":[{"anything-but":["roses"]},{"exists":false}]}}}}"#
    try check(MatchCase("exists false rescues", pattern, #"{"d":{"N":{"p":{"N":"789"}}}}"#, true))
    try check(MatchCase("value roses", pattern, #"{"d":{"N":{"h":{"S":"roses"}}}}"#, false))
    try check(MatchCase("value tulips", pattern, #"{"d":{"N":{"h":{"S":"tulips"}}}}"#, true))
  }
}
