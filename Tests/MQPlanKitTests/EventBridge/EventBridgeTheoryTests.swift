import SimKit
import Testing

@testable import MQPlanKit

/// The EventBridge model against oracles computed in the test: fan-out
/// counts from rates and measured shares, the archive's storage formula,
/// the PutEvents quota, the invocations quota, and retry counts from the
/// retry policy.
@Suite("EventBridge vs its oracles")
struct EventBridgeTheoryTests {
  typealias Bus = EventBridgeTestBus

  /// |observed − expected| within 5 standard deviations of a Poisson count
  /// (a false alarm about once in 1.7 million runs).
  func withinPoisson(_ observed: Double, _ expected: Double, _ what: String) {
    let tolerance = 5 * expected.squareRoot() + 1
    #expect(Swift.abs(observed - expected) <= tolerance, "\(what): \(observed) vs \(expected) ± \(tolerance)")
  }

  @Test(
    "Fan-out: each target's count is Σ rate × measured share × horizon; shares agree with the generator's weights"
  )
  func fanOut() {
    let horizon = 6 * 3_600.0
    let orders = Bus.type(
      "orders", rate: 40, fields: [Bus.oneOf("status", ["paid", "placed"], weights: [1, 3])])
    let payments = Bus.type("payments", source: "orion.payments", rate: 10)
    let bus = EventBridgeWorkload(
      eventTypes: [orders, payments],
      rules: [
        Bus.rule("paid", #"{"detail": {"status": ["paid"]}}"#, targets: [Bus.sink("a"), Bus.sink("b")]),
        Bus.rule("all-orion", #"{"source": [{"prefix": "orion."}]}"#, targets: [Bus.sink("c")]),
        Bus.rule("none", #"{"source": ["elsewhere"]}"#, targets: [Bus.sink("d")]),
      ], samplesPerType: 10_000)
    let result = Bus.run(bus, horizon: horizon)
    let paidShare = result.types[0].ruleShares[0].share
    // The generator draws "paid" with probability 1/4: the measured share
    // is within 5 binomial standard deviations of it.
    #expect(Swift.abs(paidShare - 0.25) <= 5 * (0.25 * 0.75 / 10_000).squareRoot())
    #expect(result.types[1].ruleShares[0].share == 0)
    #expect(result.types[0].ruleShares[1].share == 1 && result.types[1].ruleShares[1].share == 1)
    let expectedPaid = 40 * paidShare * horizon
    for target in result.targets where target.rule == "paid" {
      withinPoisson(target.matched, expectedPaid, "paid → \(target.target)")
      #expect(target.delivered == target.matched)
    }
    let a = result.targets.first { $0.target == "a" }!
    let b = result.targets.first { $0.target == "b" }!
    #expect(a.matched == b.matched, "every target of a rule gets every matched event")
    withinPoisson(result.targets.first { $0.target == "c" }!.matched, 50 * horizon, "all-orion → c")
    #expect(result.targets.first { $0.target == "d" }!.matched == 0)
    withinPoisson(result.types[0].published, 40 * horizon, "orders published")
  }

  @Test("Archive: stored bytes after d days = rate × size × d until retention caps them")
  func archiveStorage() {
    let horizon = 5 * 86_400.0
    let size = 2_000.0
    let rate = 20.0
    for retention in [nil, 2.0] as [Double?] {
      let bus = EventBridgeWorkload(
        eventTypes: [Bus.type(rate: rate, size: size)], rules: [],
        archive: Bus.archive(retentionDays: retention))
      let result = Bus.run(bus, horizon: horizon)
      let archive = result.archive!
      let events = result.types[0].published
      #expect(archive.events == events)
      #expect(archive.bytesProcessed == events * size)
      let kept = retention.map { Swift.min($0 * 86_400, horizon) } ?? horizon
      let expectedStored = rate * size * kept
      let tolerance = 5 * size * (rate * kept).squareRoot()
      #expect(Swift.abs(archive.storedBytesAtEnd - expectedStored) <= tolerance, "\(retention as Any)")
      // ∫ stored dt: rate·size·t²/2 while it grows, then flat at the cap.
      let integral =
        retention == nil
        ? rate * size * horizon * horizon / 2
        : rate * size * (kept * kept / 2 + kept * (horizon - kept))
      #expect(Swift.abs(archive.byteSeconds - integral) / integral < 0.01)
    }
  }

  @Test(
    "PutEvents: accepted exactly at the Region's quota; dropping producers lose the rest, retrying ones wait")
  func putEventsQuota() {
    // af-south-1 is in "all other Regions": 400 requests/s (S16a).
    let horizon = 600.0
    #expect(EventBridgeLimits.putEventsPerSecond(region: "af-south-1") == 400)
    let dropping = EventBridgeWorkload(eventTypes: [Bus.type(rate: 1_000, onThrottle: .drop)])
    let dropped = Bus.run(dropping, horizon: horizon, region: "af-south-1").types[0]
    #expect(dropped.published == 400 * horizon)
    #expect(dropped.droppedByThrottle == dropped.offered - dropped.published)
    #expect(dropped.pendingAtEnd == 0)
    // Ten entries per call: 4,000 events/s fit, 1,000/s is not throttled.
    let batched = EventBridgeWorkload(eventTypes: [Bus.type(rate: 1_000, entries: 10, onThrottle: .drop)])
    let fits = Bus.run(batched, horizon: horizon, region: "af-south-1").types[0]
    #expect(fits.throttledRequests == 0 && fits.published == fits.offered)
    // Retrying producers: 700/s for 5 minutes, then nothing; the backlog
    // drains at 400/s, and nothing is lost.
    let retrying = EventBridgeWorkload(
      eventTypes: [Bus.type(rate: 700, profile: Bus.stopping(after: 300, horizon: 1_200))])
    let waited = Bus.run(retrying, horizon: 1_200, region: "af-south-1")
    #expect(waited.types[0].published == waited.types[0].offered)
    #expect(waited.types[0].droppedByThrottle == 0)
    #expect(waited.types[0].maxThrottleDelay > 0)
    #expect(waited.publishedPerMinute.allSatisfy { $0 <= 400 * 60 })
    #expect(waited.peakPutEventsRequestsPerSecond == 400)
  }

  @Test("Invocations above the quota are delayed, never dropped")
  func invocationsQuota() {
    // 30,000 events/s (3,000 requests of 10) for 30 minutes into one
    // target: 11,250/s above the 18,750/s quota queue up and drain after.
    let horizon = 3_600.0
    let bus = EventBridgeWorkload(
      eventTypes: [
        Bus.type(rate: 30_000, entries: 10, profile: Bus.stopping(after: 1_800, horizon: horizon))
      ],
      rules: [Bus.rule("all", #"{"source": ["orion.test"]}"#, targets: [Bus.sink("s")])], samplesPerType: 100)
    let result = Bus.run(bus, horizon: horizon)
    let target = result.targets[0]
    #expect(target.delivered == target.matched)
    #expect(target.dropped == 0 && target.failedInvocations == 0 && target.pendingAtEnd == 0)
    #expect(result.invocationsPerMinute.allSatisfy { $0 <= 18_750 * 60 })
    #expect(result.peakInvocationsPerSecond == 18_750)
    // The backlog at 30 minutes is 11,250/s × 1,800 s; it drains at
    // 18,750/s, so the last events wait about 1,080 s.
    #expect(target.maxQuotaDelay > 900 && target.maxQuotaDelay < 1_260, "\(target.maxQuotaDelay)")
  }

  @Test(
    "A target that always fails: retries = events × max_retries, then every event to the DLQ (or dropped)")
  func retryCounts() {
    let horizon = 86_400.0
    for (maxRetries, dlq) in [(7, "dlq"), (0, nil), (20, nil)] as [(Int, String?)] {
      let bus = EventBridgeWorkload(
        eventTypes: [Bus.type(rate: 5, profile: Bus.stopping(after: 3_600, horizon: horizon))],
        rules: [
          Bus.rule(
            "r", #"{"source": ["orion.test"]}"#, targets: [Bus.sink("broken", failure: 1)],
            maxRetries: maxRetries,
            dlq: dlq)
        ], samplesPerType: 100)
      let result = Bus.run(bus, horizon: horizon)
      let target = result.targets[0]
      let events = target.matched
      #expect(events > 0)
      #expect(target.retries == events * Double(maxRetries))
      #expect(target.invocations == events * Double(maxRetries + 1))
      #expect(target.failedInvocations == target.invocations)
      #expect(target.delivered == 0 && target.pendingAtEnd == 0)
      if dlq != nil {
        #expect(target.sentToDLQ == events && target.dropped == 0)
      } else {
        #expect(target.dropped == events && target.sentToDLQ == 0)
      }
    }
  }

  @Test("max_age gives up first when it is shorter than the retries take: 9 or 10 retries fit in 600 s")
  func maxAge() {
    // Retry k waits min(2^(k−1), 512) s × U[0.5, 1): after 9 retries at
    // least 255.5 s and at most 511 s have passed, after 11 at least 1,023.5 s.
    let horizon = 7_200.0
    let bus = EventBridgeWorkload(
      eventTypes: [Bus.type(rate: 5, profile: Bus.stopping(after: 600, horizon: horizon))],
      rules: [
        Bus.rule(
          "r", #"{"source": ["orion.test"]}"#, targets: [Bus.sink("broken", failure: 1)], maxAge: 600,
          dlq: "dlq")
      ], samplesPerType: 100)
    let target = Bus.run(bus, horizon: horizon).targets[0]
    let perEvent = target.retries / target.matched
    #expect(perEvent >= 9 && perEvent <= 10, "\(perEvent) retries per event")
    #expect(target.sentToDLQ == target.matched)
  }

  @Test(
    "A replay re-emits exactly the archived window, through the rules again, at most the quota per second")
  func replay() {
    let horizon = 4 * 3_600.0
    let bus = EventBridgeWorkload(
      eventTypes: [Bus.type(rate: 200)],
      rules: [Bus.rule("all", #"{"source": ["orion.test"]}"#, targets: [Bus.sink("s")])],
      archive: Bus.archive(retentionDays: nil),
      samplesPerType: 100)
    let base = Bus.run(bus, horizon: horizon)
    let replayed = Bus.run(
      bus, horizon: horizon,
      incidents: [Incident(.eventReplay(from: 0, to: 3_600), start: 7_200, duration: 3_600)])
    let replay = replayed.replay!
    // The same seed draws the same live traffic: the difference is the replay.
    #expect(replayed.types[0].published == base.types[0].published)
    let firstHour = base.publishedPerMinute[0..<60].reduce(0, +)
    #expect(replay.events == firstHour)
    #expect(replayed.targets[0].matched - base.targets[0].matched == firstHour)
    // 720,000 events at 10,000/s: 72 s, so it ends in the replay's second minute.
    #expect(replay.finished == 7_320)
  }

  @Test("Fan-out into a queue: the queue's sends are the rule's deliveries")
  func intoQueue() throws {
    let horizon = 3 * 3_600.0
    let bus = EventBridgeWorkload(
      eventTypes: [Bus.type(rate: 30, fields: [Bus.oneOf("k", ["x", "y", "z"])])],
      rules: [
        Bus.rule(
          "x-only", #"{"detail": {"k": ["x"]}}"#, targets: [EventTarget(name: "jobs", kind: .queue("jobs"))])
      ], samplesPerType: 10_000)
    var workload = Workload(name: "t", horizon: horizon, seed: 3)
    workload.eventBridge = bus
    workload.sqs = SQSWorkload(queues: [
      SQSQueueWorkload(name: "jobs", consumers: SQSConsumers(count: 2, processingTime: .constant(0.05)))
    ])
    let result = try World.simulate(workload, configuration: Configuration())
    let delivered = result.scenarios[0].eventBridge!.targets[0].delivered
    let queue = result.scenarios[0].queues[0]
    // The queue's producer is a Poisson process following the per-minute
    // deliveries, so its count is within Poisson noise of them.
    withinPoisson(queue.sent, delivered, "sent to jobs")
    withinPoisson(
      delivered, 30 * horizon * result.scenarios[0].eventBridge!.types[0].ruleShares[0].share, "delivered")
  }
}
