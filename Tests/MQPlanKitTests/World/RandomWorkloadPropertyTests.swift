import Foundation
import SimKit
import TestSupport
import Testing

@testable import MQPlanKit

/// Invariants on random valid workloads: each workload comes from a seed
/// (printed on failure, so that `RandomWorkloadPropertyTests.workload(seed:)`
/// reproduces it), is written as JSON and read back through the validator,
/// and is simulated. Every run must hold: messages conserved on each queue
/// (sent = deleted + moved to the DLQ + expired + still in the queue),
/// storage and lag never negative, storage within the volume unless the
/// volume filled, the bill's lines summing to its total, and the same seed
/// giving byte-identical JSON.
@Suite("Random workloads: invariants")
struct RandomWorkloadPropertyTests {
  /// A small random workload (a day, so that hundreds run in seconds).
  static func workload(seed: UInt64) throws -> String {
    var random = RandomSource(seed: seed).replication(0).stream("workload")
    func pick(_ range: ClosedRange<Int>) -> Int {
      range.lowerBound + Int(random.next() % UInt64(range.count))
    }
    func unit() -> Double { Double(random.next() >> 11) / Double(1 << 53) }
    let zones = pick(2...3)
    var topics: [[String: Any]] = []
    for index in 0..<pick(1...3) {
      topics.append([
        "name": "t\(index)", "partitions": pick(1...24),
        "producers": [
          [
            "name": "p\(index)", "messagesPerSecond": (unit() * 200 * 100).rounded() / 100,
            "messageSize": pick(100...20_000),
          ]
        ],
      ])
    }
    var groups: [[String: Any]] = []
    for index in 0..<pick(1...2) {
      groups.append([
        "name": "g\(index)", "topics": ["t\(pick(0...(topics.count - 1)))"], "consumers": pick(1...4),
        "capacityPerConsumer": ["messagesPerSecond": pick(20...500)],
      ])
    }
    var queues: [[String: Any]] = []
    for index in 0..<pick(0...2) {
      queues.append([
        "name": "q\(index)",
        "producers": [
          [
            "name": "w\(index)", "messagesPerSecond": (unit() * 30 * 100).rounded() / 100,
            "messageSize": pick(100...60_000),
          ]
        ],
        "consumers": [
          "count": pick(1...4), "receiveBatchSize": pick(1...10),
          "processingTime": ["exponential": ["mean": (0.01 + unit() * 0.5)]],
          "failureProbability": (unit() * 0.05 * 1000).rounded() / 1000,
        ],
      ])
    }
    var scenarios: [[String: Any]] = []
    if pick(0...1) == 1 {
      scenarios.append([
        "name": "stop",
        "incidents": [
          ["kind": "consumerStopped", "group": "g0", "start": "6h", "duration": "\(pick(10...120))m"]
        ],
      ])
    }
    if !queues.isEmpty && pick(0...1) == 1 {
      scenarios.append([
        "name": "queue-stop",
        "incidents": [
          ["kind": "consumerStopped", "queue": "q0", "start": "3h", "duration": "\(pick(10...90))m"]
        ],
      ])
    }
    var object: [String: Any] = [
      "schemaVersion": 1, "name": "random-\(seed)", "horizon": "1d", "seed": Int(seed % 1_000_000),
      "scenarios": scenarios,
      "kafka": [
        "availabilityZones": zones,
        "properties": ["default.replication.factor": zones, "log.retention.hours": pick(1...48)],
        "topics": topics, "consumerGroups": groups,
      ],
    ]
    if !queues.isEmpty { object["sqs"] = ["queues": queues] }
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  static func check(seed: UInt64) throws -> [String] {
    let text = try workload(seed: seed)
    let workload = try WorkloadReader.read(text: text, file: "random-\(seed).json")
    var configuration = Configuration()
    configuration.msk.brokerCount = workload.kafka!.availabilityZones * 2
    configuration.msk.brokerVolumeSize = 50
    let result = try World.simulate(workload, configuration: configuration)
    var problems: [String] = []
    let volume = Double(configuration.msk.brokerVolumeSize) * 1_073_741_824
    for run in result.runs {
      for broker in run.brokers {
        if broker.peakStorageBytes < 0 { problems.append("\(run.scenario): broker \(broker.id) storage < 0") }
        if broker.peakStorageBytes > volume * (1 + 1e-9) && broker.filledAt == nil {
          problems.append("\(run.scenario): broker \(broker.id) stores more than its volume without filling")
        }
      }
      for (name, series) in run.series where name.hasPrefix("storage") || name.hasPrefix("lag.") {
        if series.datapoints.contains(where: { ($0?.minimum ?? 0) < 0 }) {
          problems.append("\(run.scenario): \(name) negative")
        }
      }
      if run.groups.contains(where: { $0.maxLagMessages < 0 || $0.maxLagSeconds < 0 }) {
        problems.append("\(run.scenario): negative lag")
      }
    }
    for run in result.scenarios {
      for queue in run.queues {
        func last(_ key: String) -> Double {
          guard let series = queue.series[key], series.intervalCount > 0,
            let point = series.datapoint(at: series.intervalCount - 1)
          else { return 0 }
          return point.maximum
        }
        let inQueue = last("visible") + last("inFlight") + last("delayed")
        // `sent` counts accepted messages: one refused as too large is not sent.
        let accounted =
          queue.deleted + queue.movedToDLQPoison + queue.movedToDLQOther + queue.expired + inQueue
        // Message by message the count is exact. The cohort model reports
        // the queue's length in light load as a draw from Erlang C's
        // distribution (SQSCohortSimulation), not its internal count, so
        // it conserves to a relative 1e-4 (the largest seen over these
        // seeds: 6.4e-5).
        let tolerance = queue.fidelity == .message ? 1e-6 * queue.sent + 1e-6 : 1e-4 * queue.sent
        if abs(queue.sent - accounted) > tolerance {
          problems.append(
            "\(run.scenario): queue \(queue.name) sent \(queue.sent), accounted \(accounted) (deleted \(queue.deleted), DLQ \(queue.movedToDLQPoison + queue.movedToDLQOther), expired \(queue.expired), in queue \(inQueue), rejected \(queue.rejectedTooLarge))"
          )
        }
      }
    }
    let sum = result.bill.lines.reduce(0) { $0 + $1.amount }
    if abs(sum - result.bill.total) > 1e-9 * max(1, sum) {
      problems.append("bill lines \(sum) ≠ total \(result.bill.total)")
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    let again = try World.simulate(workload, configuration: configuration)
    if try encoder.encode(SimulationReportV1(result)) != encoder.encode(SimulationReportV1(again)) {
      problems.append("the same seed gave different output")
    }
    return problems
  }

  @Test("200 random workloads: conservation, no negative storage or lag, volume, bill, determinism")
  func invariants() throws {
    var failures: [String] = []
    for seed in UInt64(1)...200 {
      let problems = try Self.check(seed: seed)
      if !problems.isEmpty {
        failures.append(
          "seed \(seed) (RandomWorkloadPropertyTests.workload(seed: \(seed))): "
            + problems.joined(separator: "; "))
      }
    }
    let report = "\(failures.count) of 200 failed:\n" + failures.prefix(10).joined(separator: "\n")
    #expect(failures.isEmpty, "\(report)")
  }
}
