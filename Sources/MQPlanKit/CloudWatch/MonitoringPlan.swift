import SimKit

/// One alarm of the monitoring plan: what it watches, the rule, the
/// threshold and where it comes from, and what it did in every run.
public struct AlarmReport: Sendable {
  /// Where the threshold comes from.
  public enum Origin: String, Sendable, Codable {
    /// The seed's module fixes it (the DLQ alarm's 0).
    case seed
    /// The configuration's value (depth_threshold, default or set).
    case configured
    /// AWS's guidance (disk 85 %, CPU 60 %).
    case guidance
    /// mqplan's recommendation from the baseline run.
    case recommended
  }

  /// An incident the alarm should catch, and when it did.
  public struct Detection: Sendable {
    public var scenario: String
    public var incidentStart: Double
    /// The first ALARM at or after the incident's start, or `nil`.
    public var firedAt: Double?
    /// The next OK after that, or `nil`.
    public var clearedAt: Double?
    public var delay: Double? { firedAt.map { $0 - incidentStart } }
  }

  /// The alarm in one run.
  public struct Run: Sendable {
    public var scenario: String
    /// State changes (time, from, to, reason).
    package var transitions: [AlarmTransition]
    /// Times the alarm entered ALARM.
    public var alarms: Int { transitions.filter { $0.to == .alarm }.count }
  }

  public var name: String
  /// "queue fulfilment", "group order-service", "cluster", "bus".
  public var subject: String
  /// What it watches, e.g. "queue depth (seed)".
  public var kind: String
  /// AWS's namespace, metric and dimensions.
  public var metric: String
  /// "Average over 300 s, 3 of 3 datapoints > 1,000".
  public var rule: String
  public var threshold: Double
  public var origin: Origin
  /// The module variable that sets the threshold, if one does.
  public var variable: String?
  /// The smallest threshold that never fires in the baseline run.
  public var quietLevel: Double?
  /// The recommended threshold (queue depth: the depth_threshold to use)
  /// when it differs from the one evaluated.
  public var recommended: Double?
  public var runs: [Run]
  public var detections: [Detection]
  /// ALARM entries in the baseline, per 730-hour month (mean over the
  /// baseline replications).
  public var falseAlarmsPerMonth: Double
  /// Baseline runs the quiet level and false alarms come from.
  public var replications: Int
  /// Said plainly when no threshold both stays quiet and catches an incident.
  public var notes: [String]
  /// Metrics the alarm references (metric math counts each), for its price.
  public var metricsReferenced: Int
}

/// Builds the alarms the seed defines and those its Definition of Done
/// needs, recommends thresholds from the baseline run, and evaluates them
/// in every run as CloudWatch would (``AlarmEvaluator``).
///
/// A recommended threshold is the quiet level (the smallest threshold that
/// never fires in the baseline: ``QuietLevel``) with a 25 % margin,
/// rounded up to two significant figures, and never below a floor (10
/// messages, 60 s). With several baseline replications (`--replications`)
/// the quiet level is the largest over them and false alarms their mean;
/// the margin covers what the replications did not draw.
enum MonitoringPlan {
  static let margin = 1.25

  struct Spec {
    var name: String
    var subject: String
    var kind: String
    var metric: SimulatedMetric.Key
    var period: Double
    var statistic: AlarmStatistic
    var evaluationPeriods: Int
    var datapointsToAlarm: Int
    var comparison: AlarmComparison
    var treatMissingData: TreatMissingData = .missing
    var fixed: (Double, AlarmReport.Origin)?
    var variable: String?
    var floor: Double = 0
    var cap: Double?
    var metricsReferenced = 1
    /// Whether an incident is one this alarm should catch.
    var catches: (Incident.Kind) -> Bool
  }

