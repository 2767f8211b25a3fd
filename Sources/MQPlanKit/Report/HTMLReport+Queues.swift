import SimKit

extension HTMLReport {
  /// Depth and age of the oldest message per queue, in every run that
  /// changes the queue, with the depth alarm and the age objective.
  static func queueSection(_ page: inout Page) -> String {
    let result = page.result
    guard let first = result.scenarios.first, !first.queues.isEmpty else { return "" }
    var body = ""
    for (index, queue) in first.queues.enumerated() {
      body += "<h3>Queue \(esc(queue.name))</h3>\n"
      let depthAlarm = result.alarms.first {
        $0.subject == "queue \(queue.name)" && $0.kind.hasPrefix("queue depth")
      }
      var depth = queueMetric(
        queue: index, key: "visible", id: "visible-\(slug(queue.name))",
        title: "Visible messages in \(queue.name)",
        yTitle: "visible messages", unit: .count)
      if let alarm = depthAlarm {
        depth.rules.append(
          .init(name: "depth alarm \(Format.number(alarm.threshold))", value: alarm.threshold, isLimit: false)
        )
      }
      body += metricFigures(page, depth, caption: "ApproximateNumberOfMessagesVisible.")
      var age = queueMetric(
        queue: index, key: "ageOfOldest", id: "age-\(slug(queue.name))",
        title: "Age of the oldest message in \(queue.name)", yTitle: "age of oldest", unit: .seconds)
      if let objective = result.workload.objectives.maxMessageAgeSeconds {
        age.rules.append(
          .init(name: "age objective \(Format.duration(objective))", value: objective, isLimit: true))
      }
      body += metricFigures(
        page, age,
        caption:
          "ApproximateAgeOfOldestMessage; age while a scenario stops the consumers, and its drain, does not count against the objective."
      )
    }
    return section(&page, id: "queues", title: "SQS queues", body)
  }

  /// One of queue `index`'s per-minute series as a metric.
  static func queueMetric(
    queue index: Int, key: String, id: String, title: String, yTitle: String, unit: ChartUnit
  )
    -> Metric
  {
    Metric(
      id: id, title: title, yTitle: yTitle, unit: unit,
      sample: { run, bucket, from, to in
        guard index < run.queues.count, let series = run.queues[index].series[key] else { return nil }
        return ChartSampling.maxima(series, bucket: bucket, from: from, to: to)
      })
  }

  /// Invocations per minute, and throttles, failures and DLQ deliveries.
  static func eventBridgeSection(_ page: inout Page) -> String {
    let result = page.result
    guard let baseline = result.scenarios.first?.eventBridge else { return "" }
    let horizon = result.workload.horizon
    let bucket = page.bucket
    var traffic = LineChart(
      id: "eventbridge-invocations", title: "EventBridge events published and rule invocations",
      yTitle: "per minute", unit: .count, start: 0, end: horizon)
    traffic.series.append(
      .init(
        name: "events published",
        points: ChartSampling.maxima(baseline.publishedPerMinute, bucket: bucket, horizon: horizon), style: 0)
    )
    traffic.series.append(
      .init(
        name: "invocations",
        points: ChartSampling.maxima(baseline.invocationsPerMinute, bucket: bucket, horizon: horizon),
        style: 2))
    // The quota as a line only when traffic comes near it; else it would
    // flatten the curves, and the caption says how far below it they stay.
    let quota = baseline.invocationsQuota * 60
    let peakInvocations = baseline.invocationsPerMinute.max() ?? 0
    if peakInvocations >= 0.1 * quota {
      traffic.rules.append(
        .init(name: "invocations quota \(Format.number(quota))/min", value: quota, isLimit: true))
    }
    var body = figure(
      traffic.svg(),
      caption:
        "Baseline run: events published to the bus and rule invocations (targets and retries). The busiest minute's "
        + "\(Format.number(peakInvocations)) invocations are \(Format.percent(quota > 0 ? peakInvocations / quota : 0, decimals: 1)) of the Region's invocations quota (\(Format.number(quota))/min). "
        + ChartSampling.describe(bucket: bucket) + ".")
    let troubles: [(id: String, title: String, values: (EventBridgeRunResult) -> [Double], caption: String)] =
      [
        (
          "eventbridge-throttled", "Throttled PutEvents requests", { $0.throttledPerMinute },
          "PutEvents requests refused over the Region's quota."
        ),
        (
          "eventbridge-failed", "Failed invocations", { $0.failedPerMinute },
          "Invocations whose target failed (FailedInvocations); each is retried as its rule's retry policy says."
        ),
        (
          "eventbridge-dlq", "Invocations sent to a DLQ", { $0.sentToDLQPerMinute },
          "Events given up after the retry policy and sent to the rule's DLQ (InvocationsSentToDlq)."
        ),
      ]
    var quiet: [String] = []
    for trouble in troubles {
      let metric = Metric(
        id: trouble.id, title: trouble.title, yTitle: "per minute", unit: .count,
        sample: { run, bucket, from, to in
          run.eventBridge.map { ChartSampling.maxima(trouble.values($0), bucket: bucket, from: from, to: to) }
        })
      if isQuiet(page, metric, below: 1) {
        quiet.append(trouble.title.lowercased())
        continue
      }
      body += "<h3>\(esc(trouble.title))</h3>\n"
      body += metricFigures(page, metric, caption: trouble.caption, quietBelow: 1)
    }
    if !quiet.isEmpty {
      body += "<p>No \(esc(quiet.joined(separator: ", "))) in any run.</p>\n"
    }
    return section(&page, id: "eventbridge", title: "EventBridge bus", body)
  }
}
