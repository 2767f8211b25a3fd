import Foundation
import Testing

@testable import MQPlanKit

/// One value against one type, and what Terraform makes of it.
struct ConversionCase: Sendable, CustomTestStringConvertible {
  var type: TerraformType
  /// The value as a tfvars file writes it.
  var value: String
  /// The converted value as canonical JSON, or `nil` when Terraform
  /// rejects it.
  var expected: String?

  var testDescription: String { "\(type) ← \(value)" }

  init(_ type: TerraformType, _ value: String, _ expected: String?) {
    self.type = type
    self.value = value
    self.expected = expected
  }

  /// Every row was observed with Terraform 1.11.4 (`terraform apply` of a
  /// variable with this type and value); ``TerraformConversionOracleTests``
  /// checks them again wherever terraform is installed.
  static let all: [ConversionCase] = [
    .init(.string, #""abc""#, #""abc""#),
    .init(.string, "12.50", #""12.5""#),
    .init(.string, "true", #""true""#),
    .init(.string, "[1]", nil),
    .init(.string, "{ a = 1 }", nil),
    .init(.number, "3", "3"),
    .init(.number, #""30""#, "30"),
    .init(.number, #""+3""#, "3"),
    .init(.number, #"".5""#, "0.5"),
    .init(.number, #""-2.5""#, "-2.5"),
    .init(.number, #""1e3""#, "1000"),
    .init(.number, #""1E+2""#, "100"),
    .init(.number, #""1.""#, "1"),
    .init(.number, #""007""#, "7"),
    .init(.number, #"" 3""#, nil),
    .init(.number, #""3 ""#, nil),
    .init(.number, #""0x10""#, nil),
    .init(.number, #""1_000""#, nil),
    .init(.number, #""""#, nil),
    .init(.number, "true", nil),
    .init(.number, "[3]", nil),
    .init(.bool, "false", "false"),
    .init(.bool, #""true""#, "true"),
    .init(.bool, #""false""#, "false"),
    .init(.bool, #""1""#, "true"),
    .init(.bool, #""0""#, "false"),
    .init(.bool, #""True""#, nil),
    .init(.bool, #""yes""#, nil),
    .init(.bool, "1", nil),
    .init(.list(.string), #"["a", 1, true]"#, #"["a","1","true"]"#),
    .init(.list(.string), "[]", "[]"),
    .init(.list(.string), #""a""#, nil),
    .init(.list(.string), "[[1]]", nil),
    .init(.list(.string), #"{ a = "1" }"#, nil),
    .init(.list(.number), #"[1, "2"]"#, "[1,2]"),
    .init(.map(.number), #"{ a = 1, b = "2" }"#, #"{"a":1,"b":2}"#),
    .init(.map(.number), "{}", "{}"),
    .init(.map(.number), #"{ a = "x" }"#, nil),
    .init(.map(.number), "[1]", nil),
    .init(.map(.string), "{ team = 7 }", #"{"team":"7"}"#),
    .init(
      .object([.init("a", .number), .init("b", .bool)]), #"{ a = "7", b = "false" }"#, #"{"a":7,"b":false}"#),
    .init(
      .object([.init("a", .number), .init("b", .bool)]), "{ a = 1, b = true, c = 3 }", #"{"a":1,"b":true}"#),
    .init(.object([.init("a", .number), .init("b", .bool)]), "{ a = 1 }", nil),
    .init(.object([.init("a", .number), .init("b", .bool)]), "[1, true]", nil),
    .init(
      .map(.object([.init("a", .number), .init("b", .bool)])), "{ x = { a = 1, b = true } }",
      #"{"x":{"a":1,"b":true}}"#),
    .init(
      .map(.object([.init("a", .number), .init("b", .bool)])), "{ x = { a = 1, b = true }, y = 3 }", nil),
    .init(.map(.object([.init("a", .number), .init("b", .bool)])), #"{ x = { a = 1, b = "no" } }"#, nil),
    .init(.any, #"[1, "a", { b = true }]"#, #"[1,"a",{"b":true}]"#),
    .init(.any, #""text""#, #""text""#),
  ]
}

/// Converts the value of `a = <value>` to `type`; returns the converted
/// value (or `nil`) and the diagnostics.
func convert(
  _ value: String, to type: TerraformType, nullable: Bool = false
) throws -> (node: HCLNode?, diagnostics: [Diagnostic]) {
  let file = try TFVarsReader.parse("a = \(value)\n", file: "t.tfvars")
  let attribute = try #require(file["a"])
  var diagnostics: [Diagnostic] = []
  let node = type.convert(
    attribute.value, nullable: nullable, at: JSONPath([.key("a")]), file: "t.tfvars",
    diagnostics: &diagnostics)
  return (node, diagnostics)
}

/// Type checking of tfvars values against the seed's variable types.
/// Oracle: Terraform 1.11.4 itself, whose conversions each table row
/// records (and ``TerraformConversionOracleTests`` re-runs where terraform
/// is installed); the messages and locations are mqplan's own contract.
@Suite("Terraform types: Terraform's conversions, and errors with path, line and column")
struct TerraformTypeTests {
  @Test("Each value converts as Terraform converts it, or is rejected", arguments: ConversionCase.all)
  func conversions(_ row: ConversionCase) throws {
    let (node, diagnostics) = try convert(row.value, to: row.type)
    #expect(node?.value.canonicalJSON == row.expected)
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty == (row.expected != nil), "\(diagnostics)")
    for error in errors { #expect(error.file == "t.tfvars" && error.line == 1 && error.column != nil) }
  }

  @Test("Types print as Terraform writes them")
  func descriptions() {
    let queue = TerraformType.map(.object([.init("visibility_timeout", .number), .init("fifo", .bool)]))
    #expect(queue.description == "map(object({ visibility_timeout = number, fifo = bool }))")
    #expect(queue.shortDescription == "map(object({…}))")
    #expect(TerraformType.list(.string).description == "list(string)")
    #expect(TerraformType.any.description == "any")
  }

  @Test("A mismatch says what was found and what is expected, at the value's line and column")
  func mismatchMessage() throws {
    let (_, diagnostics) = try convert(#""two""#, to: .number)
    #expect(
      diagnostics.map(\.description) == [
        #"t.tfvars:1:5: error: a: expected number, found a string ("two") (a string converts to a number only when it is one, such as "30")"#
      ])
    let (_, flags) = try convert(#""True""#, to: .bool)
    #expect(flags.first?.hint == "write true in lowercase")
  }

  @Test("Errors deep in a value name the whole path, and every one is reported")
  func nestedPaths() throws {
    let text = """
      queues = {
        orders = {
          visibility_timeout = true
          retention_seconds  = "four days"
        }
        "orders.v2" = { visibility_timeout = [] }
      }
      subnets = ["a", ["b"]]
      event_rules = { r = { retry_policy = { max_age = 60, max_retries = "x" } } }
      """
    let file = try TFVarsReader.parse(text, file: "p.tfvars")
    let queue = TerraformType.map(
      .object([.init("visibility_timeout", .number), .init("retention_seconds", .number, nullable: true)]))
    let rules = TerraformType.map(
      .object([.init("retry_policy", .object(SeedModule.retryPolicyAttributes), nullable: true)]))
    var diagnostics: [Diagnostic] = []
    for (name, type) in [("queues", queue), ("subnets", TerraformType.list(.string)), ("event_rules", rules)]
    {
      let attribute = try #require(file[name])
      #expect(
        type.convert(
          attribute.value, nullable: false, at: JSONPath([.key(name)]), file: file.file,
          diagnostics: &diagnostics)
          == nil)
    }
    #expect(
      diagnostics.map(\.description) == [
        "p.tfvars:3:26: error: queues.orders.visibility_timeout: expected number, found a boolean (true)",
        #"p.tfvars:4:26: error: queues.orders.retention_seconds: expected number, found a string ("four days") (a string converts to a number only when it is one, such as "30")"#,
        #"p.tfvars:6:40: error: queues["orders.v2"].visibility_timeout: expected number, found a list"#,
        #"p.tfvars:6:17: error: queues["orders.v2"].retention_seconds: missing: the seed's object type has no optional attributes, so Terraform requires every one (add retention_seconds = <number> or null)"#,
        "p.tfvars:8:17: error: subnets[1]: expected string, found a list",
        #"p.tfvars:9:68: error: event_rules.r.retry_policy.max_retries: expected number, found a string ("x") (a string converts to a number only when it is one, such as "30")"#,
      ])
  }

  @Test("Several missing attributes: one error naming them all, at the object's brace")
  func missingAttributes() throws {
    let type = TerraformType.object(SeedModule.queueAttributes)
    let (node, diagnostics) = try convert("{\n  visibility_timeout = 30\n  fifo = false\n}", to: type)
    #expect(node == nil)
    #expect(
      diagnostics.map(\.description) == [
        "t.tfvars:1:5: error: a: missing retention_seconds, max_message_size, delay_seconds, receive_wait_time, use_sqs_managed_sse, enable_dlq, max_receive_count, depth_threshold: the seed's object type has no optional attributes, so Terraform requires every one"
      ])
  }

  @Test("An attribute the type does not declare: a warning, a suggestion, and the value is dropped")
  func undeclaredAttributes() throws {
    let type = TerraformType.object(SeedModule.retryPolicyAttributes)
    let (node, diagnostics) = try convert(
      "{ max_age = 600, max_retries = 3, maximum_retry_attempts = 2, max_retires = 1 }", to: type)
    #expect(node?.value.canonicalJSON == #"{"max_age":600,"max_retries":3}"#)
    #expect(diagnostics.allSatisfy { $0.severity == .warning })
    #expect(diagnostics.map(\.path) == ["a.maximum_retry_attempts", "a.max_retires"])
    #expect(
      diagnostics.map(\.hint) == ["the seed's module calls it max_retries", "did you mean max_retries?"])
    #expect(diagnostics.first?.column == 39)
  }

  @Test("null: accepted where the seed can use it, an error elsewhere, never as a list or map element")
  func nulls() throws {
    #expect(try convert("null", to: .number, nullable: true).node?.value == .null)
    let rejected = try convert("null", to: .number)
    #expect(rejected.node == nil)
    #expect(rejected.diagnostics.first?.message == "must not be null")
    #expect(try convert(#"["a", null]"#, to: .list(.string), nullable: true).node == nil)
    #expect(try convert("{ x = null }", to: .map(.number), nullable: true).node == nil)
    let policy = TerraformType.object([
      .init("retry_policy", .object(SeedModule.retryPolicyAttributes), nullable: true)
    ])
    #expect(
      try convert("{ retry_policy = null }", to: policy).node?.value.canonicalJSON
        == #"{"retry_policy":null}"#)
    #expect(
      try convert("{ retry_policy = { max_age = null, max_retries = 3 } }", to: policy).node?.value
        .canonicalJSON
        == #"{"retry_policy":{"max_age":null,"max_retries":3}}"#)
  }

  @Test("Terraform's `Inf` is not a number mqplan accepts")
  func infinity() throws {
    #expect(try convert(#""Inf""#, to: .number).node == nil)
    #expect(try convert(#""1e999""#, to: .number).node == nil)
  }
}
