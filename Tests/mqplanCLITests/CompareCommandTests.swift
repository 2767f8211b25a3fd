import Foundation
import TestSupport
import Testing

/// `mqplan compare` through the built binary. Oracles: each side's own
/// `simulate` (the same seed gives the same runs, so compare's sides are
/// simulate's reports), the bill's lines (the difference recomputed here
/// from the JSON), the exit-code contract (0 both hold, 3 either fails,
/// 2 invalid input), and a snapshot of the text report for dev-small.
@Suite("compare")
struct CompareCommandTests {
  static let a = ["--tfvars", "\(fixtures)/dev-small.tfvars"]
  static let b = [
    "--against", "\(fixtures)/dev-small.tfvars", "--against", "\(fixtures)/dev-small-b.tfvars.json",
  ]

  private func snapshot(_ text: String, _ name: String) {
    let file = Repository.root.appendingPathComponent("Tests/mqplanCLITests/Snapshots/\(name)")
    if let problem = Snapshot.compare(text, with: file) { Issue.record(Comment(rawValue: problem)) }
  }

  @Test("Both sides hold: exit 0, the text report (snapshot), one note for both sides")
  func bothHold() throws {
    let outcome = try runInRepository(["compare", "Workloads/dev-small.json"] + Self.a + Self.b)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    snapshot(outcome.stdout, "compare-dev-small.txt")
    #expect(outcome.stderr.split(separator: "\n").count == 1)
    #expect(outcome.stderr.hasPrefix("note: type-checked but not simulated"))
    #expect(
      outcome.stdout.contains(
        "Conclusion: B costs $10.30/month more than A and meets every objective A meets."))
  }

  @Test("The JSON: B − A equals the two bills' totals subtracted, recomputed from their lines")
  func billDifference() throws {
    let outcome = try runInRepository(
      ["compare", "Workloads/dev-small.json", "--format", "json"] + Self.a + Self.b)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    #expect(report["kind"] as? String == "comparison" && report["schemaVersion"] as? Int == 1)
    func total(_ side: String) throws -> Double {
      let bill = try #require((report[side] as? [String: Any])?["bill"] as? [String: Any])
      let lines = try #require(bill["lines"] as? [[String: Any]])
      let sum = lines.reduce(0.0) { $0 + (($1["amount"] as? Double) ?? 0) }
      #expect(abs(sum - ((bill["totalUSD"] as? Double) ?? 0)) < 1e-9)
      return sum
    }
    let difference = try #require(report["differenceUSD"] as? Double)
    let expected = try total("b") - total("a")
    #expect(abs(difference - expected) < 1e-9, "\(difference) vs \(expected)")
    let services = try #require(report["services"] as? [[String: Any]])
    let byService = services.reduce(0.0) { $0 + (($1["differenceUSD"] as? Double) ?? 0) }
    #expect(abs(byService - expected) < 1e-9)
    let percent = try #require(report["differencePercent"] as? Double)
    #expect(abs(percent - expected / (try total("a")) * 100) < 1e-9)
    let differences = try #require(report["differences"] as? [[String: String]])
    #expect(
      differences.map { $0["name"] ?? "" } == [
        "broker_volume_size", "queues.jobs.receive_wait_time", "archive_retention_days",
      ])
  }

  @Test("Each side is what simulate reports for it: same seed, same bill")
  func sidesAreSimulate() throws {
    let compare = try runInRepository(
      ["compare", "Workloads/dev-small.json", "--format", "json", "--horizon", "2"] + Self.a + Self.b)
    let simulate = try runInRepository([
      "simulate", "Workloads/dev-small.json", "--format", "json", "--horizon", "2", "--tfvars",
      "\(fixtures)/dev-small.tfvars", "--tfvars", "\(fixtures)/dev-small-b.tfvars.json",
    ])
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any])
    let single = try #require(
      try JSONSerialization.jsonObject(with: Data(simulate.stdout.utf8)) as? [String: Any])
    let sideB = try #require((report["b"] as? [String: Any])?["bill"] as? [String: Any])
    let bill = try #require(single["bill"] as? [String: Any])
    #expect(sideB["totalUSD"] as? Double == bill["totalUSD"] as? Double)
  }

  @Test("B breaks an objective: exit 3, and the report says which side and which objective")
  func bBreaks() throws {
    let outcome = try runInRepository(
      ["compare", "Workloads/dev-small.json"] + Self.a + [
        "--against", "\(fixtures)/dev-small.tfvars", "--against-set", "broker_volume_size=5",
      ])
    #expect(outcome.status == 3)
    #expect(outcome.stdout.contains("Objectives and limits: A all hold; B 4 not met"))
    #expect(outcome.stdout.contains("but fails 4 objectives A meets: disk used (baseline, broker 0)"))
    let swapped = try runInRepository(
      [
        "compare", "Workloads/dev-small.json", "--tfvars", "\(fixtures)/dev-small.tfvars", "--set",
        "broker_volume_size=5",
      ] + Self.b)
    #expect(swapped.status == 3)
    #expect(swapped.stdout.contains("Objectives and limits: A 4 not met; B all hold"))
    #expect(
      swapped.stdout.contains(
        "and meets every objective A meets, and 4 objectives A fails: disk used (baseline, broker 0)"))
  }

  @Test("Invalid input on either side: exit 2, both sides' problems together, nothing on stdout")
  func invalidInput() throws {
    let outcome = try runInRepository(
      [
        "compare", "Workloads/dev-small.json", "--tfvars", "\(fixtures)/type-error.tfvars", "--against",
        "\(fixtures)/nope.tfvars",
      ])
    #expect(outcome.status == 2)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.contains("\(fixtures)/type-error.tfvars:2:18: error: use_serverless"))
    #expect(
      outcome.stderr.contains("\(fixtures)/nope.tfvars: error: cannot read the tfvars file: no such file"))
    #expect(outcome.stderr.hasSuffix("3 errors; nothing was simulated or written.\n"))

    // A side with neither files nor assignments is the defaults: 3 brokers
    // cannot spread over dev-small's 2 zones.
    let defaults = try runInRepository(["compare", "Workloads/dev-small.json"] + Self.a)
    #expect(defaults.status == 2)
    #expect(
      defaults.stderr.contains(
        "configuration B (the defaults) cannot be simulated:\nerror: broker_count: 3 brokers"))
    let bad = try runInRepository(
      ["compare", "Workloads/dev-small.json", "--against-set", "broker_cuont=2"] + Self.a)
    #expect(bad.status == 2)
    #expect(
      bad.stderr.contains("error: --against-set broker_cuont: unknown variable (did you mean broker_count?)"))
  }
}
