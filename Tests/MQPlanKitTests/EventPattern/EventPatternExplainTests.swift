import Testing

@testable import MQPlanKit

/// `explain`: for a non-match, which field failed and what was expected vs
/// found; for a match, which conditions held.
@Suite("Event patterns: explain")
struct EventPatternExplainTests {
  typealias Condition = EventPatternMatch.Condition

  private func explain(_ pattern: String, _ event: String) throws -> EventPatternMatch {
    let compiled = try EventPattern.parse(pattern)
    let node = try parseJSON(event)
    let result = compiled.explain(node)
    #expect(result.isMatch == compiled.matches(node), "explain and matches disagree")
    return result
  }

  @Test("A failing leaf: path, expected and found")
  func failingLeaf() throws {
    let result = try explain(
      #"{"detail":{"state":["running","stopped"]}}"#, #"{"detail":{"state":"pending"}}"#)
    #expect(!result.isMatch)
    #expect(result.matched.isEmpty)
    #expect(
      result.failed == [
        Condition(path: "detail.state", expected: #"["running","stopped"]"#, found: #""pending""#)
      ])
    #expect(
      result.description == "no match\n  detail.state: expected [\"running\",\"stopped\"], found \"pending\"")
  }

  @Test("Every failing field of the level is listed; passing ones are not")
  func allFailures() throws {
    let result = try explain(
      #"{"source":["aws.ec2"],"detail":{"n":[{"numeric":[">",10]}],"s":[{"prefix":"x"}]}}"#,
      #"{"source":"aws.ec2","detail":{"n":5,"s":{"o":1}}}"#)
    #expect(
      result.failed == [
        Condition(path: "detail.n", expected: #"[{"numeric":[">",10]}]"#, found: "5"),
        Condition(path: "detail.s", expected: #"[{"prefix":"x"}]"#, found: "an object"),
      ])
  }

  @Test("A missing field, and exists on an object")
  func missingAndObjects() throws {
    let missing = try explain(#"{"a":{"b":["x"]}}"#, #"{"a":{"c":"x"}}"#)
    #expect(missing.failed == [Condition(path: "a.b", expected: #"["x"]"#, found: "missing")])
    let object = try explain(#"{"k":[{"exists":true}]}"#, #"{"k":{"S":"x"}}"#)
    #expect(
      object.failed == [
        Condition(
          path: "k", expected: #"[{"exists":true}]"#, found: "an object",
          note: "exists matches leaf values only, not objects")
      ])
    let absent = try explain(#"{"k":[{"exists":false}]}"#, #"{"k":{"S":"x"}}"#)
    #expect(absent.isMatch)
    #expect(
      absent.matched == [
        Condition(path: "k", expected: #"{"exists":false}"#, found: "an object, which is not a leaf")
      ])
  }

  @Test("A match lists the condition that held for each field, with array indices")
  func matchedConditions() throws {
    let result = try explain(
      #"{"source":[{"wildcard":"aws.*"}],"resources":["x",{"prefix":"arn:aws:s3"}],"#
        + #""detail":{"c":[{"numeric":[">",0,"<=",5]}]}}"#,
      #"{"source":"aws.s3","resources":["arn:aws:ec2:i","arn:aws:s3:::b"],"detail":{"c":5}}"#)
    #expect(result.isMatch)
    #expect(result.failed.isEmpty)
    #expect(
      result.matched == [
        Condition(path: "source", expected: #"{"wildcard":"aws.*"}"#, found: #""aws.s3""#),
        Condition(path: "resources[1]", expected: #"{"prefix":"arn:aws:s3"}"#, found: #""arn:aws:s3:::b""#),
        Condition(path: "detail.c", expected: #"{"numeric":[">",0,"<=",5]}"#, found: "5"),
      ])
    #expect(
      result.description.hasPrefix("match\n  source: expected {\"wildcard\":\"aws.*\"}, found \"aws.s3\""))
  }

  @Test("A failed $or lists each alternative; a matched one names it")
  func orExplained() throws {
    let pattern = #"{"$or":[{"a":["1"]},{"b":["2"]}]}"#
    let failed = try explain(pattern, #"{"a":"0"}"#)
    #expect(
      failed.failed == [
        Condition(path: "a", expected: #"["1"]"#, found: #""0""#, note: "$or alternative 1 of 2"),
        Condition(path: "b", expected: #"["2"]"#, found: "missing", note: "$or alternative 2 of 2"),
      ])
    let matched = try explain(pattern, #"{"b":"2"}"#)
    #expect(
      matched.matched == [
        Condition(path: "b", expected: #""2""#, found: #""2""#, note: "$or alternative 2 of 2")
      ])
  }

  @Test("Arrays of objects: the elements tried, and the element that matched")
  func arraysOfObjects() throws {
    let pattern = #"{"items":{"sku":["A"],"qty":[{"numeric":[">",1]}]}}"#
    let failed = try explain(pattern, #"{"items":[{"sku":"A","qty":1},{"sku":"B","qty":5}]}"#)
    #expect(
      failed.failed == [
        Condition(path: "items[0].qty", expected: #"[{"numeric":[">",1]}]"#, found: "1"),
        Condition(path: "items[1].sku", expected: #"["A"]"#, found: #""B""#),
      ])
    let matched = try explain(pattern, #"{"items":[{"sku":"B","qty":1},{"sku":"A","qty":5}]}"#)
    #expect(matched.matched.map(\.path) == ["items[1].sku", "items[1].qty"])
    let many = try explain(
      #"{"items":{"sku":["Z"]}}"#, #"{"items":[{"sku":"A"},{"sku":"B"},{"sku":"C"},{"sku":"D"}]}"#)
    #expect(many.failed.count == 4)
    #expect(
      many.failed.last
        == Condition(
          path: "items", expected: "an element matching the nested pattern",
          found: "none of 4 elements matched",
          note: "first 3 shown"))
    let empty = try explain(#"{"items":{"sku":["Z"]}}"#, #"{"items":[]}"#)
    #expect(
      empty.failed == [
        Condition(path: "items", expected: "an element matching the nested pattern", found: "[]")
      ])
    let absent = try explain(
      #"{"items":{"discount":[{"exists":false}]}}"#, #"{"items":[{"sku":"A"},{"sku":"B"}]}"#)
    #expect(
      absent.matched == [
        Condition(
          path: "items", expected: "the nested fields absent (exists: false)",
          found: "absent from all 2 elements")
      ])
  }

  @Test("Long values are cut in the description")
  func longValues() throws {
    let long = String(repeating: "x", count: 500)
    let result = try explain(#"{"a":["y"]}"#, #"{"a":""# + long + #""}"#)
    let found = try #require(result.failed.first?.found)
    #expect(found.count == 121 && found.hasSuffix("…"))
  }
}
