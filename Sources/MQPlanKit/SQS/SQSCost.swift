/// The monthly SQS bill: requests by API in 64 KB chunks, KMS requests for
/// SSE-KMS, and the seed's CloudWatch alarms (reference/sqs-eventbridge.md §3, §8).
enum SQSCost {
  /// KMS calls per month for a queue with SSE-KMS: R = B/D × (2P + C), with
  /// B the billing period (730 h), D the data-key reuse period (the seed
  /// sets 300 s), P producing and C consuming principals (S2e). mqplan takes
  /// each producer application as one principal and the consumers as one.
  static func kmsRequests(queue: SQSQueueWorkload, configuration: SQSQueueConfiguration, horizon: Double)
    -> Double
  {
    guard !configuration.useSQSManagedSSE else { return 0 }
    let period = PriceBook.hoursPerMonth * 3_600
    let reuse = 300.0
    return period / reuse * (2 * Double(queue.producers.count) + 1)
  }

  static func bill(
    results: [SQSQueueResult], configuration: Configuration, prices: PriceBook, freeTier: Bool
  ) -> (lines: [BillLine], warnings: [String]) {
    var lines: [BillLine] = []
    var warnings: [String] = []
    var standard = 0.0
    var fifoRequests = 0.0
    var kms = 0.0
    var alarms = 0.0
    for result in results {
      let toMonth = PriceBook.hoursPerMonth * 3_600 / result.horizon
      let monthly = result.requests.total * toMonth
      if result.fifo { fifoRequests += monthly } else { standard += monthly }
      kms += result.kmsRequests
      let queueConfiguration = configuration.queue(result.name)
      alarms += queueConfiguration.enableDLQ ? 2 : 1  // depth, and DLQ messages
    }
    var freeLeft = freeTier ? prices.sqsFreeRequestsPerMonth : 0
    func requestLine(_ item: String, _ quantity: Double, _ perMillion: Double) {
      guard quantity > 0 else { return }
      let free = Swift.min(freeLeft, quantity)
      freeLeft -= free
      lines.append(
        BillLine(
          service: "Amazon SQS", item: item, quantity: (quantity - free) / 1e6, unit: "million requests",
          unitPrice: perMillion,
          note: free > 0
            ? "after \(Format.number(free)) free requests (--free-tier: the free tier is per account)"
            : "64 KB chunks per call (S13)"))
    }
    requestLine("standard queue requests", standard, prices.sqsStandardPerMillion)
    requestLine("FIFO queue requests", fifoRequests, prices.sqsFifoPerMillion)
    if standard > 100e9 {
      warnings.append(
        "over 100 billion standard requests a month: AWS's lower tiers ($0.30, $0.24 per million, S30a) are not applied"
      )
    }
    if kms > 0 {
      lines.append(
        BillLine(
          service: "AWS KMS", item: "SQS SSE-KMS data-key requests", quantity: kms / 10_000,
          unit: "10,000 requests",
          unitPrice: prices.kmsRequestsPer10k,
          note:
            "B/D × (2P + C) per queue, D = 300 s as the seed sets (S2e); the free 20,000/month is per account"
        ))
    }
    if alarms > 0 {
      lines.append(
        BillLine(
          service: "Amazon CloudWatch", item: "SQS alarms (depth and DLQ per queue, from the seed)",
          quantity: alarms,
          unit: "alarm-month", unitPrice: prices.cloudWatchAlarmStandardMonth,
          note: "standard resolution; the first 10 alarm metrics per account are free (S27), not applied"))
    }
    return (lines, warnings)
  }
}
