extension SimulationReportV1 {
  /// The report of a simulation.
  public init(_ result: SimulationResult) {
    schemaVersion = Self.schemaVersion
    kind = "simulation"
    tool = "mqplan \(MQPlan.version)"
    workload = WorkloadV1(
      name: result.workload.name, seed: result.workload.seed, horizonSeconds: result.workload.horizon,
      region: result.workload.region)
    configuration = result.configuration.mskVariables.map {
      VariableV1(
        module: "msk", name: $0.name, value: $0.value,
        origin: result.configuration.origins[$0.name] ?? "default")
    }
    runs = result.runs.map(Self.run)
    bill = BillV1(
      currency: result.prices.currency, hoursPerMonth: PriceBook.hoursPerMonth, lines: result.bill.lines,
      totalUSD: result.bill.total)
    objectives = result.verdicts
    warnings = result.warnings
    passed = result.passed
  }

  static func run(_ run: MSKRunResult) -> RunV1 {
    RunV1(
      scenario: run.scenario, serverless: run.serverless,
      bindingLimit: run.bindingLimit.map(\.limit.rawValue),
      brokers: run.brokers.map {
        BrokerV1(
          id: $0.id, zone: $0.zone, replicas: $0.replicas, peakStorageBytes: $0.peakStorageBytes,
          p99StorageBytes: $0.p99StorageBytes, finalStorageBytes: $0.finalStorageBytes,
          peakDiskPercent: $0.peakDiskFraction * 100,
          reachedDiskObjectiveAtSeconds: $0.reachedDiskObjectiveAt,
          volumeFullAtSeconds: $0.filledAt, peakCpuPercent: $0.peakCPU * 100, p99CpuPercent: $0.p99CPU * 100)
      },
      limits: run.limits.map {
        LimitV1(
          limit: $0.limit.rawValue, capacity: $0.capacity, unit: $0.unit,
          peakDemandPercent: $0.peakDemand * 100,
          peakUsePercent: $0.peak * 100, p99UsePercent: $0.p99 * 100, cappedMinutes: $0.cappedMinutes)
      },
      consumerGroups: run.groups.map {
        GroupV1(
          name: $0.name, activeConsumers: $0.activeConsumers, maxLagMessages: $0.maxLagMessages,
          maxLagSeconds: $0.maxLagSeconds, p99LagSeconds: $0.p99LagSeconds,
          maxLagSecondsExcludingOutages: $0.maxLagSecondsExcludingOutages, catchUpSeconds: $0.catchUps)
      },
      topics: run.topics.map {
        TopicV1(
          name: $0.name, partitions: $0.partitions, replicationFactor: $0.replicationFactor,
          offeredMessages: $0.offered.count, offeredBytes: $0.offered.bytes,
          acceptedMessages: $0.accepted.count,
          acceptedBytes: $0.accepted.bytes, peakBacklogMessages: $0.peakBacklogMessages,
          peakOfferedBytesPerSecond: $0.peakOfferedBytesPerSecond, peakPartitionBytes: $0.peakPartitionBytes)
      },
      maxReplicasPerBroker: run.maxReplicasPerBroker, connectionsPerBroker: run.connectionsPerBroker,
      throttledMinutes: run.throttledMinutes,
      events: run.events.map { EventV1(timeSeconds: $0.time, message: $0.message) })
  }
}
