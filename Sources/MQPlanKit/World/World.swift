import SimKit

/// Wires the service models together and runs a workload on a
/// configuration: the baseline, then each scenario, then the bill and the
/// verdicts.
public enum World {
  /// Options that change how, not what, is simulated.
  public struct Options: Sendable {
    /// SQS model fidelity: automatic, message by message, or cohorts.
    public var sqsFidelity: String = "auto"
    /// Apply SQS's monthly free tier (it is per account, so off by default).
    public var freeTier = false
    /// Baseline runs for the alarms: the workload's seed and, beyond one,
    /// replications with seeds drawn from it. Alarm quiet levels are the
    /// largest over them, false alarms per month their mean.
    public var replications = 1
    /// Counts the runs as they finish, for a progress bar.
    public var progress: RunProgress?

    public init(sqsFidelity: String = "auto", freeTier: Bool = false) {
      self.sqsFidelity = sqsFidelity
      self.freeTier = freeTier
    }
  }

  /// Simulates `workload` on `configuration`.
  ///
  /// - Throws: ``InputError`` when the configuration cannot carry the
  ///   workload at all (a replication factor above the broker count, an
  ///   incident on a broker that does not exist, an invalid variable, a
  ///   queue setting for a queue the workload does not have).
  public static func simulate(
    _ workload: Workload, configuration: Configuration, prices: PriceBook = .usEast1,
    options: Options = Options()
  ) throws(InputError) -> SimulationResult {
    let (workload, configurationWarnings) = try configured(workload, configuration: configuration)
    let runs = try scenarioRuns(workload, configuration: configuration, options: options)
    let extraBaselines = try extraBaselines(
      workload, configuration: configuration, options: options, count: options.replications - 1)
    return assemble(
      workload, configuration: configuration, runs: runs, extraBaselines: extraBaselines, prices: prices,
      options: options, warnings: configurationWarnings)
  }

  /// Further baselines for the alarms, side by side: the workload without
  /// its scenarios, each on a seed drawn from replication 1, 2, …'s
  /// stream. Only the runs: no bill or verdicts.
  static func extraBaselines(
    _ workload: Workload, configuration: Configuration, options: Options, count: Int
  ) throws(InputError) -> [ScenarioRun] {
    var base = workload
    base.scenarios = []
    let fixed = base
    let results = Parallel.map(count: Swift.max(0, count)) { position -> Result<ScenarioRun, InputError> in
      var other = fixed
      var seeds = RandomSource(seed: workload.seed).replication(position + 1).stream("seed")
      other.seed = seeds.next()
      return Result { () throws(InputError) in
        try scenarioRuns(other, configuration: configuration, options: options)[0]
      }
    }
    return try results.map { result throws(InputError) in try result.get() }
  }

  /// The bill, alarms, verdicts and warnings of runs already made:
  /// `runs[0]` is the baseline, then one run per scenario in order;
  /// `extraBaselines` are further baseline replications for the alarms.
  static func assemble(
    _ workload: Workload, configuration: Configuration, runs: [ScenarioRun], extraBaselines: [ScenarioRun],
    prices: PriceBook, options: Options, warnings configurationWarnings: [String] = []
  ) -> SimulationResult {
    let msk = configuration.msk
    var lines: [BillLine] = []
    var warnings = workload.warnings.map(\.description) + configurationWarnings
    if let kafka = workload.kafka, let baseline = runs[0].msk {
      let (mskLines, mskWarnings) = MSKCost.bill(
        configuration: msk, kafka: kafka, baseline: baseline, prices: prices)
      lines += mskLines
      warnings += mskWarnings
      warnings += seedWarnings(configuration: configuration)
      if !msk.useServerless && !MonitoringLevel.lagMetricsAvailable(kafkaVersion: msk.kafkaVersion) {
        warnings.append(
          "kafka_version \(msk.kafkaVersion) is older than 2.2.1: MSK publishes no consumer-lag metrics (MaxOffsetLag, SumOffsetLag, EstimatedMaxTimeLag, S6), so the lag alarms are left out"
        )
      }
    }
    if workload.sqs != nil {
      let (sqsLines, sqsWarnings) = SQSCost.bill(
        results: runs[0].queues, configuration: configuration, prices: prices, freeTier: options.freeTier)
      lines += sqsLines
      warnings += sqsWarnings
      warnings += sqsSeedWarnings(workload: workload, configuration: configuration)
    }
    if let bus = workload.eventBridge, let baseline = runs[0].eventBridge {
      lines += EventBridgeCost.bill(run: baseline, bus: bus, workload: workload, prices: prices)
      warnings += eventBridgeSeedWarnings(bus: bus, workload: workload)
    }
    let alarms = MonitoringPlan.evaluate(
      workload: workload, configuration: configuration, runs: runs, extraBaselines: extraBaselines)
    lines += MonitoringCost.bill(
      alarms: alarms, configuration: configuration, hasKafka: workload.kafka != nil, prices: prices)
    let bill = Bill(lines: lines)
    let verdicts = Objectives.evaluate(
      workload: workload, configuration: configuration, runs: runs, bill: bill)
    return SimulationResult(
      workload: workload, configuration: configuration, prices: prices, scenarios: runs, bill: bill,
      verdicts: verdicts, warnings: warnings, alarms: alarms, replications: extraBaselines)
  }

