import Testing

@testable import MQPlanKit

/// `$or` (reference §6.5: "OR across sub-patterns; can nest with AND inside.
/// Recognised only when `$or` holds an array of ≥2 objects and none of them
/// uses reserved keywords as field names. Otherwise `$or` is treated as an
/// ordinary field name (S23)"). Patterns from the S23 README.
@Suite("Event patterns: $or")
struct EventPatternOrTests {
  // S23 "Normal Or": "source" && ("metricName" || "namespace")
  static let normal =
    #"{"source":["aws.cloudwatch"],"$or":[{"metricName":["CPUUtilization","ReadLatency"]},"#
    + #"{"namespace":["AWS/EC2","AWS/ES"]}]}"#
  // S23 "Parallel Or": ("metricName" || "namespace") && ("detail.source" || "detail.detail-type")
  static let parallel =
    #"{"$or":[{"metricName":["CPUUtilization"]},{"namespace":["AWS/EC2"]}],"#
    + #""detail":{"$or":[{"source":["aws.cloudwatch"]},{"detail-type":["CloudWatch Alarm State Change"]}]}}"#
  // S23 "Nested Or and And":
  // "source" && ("metricName" || ("metricType" && "namespace" && ("metricId" || "spaceId")) || "scope")
  static let nested =
    #"{"source":["aws.cloudwatch"],"$or":[{"metricName":["CPUUtilization","ReadLatency"]},"#
    + #"{"metricType":["MetricType"],"namespace":["AWS/EC2","AWS/ES"],"$or":[{"metricId":[1234]},{"spaceId":[1000]}]},"#
    + #"{"scope":["Service"]}]}"#

  static let rows: [MatchCase] = [
    MatchCase(
      "normal: first alternative", normal, #"{"source":"aws.cloudwatch","metricName":"ReadLatency"}"#, true),
    MatchCase(
      "normal: second alternative", normal, #"{"source":"aws.cloudwatch","namespace":"AWS/ES"}"#, true),
    MatchCase("normal: no alternative", normal, #"{"source":"aws.cloudwatch","metricName":"Other"}"#, false),
    MatchCase(
      "normal: AND still applies", normal, #"{"source":"aws.ec2","metricName":"ReadLatency"}"#, false),
    MatchCase(
      "parallel: both groups", parallel,
      #"{"namespace":"AWS/EC2","detail":{"detail-type":"CloudWatch Alarm State Change"}}"#,
      true),
    MatchCase(
      "parallel: second group fails", parallel, #"{"namespace":"AWS/EC2","detail":{"source":"aws.ec2"}}"#,
      false),
    MatchCase(
      "parallel: first group fails", parallel,
      #"{"namespace":"AWS/S3","detail":{"source":"aws.cloudwatch"}}"#, false),
    MatchCase(
      "nested: inner AND and inner OR", nested,
      #"{"source":"aws.cloudwatch","metricType":"MetricType","namespace":"AWS/EC2","spaceId":1000}"#, true),
    MatchCase(
      "nested: inner OR fails", nested,
      #"{"source":"aws.cloudwatch","metricType":"MetricType","namespace":"AWS/EC2","spaceId":1001}"#, false),
    MatchCase(
      "nested: inner AND fails", nested, #"{"source":"aws.cloudwatch","metricType":"Other","metricId":1234}"#,
      false),
    MatchCase("nested: third alternative", nested, #"{"source":"aws.cloudwatch","scope":"Service"}"#, true),
    MatchCase(
      "alternatives with operators", #"{"$or":[{"a":[{"numeric":[">",10]}]},{"b":[{"prefix":"x"}]}]}"#,
      #"{"a":5,"b":"xyz"}"#, true),
    MatchCase(
      "alternative of exists false", #"{"$or":[{"a":["1"]},{"a":[{"exists":false}]}]}"#, #"{"b":"1"}"#, true),
    MatchCase(
      "alternative of exists false, present", #"{"$or":[{"a":["1"]},{"a":[{"exists":false}]}]}"#,
      #"{"a":"2"}"#, false),
    MatchCase(
      "alternatives with nested objects", #"{"$or":[{"d":{"x":["1"]}},{"d":{"y":["2"]}}]}"#,
      #"{"d":{"y":"2"}}"#, true),
    MatchCase(
      "$or inside a nested object", #"{"d":{"$or":[{"x":["1"]},{"y":["2"]}]}}"#, #"{"d":{"x":"1"},"y":"2"}"#,
      true),
    MatchCase(
      "$or inside a nested object, wrong level", #"{"d":{"$or":[{"x":["1"]},{"y":["2"]}]}}"#,
      #"{"d":{},"y":"2"}"#,
      false),
    MatchCase("three alternatives", #"{"$or":[{"a":["1"]},{"b":["2"]},{"c":["3"]}]}"#, #"{"c":"3"}"#, true),
  ]

  @Test("$or as an operator", arguments: rows)
  func operatorRows(_ row: MatchCase) throws { try check(row) }

  /// When `$or` is not a valid OR, AWS reads the pattern again with `$or` as
  /// a field name (S23 `GenericMachine.addRule` falls back to `RuleCompiler`).
  static let fieldNameRows: [MatchCase] = [
    // S23: "the rule below will keep working as normal rule with treating "$or" as normal field name"
    MatchCase(
      "S23: $or holding an object", #"{"source":["aws.cloudwatch"],"$or":{"metricType":["MetricType"]}}"#,
      #"{"source":"aws.cloudwatch","$or":{"metricType":"MetricType"}}"#, true),
    MatchCase(
      "$or holding an object: not an OR",
      #"{"source":["aws.cloudwatch"],"$or":{"metricType":["MetricType"]}}"#,
      #"{"source":"aws.cloudwatch","metricType":"MetricType"}"#, false),
    // S23: `{"$or": [{"numeric": 123}, {"prefix": "abc"}]}` is not an OR: reserved keywords.
    MatchCase(
      "reserved keywords: $or is a leaf field", #"{"$or":[{"prefix":"abc"},{"suffix":"xyz"}]}"#,
      #"{"$or":"abcd"}"#, true),
    MatchCase(
      "reserved keywords: not an OR", #"{"$or":[{"prefix":"abc"},{"suffix":"xyz"}]}"#, #"{"prefix":"abc"}"#,
      false),
    MatchCase("$or with plain values is a field", #"{"$or":["x","y"]}"#, #"{"$or":"y"}"#, true),
  ]

  @Test("$or as a field name", arguments: fieldNameRows)
  func fieldNames(_ row: MatchCase) throws { try check(row) }

  @Test("A $or that is neither an OR nor a valid field is refused with the OR's problem")
  func invalidEitherWay() throws {
    let error = try #require(rejection(#"{"$or":[{"a":["x"]}]}"#))
    #expect(error.diagnostics.count == 1)
    #expect(error.diagnostics[0].message.contains("at least 2 objects"))
    #expect(error.diagnostics[0].path == #"["$or"]"#)
    let reserved = try #require(rejection(#"{"$or":[{"a":["x"]},{"b":{"numeric":[1]}}]}"#))
    #expect(reserved.diagnostics[0].message.contains("reserved keyword"))
    #expect(reserved.diagnostics[0].path == #"["$or"][1].b.numeric"#)
  }
}