  static func specs(workload: Workload, configuration: Configuration) -> [Spec] {
    var specs: [Spec] = []
    let (prefix, cluster) = SimulatedMetrics.names(workload: workload)
    for queue in workload.sqs?.queues ?? [] {
      let name = prefix + queue.name
      let settings = configuration.queue(queue.name)
      let stopsOrFloods: (Incident.Kind) -> Bool = { kind in
        switch kind {
        case .queueConsumersStopped(let q): return q == queue.name
        case .queueTrafficBurst(let q, _): return q == nil || q == queue.name
        default: return false
        }
      }
      specs.append(
        Spec(
          name: "\(name)-depth", subject: "queue \(queue.name)", kind: "queue depth (seed)",
          metric: .init("AWS/SQS", "ApproximateNumberOfMessagesVisible", name), period: 300,
          statistic: .average,
          evaluationPeriods: 3, datapointsToAlarm: 3, comparison: .greaterThanThreshold,
          fixed: (settings.depthThreshold, .configured), variable: "queues.\(queue.name).depth_threshold",
          floor: 10,
          catches: stopsOrFloods))
      if settings.enableDLQ {
        specs.append(
          Spec(
            name: "\(name)-dlq-messages", subject: "queue \(queue.name)", kind: "DLQ messages (seed)",
            metric: .init("AWS/SQS", "ApproximateNumberOfMessagesVisible", name + "-dlq"), period: 60,
            statistic: .sum, evaluationPeriods: 1, datapointsToAlarm: 1, comparison: .greaterThanThreshold,
            fixed: (0, .seed),
            catches: { kind in
              if case .poisonBurst(let q, _) = kind { return q == queue.name }
              return false
            }))
      }
      var age = Spec(
        name: "\(name)-age", subject: "queue \(queue.name)", kind: "age of oldest message",
        metric: .init("AWS/SQS", "ApproximateAgeOfOldestMessage", name), period: 60, statistic: .maximum,
        evaluationPeriods: 5, datapointsToAlarm: 5, comparison: .greaterThanThreshold, floor: 60,
        catches: stopsOrFloods)
      age.cap = workload.objectives.maxMessageAgeSeconds
      specs.append(age)
    }
    if let kafka = workload.kafka, !configuration.msk.useServerless {
      for group in kafka.consumerGroups {
        var lag = Spec(
          name: "\(cluster)-\(group.name)-lag", subject: "group \(group.name)", kind: "consumer lag",
          metric: .init("AWS/Kafka", "EstimatedMaxTimeLag", group.name), period: 60, statistic: .maximum,
          evaluationPeriods: 5, datapointsToAlarm: 5, comparison: .greaterThanThreshold, floor: 60,
          catches: { kind in
            if case .consumerStopped(let g) = kind { return g == group.name }
            return false
          })
        lag.cap = workload.objectives.maxConsumerLagSeconds
        specs.append(lag)
      }
      // A broker or zone outage shows in UnderReplicatedPartitions from the
      // minute a replica drops out of sync until it has caught up. Summed
      // over brokers, it is metric math over one metric per broker.
      specs.append(
        Spec(
          name: "\(cluster)-under-replicated", subject: "cluster", kind: "under-replicated partitions",
          metric: .init("AWS/Kafka", "UnderReplicatedPartitions", "sum of brokers"), period: 60,
          statistic: .maximum, evaluationPeriods: 5, datapointsToAlarm: 5, comparison: .greaterThanThreshold,
          fixed: (0, .recommended), metricsReferenced: Swift.max(1, configuration.msk.brokerCount),
          catches: { kind in
            switch kind {
            case .brokerDown, .availabilityZoneDown: return true
            default: return false
            }
          }))
      // Disk and CPU guard capacity; they are not incident detectors.
      let brokers: (Incident.Kind) -> Bool = { _ in false }
      specs.append(
        Spec(
          name: "\(cluster)-disk", subject: "cluster", kind: "disk used (AWS: act at 85 %, S2a)",
          metric: .init("AWS/Kafka", "KafkaDataLogsDiskUsed", "fullest"), period: 300, statistic: .maximum,
          evaluationPeriods: 1, datapointsToAlarm: 1, comparison: .greaterThanOrEqualToThreshold,
          fixed: (85, .guidance), catches: brokers))
      specs.append(
        Spec(
          name: "\(cluster)-cpu", subject: "cluster", kind: "CPU user + system (AWS: < 60 %, S2a)",
          metric: .init("AWS/Kafka", "CpuUser + CpuSystem", "busiest"), period: 300, statistic: .average,
          evaluationPeriods: 3, datapointsToAlarm: 3, comparison: .greaterThanThreshold,
          fixed: (60, .guidance),
          metricsReferenced: 2, catches: brokers))
    }
    if workload.eventBridge != nil {
      let bus = prefix + "events"
      let failing: (Incident.Kind) -> Bool = { kind in
        if case .eventTargetDown = kind { return true }
        return false
      }
      specs.append(
        Spec(
          name: "\(bus)-failed-invocations", subject: "bus", kind: "failed invocations",
          metric: .init("AWS/Events", "FailedInvocations", bus), period: 300, statistic: .sum,
          evaluationPeriods: 1,
          datapointsToAlarm: 1, comparison: .greaterThanThreshold, treatMissingData: .notBreaching, floor: 1,
          catches: failing))
      specs.append(
        Spec(
          name: "\(bus)-dlq", subject: "bus", kind: "invocations sent to a DLQ",
          metric: .init("AWS/Events", "InvocationsSentToDlq", bus), period: 60, statistic: .sum,
          evaluationPeriods: 1,
          datapointsToAlarm: 1, comparison: .greaterThanThreshold, treatMissingData: .notBreaching,
          fixed: (0, .recommended), catches: failing))
    }
    return specs
  }

