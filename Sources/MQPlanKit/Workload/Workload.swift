/// What the stack must carry: traffic, consumers, how it changes over time,
/// what can go wrong, and the objectives it must meet. Read from a workload
/// file (JSON, `Workloads/schema.json`) by ``WorkloadReader``.
public struct Workload: Sendable, Hashable {
  /// The `schemaVersion` this build reads and writes.
  public static let schemaVersion = 1

  /// A short name, used in report file names.
  public var name: String
  /// Free text for people.
  public var description: String
  /// AWS region; prices and quotas are per region (default us-east-1).
  public var region: String
  /// Simulated time span, in seconds (default 30 days).
  public var horizon: Double
  /// Root of the seed tree; the same seed gives byte-identical output.
  public var seed: UInt64
  /// The Terraform modules' `project` input, informational.
  public var project: String
  /// The Terraform modules' `environment` input, informational.
  public var environment: String
  /// What must hold for a configuration to pass.
  public var objectives: Objectives
  /// Incident scenarios, each simulated separately from the baseline run.
  public var scenarios: [Scenario]
  /// The Kafka (MSK) traffic, if the workload uses Kafka.
  public var kafka: KafkaWorkload?
  /// The SQS traffic, if the workload uses SQS.
  public var sqs: SQSWorkload?
  /// The EventBridge bus, if the workload uses one.
  public var eventBridge: EventBridgeWorkload?
  /// Things in the file that are valid but probably not what was meant.
  public var warnings: [Diagnostic] = []
  /// How `mqplan plan` decides.
  public var planning = Planning()

  public init(
    name: String, description: String = "", region: String = "us-east-1", horizon: Double = 30 * 86_400,
    seed: UInt64 = 1, project: String = "", environment: String = "", objectives: Objectives = Objectives(),
    scenarios: [Scenario] = [], kafka: KafkaWorkload? = nil, sqs: SQSWorkload? = nil
  ) {
    self.name = name
    self.description = description
    self.region = region
    self.horizon = horizon
    self.seed = seed
    self.project = project
    self.environment = environment
    self.objectives = objectives
    self.scenarios = scenarios
    self.kafka = kafka
    self.sqs = sqs
  }
}

/// The limits a configuration must respect, in every scenario.
public struct Objectives: Sendable, Hashable {
  /// Largest consumer time lag (seconds behind the newest record) any group
  /// may reach, or `nil` for no limit.
  public var maxConsumerLagSeconds: Double?
  /// Largest share of a broker's volume that may be used (default 0.85,
  /// AWS's KafkaDataLogsDiskUsed alarm level, S2a).
  public var maxDiskUsedFraction: Double
  /// Largest CpuUser + CpuSystem share per broker (default 0.60, AWS's
  /// guidance, S2a).
  public var maxCpuFraction: Double
  /// Monthly bill ceiling in USD, or `nil` for none.
  public var monthlyBudget: Double?
  /// SQS: largest ApproximateAgeOfOldestMessage allowed, seconds.
  public var maxMessageAgeSeconds: Double?
  /// SQS: the end-to-end latency (send to successful processing) that the
  /// given percentile of messages must stay under.
  public var endToEndLatency: LatencyObjective?
  /// SQS: no message may expire unprocessed (default true).
  public var noExpiredMessages: Bool = true
  /// SQS: under the baseline load, only poison messages may reach a DLQ
  /// (transient failures never exhaust max_receive_count) (default true).
  public var dlqOnlyPoisonUnderNormalLoad: Bool = true

  public init(
    maxConsumerLagSeconds: Double? = nil, maxDiskUsedFraction: Double = MSKLimits.diskAlarmThreshold,
    maxCpuFraction: Double = MSKLimits.cpuGuidance, monthlyBudget: Double? = nil
  ) {
    self.maxConsumerLagSeconds = maxConsumerLagSeconds
    self.maxDiskUsedFraction = maxDiskUsedFraction
    self.maxCpuFraction = maxCpuFraction
    self.monthlyBudget = monthlyBudget
  }
}

/// "p99 of end-to-end latency under 30 s".
public struct LatencyObjective: Sendable, Hashable {
  /// In (0, 1), e.g. 0.99.
  public var percentile: Double
  public var seconds: Double

  public init(percentile: Double, seconds: Double) {
    self.percentile = percentile
    self.seconds = seconds
  }
}

/// How `mqplan plan` decides (the workload's `planning` section).
public struct Planning: Sendable, Hashable {
  /// Every objective must hold at this percentile over the runs (default
  /// 0.95; the nearest rank, so with up to 20 runs it is the worst).
  public var percentile: Double = 0.95
  /// Replications per candidate and scenario (default 2: p95 is then the
  /// worse of two; mid-size plans stay under 10 s on two cores).
  public var runs: Int = 2
  /// Add a one-zone-down scenario at peak traffic unless a scenario already
  /// takes a zone down (default true).
  public var zoneOutage: Bool = true

  public init() {}
}
