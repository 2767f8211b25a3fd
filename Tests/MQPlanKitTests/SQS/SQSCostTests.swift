import SimKit
import Testing

@testable import MQPlanKit

/// The SQS bill recomputed by hand from the price list (reference
/// sqs-eventbridge.md §3, §8).
@Suite("SQS bill")
struct SQSCostTests {
  static func workload(_ queue: SQSQueueWorkload, horizon: Double = 86_400) -> Workload {
    Workload(name: "bill", horizon: horizon, seed: 2, sqs: SQSWorkload(queues: [queue]))
  }

  @Test("Requests at $0.40 per million (standard), $0.50 (FIFO), scaled to 730 hours")
  func requestPrices() throws {
    let queue = SQSTestQueues.queue(rate: 10, consumers: 2, processing: .constant(0.01), receiveBatch: 10)
    var configuration = Configuration()
    configuration.queues["q"] = SQSTestQueues.longPolling()
    let result = try World.simulate(Self.workload(queue), configuration: configuration)
    let run = try #require(result.scenarios.first?.queues.first)
    let line = try #require(result.bill.lines.first { $0.item == "standard queue requests" })
    let monthly = run.requests.total * 730 * 3_600 / 86_400
    #expect(abs(line.quantity - monthly / 1e6) < 1e-9)
    #expect(abs(line.amount - monthly / 1e6 * 0.40) < 1e-9)
    var fifo = queue
    fifo.fifo = true
    let fifoResult = try World.simulate(Self.workload(fifo), configuration: configuration)
    let fifoLine = try #require(fifoResult.bill.lines.first { $0.item == "FIFO queue requests" })
    #expect(fifoLine.unitPrice == 0.50)
  }

  @Test("The free tier is per account: applied only when asked, 1,000,000 requests")
  func freeTier() throws {
    let queue = SQSTestQueues.queue(rate: 1, consumers: 1, processing: .constant(0.01))
    let paid = try World.simulate(Self.workload(queue), configuration: Configuration())
    let free = try World.simulate(
      Self.workload(queue), configuration: Configuration(), options: .init(freeTier: true))
    let paidLine = try #require(paid.bill.lines.first { $0.item == "standard queue requests" })
    let freeLine = try #require(free.bill.lines.first { $0.item == "standard queue requests" })
    #expect(abs(paidLine.quantity - freeLine.quantity - 1) < 1e-9, "one million fewer billed requests")
  }

  /// S2e: R = B/D × (2P + C); 730 h, D = 300 s (the seed's reuse period),
  /// one producer principal and one consumer: 8,760 × 3 = 26,280 calls.
  @Test("SSE-KMS: B/D × (2P + C) KMS requests at $0.03 per 10,000; none with SSE-SQS")
  func kms() throws {
    let queue = SQSTestQueues.queue(rate: 1, consumers: 1, processing: .constant(0.01))
    var configuration = Configuration()
    var settings = SQSQueueConfiguration()
    settings.useSQSManagedSSE = false
    configuration.queues["q"] = settings
    let result = try World.simulate(Self.workload(queue), configuration: configuration)
    let line = try #require(result.bill.lines.first { $0.service == "AWS KMS" })
    #expect(abs(line.quantity * 10_000 - 26_280) < 1e-6)
    #expect(abs(line.amount - 26_280 / 10_000 * 0.03) < 1e-9)
    let managed = try World.simulate(Self.workload(queue), configuration: Configuration())
    #expect(!managed.bill.lines.contains { $0.service == "AWS KMS" })
  }

  @Test("The seed's alarms: one depth alarm per queue and one DLQ alarm per queue with a DLQ, $0.10 each")
  func alarms() throws {
    let queue = SQSTestQueues.queue(rate: 1, consumers: 1, processing: .constant(0.01))
    let result = try World.simulate(Self.workload(queue), configuration: Configuration())
    let line = try #require(result.bill.lines.first { $0.service == "Amazon CloudWatch" })
    #expect(line.quantity == 2)
    #expect(abs(line.amount - 0.20) < 1e-12)
  }

  @Test("A --set for a queue the workload does not have is an input error with a suggestion")
  func unknownQueue() {
    let queue = SQSTestQueues.queue(rate: 1, consumers: 1, processing: .constant(0.01))
    var configuration = Configuration()
    do {
      try configuration.set("queues.qq.visibility_timeout=60")
      _ = try World.simulate(Self.workload(queue), configuration: configuration)
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostics.first?.hint == "did you mean q?")
    }
  }
}