  /// The workload with the configuration's EventBridge overrides applied
  /// to its bus, and warnings about what the configuration leaves out: a
  /// workload queue or rule missing from a `queues` or `event_rules` map
  /// that a tfvars file set (Terraform would not create it; mqplan
  /// simulates it on the defaults, or the workload's policy), and an
  /// archive retention for a workload without an archive.
  ///
  /// - Throws: ``InputError`` for an EventBridge override that AWS would
  ///   refuse or that names a rule the workload does not have.
  static func configured(
    _ workload: Workload, configuration: Configuration
  ) throws(InputError) -> (workload: Workload, warnings: [String]) {
    var workload = workload
    var warnings: [String] = []
    let eventBridge = configuration.eventBridge
    let problems = eventBridge.problems(bus: workload.eventBridge)
    if !problems.isEmpty { throw InputError(problems) }
    if let bus = workload.eventBridge {
      workload.eventBridge = eventBridge.applied(to: bus)
      if eventBridge.archiveRetentionDays != nil && bus.archive == nil {
        warnings.append(
          "archive_retention_days is set, but the workload's eventbridge section has no archive: it changes nothing"
        )
      }
      if let file = configuration.origins["event_rules"] {
        for rule in bus.rules where eventBridge.retryPolicies[rule.name] == nil {
          warnings.append(
            "rule \(rule.name) is in the workload but not in the event_rules map of \(file): Terraform would not create it; mqplan simulates it with the workload's retry policy"
          )
        }
      }
    } else if eventBridge.archiveRetentionDays != nil {
      warnings.append(
        "archive_retention_days is set, but the workload has no eventbridge section: it changes nothing")
    }
    if let file = configuration.origins["queues"] {
      for queue in workload.sqs?.queues ?? [] where configuration.queues[queue.name] == nil {
        warnings.append(
          "queue \(queue.name) is in the workload but not in the queues map of \(file): Terraform would not create it; mqplan simulates it with the defaults"
        )
      }
    }
    return (workload, warnings)
  }

