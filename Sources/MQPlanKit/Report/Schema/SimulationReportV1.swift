/// The JSON report of `mqplan simulate`, version 1. Described by
/// `Reports/simulation-report.schema.json`. Readers decode
/// ``ReportHeader`` first and refuse versions they do not know.
///
/// Units are in the key names (`Bytes`, `Seconds`, `Percent`, `USD`);
/// times are seconds from the start of the horizon.
public struct SimulationReportV1: Codable, Sendable {
  public static let schemaVersion = 1

  public var schemaVersion: Int
  public var kind: String
  public var tool: String
  public var workload: WorkloadV1
  /// Every msk variable, then the sqs and eventbridge values a tfvars
  /// file or `--set` gave (`queues.jobs.visibility_timeout`,
  /// `event_rules.r.retry_policy.max_retries`).
  public var configuration: [VariableV1]
  public var runs: [RunV1]
  public var bill: BillV1
  public var objectives: [Verdict]
  /// The monitoring plan's alarms with every state change.
  public var alarms: [AlarmV1]
  public var warnings: [String]
  public var passed: Bool

  public struct WorkloadV1: Codable, Sendable {
    public var name: String
    public var seed: UInt64
    public var horizonSeconds: Double
    public var region: String
  }

  public struct VariableV1: Codable, Sendable {
    /// `msk`, `sqs` or `eventbridge`.
    public var module: String
    public var name: String
    /// The value as HCL prints it.
    public var value: String
    /// "default", "--set", or the tfvars file it came from.
    public var origin: String
  }

  public struct RunV1: Codable, Sendable {
    public var scenario: String
    public var serverless: Bool
    public var bindingLimit: String?
    public var brokers: [BrokerV1]
    public var limits: [LimitV1]
    public var consumerGroups: [GroupV1]
    public var topics: [TopicV1]
    public var maxReplicasPerBroker: Int
    public var connectionsPerBroker: Double
    public var throttledMinutes: Int
    public var events: [EventV1]
    /// The SQS queues (empty without an sqs section).
    public var queues: [QueueV1]
    /// The EventBridge bus (absent without an eventbridge section).
    public var eventBridge: EventBridgeV1?
  }

  public struct DistributionV1: Codable, Sendable {
    public var p50: Double
    public var p99: Double
    public var max: Double
  }

  public struct QueueV1: Codable, Sendable {
    public var name: String
    /// "message" or "cohort".
    public var fidelity: String
    public var fifo: Bool
    public var sent: Double
    public var rejectedTooLarge: Double
    public var throttledSendCalls: Double
    public var processed: Double
    public var deleted: Double
    public var duplicates: Double
    public var expired: Double
    public var movedToDLQPoison: Double
    public var movedToDLQOther: Double
    public var expiredFromDLQ: Double
    public var overLimitReceives: Double
    public var requests: SQSQueueResult.Requests
    public var kmsRequests: Double
    public var visibleMessages: DistributionV1
    public var meanVisibleMessages: Double
    public var maxInFlight: Double
    public var ageOfOldestSeconds: DistributionV1
    public var endToEndSeconds: DistributionV1
    public var dlqDepthMax: Double
    public var dlqDepthFinal: Double
    public var consumersMin: Int
    public var consumersMax: Int
    public var events: [EventV1]
  }

  public struct BrokerV1: Codable, Sendable {
    public var id: Int
    public var zone: Int
    public var replicas: Int
    public var peakStorageBytes: Double
    public var p99StorageBytes: Double
    public var finalStorageBytes: Double
    public var peakDiskPercent: Double
    public var reachedDiskObjectiveAtSeconds: Double?
    public var volumeFullAtSeconds: Double?
    public var peakCpuPercent: Double
    public var p99CpuPercent: Double
  }

  public struct LimitV1: Codable, Sendable {
    public var limit: String
    public var capacity: Double
    public var unit: String
    public var peakDemandPercent: Double
    public var peakUsePercent: Double
    public var p99UsePercent: Double
    public var cappedMinutes: Int
  }

  public struct GroupV1: Codable, Sendable {
    public var name: String
    public var activeConsumers: Int
    public var maxLagMessages: Double
    public var maxLagSeconds: Double
    public var p99LagSeconds: Double
    public var maxLagSecondsExcludingOutages: Double
    /// Seconds each catch-up took; null when it had not finished.
    public var catchUpSeconds: [Double?]
  }

  public struct TopicV1: Codable, Sendable {
    public var name: String
    public var partitions: Int
    public var replicationFactor: Int
    public var offeredMessages: Double
    public var offeredBytes: Double
    public var acceptedMessages: Double
    public var acceptedBytes: Double
    public var peakBacklogMessages: Double
    public var peakOfferedBytesPerSecond: Double
    public var peakPartitionBytes: Double
  }

  public struct EventV1: Codable, Sendable {
    public var timeSeconds: Double
    public var message: String
  }

  public struct BillV1: Codable, Sendable {
    public var currency: String
    public var hoursPerMonth: Double
    public var lines: [BillLine]
    public var totalUSD: Double
  }
}

/// The first fields of every mqplan JSON report: decode this, check the
/// version, then decode the full report.
public struct ReportHeader: Codable, Sendable {
  public var schemaVersion: Int
  public var kind: String
}
