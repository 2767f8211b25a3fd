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
  static func evaluate(workload: Workload, configuration: Configuration, runs: [MSKRunResult], bill: Bill)
    -> [Verdict]
  {
    let objectives = workload.objectives
    var verdicts: [Verdict] = []
    let msk = configuration.msk
    for run in runs {
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
      } else if scenario == runs[0].scenario, let type = msk.brokerType {
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
    if let budget = objectives.monthlyBudget {
      verdicts.append(
        Verdict(
          kind: .objective, name: "monthly budget", scenario: runs[0].scenario, subject: "bill",
          observed: bill.total,
          limit: budget, unit: "USD", met: bill.total <= budget))
    }
    return verdicts
  }
}
