import Testing

@testable import MQPlanKit

@Suite("HCL reader: .tfvars.json files")
struct HCLJSONReaderTests {
  @Test("Values, names and locations, in source order")
  func values() throws {
    let text = """
      {
        "broker_count": 3,
        "kafka_version": "3.5.1",
        "private_subnet_ids": ["subnet-a", "subnet-b"],
        "queues": {"orders": {"fifo": false, "visibility_timeout": 30}},
        "kms_key_arn": null,
        "ratio": 1.50
      }
      """
    let file = try TFVarsReader.parseJSON(text, file: "prod.tfvars.json")
    #expect(
      file.names == ["broker_count", "kafka_version", "private_subnet_ids", "queues", "kms_key_arn", "ratio"])
    #expect(file["kafka_version"]?.nameLocation == HCLPosition(line: 3, column: 3))
    #expect(file["kafka_version"]?.value.location == HCLPosition(line: 3, column: 20))
    #expect(file["kafka_version"]?.value.stringSyntax == .quoted)
    #expect(file["ratio"]?.value.value == .number(HCLNumber(text: "1.50", double: 1.5)))
    #expect(
      file.canonicalJSON
        == #"{"broker_count":3,"kafka_version":"3.5.1","kms_key_arn":null,"private_subnet_ids":["subnet-a","subnet-b"],"queues":{"orders":{"fifo":false,"visibility_timeout":30}},"ratio":1.5}"#
    )
  }

  @Test("The same values in HCL and in JSON have the same canonical form")
  func sameAsHCL() throws {
    let hcl = """
      queues = {
        orders = { fifo = false, visibility_timeout = 30.0 }
      }
      subnets = ["a", "b"]
      """
    let json = #"{"subnets": ["a", "b"], "queues": {"orders": {"visibility_timeout": 30, "fifo": false}}}"#
    #expect(
      try TFVarsReader.parse(hcl, file: "a").canonicalJSON
        == TFVarsReader.parseJSON(json, file: "b").canonicalJSON)
  }

  @Test("Strings are literal, as Terraform reads .tfvars.json: no interpolation, no $${ escape")
  func literalStrings() throws {
    let file = try TFVarsReader.parseJSON(#"{"a": "${var.x} $${y} %{z}"}"#, file: "x")
    #expect(file["a"]?.value.value == .string("${var.x} $${y} %{z}"))
  }

  @Test("A top-level \"//\" key is a comment; a nested one is a key like any other")
  func comments() throws {
    let file = try TFVarsReader.parseJSON(#"{"//": "why", "a": {"//": 1}}"#, file: "x")
    #expect(file.names == ["a"])
    #expect(file.canonicalJSON == #"{"a":{"//":1}}"#)
  }

  @Test("A JSON syntax error keeps JSONParser's message and position")
  func syntaxError() {
    do {
      _ = try TFVarsReader.parseJSON("{\n  \"a\": 1,\n}", file: "bad.tfvars.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostics.count == 1)
      let diagnostic = error.diagnostics[0]
      #expect(diagnostic.file == "bad.tfvars.json")
      #expect(diagnostic.line == 3)
      #expect(diagnostic.column == 1)
      #expect(diagnostic.message == "Trailing comma before '}' is not allowed in JSON")
      #expect(diagnostic.hint?.contains("strict JSON") == true)
    }
  }

  @Test("Numbers too large for a double and duplicate keys are rejected by the JSON parser")
  func strictJSON() {
    for text in [#"{"a": 1e400}"#, #"{"a": 1, "a": 2}"#, #"{"a": 1} // c"#] {
      #expect(throws: InputError.self, "\(text)") { try TFVarsReader.parseJSON(text, file: "x") }
    }
  }

  @Test("The root must be an object")
  func rootMustBeObject() {
    do {
      _ = try TFVarsReader.parseJSON("\n  [1, 2]", file: "x.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostics.count == 1)
      let diagnostic = error.diagnostics[0]
      #expect(diagnostic.line == 2)
      #expect(diagnostic.column == 3)
      #expect(
        diagnostic.message
          == "a .tfvars.json file holds one JSON object whose keys are variable names, found an array")
      #expect(diagnostic.hint == #"write, for example, {"broker_count": 3}"#)
    }
  }

  @Test("Every key that is not a variable name is reported")
  func variableNames() {
    do {
      _ = try TFVarsReader.parseJSON(
        #"{"broker count": 1, "ok_name": 2, "9lives": 3, "é-ok": 4}"#, file: "x.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostics.map(\.column) == [2, 35])
      #expect(error.diagnostics.map(\.path) == [#"["broker count"]"#, "9lives"])
      #expect(
        error.diagnostics.map(\.message) == [
          #""broker count" is not a variable name"#, #""9lives" is not a variable name"#,
        ])
      #expect(error.diagnostics.allSatisfy { $0.hint != nil })
    }
  }

  @Test("An empty object sets nothing")
  func emptyObject() throws {
    #expect(try TFVarsReader.parseJSON(" {} ", file: "x").attributes.isEmpty)
  }
}
