import SimKit

/// `mqplan plan`: the modules' variable values for a workload, each with
/// its reason, proven by simulation.
///
/// The services are planned apart, since their models do not share
/// capacity: the MSK search (``MSKPlanner``) runs only the Kafka model;
/// queue settings (``QueuePlanner``) and the archive retention
/// (``EventBridgePlanner``) follow from the workload. One final pass
/// simulates the queues and the bus on the chosen values, joins the
/// chosen cluster's runs, and evaluates the alarms; each queue's
/// depth_threshold is then its alarm's recommendation (the normal level
/// over the runs plus 25 %), and the alarms are evaluated again at it.
///
/// MSK objectives hold at the workload's percentile over `runs`
/// replications; queue and bus objectives are checked on the first
/// replication, and the alarms' normal levels come from all of them.
public enum Planner {
  public struct Options: Sendable {
    /// Replications per candidate and scenario; `nil`: the workload's.
    public var runs: Int?
    public var sqsFidelity: String = "auto"
    /// Counts the runs as they finish, for a progress bar.
    public var progress: RunProgress?

    public init(runs: Int? = nil, sqsFidelity: String = "auto") {
      self.runs = runs
      self.sqsFidelity = sqsFidelity
    }
  }

  /// The name of the scenario the planner adds for one zone down at peak.
  public static let zoneOutageScenario = "zone-down-at-peak"

  public static func plan(
    _ input: Workload, base: Configuration = Configuration(), prices: PriceBook = .usEast1,
    options: Options = Options()
  ) throws(InputError) -> Plan {
    var workload = input
    let runs = Swift.max(1, options.runs ?? workload.planning.runs)
    let percentile = workload.planning.percentile
    var configuration = base
    var reasons: [Plan.Reason] = []
    var notes: [String] = []
    var worldOptions = World.Options(sqsFidelity: options.sqsFidelity)
    worldOptions.replications = runs
    worldOptions.progress = options.progress

    // EventBridge: the archive's retention.
    let (days, archiveReason) = EventBridgePlanner.archiveRetentionDays(workload: workload)
    if let days, workload.eventBridge?.archive != nil {
      configuration.eventBridge.archiveRetentionDays = days
    }
    if let archiveReason { reasons.append(archiveReason) }
    let (policies, retryReasons) = EventBridgePlanner.retryPolicies(workload: workload)
    configuration.eventBridge.retryPolicies.merge(policies) { _, new in new }
    reasons += retryReasons
    let (configured, configurationWarnings) = try World.configured(workload, configuration: configuration)
    workload = configured

    // SQS: each queue's settings.
    for queue in workload.sqs?.queues ?? [] {
      let (settings, queueReasons, queueNotes) = QueuePlanner.settings(
        for: queue, workload: workload, base: configuration.queue(queue.name))
      configuration.queues[queue.name] = settings
      reasons += queueReasons
      notes += queueNotes
    }

    // The MSK search and the queues' and bus's runs are independent (the
    // models share no capacity): side by side, so that each fills the
    // other's idle core.
    enum Part: Sendable {
      case msk(MSKPart)
      case others(Result<OtherRuns, InputError>)
    }
    let fixedWorkload = workload
    let fixedConfiguration = configuration
    let fixedOptions = worldOptions
    let parts = Parallel.map(count: 2) { index -> Part in
      if index == 0 {
        return .msk(
          searchMSK(
            workload: fixedWorkload, base: base.msk, prices: prices, runs: runs, percentile: percentile,
            progress: options.progress))
      }
      return .others(
        Result { () throws(InputError) in
          try otherRuns(
            workload: fixedWorkload, configuration: fixedConfiguration, runs: runs, options: fixedOptions)
        })
    }
    guard case .msk(let msk) = parts[0], case .others(let others) = parts[1] else {
      preconditionFailure("the parts come back in order")
    }
    var candidates: [Plan.Candidate] = []
    var mskVerdicts: [Verdict] = []
    var simulated = 0
    var failure: String?
    if let zone = msk.zoneScenario { workload.scenarios.append(zone) }
    if let outcome = msk.outcome {
      candidates = outcome.candidates
      simulated = outcome.simulated
      reasons = outcome.reasons + reasons
      notes += outcome.notes
      failure = outcome.failure
      if outcome.failure == nil {
        configuration.msk = outcome.configuration
        mskVerdicts = outcome.verdicts
      }
    }
    if let failure {
      // Still simulate what the user has, so the report shows the gap.
      let result = try World.simulate(
        workload, configuration: configuration, prices: prices, options: worldOptions)
      return Plan(
        workload: workload, configuration: configuration, result: result, reasons: reasons,
        candidates: candidates, mskVerdicts: [], runs: runs, percentile: percentile,
        simulatedCandidates: simulated, notes: notes, failure: failure)
    }

    // The queues and the bus on the chosen values, joined with the
    // cluster's runs.
    let (scenarioRuns, extraBaselines) = join(
      try others.get(), zoneScenario: msk.zoneScenario, mskRuns: msk.outcome?.runs ?? [],
      kafkaScenarios: msk.kafkaScenarios)
    // Depth thresholds first (the depth alarms alone), so that the alarms
    // are evaluated once, at the recommended values.
    let depthAlarms = MonitoringPlan.evaluate(
      workload: workload, configuration: configuration, runs: scenarioRuns, extraBaselines: extraBaselines,
      kinds: ["queue depth (seed)"])
    for alarm in depthAlarms {
      let queue = String(alarm.subject.dropFirst("queue ".count))
      let value = MonitoringPlan.recommendation(quiet: alarm.quietLevel ?? 0, floor: 10)
      configuration.queues[queue, default: SQSQueueConfiguration()].depthThreshold = value
    }
    var result = World.assemble(
      workload, configuration: configuration, runs: scenarioRuns, extraBaselines: extraBaselines,
      prices: prices, options: worldOptions, warnings: configurationWarnings)
    reasons += alarmReasons(result.alarms, runs: runs)

    // MSK verdicts at the percentile replace the first run's.
    var verdicts = result.verdicts.filter { verdict in
      !mskVerdicts.contains {
        $0.name == verdict.name && $0.scenario == verdict.scenario && $0.subject == verdict.subject
      }
    }
    verdicts = mskVerdicts + verdicts
    result.verdicts = verdicts
    if let broken = verdicts.first(where: { !$0.met }) {
      failure =
        "\(broken.name) fails for \(broken.subject) in \(broken.scenario): \(Format.number(broken.observed, decimals: 1)) \(broken.unit) against \(Format.number(broken.limit, decimals: 1)) \(broken.unit)"
        + (broken.name == "monthly budget"
          ? "; this is the cheapest configuration that meets the other objectives"
          : workload.kafka == nil || !broken.subject.hasPrefix("group")
            ? "; no module variable mqplan sets changes it (consumer capacity or the objective must)" : "")
    }
    return Plan(
      workload: workload, configuration: configuration, result: result, reasons: reasons,
      candidates: candidates, mskVerdicts: mskVerdicts, runs: runs, percentile: percentile,
      simulatedCandidates: simulated, notes: notes, failure: failure)
  }

