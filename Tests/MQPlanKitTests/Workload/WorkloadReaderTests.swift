import Foundation
import SimKit
import Testing

@testable import MQPlanKit

/// The workload reader: every problem at once, each with line:column, JSON
/// path, what would be valid and "did you mean".
@Suite("Workload reader")
struct WorkloadReaderTests {
  static let workloads = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Workloads")

  private func errors(_ text: String) -> [Diagnostic] {
    do {
      _ = try WorkloadReader.read(text: text, file: "w.json")
      return []
    } catch {
      return error.diagnostics.filter { $0.severity == .error }
    }
  }

  @Test("The three example workloads are valid", arguments: ["dev-small", "prod-mid", "analytics-high"])
  func examplesAreValid(name: String) throws {
    let workload = try WorkloadReader.read(
      contentsOf: Self.workloads.appendingPathComponent("\(name).json").path)
    #expect(workload.name == name)
    #expect(workload.kafka != nil)
    #expect(!workload.scenarios.isEmpty)
  }

  @Test("Every error is reported at once, with line, column, path and a hint")
  func allErrorsAtOnce() {
    let text = """
      {
        "schemaVersion": 1,
        "name": "bad",
        "horizon": "3 parsecs",
        "objectives": { "maxCpuPercent": 150 },
        "kafka": {
          "availabilityZones": 4,
          "topics": [
            { "name": "orders", "partitions": 0,
              "producers": [ { "name": "p", "mesagesPerSecond": 10, "messageSize": { "lognormal": { "mean": 100, "p99": 50 } } } ] }
          ],
          "consumerGroups": [ { "name": "g", "topics": ["oders"], "consumers": 1, "capacityPerConsumer": { "messagesPerSecond": 5 } } ]
        }
      }
      """
    let found = errors(text)
    func find(_ path: String) -> Diagnostic? { found.first { $0.path == path } }
    #expect(found.count >= 7, "\(found.map(\.description).joined(separator: "\n"))")
    let horizon = find("horizon")
    #expect(horizon?.line == 4 && horizon?.column == 14)
    #expect(horizon?.hint?.contains("\"2h\"") == true)
    #expect(find("objectives.maxCpuPercent")?.message == "must be between 1 and 100 %, got 150")
    #expect(find("kafka.availabilityZones")?.message == "must be 2 or 3, got 4")
    #expect(find("kafka.topics[0].partitions")?.line == 9)
    let typo = find("kafka.topics[0].producers[0].mesagesPerSecond")
    #expect(typo?.message == "unknown key \"mesagesPerSecond\"")
    #expect(typo?.hint == "did you mean \"messagesPerSecond\"?")
    // The column of the key's opening quote, counted in the text itself.
    let line10 = text.split(separator: "\n", omittingEmptySubsequences: false)[9]
    let column = line10.distance(from: line10.startIndex, to: line10.range(of: "\"mesages")!.lowerBound) + 1
    #expect(typo?.line == 10 && typo?.column == column)
    #expect(
      find("kafka.topics[0].producers[0].messageSize.lognormal")?.message.contains("no lognormal") == true)
    #expect(find("kafka.consumerGroups[0].topics[0]")?.hint == "did you mean \"orders\"?")
    let rendered = found.map(\.description).joined(separator: "\n")
    #expect(rendered.contains("w.json:4:14: error: horizon: \"3 parsecs\" is not a duration"))
  }

  @Test(
    "JSON syntax errors point at the character",
    arguments: [
      ("{\"a\": 1,}", "Trailing comma", 1, 9),
      ("{\n  \"a\": NaN\n}", "NaN and Infinity", 2, 8),
      ("{\"a\": 1e400}", "too large", 1, 7),
      ("{\"a\": 1, \"a\": 2}", "Duplicate key", 1, 10),
      ("{'a': 1}", "Unexpected", 1, 2),
      ("{\"a\": [1, 2}", "expected ',' or ']'", 1, 12),
      ("", "empty", 1, 1),
    ])
  func syntaxErrors(text: String, fragment: String, line: Int, column: Int) {
    let found = errors(text)
    #expect(found.count == 1)
    #expect(found.first?.message.contains(fragment) == true, "\(found.first?.message ?? "")")
    #expect(found.first?.line == line && found.first?.column == column, "\(found.first?.description ?? "")")
  }

  @Test("Cross-references: scenarios name real groups, brokers within quota, zones within the cluster")
  func scenarioReferences() {
    let text = """
      {"schemaVersion": 1, "name": "x", "horizon": "1d",
       "scenarios": [
         {"name": "a", "incidents": [{"kind": "consumerStopped", "group": "billin", "start": "1h", "duration": "1h"}]},
         {"name": "b", "incidents": [{"kind": "azDown", "zone": 2, "start": "2d", "duration": "1h"}]},
         {"name": "c", "incidents": [{"kind": "trafficBurst", "broker": 1, "multiplier": 2, "start": "1h", "duration": "1h"}]}
       ],
       "kafka": {"availabilityZones": 2,
         "topics": [{"name": "t", "producers": [{"name": "p", "messagesPerSecond": 1, "messageSize": 10}]}],
         "consumerGroups": [{"name": "billing", "topics": ["t"], "consumers": 1, "capacityPerConsumer": {"messagesPerSecond": 5}}]}}
      """
    let found = errors(text)
    #expect(found.contains { $0.hint == "did you mean \"billing\"?" })
    #expect(
      found.contains {
        $0.path == "scenarios[1].incidents[0].zone" && $0.message == "must be between 0 and 1, got 2"
      })
    #expect(
      found.contains {
        $0.path == "scenarios[1].incidents[0].start" && $0.message.contains("after the horizon")
      })
    #expect(
      found.contains {
        $0.path == "scenarios[2].incidents[0].broker" && $0.message.contains("does not apply")
      })
  }

  @Test("Defaults come from the seed's MSK configuration")
  func defaults() throws {
    let workload = try WorkloadReader.read(
      text: #"{"schemaVersion": 1, "name": "d", "kafka": {"topics": [{"name": "t"}]}}"#, file: "d.json")
    let kafka = try #require(workload.kafka)
    #expect(workload.horizon == 30 * 86_400)
    #expect(workload.region == "us-east-1")
    #expect(kafka.availabilityZones == 3)
    #expect(kafka.properties.defaultReplicationFactor == 3)
    #expect(kafka.properties.minInsyncReplicas == 2)
    #expect(kafka.properties.numPartitions == 6)
    #expect(kafka.properties.retentionHours == 168)
    #expect(kafka.properties.segmentBytes == 1_073_741_824)
    #expect(kafka.properties.retentionCheckIntervalMs == 300_000)
    #expect(workload.objectives.maxDiskUsedFraction == 0.85)
    #expect(workload.objectives.maxCpuFraction == 0.60)
  }

  @Test(
    "Durations and byte sizes with units",
    arguments: [
      ("90s", 90.0), ("15m", 900), ("2h", 7_200), ("1d12h", 129_600), ("1w", 604_800), ("250ms", 0.25),
    ])
  func durations(text: String, seconds: Double) {
    #expect(Quantities.duration(text) == seconds)
  }

  @Test(
    "Byte sizes", arguments: [("512B", 512.0), ("64KiB", 65_536), ("500MB", 500e6), ("1GiB", 1_073_741_824)])
  func byteSizes(text: String, bytes: Double) {
    #expect(Quantities.bytes(text) == bytes)
    #expect(Quantities.bytes("1GiB2MB") == nil, "no compound sizes")
  }

  @Test("A trace file: piecewise constant, repeated, mean over a cycle")
  func traceFiles() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mqplan-trace-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try "seconds,messagesPerSecond\n0,100\n3600,300\n".write(
      to: directory.appendingPathComponent("rates.csv"), atomically: true, encoding: .utf8)
    let text =
      #"{"schemaVersion": 1, "name": "t", "kafka": {"topics": [{"name": "t", "producers": [{"name": "p", "messageSize": 10, "profile": {"trace": {"file": "rates.csv"}}}]}]}}"#
    let workload = try WorkloadReader.read(text: text, file: "t.json", baseDirectory: directory.path)
    let profile = try #require(workload.kafka?.topics[0].producers[0].profile)
    #expect(profile.rate(base: 0, at: 10) == 100)
    #expect(profile.rate(base: 0, at: 3_700) == 300)
    #expect(profile.rate(base: 0, at: 7_300) == 100, "the trace repeats every 2 h")
    #expect(profile.trace?.meanRate == 200)
  }

  @Test("The diurnal profile has mean 1 over a day and peaks at the peak hour")
  func diurnal() {
    let profile = TimeProfile(diurnal: .init(peakToMean: 1.8, peakHour: 14))
    var sum = 0.0
    for minute in 0..<1_440 { sum += profile.rate(base: 1, at: Double(minute) * 60) }
    #expect(abs(sum / 1_440 - 1) < 1e-12)
    #expect(abs(profile.rate(base: 1, at: 14 * 3_600) - 1.8) < 1e-12)
    #expect(abs(profile.rate(base: 1, at: 2 * 3_600) - 0.2) < 1e-12)
    let grown = TimeProfile(growthPercentPerMonth: 10)
    #expect(abs(grown.rate(base: 1, at: TimeProfile.month) - 1.1) < 1e-12)
  }
}
