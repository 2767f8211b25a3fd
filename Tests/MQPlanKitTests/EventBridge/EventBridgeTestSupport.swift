import SimKit

@testable import MQPlanKit

/// Buses built in code for the EventBridge oracle tests.
enum EventBridgeTestBus {
  static func type(
    _ name: String = "t", source: String = "orion.test", rate: Double, size: Double = 1_000, entries: Int = 1,
    fields: [EventField] = [], onThrottle: EventType.OnThrottle = .retry, profile: TimeProfile = TimeProfile()
  ) -> EventType {
    EventType(
      name: name, source: source, detailType: "Test", eventsPerSecond: rate, profile: profile,
      entriesPerCall: entries, size: .constant(size), fields: fields, onThrottle: onThrottle)
  }

  static func rule(
    _ name: String, _ pattern: String, targets: [EventTarget], maxRetries: Int = 185, maxAge: Double = 86_400,
    dlq: String? = nil
  ) -> EventRule {
    EventRule(
      name: name, patternText: pattern, pattern: compiled(pattern), targets: targets,
      maxRetries: maxRetries, maxEventAgeSeconds: maxAge, deadLetterQueue: dlq)
  }

  /// A pattern the test wrote; a typo in it stops the test run.
  static func compiled(_ text: String) -> EventPattern {
    guard let pattern = try? EventPattern.parse(text) else {
      preconditionFailure("invalid test pattern \(text)")
    }
    return pattern
  }

  /// The seed's archive, optionally with a retention.
  static func archive(retentionDays: Double?) -> EventArchive {
    EventArchive(
      patternText: ReadingContext.seedArchivePattern, pattern: compiled(ReadingContext.seedArchivePattern),
      retentionDays: retentionDays)
  }

  static func sink(_ name: String, maxPerSecond: Double? = nil, failure: Double = 0) -> EventTarget {
    EventTarget(name: name, kind: .sink(maxPerSecond: maxPerSecond, failureProbability: failure))
  }

  static func oneOf(_ path: String, _ values: [String], weights: [Double] = []) -> EventField {
    EventField(
      path: path.split(separator: ".").map(String.init),
      generator: .oneOf(
        values: values.map { JSONNode(.string($0), at: SourceLocation(line: 1, column: 1)) }, weights: weights
      ))
  }

  /// Traffic for the first `seconds` only (a burst multiplier of 0 after).
  static func stopping(after seconds: Double, horizon: Double) -> TimeProfile {
    TimeProfile(bursts: [TimeProfile.Burst(start: seconds, duration: horizon, multiplier: 0)])
  }

  static func run(
    _ bus: EventBridgeWorkload, horizon: Double, region: String = "us-east-1", seed: UInt64 = 1,
    incidents: [Incident] = [], queues: [String] = []
  ) -> EventBridgeRunResult {
    var workload = Workload(name: "t", region: region, horizon: horizon, seed: seed)
    workload.eventBridge = bus
    if !queues.isEmpty {
      workload.sqs = SQSWorkload(
        queues: queues.map {
          SQSQueueWorkload(name: $0, consumers: SQSConsumers(count: 1, processingTime: .constant(0.01)))
        })
    }
    let simulation = EventBridgeSimulation(
      bus: bus, workload: workload, incidents: incidents,
      source: RandomSource(seed: seed).child("eventbridge"))
    return simulation.run()
  }
}
