extension Objectives {
  /// Checks the workload's objectives and AWS's hard limits in every run.
  ///
  /// - Consumer time lag: the largest lag outside the windows in which a
  ///   scenario stopped that group (and it was catching up); a group that
  ///   never catches up before the horizon ends fails.
  /// - Disk: the fullest broker's peak share of its volume; a full volume
  ///   fails whatever the objective.
  /// - CPU: the busiest broker's peak per-minute CpuUser + CpuSystem share.
  /// - Throughput: producers must never be held back by a cluster limit.
  /// - Budget: the baseline's monthly bill.
  /// - Limits: partition replicas per broker within what MSK allows for
  ///   update operations (S2); IAM connections per broker (S4); Serverless
  ///   quotas.
  static func evaluate(
    workload: Workload, configuration: Configuration, runs scenarioRuns: [ScenarioRun], bill: Bill
  )
    -> [Verdict]
  {
    var verdicts: [Verdict] = []
    for (index, run) in scenarioRuns.enumerated() {
      if let msk = run.msk {
        verdicts += evaluate(
          workload: workload, configuration: configuration, msk: msk, isBaseline: index == 0)
      }
      for queue in run.queues {
        verdicts += evaluate(
          workload: workload, configuration: configuration, queue: queue, scenario: run.scenario,
          isBaseline: index == 0)
      }
      if let bus = run.eventBridge {
        verdicts += evaluate(bus: bus, scenario: run.scenario)
      }
    }
    if let budget = workload.objectives.monthlyBudget {
      verdicts.append(
        Verdict(
          kind: .objective, name: "monthly budget", scenario: "baseline", subject: "bill",
          observed: bill.total,
          limit: budget, unit: "USD", met: bill.total <= budget))
    }
    return verdicts
  }

  /// EventBridge: no event lost, neither to throttling nor after its
  /// retries without a DLQ (a DLQ keeps them, so that is not a loss).
  static func evaluate(bus: EventBridgeRunResult, scenario: String) -> [Verdict] {
    var verdicts: [Verdict] = []
    for type in bus.types {
      verdicts.append(
        Verdict(
          kind: .limit, name: "PutEvents throttling", scenario: scenario, subject: "events \(type.name)",
          observed: type.droppedByThrottle, limit: 0, unit: "events", met: type.droppedByThrottle == 0,
          detail: type.droppedByThrottle > 0
            ? "\(Format.number(type.droppedByThrottle)) events dropped by the producer when PutEvents was throttled (quota \(Format.number(bus.putEventsQuota))/s)"
            : nil))
    }
    for target in bus.targets {
      verdicts.append(
        Verdict(
          kind: .objective, name: "events lost after retries", scenario: scenario,
          subject: "rule \(target.rule) → \(target.target)", observed: target.dropped, limit: 0,
          unit: "events",
          met: target.dropped == 0,
          detail: target.dropped > 0
            ? "\(Format.number(target.dropped)) events dropped after the retry policy gave up, and the rule has no DLQ"
            : nil))
    }
    return verdicts
  }

