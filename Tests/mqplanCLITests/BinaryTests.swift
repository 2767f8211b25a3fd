import Foundation
import TestSupport
import Testing

/// The built `mqplan` binary: exit statuses and texts, compared with
/// snapshots under Snapshots/ (MQPLAN_RECORD=1 re-records them and fails).
@Suite("mqplan binary")
struct BinaryTests {
  static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  private func expectSnapshot(_ text: String, _ name: String) {
    if let problem = Snapshot.compare(text, with: Self.snapshots.appendingPathComponent(name)) {
      Issue.record(Comment(rawValue: problem))
    }
  }

  @Test("--help prints the help and exits 0")
  func help() throws {
    let outcome = try BuiltBinary.run(["--help"])
    #expect(outcome.status == 0)
    #expect(outcome.stderr.isEmpty)
    expectSnapshot(outcome.stdout, "help.txt")
  }

  @Test("Every subcommand's --help exits 0")
  func subcommandHelp() throws {
    let root = try BuiltBinary.run(["--help"]).stdout
    let names =
      root.components(separatedBy: "SUBCOMMANDS:").dropFirst().first?
      .split(separator: "\n").compactMap { line -> String? in
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = trimmed.split(separator: " ").first
        else { return nil }
        return String(word)
      } ?? []
    for name in names where name != "See" {
      let outcome = try BuiltBinary.run([name, "--help"])
      #expect(outcome.status == 0, "\(name) --help exited \(outcome.status)")
      #expect(outcome.stdout.hasPrefix("OVERVIEW: "), "\(name) --help")
      expectSnapshot(outcome.stdout, "help-\(name).txt")
    }
  }

  @Test("--version prints the version and exits 0")
  func version() throws {
    let outcome = try BuiltBinary.run(["--version"])
    #expect(outcome.status == 0)
    #expect(outcome.stdout == "0.1.0-dev\n")
  }

  @Test("A usage error prints the message and usage line on stderr and exits 64")
  func usageError() throws {
    let outcome = try BuiltBinary.run(["--frobnicate"])
    #expect(outcome.status == 64)
    #expect(outcome.stdout.isEmpty)
    expectSnapshot(outcome.stderr, "error-unknown-option.txt")
  }
}
