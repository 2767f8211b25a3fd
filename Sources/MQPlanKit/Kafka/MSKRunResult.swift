import SimKit

/// What one simulated run of an MSK cluster predicts.
public struct MSKRunResult: Sendable {
  /// One throughput or capacity limit of AWS's right-sizing model.
  public enum Limit: String, Sendable, CaseIterable, Codable {
    case volumeThroughput = "volume throughput"
    case ebsBandwidth = "EBS bandwidth"
    case networkIn = "network in"
    case networkOut = "network out"
    case cpu = "CPU"
    case serverlessIngress = "Serverless cluster ingress"
    case serverlessEgress = "Serverless cluster egress"
    case serverlessPartitionIngress = "Serverless partition ingress"
    case serverlessPartitionEgress = "Serverless partition egress"

    /// Position in `allCases`.
    var index: Int {
      switch self {
      case .volumeThroughput: return 0
      case .ebsBandwidth: return 1
      case .networkIn: return 2
      case .networkOut: return 3
      case .cpu: return 4
      case .serverlessIngress: return 5
      case .serverlessEgress: return 6
      case .serverlessPartitionIngress: return 7
      case .serverlessPartitionEgress: return 8
      }
    }
  }

  /// A limit's use over the run, on its most loaded broker.
  public struct LimitUse: Sendable {
    public var limit: Limit
    /// Capacity per broker (or per cluster/partition for Serverless), in `unit`.
    public var capacity: Double
    public var unit: String
    /// Largest demand over capacity, before capping (may exceed 1).
    public var peakDemand: Double
    /// Largest use over capacity after capping (at most 1).
    public var peak: Double
    /// 99th percentile of the per-minute use over capacity.
    public var p99: Double
    /// Minutes during which this limit capped traffic.
    public var cappedMinutes: Int
  }

  public struct Broker: Sendable {
    public var id: Int
    public var zone: Int
    /// Partition replicas hosted.
    public var replicas: Int
    /// Bytes on the data volume.
    public var peakStorageBytes: Double
    public var p99StorageBytes: Double
    public var finalStorageBytes: Double
    /// Share of the volume used at its peak.
    public var peakDiskFraction: Double
    /// When disk use first reached the disk objective (default 85 %), if it did.
    public var reachedDiskObjectiveAt: Double?
    /// When the volume filled, if it did (the broker then halts, S15e).
    public var filledAt: Double?
    public var peakCPU: Double
    public var p99CPU: Double
  }

  public struct Group: Sendable {
    public var name: String
    /// Largest lag in messages (sum over its topics' partitions).
    public var maxLagMessages: Double
    /// Largest time lag: how old the record it was reading was, in seconds.
    public var maxLagSeconds: Double
    public var p99LagSeconds: Double
    /// Largest time lag outside the windows in which the group was stopped
    /// by a scenario and was catching up afterwards.
    public var maxLagSecondsExcludingOutages: Double
    /// How long each catch-up after a stop took, in seconds; `nil` when it
    /// had not caught up by the end of the run.
    public var catchUps: [Double?]
    /// Consumers that have a partition (the rest sit idle).
    public var activeConsumers: Int
  }

  public struct Topic: Sendable {
    public var name: String
    public var partitions: Int
    public var replicationFactor: Int
    /// Messages and bytes producers offered, and what the cluster accepted.
    public var offered: Quantity
    public var accepted: Quantity
    /// Largest producer backlog (offered, not yet accepted), in messages.
    public var peakBacklogMessages: Double
    /// Peak offered rate, bytes/s (compressed, as on the wire).
    public var peakOfferedBytesPerSecond: Double
    /// Retained bytes of one partition replica at its peak.
    public var peakPartitionBytes: Double
  }

  public struct Event: Sendable, Hashable {
    public var time: Double
    public var message: String
  }

  public var scenario: String
  public var serverless: Bool
  public var horizon: Double
  public var brokers: [Broker]
  public var limits: [LimitUse]
  public var groups: [Group]
  public var topics: [Topic]
  public var events: [Event]
  /// Partition replicas on the busiest broker, and AWS's recommended and
  /// update-blocking maxima for the size (S2).
  public var maxReplicasPerBroker: Int
  /// Client connections per broker.
  public var connectionsPerBroker: Double
  /// Minutes in which some offered traffic could not be accepted (a limit
  /// capped it, or partitions could not take writes), so producers backed up.
  public var throttledMinutes: Int
  /// Client bytes that crossed availability zones (producers to leaders and,
  /// unless rack-aware, leaders to consumers), over the run.
  public var crossZoneBytes: Double
  /// Bytes produced into and read out of the cluster by clients.
  public var clientBytesIn: Double
  public var clientBytesOut: Double
  /// Mean stored bytes over the run, one copy (for Serverless billing).
  public var meanStoredBytesOneCopy: Double
  /// Per-minute series for reports: name → series.
  public var series: [String: IntervalSeries]
  /// Per consumer group and topic, the lag metrics MSK publishes at the
  /// DEFAULT level (msk.md §4, S6b).
  var topicLags: [TopicLag] = []
  /// Each broker's stored bytes in hourly cells (none on Serverless).
  var brokerStorage: [IntervalSeries] = []

  struct TopicLag: Sendable {
    var group: String
    var topic: String
    /// EstimatedMaxTimeLag (s).
    var timeLag: IntervalSeries
    /// SumOffsetLag and MaxOffsetLag (messages).
    var sumOffsetLag: IntervalSeries
    var maxOffsetLag: IntervalSeries
  }

  /// The limit with the highest peak demand: the one that binds first.
  public var bindingLimit: LimitUse? { limits.max { $0.peakDemand < $1.peakDemand } }
}