  static func evaluate(
    workload: Workload, configuration: Configuration, msk run: MSKRunResult, isBaseline: Bool
  )
    -> [Verdict]
  {
    let objectives = workload.objectives
    var verdicts: [Verdict] = []
    let msk = configuration.msk
    do {
      let scenario = run.scenario
      if let maxLag = objectives.maxConsumerLagSeconds {
        for group in run.groups {
          let stuck = group.catchUps.contains { $0 == nil }
          verdicts.append(
            Verdict(
              kind: .objective, name: "consumer time lag", scenario: scenario, subject: "group \(group.name)",
              observed: group.maxLagSecondsExcludingOutages, limit: maxLag, unit: "s",
              met: group.maxLagSecondsExcludingOutages <= maxLag && !stuck,
              detail: stuck ? "the group had not caught up by the end of the run" : nil))
        }
      }
      if !run.serverless {
        let fullest = run.brokers.max { $0.peakDiskFraction < $1.peakDiskFraction }
        if let fullest {
          verdicts.append(
            Verdict(
              kind: .objective, name: "disk used", scenario: scenario, subject: "broker \(fullest.id)",
              observed: fullest.peakDiskFraction * 100, limit: objectives.maxDiskUsedFraction * 100,
              unit: "%",
              met: fullest.peakDiskFraction <= objectives.maxDiskUsedFraction && fullest.filledAt == nil,
              detail: fullest.filledAt.map {
                "the volume filled at \(Quantities.describe(seconds: $0)); the broker halted"
              }))
        }
        let busiest = run.brokers.max { $0.peakCPU < $1.peakCPU }
        if let busiest {
          verdicts.append(
            Verdict(
              kind: .objective, name: "CPU (user + system)", scenario: scenario,
              subject: "broker \(busiest.id)",
              observed: busiest.peakCPU * 100, limit: objectives.maxCpuFraction * 100, unit: "%",
              met: busiest.peakCPU <= objectives.maxCpuFraction))
        }
      }
      let capped = run.limits.filter { $0.cappedMinutes > 0 }.max { $0.cappedMinutes < $1.cappedMinutes }
      let backlog = run.topics.map(\.peakBacklogMessages).max() ?? 0
      var why: String?
      if run.throttledMinutes > 0 {
        if let capped {
          why =
            "\(capped.limit.rawValue) capped traffic for \(capped.cappedMinutes) min (peak demand \(Int((capped.peakDemand * 100).rounded())) % of capacity)"
        } else {
          why = "partitions could not take writes (fewer than min.insync.replicas in sync)"
        }
        why! += "; producer backlog peaked at \(Format.number(backlog)) messages"
      }
      verdicts.append(
        Verdict(
          kind: .objective, name: "producers never throttled", scenario: scenario, subject: "cluster",
          observed: Double(run.throttledMinutes), limit: 0, unit: "min", met: run.throttledMinutes == 0,
          detail: why))
      if run.serverless {
        let partitions = run.topics.reduce(0) { $0 + $1.partitions }
        verdicts.append(
          Verdict(
            kind: .limit, name: "Serverless partitions", scenario: scenario, subject: "cluster",
            observed: Double(partitions),
            limit: Double(MSKServerlessLimits.maxPartitions), unit: "partitions",
            met: partitions <= MSKServerlessLimits.maxPartitions))
        verdicts.append(
          Verdict(
            kind: .limit, name: "Serverless client connections", scenario: scenario, subject: "cluster",
            observed: run.connectionsPerBroker, limit: Double(MSKServerlessLimits.maxClientConnections),
            unit: "connections",
            met: run.connectionsPerBroker <= Double(MSKServerlessLimits.maxClientConnections)))
        verdicts.append(
          Verdict(
            kind: .limit, name: "Serverless consumer groups", scenario: scenario, subject: "cluster",
            observed: Double(run.groups.count), limit: Double(MSKServerlessLimits.maxConsumerGroups),
            unit: "groups",
            met: run.groups.count <= MSKServerlessLimits.maxConsumerGroups))
      } else if isBaseline, let type = msk.brokerType {
        verdicts.append(
          Verdict(
            kind: .limit, name: "partition replicas per broker", scenario: scenario,
            subject: "busiest broker",
            observed: Double(run.maxReplicasPerBroker), limit: Double(type.maxPartitionsForUpdates),
            unit: "replicas",
            met: run.maxReplicasPerBroker <= type.maxPartitionsForUpdates,
            detail: run.maxReplicasPerBroker > type.recommendedPartitions
              ? "above AWS's recommended \(type.recommendedPartitions) for \(type.name) (S2)" : nil))
        verdicts.append(
          Verdict(
            kind: .limit, name: "IAM connections per broker", scenario: scenario, subject: "each broker",
            observed: run.connectionsPerBroker, limit: Double(MSKLimits.iamConnectionsPerBroker),
            unit: "connections",
            met: run.connectionsPerBroker <= Double(MSKLimits.iamConnectionsPerBroker)))
      }
    }
    return verdicts
  }

