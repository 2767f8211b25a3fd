import SimKit

extension SimulationReportV1 {
  /// The report of a simulation.
  public init(_ result: SimulationResult) {
    schemaVersion = Self.schemaVersion
    kind = "simulation"
    tool = "mqplan \(MQPlan.version)"
    workload = WorkloadV1(
      name: result.workload.name, seed: result.workload.seed, horizonSeconds: result.workload.horizon,
      region: result.workload.region)
    // Every msk variable; of the others, those a tfvars file or --set gave.
    configuration =
      result.configuration.mskVariables.map {
        VariableV1(
          module: "msk", name: $0.name, value: $0.value,
          origin: result.configuration.origins[$0.name] ?? "default")
      }
      + result.configuration.variables(for: result.workload).filter {
        $0.module != "msk" && result.configuration.origins[$0.name] != nil
      }.map { VariableV1(module: $0.module, name: $0.name, value: $0.value, origin: $0.origin) }
    runs = result.scenarios.map(Self.run)
    bill = BillV1(
      currency: result.prices.currency, hoursPerMonth: PriceBook.hoursPerMonth, lines: result.bill.lines,
      totalUSD: result.bill.total)
    objectives = result.verdicts
    alarms = result.alarms.map(Self.alarm)
    warnings = result.warnings
    passed = result.passed
  }

  static func distribution(_ sketch: SimKit.QuantileSketch) -> DistributionV1 {
    guard sketch.count > 0 else { return DistributionV1(p50: 0, p99: 0, max: 0) }
    return DistributionV1(p50: sketch.quantile(0.5) ?? 0, p99: sketch.quantile(0.99) ?? 0, max: sketch.max)
  }

  static func queue(_ queue: SQSQueueResult) -> QueueV1 {
    QueueV1(
      name: queue.name, fidelity: queue.fidelity.rawValue, fifo: queue.fifo, sent: queue.sent,
      rejectedTooLarge: queue.rejectedTooLarge, throttledSendCalls: queue.throttledSendCalls,
      processed: queue.processed,
      deleted: queue.deleted, duplicates: queue.duplicates, expired: queue.expired,
      movedToDLQPoison: queue.movedToDLQPoison,
      movedToDLQOther: queue.movedToDLQOther, expiredFromDLQ: queue.expiredFromDLQ,
      overLimitReceives: queue.overLimitReceives,
      requests: queue.requests, kmsRequests: queue.kmsRequests, visibleMessages: distribution(queue.visible),
      meanVisibleMessages: queue.meanVisible, maxInFlight: queue.maxInFlight,
      ageOfOldestSeconds: distribution(queue.ageOfOldest),
      endToEndSeconds: distribution(queue.endToEnd), dlqDepthMax: queue.dlqDepthMax,
      dlqDepthFinal: queue.dlqDepthFinal,
      consumersMin: queue.consumersMin, consumersMax: queue.consumersMax,
      events: queue.events.map { EventV1(timeSeconds: $0.time, message: $0.message) })
  }

  static func run(_ scenario: ScenarioRun) -> RunV1 {
    guard let run = scenario.msk else {
      return RunV1(
        scenario: scenario.scenario, serverless: false, bindingLimit: nil, brokers: [], limits: [],
        consumerGroups: [], topics: [],
        maxReplicasPerBroker: 0, connectionsPerBroker: 0, throttledMinutes: 0, events: [],
        queues: scenario.queues.map(queue), eventBridge: scenario.eventBridge.map(eventBridge))
    }
    return RunV1(
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
      events: run.events.map { EventV1(timeSeconds: $0.time, message: $0.message) },
      queues: scenario.queues.map(queue), eventBridge: scenario.eventBridge.map(eventBridge))
  }
}
