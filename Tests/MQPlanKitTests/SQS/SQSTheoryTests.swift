import SimKit
import TestSupport
import Testing

@testable import MQPlanKit

/// The message-level SQS model against theory.
///
/// Oracle: with Poisson sends, exponential processing, receives of one
/// message, long polling (a waiting consumer takes a message the moment it
/// is sent), no failures and c consumers, an SQS queue is an M/M/c queue:
/// the wait from send to receive must reproduce Erlang C (``ErlangC``,
/// checked against a published vector in SimKitTests) within the
/// foundation's tolerances: mean wait within 3 %, P(wait) within 0.01, and
/// Little's law (time-average visible = λ · mean wait) within 1 % on every
/// run. Sizes follow the M/M/c suite's variance pilot (standard error of
/// the mean wait ≤ 0.75 %), split over 4 replications.
@Suite("SQS vs queueing theory")
struct SQSTheoryTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var consumers: Int
    var utilization: Double
    var messages: Double
    var testDescription: String { "c = \(consumers), ρ = \(utilization)" }
  }

  static let cases: [Case] = [
    Case(consumers: 1, utilization: 0.5, messages: 400_000),
    Case(consumers: 4, utilization: 0.8, messages: 5_600_000),
    Case(consumers: 10, utilization: 0.8, messages: 10_000_000),
  ]

  @Test("Poisson sends, exponential processing, long polling: Erlang C and Little's law", arguments: cases)
  func erlangC(testCase: Case) throws {
    let serviceRate = 1_000.0  // 1 ms per message: a short horizon carries millions
    let rate = testCase.utilization * Double(testCase.consumers) * serviceRate
    let theory = try #require(
      ErlangC(arrivalRate: rate, serviceRate: serviceRate, servers: testCase.consumers))
    let replications = 4
    let horizon = testCase.messages / rate / Double(replications)
    let queue = SQSTestQueues.queue(
      rate: rate, consumers: testCase.consumers, processing: .exponential(mean: 1 / serviceRate))
    let runs = Replications.run(count: replications, source: RandomSource(seed: 77)) { index, _ in
      SQSTestQueues.run(
        queue, configuration: SQSTestQueues.longPolling(), horizon: horizon, seed: 77, replication: index)
    }
    var waits = 0.0
    var waited = 0.0
    var received = 0.0
    for (index, run) in runs.enumerated() {
      // Little's law on every run: L = λ̂ W over the run.
      let lambda = run.firstReceives / horizon
      let little = Closeness(
        "run \(index): time-average visible vs λW", observed: run.meanVisible,
        expected: lambda * run.meanFirstReceiveWait, relativeTolerance: 0.01)
      #expect(little.holds, "\(little)")
      #expect(run.duplicates == 0 && run.movedToDLQOther == 0 && run.expired == 0)
      waits += run.firstReceiveWaitTotal
      waited += run.firstReceivesThatWaited
      received += run.firstReceives
    }
    let wait = Closeness(
      "\(testCase.testDescription): Wq", observed: waits / received, expected: theory.meanWait,
      relativeTolerance: 0.03)
    let probability = Closeness(
      "\(testCase.testDescription): P(wait)", observed: waited / received,
      expected: theory.probabilityOfWaiting,
      absoluteTolerance: 0.01)
    #expect(wait.holds, "\(wait)")
    #expect(probability.holds, "\(probability)")
  }

  /// Oracle: a message that fails with probability f on each receive
  /// reaches the DLQ after k failures: a fraction f^k. 200,000 messages,
  /// f = 0.3, k = 3: expected 5,400, binomial σ = 72; the band is ±4.5σ.
  @Test("Failure probability f and max_receive_count k: the DLQ receives f^k of the messages")
  func dlqFraction() {
    let queue = SQSTestQueues.queue(rate: 200, consumers: 4, processing: .constant(0.001), failure: 0.3)
    let configuration = SQSTestQueues.longPolling(visibility: 2, maxReceiveCount: 3)
    let run = SQSTestQueues.run(queue, configuration: configuration, horizon: 1_000, seed: 5)
    let n = run.sent
    let p = 0.3 * 0.3 * 0.3
    let sigma = (n * p * (1 - p)).squareRoot()
    // Messages sent in the last few seconds may not have failed three times yet.
    let tail = 200 * 10 * p
    #expect(
      abs(run.movedToDLQOther - n * p) <= 4.5 * sigma + tail,
      "DLQ \(run.movedToDLQOther), expected \(n * p) ± \(4.5 * sigma)")
    #expect(run.movedToDLQPoison == 0)
    #expect(run.deleted + run.movedToDLQOther + run.expired <= run.sent)
  }

  @Test("An idle long-polling consumer makes 3 receives a minute: 129,600 requests in 30 days")
  func idleLongPolling() {
    let queue = SQSTestQueues.queue(rate: 0, consumers: 1, processing: .constant(0.01))
    let run = SQSTestQueues.run(queue, configuration: SQSTestQueues.longPolling(), horizon: 30 * 86_400)
    #expect(run.requests.receiveCalls == 129_600)
    #expect(run.requests.receive == 129_600)
    // Every call is billed when made; the last one is still waiting when the
    // horizon ends, so 129,599 have returned empty.
    #expect(run.requests.emptyReceives == 129_599)
  }

  /// The short-poll model: an empty receive returns at once and the
  /// consumer polls again after its poll interval (1 s by default), so an
  /// idle consumer makes one billed request a second: 2,592,000 in 30 days,
  /// 20 times the long-poll figure.
  @Test(
    "An idle short-polling consumer (receive_wait_time 0, 1 s poll interval): 2,592,000 requests in 30 days")
  func idleShortPolling() {
    let queue = SQSTestQueues.queue(rate: 0, consumers: 1, processing: .constant(0.01))
    let run = SQSTestQueues.run(queue, horizon: 30 * 86_400)
    #expect(run.requests.receiveCalls == 2_592_000 || run.requests.receiveCalls == 2_592_001)
    #expect(run.requests.emptyReceives == run.requests.receiveCalls)
  }

  /// Oracle: consumers stopped for D > retention R lose exactly the
  /// messages sent in the first D − R seconds of the stop, a Poisson count
  /// with mean λ(D − R); every other message is processed.
  @Test("Consumers stopped longer than retention: exactly the messages older than retention are lost")
  func retentionLoss() {
    let rate = 20.0
    let queue = SQSTestQueues.queue(rate: rate, consumers: 4, processing: .constant(0.005), receiveBatch: 10)
    var configuration = SQSTestQueues.longPolling()
    configuration.retentionSeconds = 600
    let scenario = Scenario(
      name: "stop", incidents: [Incident(.queueConsumersStopped(queue: "q"), start: 1_000, duration: 1_500)])
    let run = SQSTestQueues.run(
      queue, configuration: configuration, horizon: 4_000, seed: 9, scenario: scenario)
    let expected = rate * (1_500 - 600)
    #expect(
      abs(run.expired - expected) <= 4.5 * expected.squareRoot(), "lost \(run.expired), expected \(expected)")
    // Everything else is processed: nothing stays behind, nothing else lost.
    #expect(
      run.deleted + run.expired == run.sent - run.rejectedTooLarge - (run.sent - run.deleted - run.expired))
    #expect(run.sent - run.deleted - run.expired < 20, "only the last moments' messages remain in flight")
    #expect(run.events.contains { $0.message.contains("expire unprocessed") })
  }

  @Test(
    "Processing that outlasts the visibility timeout delivers messages twice (duplicates) and can exhaust max_receive_count"
  )
  func visibilityTimeouts() {
    let slow = SQSTestQueues.queue(rate: 0.02, consumers: 4, processing: .constant(40))
    let configuration = SQSTestQueues.longPolling(visibility: 30, maxReceiveCount: 3)
    let run = SQSTestQueues.run(slow, configuration: configuration, horizon: 3_600, seed: 2)
    #expect(run.duplicates > 0)
    #expect(run.movedToDLQOther > 0, "every attempt runs late, so receives run out")
    let roomy = SQSTestQueues.longPolling(visibility: 60, maxReceiveCount: 3)
    let fine = SQSTestQueues.run(slow, configuration: roomy, horizon: 3_600, seed: 2)
    #expect(fine.duplicates == 0 && fine.movedToDLQOther == 0)
  }

  @Test(
    "64 KB chunks: a 100 KB message is billed as 2 send requests; messages over max_message_size are refused")
  func chunksAndOversize() {
    let queue = SQSTestQueues.queue(
      rate: 10, size: .constant(100_000), consumers: 2, processing: .constant(0.01))
    let run = SQSTestQueues.run(queue, configuration: SQSTestQueues.longPolling(), horizon: 600, seed: 4)
    #expect(run.requests.send == 2 * run.requests.sendCalls)
    var small = SQSTestQueues.longPolling()
    small.maxMessageSize = 65_536
    let refused = SQSTestQueues.run(queue, configuration: small, horizon: 600, seed: 4)
    #expect(refused.rejectedTooLarge == run.sent)
    #expect(refused.sent == 0)
  }

  /// FIFO queues in normal throughput mode take 300 calls per second per
  /// action (S4, S7): a producer calling 500 times a second gets 300
  /// through.
  @Test("FIFO: 300 send calls per second; one message group is served one batch at a time")
  func fifoLimits() {
    let busy = SQSTestQueues.queue(
      rate: 500, consumers: 8, processing: .constant(0.001), fifo: true, groups: 100)
    let run = SQSTestQueues.run(busy, configuration: SQSTestQueues.longPolling(), horizon: 120, seed: 6)
    let accepted = Closeness(
      "FIFO sends per second", observed: run.sent / 120, expected: 300, relativeTolerance: 0.01)
    #expect(accepted.holds, "\(accepted)")
    #expect(run.throttledSendCalls > 0)
    // One group, 4 consumers, 0.1 s per message: the group is served by one
    // consumer at a time, so at most 10 messages a second go through.
    let serial = SQSTestQueues.queue(
      rate: 20, consumers: 4, processing: .constant(0.1), fifo: true, groups: 1)
    let blocked = SQSTestQueues.run(serial, configuration: SQSTestQueues.longPolling(), horizon: 600, seed: 7)
    #expect(blocked.deleted <= 10 * 600 + 10, "processed \(blocked.deleted) in 600 s")
    let spread = SQSTestQueues.queue(
      rate: 20, consumers: 4, processing: .constant(0.1), fifo: true, groups: 40)
    let parallel = SQSTestQueues.run(
      spread, configuration: SQSTestQueues.longPolling(), horizon: 600, seed: 7)
    #expect(parallel.deleted > 0.95 * parallel.sent, "40 groups let 4 consumers work in parallel")
  }
}