  /// Evaluates every alarm in every run (`runs[0]` is the baseline), or
  /// only the alarms of `kinds` when it is given.
  static func evaluate(
    workload: Workload, configuration: Configuration, runs: [ScenarioRun], extraBaselines: [ScenarioRun] = [],
    kinds: Set<String>? = nil
  ) -> [AlarmReport] {
    func metricsByKey(_ run: ScenarioRun) -> [SimulatedMetric.Key: SimulatedMetric] {
      Dictionary(
        SimulatedMetrics.metrics(run: run, workload: workload, configuration: configuration).map {
          ($0.key, $0)
        },
        uniquingKeysWith: { first, _ in first })
    }
    let extraMetrics = extraBaselines.map(metricsByKey)
    let metrics = runs.map(metricsByKey)
    var reports: [AlarmReport] = []
    for spec in specs(workload: workload, configuration: configuration)
    where kinds.map({ $0.contains(spec.kind) }) ?? true {
      guard let baseline = metrics.first?[spec.metric] else { continue }
      func definition(_ threshold: Double) -> AlarmDefinition {
        AlarmDefinition(
          name: spec.name, metricName: baseline.name, namespace: baseline.namespace,
          dimensions: Dictionary(baseline.dimensions.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 }),
          period: spec.period, statistic: spec.statistic, evaluationPeriods: spec.evaluationPeriods,
          datapointsToAlarm: spec.datapointsToAlarm, comparison: spec.comparison, threshold: threshold,
          treatMissingData: spec.treatMissingData)
      }
      // The quiet level over every baseline replication.
      let baselines = [baseline] + extraMetrics.compactMap { $0[spec.metric] }
      let quiet =
        baselines.map { metric in
          QuietLevel.threshold(
            AlarmEvaluator.datapoints(definition(0), series: metric.series),
            datapointsToAlarm: spec.datapointsToAlarm, evaluationPeriods: spec.evaluationPeriods)
        }.max() ?? 0
      var recommended = recommendation(quiet: quiet, floor: spec.floor)
      var notes: [String] = []
      if let cap = spec.cap, recommended > cap {
        if quiet < cap {
          recommended = cap
        } else {
          notes.append(
            "the normal workload already reaches \(Format.number(quiet, decimals: 1)) \(baseline.unit.lowercased()), above the objective of \(Format.number(cap)): no threshold both stays quiet and meets the objective"
          )
        }
      }
      let (threshold, origin) = spec.fixed ?? (recommended, .recommended)
      var runReports: [AlarmReport.Run] = []
      var detections: [AlarmReport.Detection] = []
      for (index, run) in runs.enumerated() {
        guard let metric = metrics[index][spec.metric] else { continue }
        let evaluation = AlarmEvaluator.evaluate(definition(threshold), series: metric.series)
        runReports.append(AlarmReport.Run(scenario: run.scenario, transitions: evaluation.transitions))
        guard index > 0, let scenario = workload.scenarios.first(where: { $0.name == run.scenario }) else {
          continue
        }
        for incident in scenario.incidents where spec.catches(incident.kind) {
          let fired = evaluation.transitions.first { $0.to == .alarm && $0.time >= incident.start }
          let cleared = fired.flatMap { fire in
            evaluation.transitions.first { $0.time > fire.time && $0.to == .ok }
          }
          detections.append(
            AlarmReport.Detection(
              scenario: run.scenario, incidentStart: incident.start, firedAt: fired?.time,
              clearedAt: cleared?.time))
          let before = evaluation.transitions.last { $0.time <= incident.start }
          if before?.to == .alarm {
            notes.append(
              "already in ALARM when \(run.scenario) starts (since \(Format.time(before!.time))): it cannot signal this incident"
                + (spec.kind.hasPrefix("DLQ")
                  ? "; the seed's DLQ alarm stays in ALARM while the DLQ holds any message, so poison messages under normal load keep it there. Alarm on growth instead (RATE of the DLQ's visible count: moves do not count as NumberOfMessagesSent, S3b)"
                  : ""))
          } else if fired == nil {
            notes.append(
              "does not fire in \(run.scenario): the incident never takes \(baseline.name) past \(Format.number(threshold, decimals: 1)) for \(spec.datapointsToAlarm) of \(spec.evaluationPeriods) periods"
            )
          }
        }
      }
      // False alarms: the mean over the baseline replications.
      let extraAlarms = baselines.dropFirst().map { metric in
        AlarmEvaluator.evaluate(definition(threshold), series: metric.series).transitions.filter {
          $0.to == .alarm
        }
        .count
      }
      let baselineAlarms =
        Double((runReports.first?.alarms ?? 0) + extraAlarms.reduce(0, +)) / Double(baselines.count)
      reports.append(
        AlarmReport(
          name: spec.name, subject: spec.subject, kind: spec.kind, metric: baseline.label,
          rule:
            "\(spec.statistic.rawValue) over \(Format.number(spec.period)) s, \(spec.datapointsToAlarm) of \(spec.evaluationPeriods) \(spec.comparison.symbol) \(Format.number(threshold, decimals: threshold < 10 ? 1 : 0))"
            + (spec.treatMissingData == .missing ? "" : ", missing data \(spec.treatMissingData.rawValue)"),
          threshold: threshold, origin: origin, variable: spec.variable, quietLevel: quiet,
          recommended: origin == .configured && recommended != threshold ? recommended : nil,
          runs: runReports,
          detections: detections,
          falseAlarmsPerMonth: baselineAlarms * PriceBook.hoursPerMonth * 3_600 / workload.horizon,
          replications: baselines.count,
          notes: notes, metricsReferenced: spec.metricsReferenced))
    }
    return reports
  }

  /// The threshold recommended over a quiet level: the margin added,
  /// rounded up to two significant figures, never below `floor`.
  static func recommendation(quiet: Double, floor: Double) -> Double {
    Swift.max(floor, roundUp(quiet * margin))
  }

  /// Rounds up to two significant figures: 1,234 → 1,300; 0.0123 → 0.013.
  static func roundUp(_ value: Double) -> Double {
    guard value > 0, value.isFinite else { return 0 }
    // Powers of ten as exact integers: 6.25 → 63 / 10, not 63 × 0.1.
    var up = 1.0
    var down = 1.0
    while value / up >= 100 { up *= 10 }
    while value * down < 10 { down *= 10 }
    return up > 1 ? (value / up).rounded(.up) * up : (value * down).rounded(.up) / down
  }
}

extension AlarmComparison {
  /// ">", "≥", "<", "≤".
  var symbol: String {
    switch self {
    case .greaterThanThreshold: return ">"
    case .greaterThanOrEqualToThreshold: return "≥"
    case .lessThanThreshold: return "<"
    case .lessThanOrEqualToThreshold: return "≤"
    }
  }
}
