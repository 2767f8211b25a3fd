import Foundation
import TestSupport
import Testing

@testable import MQPlanKit

/// The workload JSON Schema: the file in Workloads/ is the one embedded in
/// the binary, it is a valid draft 2020-12 schema, and it accepts every
/// example (oracle: Python's jsonschema).
@Suite("Workload JSON Schema")
struct SchemaTests {
  @Test("Workloads/schema.json is the embedded schema")
  func fileMatchesEmbedded() {
    let file = Repository.root.appendingPathComponent("Workloads/schema.json")
    if let problem = Snapshot.compare(WorkloadSchema.text, with: file) {
      Issue.record(Comment(rawValue: problem))
    }
  }

  @Test("jsonschema accepts the examples and the starter, and rejects typos")
  func examplesValidate() throws {
    if let missing = PythonOracle.missing("jsonschema", install: "pip install jsonschema==4.26.0") {
      Issue.record(Comment(rawValue: missing))
      return
    }
    let check = try PythonOracle.run(
      """
      import json, sys, jsonschema
      schema = json.loads(sys.stdin.read())
      jsonschema.Draft202012Validator.check_schema(schema)
      for path in sys.argv[1:]:
          jsonschema.validate(json.load(open(path)), schema)
      bad = {"schemaVersion": 1, "name": "x", "kafka": {"topics": [{"name": "t", "partitons": 3}]}}
      try:
          jsonschema.validate(bad, schema)
          print("typo accepted")
      except jsonschema.ValidationError:
          print("ok")
      """,
      arguments: ["dev-small", "prod-mid", "analytics-high"].map { Repository.path("Workloads/\($0).json") },
      stdin: WorkloadSchema.text)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout == "ok\n")
    let starter = try PythonOracle.run(
      "import json, sys, jsonschema\njsonschema.validate(json.loads(sys.argv[1]), json.loads(sys.stdin.read()))",
      arguments: [StarterWorkload.text], stdin: WorkloadSchema.text)
    #expect(starter.status == 0, "\(starter.stderr)")
  }
}
