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
/// - AWS/Kafka, DEFAULT level (free, S6b): KafkaDataLogsDiskUsed (percent)
///   of the fullest broker; CpuUser + CpuSystem (percent) of the busiest
///   broker (a metric-math sum, as an alarm on both would use: the model
///   has one CPU figure and does not split user from system time);
///   BytesInPerSec and BytesOutPerSec of the busiest broker (clients only);
///   UnderReplicatedPartitions summed over brokers and OfflinePartitionsCount
///   (both DEFAULT in the Developer Guide's metrics table, not in
///   msk.md: an addition, see TheMonitoringPlan); EstimatedMaxTimeLag per
///   consumer group (the largest over its topics, the group alarms' metric)
///   and EstimatedMaxTimeLag, MaxOffsetLag and SumOffsetLag per group and
///   topic (msk.md §4). MaxOffsetLag is the topic's lag over its readable
///   partitions: the fluid model spreads lag evenly. Lag metrics need Kafka
///   2.2.1 or later (S6): with an older kafka_version they are absent.
/// - AWS/Kafka, PER_BROKER level (paid): VolumeWriteBytes and
///   VolumeReadBytes of the busiest broker (bytes per minute, S3); absent at
///   DEFAULT.
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
      let level = configuration.msk.enhancedMonitoringLevel
      func add(
        _ name: String, _ subject: (String, String), _ unit: String, _ series: IntervalSeries?,
        level needed: String = "DEFAULT", scale: Double = 1
      ) {
        guard let series, MonitoringLevel.includes(level, needed) else { return }
        metrics.append(
          SimulatedMetric(
            namespace: "AWS/Kafka", name: name, dimensions: [("Cluster Name", cluster), subject], unit: unit,
            series: scale == 1 ? series : series.scaled(by: scale)))
      }
      let fullest = ("Broker ID", "fullest")
      let busiest = ("Broker ID", "busiest")
      let volume = Double(configuration.msk.brokerVolumeSize) * 1_073_741_824
      if volume > 0 {
        add("KafkaDataLogsDiskUsed", fullest, "Percent", msk.series["storage.max"], scale: 100 / volume)
      }
      add("CpuUser + CpuSystem", busiest, "Percent", msk.series["cpu.max"], scale: 100)
      add("BytesInPerSec", busiest, "Bytes/Second", msk.series["bytesIn.max"])
      add("BytesOutPerSec", busiest, "Bytes/Second", msk.series["bytesOut.max"])
      add(
        "UnderReplicatedPartitions", ("Broker ID", "sum of brokers"), "Count", msk.series["underReplicated"])
      metrics += [
        msk.series["offline"].map {
          SimulatedMetric(
            namespace: "AWS/Kafka", name: "OfflinePartitionsCount", dimensions: [("Cluster Name", cluster)],
            unit: "Count", series: $0)
        }
      ].compactMap { $0 }
      add("VolumeWriteBytes", busiest, "Bytes", msk.series["volumeWrite.max"], level: "PER_BROKER")
      add("VolumeReadBytes", busiest, "Bytes", msk.series["volumeRead.max"], level: "PER_BROKER")
      // Lag metrics need Kafka 2.2.1 or later (S6).
      if MonitoringLevel.lagMetricsAvailable(kafkaVersion: configuration.msk.kafkaVersion) {
        for group in msk.groups {
          add(
            "EstimatedMaxTimeLag", ("Consumer Group", group.name), "Seconds", msk.series["lag." + group.name])
        }
        for lag in msk.topicLags {
          for (name, unit, series) in [
            ("EstimatedMaxTimeLag", "Seconds", lag.timeLag), ("MaxOffsetLag", "Count", lag.maxOffsetLag),
            ("SumOffsetLag", "Count", lag.sumOffsetLag),
          ] {
            metrics.append(
              SimulatedMetric(
                namespace: "AWS/Kafka", name: name,
                dimensions: [("Cluster Name", cluster), ("Consumer Group", lag.group), ("Topic", lag.topic)],
                unit: unit, series: series))
          }
        }
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