  /// Runs the baseline and every scenario: EventBridge first (its
  /// deliveries are arrivals of the queues it targets), then every
  /// (scenario, MSK or queue) pair in parallel.
  static func scenarioRuns(
    _ workload: Workload, configuration: Configuration, options: Options
  ) throws(InputError) -> [ScenarioRun] {
    guard workload.kafka != nil || workload.sqs != nil || workload.eventBridge != nil else {
      throw InputError(Diagnostic(message: "the workload describes no traffic"))
    }
    let fidelity = SQSSimulation.FidelityChoice(rawValue: options.sqsFidelity) ?? .auto
    // Check everything first, then run every (scenario, component) pair in
    // parallel: they are independent, and each draws from its own streams.
    let scenarios: [Scenario?] = [nil] + workload.scenarios.map { Optional($0) }
    for scenario in scenarios {
      if let kafka = workload.kafka {
        try MSKSimulation.check(kafka: kafka, configuration: configuration.msk, scenario: scenario)
      }
      if let sqs = workload.sqs {
        try SQSSimulation.check(sqs, configuration: configuration, scenario: scenario)
      }
    }
    // EventBridge first: its deliveries are arrivals of the queues it
    // targets. The matching classes are measured once; each scenario's run
    // draws its own traffic.
    var busRuns: [EventBridgeRunResult?] = scenarios.map { _ in nil }
    if let bus = workload.eventBridge {
      let source = RandomSource(seed: workload.seed).replication(0).child("eventbridge")
      let classes = EventBridgeSimulation(bus: bus, workload: workload, incidents: [], source: source)
        .classes()
      // Only the baseline and the scenarios with bus incidents run; the
      // others are the baseline's run (the same streams).
      let running = scenarios.indices.filter { index in
        index == 0 || (scenarios[index]?.incidents ?? []).contains { $0.kind.touchesEventBridge }
      }
      options.progress?.expect(running.count)
      let runs = Parallel.map(count: running.count) { position -> EventBridgeRunResult in
        let incidents = (scenarios[running[position]]?.incidents ?? []).filter { $0.kind.touchesEventBridge }
        let run = EventBridgeSimulation(bus: bus, workload: workload, incidents: incidents, source: source)
          .run(
            classes: classes)
        options.progress?.finish(simulating: workload.horizon)
        return run
      }
      for (position, index) in running.enumerated() { busRuns[index] = runs[position] }
      for index in scenarios.indices where busRuns[index] == nil { busRuns[index] = runs[0] }
    }
    enum Task: Sendable {
      case msk(Int)
      case queue(Int, Int)
    }
    // A scenario whose incidents do not touch a component runs it exactly
    // as the baseline does (every run draws from the same streams: common
    // random numbers), so that pair reuses the baseline's result.
    var tasks: [Task] = []
    for index in scenarios.indices {
      let incidents = scenarios[index]?.incidents ?? []
      if workload.kafka != nil && (index == 0 || incidents.contains { $0.kind.touchesKafka }) {
        tasks.append(.msk(index))
      }
      for (queue, settings) in (workload.sqs?.queues ?? []).enumerated() {
        let fedByBus =
          busRuns[index]?.deliveries[settings.name] != nil
          && incidents.contains { $0.kind.touchesEventBridge }
        if index == 0 || fedByBus || incidents.contains(where: { $0.kind.touches(queue: settings.name) }) {
          tasks.append(.queue(index, queue))
        }
      }
    }
    try checkMemoryBudget(workload, tasks: tasks.map { if case .msk = $0 { true } else { false } })
    enum Output: Sendable {
      case msk(MSKRunResult)
      case queue(SQSQueueResult)
    }
    let msk = configuration.msk
    let plan = tasks
    let buses = busRuns
    options.progress?.expect(plan.count)
    let outputs = Parallel.map(count: plan.count) { index -> Output in
      defer { options.progress?.finish(simulating: workload.horizon) }
      switch plan[index] {
      case .msk(let scenario):
        return .msk(
          MSKSimulation.simulate(workload: workload, configuration: msk, scenario: scenarios[scenario]))
      case .queue(let scenario, let queue):
        var queueWorkload = workload.sqs!.queues[queue]
        if let delivered = buses[scenario]?.deliveries[queueWorkload.name] {
          queueWorkload.producers.append(
            Self.eventBridgeProducer(delivered.perMinute, meanBytes: delivered.meanBytes))
        }
        return .queue(
          SQSSimulation.simulate(
            queue: queueWorkload, configuration: configuration.queue(queueWorkload.name), workload: workload,
            scenario: scenarios[scenario], fidelity: fidelity))
      }
    }
    var runs = scenarios.indices.map {
      ScenarioRun(scenario: scenarios[$0]?.name ?? "baseline", msk: nil, queues: [], eventBridge: busRuns[$0])
    }
    var queueResults: [[SQSQueueResult?]] = scenarios.map { _ in
      Array(repeating: nil, count: workload.sqs?.queues.count ?? 0)
    }
    for (task, output) in zip(tasks, outputs) {
      switch (task, output) {
      case (.msk(let scenario), .msk(let result)): runs[scenario].msk = result
      case (.queue(let scenario, let queue), .queue(let result)): queueResults[scenario][queue] = result
      default: preconditionFailure("task and output disagree")
      }
    }
    for index in scenarios.indices {
      if workload.kafka != nil && runs[index].msk == nil {
        var reused = runs[0].msk
        reused?.scenario = runs[index].scenario
        runs[index].msk = reused
      }
      runs[index].queues = queueResults[index].indices.compactMap {
        queueResults[index][$0] ?? queueResults[0][$0]
      }
    }
    return runs
  }

  /// The queue producer standing for a rule's deliveries: the per-minute
  /// counts as a trace (one SendMessage per event, as EventBridge sends).
  static func eventBridgeProducer(_ perMinute: [Double], meanBytes: Double) -> SQSProducer {
    let trace = TimeProfile.Trace(
      times: perMinute.indices.map { Double($0) * 60 }, rates: perMinute.map { $0 / 60 }, file: "eventbridge")
    return SQSProducer(
      name: "eventbridge", messagesPerSecond: trace.meanRate, messageSize: .constant(Swift.max(1, meanBytes)),
      batchSize: 1, profile: TimeProfile(trace: trace))
  }

