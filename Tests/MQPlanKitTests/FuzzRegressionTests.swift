import Foundation
import TestSupport
import Testing

@testable import MQPlanKit

/// Every input in the fuzzers' seed corpus (Fuzz/Corpus) and every crash
/// they found (Fuzz/Regressions), replayed through the same entry points
/// (`FuzzEntries`): each must end in a result or an error, never a crash.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static func inputs(_ target: String) -> [URL] {
    ["Corpus", "Regressions"].flatMap { folder -> [URL] in
      let directory = Repository.root.appendingPathComponent("Fuzz/\(folder)/\(target)")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      return names.sorted().map { directory.appendingPathComponent($0) }
    }
  }

  static func replay(_ target: String, _ entry: (UnsafeBufferPointer<UInt8>) -> Void) throws -> Int {
    let files = inputs(target)
    for file in files {
      let data = try Data(contentsOf: file)
      data.withUnsafeBytes { raw in entry(raw.bindMemory(to: UInt8.self)) }
    }
    return files.count
  }

  @Test("Workload decoder and validator")
  func workload() throws { #expect(try Self.replay("FuzzWorkload", FuzzEntries.workload) >= 2) }

  @Test("tfvars reader and the seed modules' types")
  func tfvars() throws { #expect(try Self.replay("FuzzTFVars", FuzzEntries.tfvars) >= 4) }

  @Test("Event-pattern parser and matcher")
  func pattern() throws { #expect(try Self.replay("FuzzPattern", FuzzEntries.pattern) >= 4) }
}