  /// One zone down for an hour around the probe's busiest minute.
  static func zoneOutageScenario(probe: MSKRunResult, horizon: Double) -> Scenario? {
    guard let ingress = probe.series["ingress"] else { return nil }
    var peak = 0.0
    var peakTime = 0.0
    for (index, point) in ingress.datapoints.enumerated() {
      if let value = point?.maximum, value > peak {
        peak = value
        peakTime = Double(index) * ingress.interval
      }
    }
    let duration = Swift.min(3_600, horizon / 2)
    let start = Swift.max(0, Swift.min(horizon - duration, peakTime - duration / 2))
    let aligned = (start / 60).rounded(.down) * 60
    return Scenario(
      name: zoneOutageScenario,
      incidents: [Incident(.availabilityZoneDown(zone: 0), start: aligned, duration: duration)])
  }

  /// What the MSK search found, and the scenarios it ran.
  struct MSKPart: Sendable {
    var outcome: MSKPlanner.Outcome?
    /// The zone-outage scenario the planner added, if it added one.
    var zoneScenario: Scenario?
    var kafkaScenarios: [Scenario] = []
  }

  /// The MSK search on the workload's Kafka traffic alone.
  static func searchMSK(
    workload: Workload, base: MSKConfiguration, prices: PriceBook, runs: Int, percentile: Double,
    progress: RunProgress? = nil
  )
    -> MSKPart
  {
    guard let kafka = workload.kafka else { return MSKPart() }
    var kafkaOnly = workload
    kafkaOnly.sqs = nil
    kafkaOnly.eventBridge = nil
    kafkaOnly.scenarios = []
    let probe = MSKPlanner(
      workload: kafkaOnly, kafka: kafka, prices: prices, runs: runs, percentile: percentile, base: base,
      progress: progress
    ).probe()
    // One zone down: the workload's own scenario when it has one, else an
    // hour around the peak.
    let zoneOutage = workload.planning.zoneOutage && !base.useServerless
    let hasZoneOutage = workload.scenarios.contains { scenario in
      scenario.incidents.contains {
        if case .availabilityZoneDown = $0.kind { return true }
        return false
      }
    }
    var part = MSKPart()
    var scenarios = workload.scenarios
    if zoneOutage && !hasZoneOutage,
      let scenario = zoneOutageScenario(probe: probe, horizon: workload.horizon)
    {
      part.zoneScenario = scenario
      scenarios.append(scenario)
    }
    part.kafkaScenarios = scenarios.filter { $0.incidents.contains { $0.kind.touchesKafka } }
    kafkaOnly.scenarios = part.kafkaScenarios
    let planner = MSKPlanner(
      workload: kafkaOnly, kafka: kafka, prices: prices, runs: runs, percentile: percentile, base: base,
      progress: progress)
    part.outcome = planner.plan(probe: probe, zoneOutage: zoneOutage, scenarios: part.kafkaScenarios)
    return part
  }

  /// The queues' and the bus's runs: the baseline and every scenario, and
  /// further baselines (other seeds) for the alarms.
  struct OtherRuns: Sendable {
    var runs: [ScenarioRun]
    var extraBaselines: [ScenarioRun?]
  }

