/// The monthly EventBridge bill from the baseline run
/// (reference/sqs-eventbridge.md §5): custom events in 64 KB chunks,
/// archive processing and storage, and the SQS sends of dead letters to a
/// queue outside the workload. Invocations of AWS-service targets are not
/// billed by EventBridge; the SQS sends of queue targets are in the queues'
/// own requests. Replays are billed in their scenario, not here.
enum EventBridgeCost {
  static func bill(run: EventBridgeRunResult, bus: EventBridgeWorkload, workload: Workload, prices: PriceBook)
    -> [BillLine]
  {
    let toMonth = PriceBook.hoursPerMonth * 3_600 / run.horizon
    var lines: [BillLine] = []
    let chunks = run.types.reduce(0) { $0 + $1.chunks } * toMonth
    lines.append(
      BillLine(
        service: "Amazon EventBridge", item: "custom events published", quantity: chunks / 1e6,
        unit: "million events", unitPrice: prices.eventBridgeEventsPerMillion,
        note: "64 KB chunks per entry (S13, S14); throttled attempts are not billed"))
    if let archive = run.archive {
      lines.append(
        BillLine(
          service: "Amazon EventBridge", item: "archive processing",
          quantity: archive.bytesProcessed * toMonth / 1e9,
          unit: "GB", unitPrice: prices.eventBridgeArchiveProcessingGB, note: "entry bytes archived (S13)"))
      let averageGB = archive.byteSeconds / run.horizon / 1e9
      let endGB = archive.storedBytesAtEnd / 1e9
      let retention =
        bus.archive?.retentionDays.map { "retention \(Format.number($0)) d" } ?? "no retention limit"
      lines.append(
        BillLine(
          service: "Amazon EventBridge", item: "archive storage", quantity: averageGB, unit: "GB-month",
          unitPrice: prices.eventBridgeArchiveStorageGBMonth,
          note:
            "average over the horizon; \(Format.number(endGB, decimals: 2)) GB at its end (\(retention)) costs $\(Format.number(endGB * prices.eventBridgeArchiveStorageGBMonth, decimals: 2))/month (S13)"
        ))
    }
    let queues = Set(workload.sqs?.queues.map(\.name) ?? [])
    let outsideRules = Set(
      bus.rules.filter { $0.deadLetterQueue.map { !queues.contains($0) } ?? false }.map(\.name))
    let outside = run.targets.filter { outsideRules.contains($0.rule) }.reduce(0) { $0 + $1.sentToDLQ }
    if outside > 0 {
      lines.append(
        BillLine(
          service: "Amazon SQS", item: "EventBridge dead letters to queues outside the workload",
          quantity: outside * toMonth / 1e6, unit: "million requests",
          unitPrice: prices.sqsStandardPerMillion,
          note: "one SendMessage per event; target DLQs are standard queues (S20)"))
    }
    return lines
  }
}