  /// Defects of the seed's eventbridge module that the values depend on.
  static func eventBridgeSeedWarnings(bus: EventBridgeWorkload, workload: Workload) -> [String] {
    var warnings = [
      "the seed's eventbridge module uses var.event_rules, var.archive_retention_days and var.event_schemas without declaring them (the seed shows only the msk variables.tf); declare them before applying these values"
    ]
    for rule in bus.rules where rule.targets.count > 1 {
      warnings.append(
        "rule \(rule.name) has \(rule.targets.count) targets, but the seed's module creates one target per rule (target_arn); extend event_rules with a list of targets"
      )
    }
    if bus.archive != nil && bus.archive?.retentionDays == nil {
      warnings.append(
        "the archive keeps events indefinitely (AWS's default, S38): its storage grows without bound; set archive_retention_days"
      )
    }
    return warnings
  }

  /// Defects of the seed's msk module that the values depend on.
  static func seedWarnings(configuration: Configuration) -> [String] {
    var warnings: [String] = []
    let undeclared = ["enable_provisioned_throughput", "volume_throughput", "log_retention_days"]
    warnings.append(
      "the seed's msk module uses \(undeclared.joined(separator: ", ")) without declaring them in variables.tf; declare them before applying these values"
    )
    if let type = configuration.msk.brokerType, type.family == "t3" {
      warnings.append(
        "kafka.t3.small brokers earn CPU credits at 20 % per vCPU; sustained load above that drains them (S9)"
      )
    }
    return warnings
  }

  /// Defects of the seed's sqs module that the queues depend on.
  static func sqsSeedWarnings(workload: Workload, configuration: Configuration) -> [String] {
    var warnings: [String] = []
    for queue in workload.sqs?.queues ?? [] {
      let settings = configuration.queue(queue.name)
      if queue.fifo || settings.fifo {
        warnings.append(
          "queue \(queue.name) is meant to be FIFO, but the seed's sqs module never sets fifo_queue (and the name lacks .fifo), so Terraform creates a standard queue: no ordering, no deduplication, standard prices. mqplan simulates FIFO semantics as intended; fix the module (fifo_queue = each.value.fifo, a .fifo name, and a FIFO DLQ, which a FIFO source requires)"
        )
      }
      if settings.enableDLQ && settings.retentionSeconds >= SQSLimits.deadLetterRetention {
        warnings.append(
          "queue \(queue.name): retention_seconds \(settings.retentionSeconds) is not shorter than the DLQ's fixed 14 days; AWS advises DLQ retention longer than the source's (S8, S3b), and a standard DLQ keeps the original enqueue time"
        )
      }
    }
    return warnings
  }

  /// The memory the runs' per-minute series may take together, bytes.
  static let memoryBudget = 6.0 * 1_073_741_824

  /// Refuses, before anything runs, a set of runs whose per-minute series
  /// would not fit the budget (every run keeps its series for the report
  /// and the alarms: 8 bytes a series a minute, `IntervalSeries` holding one
  /// sample an interval as a double). A clear error, not a machine swapping
  /// for minutes: two thousand queues over a month is 6.4 GiB of series.
  static func checkMemoryBudget(_ workload: Workload, tasks isKafka: [Bool]) throws(InputError) {
    let minutes = (workload.horizon / 60).rounded(.up)
    var perKafkaRun = 0.0
    if let kafka = workload.kafka {
      let pairs = kafka.consumerGroups.reduce(0) { $0 + $1.topics.count }
      perKafkaRun = Double(11 + kafka.consumerGroups.count + 3 * pairs) * minutes * 8
    }
    let perQueueRun = 10 * minutes * 8
    let kafkaRuns = isKafka.filter { $0 }.count
    let queueRuns = isKafka.count - kafkaRuns
    let bytes = Double(kafkaRuns) * perKafkaRun + Double(queueRuns) * perQueueRun
    guard bytes > memoryBudget else { return }
    let gib = { (value: Double) in Format.number(value / 1_073_741_824, decimals: 1) + " GiB" }
    throw InputError(
      Diagnostic(
        message:
          "the runs would keep about \(gib(bytes)) of per-minute series (\(queueRuns) queue runs and \(kafkaRuns) Kafka runs over \(Format.duration(workload.horizon))), more than the \(gib(memoryBudget)) budget; shorten the horizon, split the queues over several workloads, or drop scenarios"
      ))
  }
}
