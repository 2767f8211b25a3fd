import Foundation
import TestSupport
import Testing

/// Runs the built binary from the repository root, so that files are
/// named as a user in a checkout would name them (and messages quote them
/// the same on every machine).
func runInRepository(_ arguments: [String]) throws -> BuiltBinary.Outcome {
  try BuiltBinary.run(arguments, in: Repository.root)
}

/// The fixtures' directory, relative to the repository root.
let fixtures = "Tests/mqplanCLITests/Fixtures"

/// The configuration entries of a JSON report, by variable path.
func reportedVariables(_ json: String) throws -> [String: (value: String, origin: String)] {
  let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
  let entries = try #require(object?["configuration"] as? [[String: String]])
  var variables: [String: (value: String, origin: String)] = [:]
  for entry in entries {
    variables[entry["name"] ?? ""] = (entry["value"] ?? "", entry["origin"] ?? "")
  }
  return variables
}

/// `mqplan simulate --tfvars` through the built binary. Oracles: the same
/// values given with `--set` (whose report is the simulate-dev-small
/// snapshot), Terraform's layering (later files win, `-var` last, a map
/// set again replaced whole), and the fixtures' own lines and columns.
@Suite("simulate --tfvars")
struct SimulateTFVarsTests {
  @Test("A good file: exit 0, the report of the same values given by --set, one note on stderr")
  func goodFile() throws {
    let outcome = try runInRepository([
      "simulate", "Workloads/dev-small.json", "--tfvars", "\(fixtures)/dev-small.tfvars",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let bySet = try String(
      contentsOf: Repository.root.appendingPathComponent(
        "Tests/mqplanCLITests/Snapshots/simulate-dev-small.txt"),
      encoding: .utf8)
    #expect(outcome.stdout == bySet)
    #expect(
      outcome.stderr
        == "note: type-checked but not simulated (identity, network and naming inputs, and what the workload's rules decide): project, environment, private_subnet_ids, kms_key_arn, tags, event_rules' description, pattern, enabled, target_arn, target_type, message_group_id and dlq_arn\n"
    )
  }

  @Test("Files in order, then --set; the JSON report names each value's origin")
  func precedence() throws {
    let first = "\(fixtures)/dev-small.tfvars"
    let second = "\(fixtures)/dev-small-b.tfvars.json"
    let outcome = try runInRepository([
      "simulate", "Workloads/dev-small.json", "--tfvars", first, "--tfvars", second, "--set",
      "broker_volume_size=60", "--format", "json",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let variables = try reportedVariables(outcome.stdout)
    #expect(variables["broker_count"]?.value == "2" && variables["broker_count"]?.origin == first)
    #expect(
      variables["broker_volume_size"]?.value == "60" && variables["broker_volume_size"]?.origin == "--set")
    #expect(variables["kafka_version"]?.origin == "default")
    #expect(variables["queues.jobs.receive_wait_time"]?.value == "20")
    #expect(variables["queues.jobs.receive_wait_time"]?.origin == second)
    #expect(
      variables["archive_retention_days"]?.value == "1"
        && variables["archive_retention_days"]?.origin == second)
    #expect(variables["event_rules.job-failures.retry_policy.max_retries"]?.value == "10")
    #expect(variables["event_rules.job-failures.retry_policy.max_retries"]?.origin == first)
  }

  @Test("Type errors: exit 2, each at file:line:column with its path, nothing on stdout")
  func typeError() throws {
    let outcome = try runInRepository([
      "simulate", "Workloads/dev-small.json", "--tfvars", "\(fixtures)/type-error.tfvars",
    ])
    #expect(outcome.status == 2)
    #expect(outcome.stdout.isEmpty)
    #expect(
      outcome.stderr == """
        \(fixtures)/type-error.tfvars:2:18: error: use_serverless: expected bool, found a string ("no") (write true or false)
        \(fixtures)/type-error.tfvars:5:27: error: queues.jobs.visibility_timeout: expected number, found a string ("thirty") (a string converts to a number only when it is one, such as "30")
        2 errors; nothing was simulated or written.

        """)
  }

  @Test("A missing file: exit 2, and the other files' problems reported with it")
  func missingFile() throws {
    let outcome = try runInRepository([
      "simulate", "Workloads/dev-small.json", "--tfvars", "\(fixtures)/nope.tfvars", "--tfvars",
      "\(fixtures)/type-error.tfvars",
    ])
    #expect(outcome.status == 2)
    #expect(outcome.stdout.isEmpty)
    let lines = outcome.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "\(fixtures)/nope.tfvars: error: cannot read the tfvars file: no such file (check the path and that the file is readable)"
    )
    #expect(lines.last == "3 errors; nothing was simulated or written.")
  }

  @Test("A value MSK refuses, from a file: exit 2 at the value's line and column")
  func refusedValue() throws {
    let outcome = try runInRepository([
      "simulate", "Workloads/dev-small.json", "--tfvars", "\(fixtures)/uneven.tfvars",
    ])
    #expect(outcome.status == 2)
    #expect(
      outcome.stderr.hasPrefix(
        "\(fixtures)/uneven.tfvars:2:16: error: broker_count: 3 brokers cannot spread evenly over 2 availability zones"
      ))
  }
}
