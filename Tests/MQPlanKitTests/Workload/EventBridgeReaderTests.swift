import Testing

@testable import MQPlanKit

/// The eventbridge section of a workload: every problem reported at once,
/// at its path, with AWS's limits and "did you mean".
@Suite("Workload reader: eventbridge")
struct EventBridgeReaderTests {
  private func diagnostics(_ eventbridge: String, scenarios: String = "[]") -> [Diagnostic] {
    let text = """
      {
        "schemaVersion": 1, "name": "eb",
        "sqs": { "queues": [ { "name": "orders", "consumers": { "count": 1, "processingTime": 0.1 } },
                             { "name": "sorted", "fifo": true, "consumers": { "count": 1, "processingTime": 0.1 } } ] },
        "eventbridge": \(eventbridge),
        "scenarios": \(scenarios)
      }
      """
    do {
      _ = try WorkloadReader.read(text: text, file: "w.json")
      return []
    } catch {
      return error.diagnostics
    }
  }

  static let type =
    #"{"name": "t", "source": "orion.a", "detailType": "A", "eventsPerSecond": 1, "size": 500}"#

  @Test("A valid section reads into types, rules, targets, retry policy and archive")
  func valid() throws {
    let text = """
      {
        "schemaVersion": 1, "name": "eb",
        "sqs": { "queues": [ { "name": "orders", "consumers": { "count": 1, "processingTime": 0.1 } } ] },
        "eventbridge": {
          "eventTypes": [ { "name": "t", "source": "orion.a", "detailType": "A", "eventsPerSecond": 3, "size": 500,
                            "entriesPerCall": 10, "onThrottle": "drop",
                            "fields": { "order.status": { "oneOf": ["a", "b"], "weights": [1, 3] },
                                        "amount": { "distribution": { "uniform": { "min": 0, "max": 10 } }, "decimals": 2 },
                                        "ip": { "ipv4": "10.1.2.3/16", "presence": 0.5 } } } ],
          "rules": [ { "name": "r", "pattern": { "detail": { "order": { "status": ["a"] } } },
                       "targets": [ { "queue": "orders" }, { "name": "lambda", "maxPerSecond": 10, "failureProbability": 0.1 } ],
                       "retryPolicy": { "maxAge": "1h", "maxRetries": 3 }, "deadLetterQueue": "orders" } ],
          "archive": { "retentionDays": 14 }
        }
      }
      """
    let workload = try WorkloadReader.read(text: text, file: "w.json")
    let bus = try #require(workload.eventBridge)
    #expect(bus.eventTypes[0].entriesPerCall == 10 && bus.eventTypes[0].onThrottle == .drop)
    #expect(bus.eventTypes[0].fields.map(\.path) == [["order", "status"], ["amount"], ["ip"]])
    if case .ipv4(let network, let prefix) = bus.eventTypes[0].fields[2].generator {
      #expect(network == 0x0A01_0000 && prefix == 16)
    } else {
      Issue.record("ip is not an ipv4 generator")
    }
    let rule = bus.rules[0]
    #expect(rule.maxRetries == 3 && rule.maxEventAgeSeconds == 3_600 && rule.deadLetterQueue == "orders")
    #expect(rule.targets.map(\.name) == ["orders", "lambda"])
    #expect(rule.patternText == #"{"detail":{"order":{"status":["a"]}}}"#)
    #expect(bus.archive?.retentionDays == 14)
    #expect(bus.archive?.patternText == ReadingContext.seedArchivePattern)
  }

  @Test(
    "Every problem at once: unknown queue, six targets, a bad pattern, a FIFO DLQ, a field with two generators"
  )
  func errors() {
    let found = diagnostics(
      """
      {
        "eventTypes": [ \(Self.type),
                        { "name": "u", "source": "s", "detailType": "d", "eventsPerSecond": 1, "size": 1,
                          "fields": { "x": { "oneOf": [1], "ipv4": "10.0.0.0/8" } } } ],
        "rules": [
          { "name": "r1", "pattern": { "source": ["orion.a"] }, "targets": [ { "queue": "order" } ] },
          { "name": "r2", "pattern": { "source": ["a"] }, "targets": [
              { "name": "a" }, { "name": "b" }, { "name": "c" }, { "name": "d" }, { "name": "e" }, { "name": "f" } ] },
          { "name": "r3", "pattern": { "detail": { "n": [ { "numeric": [ "<", 1, ">", 0 ] } ] } },
            "targets": [ { "name": "a" } ], "retryPolicy": { "maxRetries": 186 }, "deadLetterQueue": "sorted" }
        ]
      }
      """)
    func find(_ path: String) -> Diagnostic? { found.first { $0.path?.hasPrefix(path) == true } }
    #expect(find("eventbridge.rules[0].targets[0].queue")?.hint == "did you mean \"orders\"?")
    #expect(find("eventbridge.rules[1].targets")?.message.contains("at most 5") == true)
    #expect(find("eventbridge.rules[2].pattern") != nil, "\(found.map(\.description))")
    #expect(find("eventbridge.rules[2].retryPolicy.maxRetries") != nil)
    #expect(find("eventbridge.rules[2].deadLetterQueue")?.message.contains("standard queue") == true)
    #expect(find("eventbridge.eventTypes[1].fields.x")?.message.contains("one generator") == true)
    #expect(found.allSatisfy { $0.file == "w.json" })
  }

  @Test("Replays need an archive, a window archived 10 minutes before, and retention that reaches back")
  func replays() {
    let noArchive = diagnostics(
      #"{"eventTypes": [\#(Self.type)]}"#,
      scenarios:
        #"[{"name": "s", "incidents": [{"kind": "replay", "from": "1h", "to": "2h", "start": "3h"}]}]"#)
    #expect(noArchive.contains { $0.message == "a replay needs an archive" })
    let late = diagnostics(
      #"{"eventTypes": [\#(Self.type)], "archive": {"retentionDays": 1}}"#,
      scenarios:
        #"[{"name": "s", "incidents": [{"kind": "replay", "from": "1h", "to": "2h", "start": "2h5m"}, {"kind": "replay", "from": "1h", "to": "2h", "start": "3d"}]}]"#
    )
    #expect(late.contains { $0.message.contains("10 minutes before") })
    #expect(late.contains { $0.message.contains("retention reaches back") })
    let fine = diagnostics(
      #"{"eventTypes": [\#(Self.type)], "archive": {}}"#,
      scenarios:
        #"[{"name": "s", "incidents": [{"kind": "replay", "from": "1h", "to": "2h", "start": "3h"}]}]"#)
    #expect(fine.filter { $0.severity == .error }.isEmpty, "\(fine.map(\.description))")
  }

  @Test("targetDown names a rule target; a DLQ outside the workload is a warning")
  func targetsAndDLQs() {
    let found = diagnostics(
      #"{"eventTypes": [\#(Self.type)], "rules": [{"name": "r", "pattern": {"source": ["orion.a"]}, "targets": [{"name": "fn"}], "deadLetterQueue": "elsewhere"}]}"#,
      scenarios:
        #"[{"name": "s", "incidents": [{"kind": "targetDown", "target": "fm", "start": "1h", "duration": "1h"}]}]"#
    )
    #expect(found.contains { $0.severity == .error && $0.hint == "did you mean \"fn\"?" })
    #expect(found.contains { $0.severity == .warning && $0.path == "eventbridge.rules[0].deadLetterQueue" })
  }
}
