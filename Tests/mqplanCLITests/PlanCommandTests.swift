import Foundation
import TestSupport
import Testing

/// `mqplan plan` through the built binary: the files it writes, the
/// write contract (nothing replaced without --force, nothing half-written,
/// the same plan twice is a no-op), the exit codes (0 feasible, 4 none
/// meets the objectives, 2 invalid input), and a snapshot of the summary
/// for the embedded example (the README's first command).
@Suite("plan")
struct PlanCommandTests {
  private func snapshot(_ text: String, _ name: String) {
    let file = Repository.root.appendingPathComponent("Tests/mqplanCLITests/Snapshots/\(name)")
    if let problem = Snapshot.compare(text, with: file) { Issue.record(Comment(rawValue: problem)) }
  }

  private func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mqplan-plan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  private func read(_ directory: URL, _ name: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }

  @Test(
    "No workload: the embedded example plans, writes its tfvars and report; the same run twice is a no-op")
  func embedded() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("out").path
    let first = try BuiltBinary.run(["plan", "--out", out])
    #expect(first.status == 0, "\(first.stderr)")
    let summary = first.stdout.split(separator: "\n", omittingEmptySubsequences: false).filter {
      !$0.hasPrefix("Wrote ")
    }.joined(separator: "\n")
    snapshot(summary, "plan-embedded.txt")
    let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(
      names == [
        "bill.csv", "monitoring.auto.tfvars", "msk.auto.tfvars", "plan.json", "plan.md", "plan.txt",
        "report.html",
        "series.csv",
      ])
    let msk = try read(URL(fileURLWithPath: out), "msk.auto.tfvars")
    #expect(msk.contains("broker_count = "))
    #expect(first.stdout.contains(out + "/msk.auto.tfvars"))

    let second = try BuiltBinary.run(["plan", "--out", out])
    #expect(second.status == 0, "the same plan again changes nothing: \(second.stderr)")
    #expect(try read(URL(fileURLWithPath: out), "msk.auto.tfvars") == msk)
  }

  @Test("A file that differs is never replaced without --force, and nothing else is written then")
  func neverOverwrites() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let edited = "broker_count = 99\n"
    try edited.write(
      to: directory.appendingPathComponent("msk.auto.tfvars"), atomically: true, encoding: .utf8)
    let refused = try BuiltBinary.run(["plan", "--out", directory.path])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("msk.auto.tfvars exists and differs; pass --force"))
    #expect(try read(directory, "msk.auto.tfvars") == edited)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["msk.auto.tfvars"])
    let forced = try BuiltBinary.run(["plan", "--out", directory.path, "--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try read(directory, "msk.auto.tfvars") != edited)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
      $0.hasSuffix(".tmp")
    }
    #expect(leftovers.isEmpty)
  }

  @Test("--tfvars-format json writes .auto.tfvars.json that are JSON objects")
  func jsonTFVars() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let outcome = try BuiltBinary.run(["plan", "--out", directory.path, "--tfvars-format", "json"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let text = try read(directory, "msk.auto.tfvars.json")
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    #expect(object?["broker_count"] != nil)
  }

  @Test("No configuration meets a $10 budget: exit 4, the objective named")
  func infeasible() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let workload = directory.appendingPathComponent("tight.json")
    let starter = try BuiltBinary.run(["init", workload.path])
    #expect(starter.status == 0, "\(starter.stderr)")
    var json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: workload)) as? [String: Any])
    var objectives = json["objectives"] as? [String: Any] ?? [:]
    objectives["monthlyBudgetUSD"] = 10
    json["objectives"] = objectives
    try JSONSerialization.data(withJSONObject: json).write(to: workload)
    let outcome = try BuiltBinary.run([
      "plan", workload.path, "--out", directory.appendingPathComponent("out").path,
    ])
    #expect(outcome.status == 4, "\(outcome.stderr)")
    #expect(outcome.stdout.contains("NO CONFIGURATION MEETS THE OBJECTIVES: monthly budget"))
  }

  @Test("Usage and input errors: a bad --runs is a usage error; a missing workload exits 2")
  func errors() throws {
    let usage = try BuiltBinary.run(["plan", "--runs", "0"])
    #expect(usage.status == 64)
    let missing = try BuiltBinary.run(["plan", "/nonexistent/workload.json", "--out", "/tmp/never"])
    #expect(missing.status == 2)
    #expect(!FileManager.default.fileExists(atPath: "/tmp/never"))
  }
}
