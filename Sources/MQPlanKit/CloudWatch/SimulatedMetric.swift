import SimKit

/// One simulated CloudWatch metric, named as AWS publishes it: namespace,
/// metric name, dimensions, unit, and one-minute datapoints (a minute with
/// no sample is a missing datapoint, as in CloudWatch).
struct SimulatedMetric: Sendable {
  var namespace: String
  var name: String
  /// Dimension name and value pairs, in AWS's order.
  var dimensions: [(name: String, value: String)]
  var unit: String
  var series: IntervalSeries

  /// Namespace, name and the last dimension's value: how alarms find it.
  struct Key: Hashable, Sendable {
    var namespace: String
    var name: String
    var subject: String

    init(_ namespace: String, _ name: String, _ subject: String) {
      self.namespace = namespace
      self.name = name
      self.subject = subject
    }
  }

  var key: Key { Key(namespace, name, dimensions.last?.value ?? "") }

  /// "AWS/SQS ApproximateNumberOfMessagesVisible QueueName=orion-prod-jobs".
  var label: String {
    ([namespace, name] + dimensions.map { "\($0.name)=\($0.value)" }).joined(separator: " ")
  }
}

/// The CloudWatch metrics a run would have published, from its one-minute
/// series (reference/sqs-eventbridge.md §2, §7; msk.md §4).
///
/// - AWS/SQS, per queue (QueueName as the seed names queues,
///   `<project>-<environment>-<key>`): ApproximateNumberOfMessagesVisible,
///   ApproximateNumberOfMessagesNotVisible, ApproximateAgeOfOldestMessage,
///   NumberOfMessagesSent, NumberOfMessagesReceived, NumberOfMessagesDeleted,
///   NumberOfEmptyReceives; and ApproximateNumberOfMessagesVisible of the
///   DLQ (`…-dlq`).
/// - AWS/Kafka (DEFAULT level, free, S6b): KafkaDataLogsDiskUsed (percent)
///   of the fullest broker, CpuUser + CpuSystem (percent) of the busiest
///   broker (a metric-math sum, as an alarm on both would use), and
///   EstimatedMaxTimeLag per consumer group (seconds; the largest over its
///   topics).
/// - AWS/Events, bus-wide (the per-rule split is not kept): Invocations,
///   FailedInvocations, InvocationsSentToDlq, and PutEvents throttles.
///   EventBridge emits these only when non-zero (S21c), so zero minutes are
///   missing datapoints.
enum SimulatedMetrics {
  static func names(workload: Workload) -> (prefix: String, cluster: String) {
    let prefix = [workload.project, workload.environment].filter { !$0.isEmpty }.joined(separator: "-")
    return (prefix.isEmpty ? "" : prefix + "-", (prefix.isEmpty ? "" : prefix + "-") + "msk")
  }

  static func metrics(run: ScenarioRun, workload: Workload, configuration: Configuration) -> [SimulatedMetric]
  {
    var metrics: [SimulatedMetric] = []
    let (prefix, cluster) = names(workload: workload)
    for queue in run.queues {
      let name = prefix + queue.name
      let sqs: [(String, String, String)] = [
        ("visible", "ApproximateNumberOfMessagesVisible", "Count"),
        ("inFlight", "ApproximateNumberOfMessagesNotVisible", "Count"),
        ("ageOfOldest", "ApproximateAgeOfOldestMessage", "Seconds"),
        ("sent", "NumberOfMessagesSent", "Count"), ("received", "NumberOfMessagesReceived", "Count"),
        ("deleted", "NumberOfMessagesDeleted", "Count"), ("emptyReceives", "NumberOfEmptyReceives", "Count"),
      ]
      for (key, metric, unit) in sqs {
        guard let series = queue.series[key] else { continue }
        metrics.append(
          SimulatedMetric(
            namespace: "AWS/SQS", name: metric, dimensions: [("QueueName", name)], unit: unit, series: series)
        )
      }
      if configuration.queue(queue.name).enableDLQ, let dlq = queue.series["dlq"] {
        metrics.append(
          SimulatedMetric(
            namespace: "AWS/SQS", name: "ApproximateNumberOfMessagesVisible",
            dimensions: [("QueueName", name + "-dlq")],
            unit: "Count", series: dlq))
      }
    }
    if let msk = run.msk, !msk.serverless {
      let volume = Double(configuration.msk.brokerVolumeSize) * 1_073_741_824
      if let storage = msk.series["storage.max"], volume > 0 {
        metrics.append(
          SimulatedMetric(
            namespace: "AWS/Kafka", name: "KafkaDataLogsDiskUsed",
            dimensions: [("Cluster Name", cluster), ("Broker ID", "fullest")], unit: "Percent",
            series: storage.scaled(by: 100 / volume)))
      }
      if let cpu = msk.series["cpu.max"] {
        metrics.append(
          SimulatedMetric(
            namespace: "AWS/Kafka", name: "CpuUser + CpuSystem",
            dimensions: [("Cluster Name", cluster), ("Broker ID", "busiest")], unit: "Percent",
            series: cpu.scaled(by: 100)))
      }
      for group in msk.groups {
        guard let lag = msk.series["lag." + group.name] else { continue }
        metrics.append(
          SimulatedMetric(
            namespace: "AWS/Kafka", name: "EstimatedMaxTimeLag",
            dimensions: [("Cluster Name", cluster), ("Consumer Group", group.name)], unit: "Seconds",
            series: lag))
      }
    }
    if let bus = run.eventBridge {
      let perMinute: [(String, [Double])] = [
        ("Invocations", bus.invocationsPerMinute), ("FailedInvocations", bus.failedPerMinute),
        ("InvocationsSentToDlq", bus.sentToDLQPerMinute),
        ("ThrottledPutEventsRequests", bus.throttledPerMinute),
      ]
      for (name, values) in perMinute {
        metrics.append(
          SimulatedMetric(
            namespace: "AWS/Events", name: name, dimensions: [("EventBusName", prefix + "events")],
            unit: "Count",
            series: nonZeroSeries(values, horizon: bus.horizon)))
      }
    }
    return metrics
  }

  /// One sample per non-zero minute; zero minutes are missing datapoints.
  static func nonZeroSeries(_ values: [Double], horizon: Double) -> IntervalSeries {
    var series = IntervalSeries(interval: 60)
    for (minute, value) in values.enumerated() where value != 0 {
      series.record(value, at: Double(minute) * 60)
    }
    series.extend(through: horizon)
    return series
  }
}