  /// SQS: age of the oldest message, end-to-end latency, expired messages,
  /// and (baseline only) non-poison messages reaching the DLQ.
  static func evaluate(
    workload: Workload, configuration: Configuration, queue: SQSQueueResult, scenario: String,
    isBaseline: Bool
  ) -> [Verdict] {
    let objectives = workload.objectives
    var verdicts: [Verdict] = []
    let subject = "queue \(queue.name)"
    if let maxAge = objectives.maxMessageAgeSeconds {
      // As for consumer lag: the windows in which the scenario stopped this
      // queue's consumers, and the drain after each (until the age is back
      // within the objective), are excluded; how long the drain took is
      // reported instead.
      let stops = (workload.scenarios.first { $0.name == scenario }?.incidents ?? []).filter {
        if case .queueConsumersStopped(let name) = $0.kind { return name == queue.name }
        return false
      }
      var observed = queue.ageOfOldest.count > 0 ? queue.ageOfOldest.max : 0
      var detail: String?
      var stuck = false
      if !stops.isEmpty, let series = queue.series["ageOfOldest"] {
        var excluded = [Bool](repeating: false, count: series.intervalCount)
        var drains: [String] = []
        for stop in stops where Int(stop.start / series.interval) < excluded.count {
          var minute = Swift.max(0, Int(stop.start / series.interval))
          let restart = Int((stop.end / series.interval).rounded(.up))
          while minute < excluded.count {
            let age = series.datapoint(at: minute)?.maximum ?? 0
            if minute >= restart && age <= maxAge { break }
            excluded[minute] = true
            minute += 1
          }
          if minute >= excluded.count {
            stuck = true
          } else {
            drains.append(Quantities.describe(seconds: Double(minute) * series.interval - stop.end))
          }
        }
        observed = 0
        for minute in excluded.indices where !excluded[minute] {
          observed = Swift.max(observed, series.datapoint(at: minute)?.maximum ?? 0)
        }
        if stuck {
          detail = "the queue had not drained by the end of the run after its consumers were stopped"
        } else if !drains.isEmpty {
          detail =
            "outside the consumer stop and its drain (back within the objective \(drains.joined(separator: ", ")) after the restart)"
        }
      }
      verdicts.append(
        Verdict(
          kind: .objective, name: "age of oldest message", scenario: scenario, subject: subject,
          observed: observed,
          limit: maxAge, unit: "s", met: observed <= maxAge && !stuck, detail: detail))
    }
    if let latency = objectives.endToEndLatency {
      let observed = queue.endToEnd.quantile(latency.percentile) ?? 0
      let percentile = latency.percentile * 100
      let label =
        percentile == percentile.rounded()
        ? Format.number(percentile) : Format.number(percentile, decimals: 1)
      verdicts.append(
        Verdict(
          kind: .objective, name: "end-to-end latency p\(label)", scenario: scenario, subject: subject,
          observed: observed, limit: latency.seconds, unit: "s", met: observed <= latency.seconds))
    }
    if objectives.noExpiredMessages {
      verdicts.append(
        Verdict(
          kind: .objective, name: "no message expires", scenario: scenario, subject: subject,
          observed: queue.expired,
          limit: 0, unit: "messages", met: queue.expired == 0,
          detail: queue.expired > 0
            ? "\(Format.number(queue.expired)) messages were deleted by retention before anyone processed them"
            : nil))
    }
    if objectives.dlqOnlyPoisonUnderNormalLoad && isBaseline {
      verdicts.append(
        Verdict(
          kind: .objective, name: "DLQ takes only poison messages", scenario: scenario, subject: subject,
          observed: queue.movedToDLQOther, limit: 0, unit: "messages", met: queue.movedToDLQOther == 0,
          detail: queue.movedToDLQOther > 0
            ? "\(Format.number(queue.movedToDLQOther)) messages that could have succeeded exhausted max_receive_count (transient failures or visibility timeouts)"
            : nil))
    }
    return verdicts
  }
}
