import SimKit

/// Kafka traffic on MSK: the cluster's shape, its server properties, the
/// topics and their producers, and the consumer groups.
public struct KafkaWorkload: Sendable, Hashable {
  /// Availability zones the cluster spans: 2 or 3 (S10b, S20).
  public var availabilityZones: Int
  /// Cluster-level server properties (the seed's MSK configuration).
  public var properties: KafkaServerProperties
  /// TCP connections from clients to the whole cluster; spread evenly over
  /// brokers and held to the IAM limit of 3,000 per broker (S4).
  public var clientConnections: Int
  /// Whether consumers fetch from a replica in their own AZ (Kafka ≥ 2.4
  /// follower fetching, `client.rack`). MSK's default is off (S10b, S19).
  public var rackAwareConsumers: Bool
  /// Broker log volume sent to CloudWatch Logs per broker per day, in GB.
  /// The seed always enables CloudWatch broker logs, but the reference has
  /// no figure for their volume, so mqplan does not guess: without this
  /// value the bill shows the line as not estimated.
  public var brokerLogGBPerBrokerPerDay: Double?
  /// How CPU follows traffic (calibrate from your own cluster).
  public var cpuModel: BrokerCPUModel
  public var topics: [KafkaTopic]
  public var consumerGroups: [ConsumerGroup]

  public init(
    availabilityZones: Int = 3, properties: KafkaServerProperties = KafkaServerProperties(),
    clientConnections: Int = 0, rackAwareConsumers: Bool = false, brokerLogGBPerBrokerPerDay: Double? = nil,
    cpuModel: BrokerCPUModel = BrokerCPUModel(), topics: [KafkaTopic] = [],
    consumerGroups: [ConsumerGroup] = []
  ) {
    self.availabilityZones = availabilityZones
    self.properties = properties
    self.clientConnections = clientConnections
    self.rackAwareConsumers = rackAwareConsumers
    self.brokerLogGBPerBrokerPerDay = brokerLogGBPerBrokerPerDay
    self.cpuModel = cpuModel
    self.topics = topics
    self.consumerGroups = consumerGroups
  }

  /// The topic called `name`.
  public func topic(named name: String) -> KafkaTopic? { topics.first { $0.name == name } }
}

/// The server properties the seed's `aws_msk_configuration` sets, with the
/// seed's values as defaults.
public struct KafkaServerProperties: Sendable, Hashable {
  /// `default.replication.factor` (seed: 3).
  public var defaultReplicationFactor: Int = KafkaDefaults.replicationFactor
  /// `min.insync.replicas` (seed: 2).
  public var minInsyncReplicas: Int = KafkaDefaults.minInsyncReplicas
  /// `num.partitions` for auto-created topics (seed: 6).
  public var numPartitions: Int = KafkaDefaults.numPartitions
  /// `log.retention.hours` (seed: 168).
  public var retentionHours: Double = KafkaDefaults.retentionHours
  /// `log.segment.bytes` (seed: 1 GiB).
  public var segmentBytes: Double = KafkaDefaults.segmentBytes
  /// `log.roll.ms` / `segment.ms` (Kafka default 7 days; the seed does not set it).
  public var segmentMs: Double = KafkaDefaults.segmentMs
  /// `log.retention.check.interval.ms` (seed: 300,000).
  public var retentionCheckIntervalMs: Double = KafkaDefaults.retentionCheckIntervalMs
  /// `auto.create.topics.enable` (seed: true).
  public var autoCreateTopics: Bool = true
  /// `message.max.bytes` (seed: 10,485,760).
  public var messageMaxBytes: Double = 10_485_760

  public init() {}
}

