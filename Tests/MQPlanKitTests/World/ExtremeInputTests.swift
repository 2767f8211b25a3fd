import Foundation
import TestSupport
import Testing

@testable import MQPlanKit

/// Odd and extreme input: each gives a result or a clear error, never a
/// crash, a hang or a silent guess. Oracles: the error names what is wrong
/// and where; a result conserves what it counts (nothing stored with no
/// traffic; every event offered is published, dropped or still waiting).
@Suite("Extreme inputs")
struct ExtremeInputTests {
  /// dev-small with `edit` applied to its JSON, read as a file would be.
  static func workload(_ edit: (inout [String: Any]) -> Void) throws -> Workload {
    let text = try String(contentsOfFile: Repository.path("Workloads/dev-small.json"), encoding: .utf8)
    var object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    edit(&object)
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return try WorkloadReader.read(text: String(decoding: data, as: UTF8.self), file: "extreme.json")
  }

  static var twoBrokers: Configuration {
    var configuration = Configuration()
    configuration.msk.brokerCount = 2
    return configuration
  }

  /// Every producer of every item of `object[section][list]` sends `rate`
  /// messages a second.
  static func setProducerRates(
    _ object: inout [String: Any], section name: String, list: String, to rate: Double
  ) {
    guard var section = object[name] as? [String: Any], var items = section[list] as? [[String: Any]] else {
      return
    }
    for i in items.indices {
      var producers = items[i]["producers"] as! [[String: Any]]
      for p in producers.indices { producers[p]["messagesPerSecond"] = rate }
      items[i]["producers"] = producers
    }
    section[list] = items
    object[name] = section
  }

  static func setRates(
    _ object: inout [String: Any], kafka: Double? = nil, sqs: Double? = nil, bus: Double? = nil
  ) {
    if let kafka { setProducerRates(&object, section: "kafka", list: "topics", to: kafka) }
    if let sqs { setProducerRates(&object, section: "sqs", list: "queues", to: sqs) }
    if let bus, var section = object["eventbridge"] as? [String: Any],
      var types = section["eventTypes"] as? [[String: Any]]
    {
      for t in types.indices { types[t]["eventsPerSecond"] = bus }
      section["eventTypes"] = types
      object["eventbridge"] = section
    }
  }

  @Test("Zero rates: a result with nothing stored, no lag, nothing sent")
  func zeroRates() throws {
    let workload = try Self.workload { Self.setRates(&$0, kafka: 0, sqs: 0, bus: 0) }
    let result = try World.simulate(workload, configuration: Self.twoBrokers)
    #expect(result.baseline.brokers.allSatisfy { $0.peakStorageBytes == 0 })
    #expect(result.baseline.groups.allSatisfy { $0.maxLagSeconds == 0 })
    #expect(result.scenarios[0].queues.allSatisfy { $0.sent == 0 && $0.deleted == 0 })
    #expect(abs(result.bill.lines.reduce(0) { $0 + $1.amount } - result.bill.total) < 1e-9)
  }

