import Foundation
import TestSupport
import Testing

/// Reports/ holds what `Scripts/reports.sh` writes: `mqplan plan` of every
/// workload in Workloads/. This test runs the built binary the same way
/// into a temporary folder and fails on any difference, a missing file or
/// a stale one, so the committed examples are always what the tool
/// produces. `MQPLAN_RECORD=1` rewrites them (and fails, as every
/// recording run does).
@Suite("Reports folder")
struct ReportsFolderTests {
  static let workloads = ["dev-small", "prod-mid", "analytics-high"]

  @Test("Reports/<workload>/ is what mqplan plan writes", arguments: workloads)
  func regenerate(_ name: String) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mqplan-golden-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    // From the repository root with a relative path, as Scripts/reports.sh
    // runs it: the workload's path appears in its warnings.
    let outcome = try BuiltBinary.run(
      ["plan", "Workloads/\(name).json", "--out", directory.path, "--quiet"], in: Repository.root)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let golden = Repository.root.appendingPathComponent("Reports/\(name)")
    let written = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(written.contains("report.html") && written.contains("plan.md"))
    for file in written {
      let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
      if let problem = Snapshot.compare(text, with: golden.appendingPathComponent(file)) {
        Issue.record(Comment(rawValue: "Reports/\(name)/\(file): " + problem))
      }
    }
    let committed = (try? FileManager.default.contentsOfDirectory(atPath: golden.path)) ?? []
    for stale in Set(committed).subtracting(written) {
      if Snapshot.isRecording {
        try FileManager.default.removeItem(at: golden.appendingPathComponent(stale))
      } else {
        Issue.record(Comment(rawValue: "Reports/\(name)/\(stale) is not written by mqplan plan any more"))
      }
    }
  }

  @Test("Every workload in Workloads/ has its reports")
  func everyWorkload() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Repository.path("Workloads"))
      .filter { $0.hasSuffix(".json") && $0 != "schema.json" }.map { String($0.dropLast(5)) }.sorted()
    #expect(files == Self.workloads.sorted())
  }
}
