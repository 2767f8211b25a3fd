import Foundation
import TestSupport
import Testing

/// `mqplan simulate`, `validate`, `catalog` and `init` through the built
/// binary: exit codes, outputs, determinism, and the JSON against its schema
/// (oracle: Python's jsonschema, an independent validator).
@Suite("simulate and friends")
struct SimulateCommandTests {
  static let devConfiguration = [
    "--set", "broker_count=2", "--set", "broker_instance_type=kafka.t3.small", "--set",
    "broker_volume_size=50",
  ]

  private func snapshot(_ text: String, _ name: String) {
    let file = Repository.root.appendingPathComponent("Tests/mqplanCLITests/Snapshots/\(name)")
    if let problem = Snapshot.compare(text, with: file) { Issue.record(Comment(rawValue: problem)) }
  }

  @Test("A configuration that holds: exit 0, the text report")
  func holds() throws {
    let outcome = try BuiltBinary.run(
      ["simulate", Repository.path("Workloads/dev-small.json")] + Self.devConfiguration)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stderr.isEmpty)
    snapshot(outcome.stdout, "simulate-dev-small.txt")
  }

  @Test("No workload: the embedded example (the one init writes) runs and holds on the seed's defaults")
  func embeddedExample() throws {
    let outcome = try BuiltBinary.run(["simulate"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.hasPrefix("mqplan simulate: my-stack (seed 1, horizon 30 d, us-east-1)"))
    #expect(outcome.stdout.contains("Objectives and limits: all hold"))
  }

  @Test("A configuration that breaks an objective: exit 3 and the failing check named")
  func breaks() throws {
    let outcome = try BuiltBinary.run([
      "simulate", Repository.path("Workloads/prod-mid.json"), "--horizon", "2",
    ])
    #expect(outcome.status == 3)
    #expect(outcome.stdout.contains("FAIL  disk used"))
    #expect(outcome.stdout.contains("the volume filled at"))
  }

  @Test("JSON output validates against Reports/simulation-report.schema.json")
  func jsonMatchesSchema() throws {
    if let missing = PythonOracle.missing("jsonschema", install: "pip install jsonschema==4.26.0") {
      Issue.record(Comment(rawValue: missing))
      return
    }
    let outcome = try BuiltBinary.run(
      ["simulate", Repository.path("Workloads/dev-small.json"), "--format", "json"] + Self.devConfiguration)
    #expect(outcome.status == 0)
    let check = try PythonOracle.run(
      """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      jsonschema.Draft202012Validator.check_schema(schema)
      report = json.load(sys.stdin)
      jsonschema.validate(report, schema)
      total = sum(line["amount"] for line in report["bill"]["lines"])
      assert abs(total - report["bill"]["totalUSD"]) < 1e-6, (total, report["bill"]["totalUSD"])
      print(report["schemaVersion"], report["kind"], report["passed"], len(report["runs"]))
      """, arguments: [Repository.path("Reports/simulation-report.schema.json")], stdin: outcome.stdout)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout == "1 simulation True 2\n")
  }

  @Test("The same seed gives byte-identical output; another seed a different one")
  func determinism() throws {
    let arguments = [
      "simulate", Repository.path("Workloads/prod-mid.json"), "--horizon", "3", "--format", "json",
      "--set", "broker_count=6", "--set", "broker_volume_size=2500",
    ]
    let first = try BuiltBinary.run(arguments)
    let second = try BuiltBinary.run(arguments)
    let other = try BuiltBinary.run(arguments + ["--seed", "43"])
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    #expect(first.stdout != other.stdout)
  }

  @Test("Invalid input: exit 2, every diagnostic on stderr, nothing on stdout")
  func invalidInput() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mqplan-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let bad = directory.appendingPathComponent("bad.json")
    try
      #"{"schemaVersion": 1, "name": "b", "kafka": {"topics": [{"name": "t", "partitons": 3}]}, "horizn": "1d"}"#
      .write(to: bad, atomically: true, encoding: .utf8)
    let outcome = try BuiltBinary.run(["simulate", bad.path])
    #expect(outcome.status == 2)
    #expect(outcome.stdout.isEmpty)
    let lines = outcome.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    // In source order: the nested key (column 70) before the top-level one (89).
    #expect(
      lines.first?.hasSuffix(
        "bad.json:1:70: error: kafka.topics[0].partitons: unknown key \"partitons\" (did you mean \"partitions\"?)"
      ) == true)
    #expect(
      lines.dropFirst().first?.hasSuffix(
        "bad.json:1:89: error: horizn: unknown key \"horizn\" (did you mean \"horizon\"?)") == true)
    #expect(outcome.stderr.contains("2 errors; nothing was simulated or written."))
    let validate = try BuiltBinary.run(["validate", bad.path])
    #expect(validate.status == 2)

    let unknown = try BuiltBinary.run([
      "simulate", Repository.path("Workloads/dev-small.json"), "--set", "broker_cuont=2",
    ])
    #expect(unknown.status == 2)
    #expect(
      unknown.stderr.contains("error: --set broker_cuont: unknown variable (did you mean broker_count?)"))
    let uneven = try BuiltBinary.run(["simulate", Repository.path("Workloads/dev-small.json")])
    #expect(uneven.status == 2)
    #expect(uneven.stderr.contains("3 brokers cannot spread evenly over 2 availability zones"))
    let format = try BuiltBinary.run([
      "simulate", Repository.path("Workloads/dev-small.json"), "--format", "yaml",
    ])
    #expect(format.status == 64)
    let missing = try BuiltBinary.run(["simulate", directory.appendingPathComponent("nope.json").path])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("cannot read the workload file: no such file"))
  }

  @Test("validate accepts the three examples", arguments: ["dev-small", "prod-mid", "analytics-high"])
  func validateExamples(name: String) throws {
    let outcome = try BuiltBinary.run(["validate", Repository.path("Workloads/\(name).json")])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.contains(": valid: \(name),"))
  }

  @Test("catalog: the table, JSON, and price overrides with errors that point at the key")
  func catalog() throws {
    let text = try BuiltBinary.run(["catalog"])
    #expect(text.status == 0)
    snapshot(text.stdout, "catalog.txt")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mqplan-prices-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let prices = directory.appendingPathComponent("eu.json")
    try #"{"region": "eu-west-1", "msk": {"brokerHour": {"kafka.m5.large": 0.228}, "storageGBMonth": 0.11}}"#
      .write(to: prices, atomically: true, encoding: .utf8)
    let json = try BuiltBinary.run(["catalog", "--format", "json", "--prices", prices.path])
    #expect(json.status == 0)
    let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(decoded?["region"] as? String == "eu-west-1")
    let brokers = decoded?["brokers"] as? [[String: Any]] ?? []
    #expect(brokers.count == 16)
    #expect(
      brokers.first { $0["name"] as? String == "kafka.m5.large" }?["pricePerHourUSD"] as? Double == 0.228)
    let bad = directory.appendingPathComponent("bad.json")
    try #"{"msk": {"storageGBMnth": 0.11, "brokerHour": {"kafka.m5.larg": 1}}}"#.write(
      to: bad, atomically: true, encoding: .utf8)
    let refused = try BuiltBinary.run(["catalog", "--prices", bad.path])
    #expect(refused.status == 2)
    #expect(
      refused.stderr.contains(
        "msk.storageGBMnth: unknown key \"storageGBMnth\" (did you mean \"storageGBMonth\"?)"))
    #expect(refused.stderr.contains("did you mean \"kafka.m5.large\"?"))
  }

  @Test("init writes a valid starter and its schema, and never overwrites without --force")
  func initCommand() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mqplan-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let first = try BuiltBinary.run(["init"], in: directory)
    #expect(first.status == 0)
    let workload = directory.appendingPathComponent("workload.json")
    let schema = try String(
      contentsOf: directory.appendingPathComponent("mqplan-workload.schema.json"), encoding: .utf8)
    #expect(schema == (try String(contentsOfFile: Repository.path("Workloads/schema.json"), encoding: .utf8)))
    #expect(try BuiltBinary.run(["validate", workload.path]).status == 0)
    let before = try String(contentsOf: workload, encoding: .utf8)
    let again = try BuiltBinary.run(["init"], in: directory)
    #expect(again.status == 1)
    #expect(again.stderr.contains("exists; pass --force"))
    #expect(try String(contentsOf: workload, encoding: .utf8) == before)
    #expect(try BuiltBinary.run(["init", "--force"], in: directory).status == 0)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
      $0.hasSuffix(".tmp")
    }
    #expect(leftovers.isEmpty, "atomic writes leave no temporary files")
  }
}