  @Test("10⁹ messages a second on Kafka, SQS and the bus: a result, the limits named, in bounded work")
  func billionPerSecond() throws {
    let workload = try Self.workload { Self.setRates(&$0, kafka: 1e9, sqs: 1e9, bus: 1e9) }
    let result = try World.simulate(workload, configuration: Self.twoBrokers)
    #expect(result.baseline.throttledMinutes > 0, "producers are throttled")
    let queue = result.scenarios[0].queues[0]
    #expect(queue.sent > 1e14 && queue.sent.isFinite)
    // The bus: every event offered is published, dropped, or still waiting
    // at the end; the throttled line stays bounded whatever the backlog.
    let bus = result.scenarios[0].eventBridge!
    #expect(bus.types.allSatisfy { $0.offered.isFinite && $0.offered > 0 && $0.throttledRequests > 0 })
    for type in bus.types {
      let accounted = type.published + type.droppedByThrottle + type.pendingAtEnd
      #expect(
        abs(type.offered - accounted) <= 1e-9 * type.offered, "\(type.name): \(type.offered) vs \(accounted)")
    }
  }

  @Test("Horizons: one second is refused with the valid range; 365 days runs")
  func horizons() throws {
    do {
      _ = try Self.workload { $0["horizon"] = "1s" }
      Issue.record("a one-second horizon was accepted")
    } catch let error as InputError {
      #expect(error.description.contains("horizon: must be between 60 s and 366 d, got 1 s"))
    }
    let year = try Self.workload {
      $0["horizon"] = "365d"
      $0["scenarios"] = []
      $0["sqs"] = nil
      $0["eventbridge"] = nil
    }
    let result = try World.simulate(year, configuration: Self.twoBrokers)
    #expect(result.baseline.horizon == 365 * 86_400)
    #expect(result.baseline.series["storage.max"]!.intervalCount == 365 * 1_440)
  }

  @Test("10,000 partitions: a result that fails the partition limit by name")
  func manyPartitions() throws {
    let workload = try Self.workload { object in
      var kafka = object["kafka"] as! [String: Any]
      var topics = kafka["topics"] as! [[String: Any]]
      topics[0]["partitions"] = 10_000
      kafka["topics"] = topics
      object["kafka"] = kafka
    }
    let result = try World.simulate(workload, configuration: Self.twoBrokers)
    let verdict = result.verdicts.first { $0.name == "partition replicas per broker" }
    #expect(verdict?.met == false)
    #expect((verdict?.observed ?? 0) >= 10_000)
  }

  @Test("1 MiB messages: a result; Kafka stores them and SQS takes them (its limit is 1 MiB)")
  func mebibyteMessages() throws {
    let workload = try Self.workload { object in
      var kafka = object["kafka"] as! [String: Any]
      var topics = kafka["topics"] as! [[String: Any]]
      var producers = topics[0]["producers"] as! [[String: Any]]
      producers[0]["messageSize"] = 1_048_576
      topics[0]["producers"] = producers
      kafka["topics"] = topics
      object["kafka"] = kafka
      var sqs = object["sqs"] as! [String: Any]
      var queues = sqs["queues"] as! [[String: Any]]
      var queueProducers = queues[0]["producers"] as! [[String: Any]]
      queueProducers[0]["messageSize"] = 1_048_576
      queues[0]["producers"] = queueProducers
      sqs["queues"] = queues
      object["sqs"] = sqs
    }
    let result = try World.simulate(workload, configuration: Self.twoBrokers)
    #expect(result.baseline.brokers.allSatisfy { $0.peakStorageBytes > 0 })
    #expect(result.scenarios[0].queues[0].rejectedTooLarge == 0)
  }

  @Test(
    "1,000 queues over a month fit the memory budget (3.2 GiB of series); 2,000 are refused before running, with the memory they would need and what to change"
  )
  func thousandQueues() throws {
    func workload(queues: Int) throws -> Workload {
      try Self.workload { object in
        var sqs = object["sqs"] as! [String: Any]
        let queue = (sqs["queues"] as! [[String: Any]])[0]
        sqs["queues"] = (0..<queues).map { index -> [String: Any] in
          var copy = queue
          copy["name"] = "q\(index)"
          return copy
        }
        object["sqs"] = sqs
        object["eventbridge"] = nil
      }
    }
    // Running the thousand takes 51 s and 3.5 GB peak RSS (measured with
    // the CLI; see the issue 9 note), too long for the suite: the budget
    // check is what decides, and it runs before anything else.
    // 1,000 runs × 10 series × 43,200 minutes × 8 bytes = 3.2 GiB ≤ 6 GiB.
    try World.checkMemoryBudget(workload(queues: 1_000), tasks: Array(repeating: false, count: 1_000))
    let twoThousand = try workload(queues: 2_000)
    do {
      _ = try World.simulate(twoThousand, configuration: Self.twoBrokers)
      Issue.record("two thousand queues over a month ran")
    } catch {
      // 2,000 × 10 × 43,200 × 8 bytes = 6.4 GiB.
      #expect(error.description.contains("about 6.4 GiB of per-minute series (2000 queue runs"))
      #expect(error.description.contains("shorten the horizon"))
    }
  }

  @Test("NaN, Infinity and 1e999 in a workload: errors at the line and column")
  func nonFiniteNumbers() {
    for (literal, message) in [
      ("NaN", "NaN and Infinity are not JSON numbers"), ("Infinity", "NaN and Infinity are not JSON numbers"),
      ("1e999", "too large"),
    ] {
      let text =
        #"{"schemaVersion": 1, "name": "x", "kafka": {"topics": [{"name": "t", "producers": [{"name": "p", "messagesPerSecond": "#
        + literal + "}]}]}}"
      do {
        _ = try WorkloadReader.read(text: text, file: "w.json")
        Issue.record("\(literal) was accepted")
      } catch {
        #expect(error.description.hasPrefix("w.json:1:"), "\(error)")
        #expect(error.description.contains(message), "\(error)")
      }
    }
  }

  @Test("Huge numbers in tfvars: errors at the value, never a wrapped or rounded integer")
  func hugeTFVars() {
    for (text, message) in [
      ("broker_count = 99999999999999999999999999\n", "broker_count: must be a whole number"),
      ("broker_volume_size = 1e400\n", "too large"),
    ] {
      do {
        let file = try TFVarsReader.parse(text, file: "huge.tfvars")
        var configuration = Configuration()
        _ = try configuration.apply(file)
        Issue.record("\(text) was accepted")
      } catch {
        #expect(error.description.hasPrefix("huge.tfvars:1:"), "\(error)")
        #expect(error.description.contains(message), "\(error)")
      }
    }
  }

  @Test("Deeply nested patterns and events: refused past 512 levels, not a stack overflow")
  func deepNesting() throws {
    let deep =
      String(repeating: #"{"a":"#, count: 100_000) + #"["x"]"# + String(repeating: "}", count: 100_000)
    do {
      _ = try EventPattern.parse(deep)
      Issue.record("a 100,000-deep pattern was accepted")
    } catch {
      #expect(error.description.contains("Nesting deeper than 512 levels"), "\(error)")
    }
    #expect(throws: (any Error).self) { try JSONParser.parse(deep) }
    // Within the limit: parsed and matched.
    let fine = String(repeating: #"{"a":"#, count: 100) + #"["x"]"# + String(repeating: "}", count: 100)
    let event = String(repeating: #"{"a":"#, count: 100) + #""x""# + String(repeating: "}", count: 100)
    #expect(try EventPattern.parse(fine).matches(JSONParser.parse(event)))
  }

  @Test("A duration too large for any range: an error that says the number, not a trap (found by fuzzing)")
  func hugeDuration() {
    let text = #"{"schemaVersion": 1, "name": "x", "horizon": "2022222222222222222222222222222222222222h"}"#
    do {
      _ = try WorkloadReader.read(text: text, file: "w.json")
      Issue.record("the duration was accepted")
    } catch {
      #expect(error.description.contains("w.json:1:"), "\(error)")
      #expect(
        error.description.contains("horizon: must be between 60 s and 366 d, got 8.43e+37 d"), "\(error)")
    }
    #expect(Quantities.describe(seconds: 1e300) == "1.16e+295 d")
    #expect(Quantities.describe(seconds: .infinity) == "∞ d")
  }
}