/// A topic and the producers that write to it.
public struct KafkaTopic: Sendable, Hashable {
  public var name: String
  /// Partition count; `nil` when the topic is auto-created with
  /// `num.partitions`.
  public var partitions: Int?
  /// Replication factor; `nil` for `default.replication.factor`.
  public var replicationFactor: Int?
  /// `retention.ms` in hours; `nil` for the cluster's `log.retention.hours`.
  public var retentionHours: Double?
  /// `retention.bytes` per partition; `nil` for none (−1).
  public var retentionBytes: Double?
  /// `segment.bytes`; `nil` for the cluster's.
  public var segmentBytes: Double?
  /// `segment.ms`; `nil` for the cluster's.
  public var segmentMs: Double?
  /// Bytes on the wire and on disk per byte produced (compressed / original),
  /// in (0, 1]; 1 means uncompressed.
  public var compressionRatio: Double
  public var producers: [KafkaProducer]

  public init(
    name: String, partitions: Int? = nil, replicationFactor: Int? = nil, retentionHours: Double? = nil,
    retentionBytes: Double? = nil, segmentBytes: Double? = nil, segmentMs: Double? = nil,
    compressionRatio: Double = 1, producers: [KafkaProducer] = []
  ) {
    self.name = name
    self.partitions = partitions
    self.replicationFactor = replicationFactor
    self.retentionHours = retentionHours
    self.retentionBytes = retentionBytes
    self.segmentBytes = segmentBytes
    self.segmentMs = segmentMs
    self.compressionRatio = compressionRatio
    self.producers = producers
  }
}

/// One producer application writing to a topic.
public struct KafkaProducer: Sendable, Hashable {
  public var name: String
  /// Mean rate in messages per second before the time profile; `nil` when
  /// the profile is a trace of absolute rates.
  public var messagesPerSecond: Double?
  /// Message size in bytes, before compression.
  public var messageSize: Distribution
  /// How the rate changes over the horizon.
  public var profile: TimeProfile

  public init(
    name: String, messagesPerSecond: Double?, messageSize: Distribution, profile: TimeProfile = TimeProfile()
  ) {
    self.name = name
    self.messagesPerSecond = messagesPerSecond
    self.messageSize = messageSize
    self.profile = profile
  }
}

/// A consumer group: consumers that share the partitions of the topics
/// they subscribe to.
public struct ConsumerGroup: Sendable, Hashable {
  /// How fast one consumer can process.
  public enum Capacity: Sendable, Hashable {
    case messagesPerSecond(Double)
    case megabytesPerSecond(Double)
  }

  public var name: String
  public var topics: [String]
  /// Consumer instances. Kafka gives each partition to one consumer of the
  /// group, so consumers beyond the partition count sit idle.
  public var consumers: Int
  public var capacityPerConsumer: Capacity
  /// Whether the group keeps up with the head of the log (served from the
  /// page cache) or reads older data (served from disk).
  public var readsFromTip: Bool

  public init(
    name: String, topics: [String], consumers: Int, capacityPerConsumer: Capacity, readsFromTip: Bool = true
  ) {
    self.name = name
    self.topics = topics
    self.consumers = consumers
    self.capacityPerConsumer = capacityPerConsumer
    self.readsFromTip = readsFromTip
  }
}

/// How a broker's CPU follows its traffic: the share of one vCPU that a
/// unit of work takes. AWS publishes no such figures, so these defaults are
/// an assumption, chosen so that a kafka.m5.large at its Equation 1 limit
/// (RF 3, two consumer groups: 70.3 MB/s in, per broker 70.3 MB/s in and
/// 93.8 MB/s out) sits near AWS's 60 % guidance, with TLS between clients
/// and brokers and inside the cluster as the seed configures. Calibrate
/// them from your own cluster's CpuUser + CpuSystem against BytesInPerSec
/// and BytesOutPerSec.
public struct BrokerCPUModel: Sendable, Hashable {
  /// Network bytes (in plus out) one vCPU moves per second at 100 %.
  public var networkBytesPerCoreSecond: Double = 150e6
  /// Messages (produced plus fetched) one vCPU handles per second at 100 %.
  public var messagesPerCoreSecond: Double = 1e6
  /// CPU share a broker uses with no traffic (replication and metadata
  /// housekeeping, JVM).
  public var idleFraction: Double = 0.03

  public init() {}
}