  static func otherRuns(workload: Workload, configuration: Configuration, runs: Int, options: World.Options)
    throws(InputError) -> OtherRuns
  {
    let names = ["baseline"] + workload.scenarios.map(\.name)
    var others = workload
    others.kafka = nil
    guard others.sqs != nil || others.eventBridge != nil else {
      return OtherRuns(
        runs: names.map { ScenarioRun(scenario: $0, msk: nil, queues: [], eventBridge: nil) },
        extraBaselines: Array(repeating: nil, count: Swift.max(0, runs - 1)))
    }
    let main = try World.scenarioRuns(others, configuration: configuration, options: options)
    let extra = try World.extraBaselines(
      others, configuration: configuration, options: options, count: runs - 1)
    return OtherRuns(runs: main, extraBaselines: extra)
  }

  /// Every scenario's runs with the chosen cluster's (replication 0), and
  /// the further baselines for the alarms. The planner's zone-outage
  /// scenario touches neither queues nor bus: there they are the
  /// baseline's runs.
  static func join(
    _ others: OtherRuns, zoneScenario: Scenario?, mskRuns: [[MSKRunResult]], kafkaScenarios: [Scenario]
  ) -> ([ScenarioRun], [ScenarioRun]) {
    var rest = others.runs
    if let zoneScenario {
      rest.append(
        ScenarioRun(
          scenario: zoneScenario.name, msk: nil, queues: rest[0].queues, eventBridge: rest[0].eventBridge))
    }
    func msk(_ replication: Int, _ name: String) -> MSKRunResult? {
      guard replication < mskRuns.count else { return nil }
      let index = kafkaScenarios.firstIndex { $0.name == name }.map { $0 + 1 } ?? 0
      var run = mskRuns[replication][index]
      run.scenario = name
      return run
    }
    for index in rest.indices { rest[index].msk = msk(0, rest[index].scenario) }
    let extra = others.extraBaselines.enumerated().map { position, run in
      ScenarioRun(
        scenario: "baseline", msk: msk(position + 1, "baseline"), queues: run?.queues ?? [],
        eventBridge: run?.eventBridge)
    }
    return (rest, extra)
  }

  /// Reasons for the thresholds: the seed's depth_threshold, and the
  /// monitoring module's values (alarms the seed does not define).
  static func alarmReasons(_ alarms: [AlarmReport], runs: Int) -> [Plan.Reason] {
    alarms.compactMap { alarm -> Plan.Reason? in
      let detection = alarm.detections.compactMap { d in d.delay.map { (d.scenario, $0) } }.max {
        $0.1 < $1.1
      }
      let detects = detection.map { "; fires \(Format.duration($0.1)) into \($0.0)" } ?? ""
      let quiet =
        alarm.quietLevel.map {
          "normal level \(Format.number($0, decimals: $0 < 10 ? 1 : 0)) over \(runs) run\(runs == 1 ? "" : "s"), plus 25 %, rounded up"
        } ?? ""
      let value =
        alarm.threshold.rounded() == alarm.threshold ? "\(Int(alarm.threshold))" : "\(alarm.threshold)"
      switch alarm.kind {
      case "queue depth (seed)":
        let queue = String(alarm.subject.dropFirst("queue ".count))
        return Plan.Reason(
          module: "sqs", variable: "queues.\(queue).depth_threshold", value: value,
          reason: quiet + detects
            + (alarm.falseAlarmsPerMonth > 0
              ? "; \(Format.number(alarm.falseAlarmsPerMonth, decimals: 1)) false alarms/month" : ""))
      case "DLQ messages (seed)":
        return nil
      default:
        let key = MonitoringVariables.key(for: alarm)
        return Plan.Reason(
          module: "monitoring", variable: key, value: value,
          reason: (alarm.origin == .guidance
            ? "AWS's guidance (S2a)"
            : alarm.origin == .recommended && alarm.quietLevel != nil
              && alarm.threshold > (alarm.quietLevel ?? 0) ? quiet : "fires on any occurrence") + detects
            + (alarm.notes.first.map { "; \($0)" } ?? ""))
      }
    }
  }
}

/// Names of the monitoring module's variables (the seed has none for these
/// alarms): maps keyed by group or queue, or one number.
enum MonitoringVariables {
  static func key(for alarm: AlarmReport) -> String {
    let subject = alarm.subject.split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
    switch alarm.kind {
    case "consumer lag": return "consumer_lag_alarm_seconds.\(subject)"
    case "age of oldest message": return "message_age_alarm_seconds.\(subject)"
    case "under-replicated partitions": return "under_replicated_partitions_alarm"
    case "failed invocations": return "eventbridge_failed_invocations_alarm"
    case "invocations sent to a DLQ": return "eventbridge_dlq_alarm"
    default:
      if alarm.kind.hasPrefix("disk used") { return "disk_used_alarm_percent" }
      if alarm.kind.hasPrefix("CPU") { return "cpu_alarm_percent" }
      return alarm.name.replacingOccurrences(of: "-", with: "_")
    }
  }
}
