import SimKit

/// The sqs module's `queues` entry for each queue, from the workload's
/// consumers and scenarios; the final simulation checks them.
///
/// - visibility_timeout: a consumer processes its batch in sequence and
///   deletes each message when done, so a message may stay in flight for
///   the whole batch. The timeout is 1.25 × the p99.99 of a full batch's
///   processing time (measured on 20,000 drawn batches), and never below
///   AWS's default 30 s (S1): below it nothing is saved and a slow batch
///   makes duplicates.
/// - max_receive_count: the smallest k ≥ 5 (AWS's floor for Lambda
///   consumers, S11; low values send transient failures to the DLQ, S3b)
///   with f^k × messages per month < 0.01, f the transient failure rate: a
///   healthy message reaches the DLQ less than once in 100 months.
/// - receive_wait_time: 20 s, long polling; an idle consumer then makes 3
///   receives a minute instead of one per poll interval (S2c).
/// - retention_seconds: twice the longest consumer stop in the scenarios
///   plus the time to drain its backlog, never below AWS's 4-day default
///   (retention costs nothing in SQS), at most 14 days.
/// - enable_dlq true (the seed's Definition of Done), fifo as the
///   workload, the rest at AWS's defaults. depth_threshold comes from the
///   alarm plan after the simulation.
enum QueuePlanner {
  static let messagesPerMonth = PriceBook.hoursPerMonth * 3_600

  static func settings(
    for queue: SQSQueueWorkload, workload: Workload, base: SQSQueueConfiguration
  ) -> (SQSQueueConfiguration, [Plan.Reason], [String]) {
    var settings = base
    var reasons: [Plan.Reason] = []
    var notes: [String] = []
    func reason(_ attribute: String, _ value: String, _ text: String) {
      reasons.append(
        Plan.Reason(module: "sqs", variable: "queues.\(queue.name).\(attribute)", value: value, reason: text))
    }
    let consumers = queue.consumers
    // Visibility timeout.
    var rng = Xoshiro256StarStar(seed: workload.seed ^ 0x5153_5650_4c41_4e)
    let batch = Swift.max(1, consumers.receiveBatchSize)
    var times: [Double] = []
    times.reserveCapacity(20_000)
    for _ in 0..<20_000 {
      var total = 0.0
      for _ in 0..<batch { total += Swift.max(0, consumers.processingTime.sample(using: &rng)) }
      times.append(total)
    }
    times.sort()
    let tail = times[Int(Double(times.count - 1) * 0.9999)]
    let timeout = Swift.min(
      Double(SQSLimits.visibilityTimeout.upperBound),
      Swift.max(Double(SQSLimits.defaultVisibilityTimeout), (tail * 1.25).rounded(.up)))
    settings.visibilityTimeout = Int(timeout)
    reason(
      "visibility_timeout", "\(settings.visibilityTimeout)",
      timeout > Double(SQSLimits.defaultVisibilityTimeout)
        ? "1.25 × the p99.99 time to process a batch of \(batch) (\(Format.duration(tail)))"
        : "AWS's default 30 s already covers 1.25 × the p99.99 time to process a batch of \(batch) (\(Format.duration(tail)))"
    )
    if tail * 1.25 > Double(SQSLimits.visibilityTimeout.upperBound) {
      notes.append(
        "queue \(queue.name): a batch can take \(Format.duration(tail)), longer than SQS's 12-hour visibility limit: receive smaller batches"
      )
    }

    // Receive count.
    let rate = queue.producers.reduce(0) { $0 + ($1.messagesPerSecond ?? 0) }
    let monthly = Swift.max(1, rate * messagesPerMonth)
    let failure = consumers.failureProbability
    var count = 5
    if failure > 0 {
      var power = 1.0
      for _ in 0..<count { power *= failure }
      while count < SQSLimits.maxReceiveCount.upperBound && monthly * power >= 0.01 {
        count += 1
        power *= failure
      }
    }
    settings.maxReceiveCount = count
    reason(
      "max_receive_count", "\(count)",
      failure > 0
        ? "transient failures \(Format.percent(failure, decimals: 1)) per attempt: \(Format.number(monthly))/month × \(Format.number(failure, decimals: 3))^\(count) < 0.01 healthy messages in the DLQ a month; at least 5 (S11)"
        : "no transient failures in the workload; AWS's floor of 5 (S11) leaves room for ones it does not model"
    )
    settings.enableDLQ = true
    reason(
      "enable_dlq", "true",
      "the seed's Definition of Done asks for a DLQ on every queue; poison messages go there")

    settings.receiveWaitTime = SQSLimits.receiveWait.upperBound
    reason(
      "receive_wait_time", "20",
      "long polling: an idle consumer makes 3 receives a minute instead of one per poll, and empty receives are billed (S2c)"
    )

    // Retention.
    var longest = 0.0
    var drain = 0.0
    let capacity =
      Double(consumers.scaling?.maximum ?? consumers.count)
      / Swift.max(1e-9, consumers.processingTime.mean ?? 1)
    for scenario in workload.scenarios {
      for incident in scenario.incidents {
        if case .queueConsumersStopped(let name) = incident.kind, name == queue.name,
          incident.duration > longest
        {
          longest = incident.duration
          drain = capacity > rate ? rate * incident.duration / (capacity - rate) : .infinity
        }
      }
    }
    let needed = 2 * (longest + drain)
    let retention = Swift.min(
      Double(SQSLimits.retention.upperBound),
      Swift.max(Double(SQSLimits.defaultRetention), (needed / 3_600).rounded(.up) * 3_600))
    settings.retentionSeconds = Int(retention)
    if longest > 0 {
      reason(
        "retention_seconds", "\(settings.retentionSeconds)",
        needed > Double(SQSLimits.defaultRetention)
          ? "twice the longest consumer stop (\(Format.duration(longest))) and its drain (\(Format.duration(drain)))"
          : "AWS's 4-day default is more than twice the longest consumer stop (\(Format.duration(longest))) and its drain; retention is free"
      )
      if needed > Double(SQSLimits.retention.upperBound) {
        notes.append(
          "queue \(queue.name): a \(Format.duration(longest)) consumer stop and its drain need more than SQS's 14-day retention: messages would expire"
        )
      }
    } else {
      reason(
        "retention_seconds", "\(settings.retentionSeconds)",
        "no scenario stops this queue's consumers; AWS's 4-day default, free")
    }
    settings.fifo = queue.fifo
    reason(
      "fifo", "\(queue.fifo)",
      queue.fifo
        ? "the workload's queue is FIFO; the seed's module never sets fifo_queue, so it would create a standard queue: fix the module"
        : "the workload's queue is standard")
    reason("max_message_size", "\(settings.maxMessageSize)", "AWS's default (S1)")
    reason(
      "delay_seconds", "\(settings.delaySeconds)",
      "no delay: the workload's producers send for immediate delivery")
    reason(
      "use_sqs_managed_sse", "\(settings.useSQSManagedSSE)",
      settings.useSQSManagedSSE
        ? "SSE-SQS: encryption at no request cost (SSE-KMS bills a KMS call per data key, S2e)"
        : "as configured: SSE-KMS")
    return (settings, reasons, notes)
  }
}
