import Testing

@testable import MQPlanKit

/// The EventBridge bill recomputed by hand from the run's counts and the
/// reference's prices (§5): $1.00 per million 64 KB chunks, $0.10 per GB
/// archived, $0.023 per GB-month stored, scaled from the horizon to a
/// 730-hour month.
@Suite("EventBridge bill")
struct EventBridgeCostTests {
  @Test("Events in 64 KB chunks, archive processing and storage, dead letters outside the workload")
  func byHand() throws {
    let horizon = 86_400.0
    let bus = EventBridgeWorkload(
      eventTypes: [EventBridgeTestBus.type(rate: 10, size: 100_000)],
      rules: [
        EventBridgeTestBus.rule(
          "r", #"{"source": ["orion.test"]}"#, targets: [EventBridgeTestBus.sink("broken", failure: 1)],
          maxRetries: 0, dlq: "outside")
      ],
      archive: EventArchive(
        patternText: ReadingContext.seedArchivePattern,
        pattern: try EventPattern.parse(ReadingContext.seedArchivePattern), retentionDays: nil),
      samplesPerType: 100)
    var workload = Workload(name: "t", horizon: horizon, seed: 5)
    workload.eventBridge = bus
    let result = try World.simulate(workload, configuration: Configuration())
    let run = try #require(result.scenarios[0].eventBridge)
    let events = run.types[0].published
    let toMonth = 730.0 / 24
    func line(_ item: String) -> BillLine? { result.bill.lines.first { $0.item == item } }
    // 100,000 bytes is two 64 KB chunks (65,536 bytes each).
    let published = try #require(line("custom events published"))
    #expect(Swift.abs(published.amount - events * 2 * toMonth / 1e6 * 1.00) < 1e-9)
    let processing = try #require(line("archive processing"))
    #expect(Swift.abs(processing.amount - events * 100_000 * toMonth / 1e9 * 0.10) < 1e-9)
    let storage = try #require(line("archive storage"))
    let averageGB = try #require(run.archive).byteSeconds / horizon / 1e9
    #expect(Swift.abs(storage.amount - averageGB * 0.023) < 1e-12)
    // About half a day's events on average: 10/s × 100 kB × 43,200 s = 43.2 GB.
    #expect(Swift.abs(averageGB - 43.2) / 43.2 < 0.01)
    let dead = try #require(line("EventBridge dead letters to queues outside the workload"))
    #expect(Swift.abs(dead.amount - events * toMonth / 1e6 * 0.40) < 1e-9)
    #expect(Swift.abs(result.bill.lines.reduce(0) { $0 + $1.amount } - result.bill.total) < 1e-9)
  }
}
