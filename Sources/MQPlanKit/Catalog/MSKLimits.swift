/// MSK quotas and AWS's operating guidance for Standard brokers, each with
/// its source (reference/msk.md §1–§3).
public enum MSKLimits {
  /// Brokers per cluster with ZooKeeper metadata (default quota, adjustable) (S4).
  public static let brokersPerClusterZooKeeper = 30
  /// Brokers per cluster in KRaft mode (default quota, adjustable) (S4).
  public static let brokersPerClusterKRaft = 60
  /// Brokers per account (default quota, adjustable) (S4).
  public static let brokersPerAccount = 90
  /// Smallest EBS volume per broker, GiB (S4).
  public static let minimumVolumeGiB = 1
  /// Largest EBS volume per broker, GiB (S4, S8).
  public static let maximumVolumeGiB = 16_384
  /// IAM-authenticated TCP connections per broker, all sizes (S4).
  public static let iamConnectionsPerBroker = 3_000
  /// Availability zones a Standard cluster may span (S10b, S20).
  public static let availabilityZoneCounts = [2, 3]

  /// Keep CpuUser + CpuSystem below this share per broker (S2a, S10b).
  public static let cpuGuidance = 0.60
  /// Do not reassign partitions above this CPU share (S2a).
  public static let partitionReassignmentCpuCeiling = 0.70
  /// Act when KafkaDataLogsDiskUsed reaches this share (S2a, S10c).
  public static let diskAlarmThreshold = 0.85
  /// MSK's own proactive storage alerts (S7).
  public static let storageAlertThresholds = [0.60, 0.80]
  /// Utilisation at peak assumed by AWS's sizing workbook for Standard
  /// brokers (S10d).
  public static let sizingUtilizationAtPeak = 0.5

  /// Brokers-per-cluster quota for a Kafka version string: KRaft versions on
  /// MSK carry "kraft" in their name (e.g. "3.7.x.kraft").
  public static func brokersPerCluster(kafkaVersion: String) -> Int {
    kafkaVersion.lowercased().contains("kraft") ? brokersPerClusterKRaft : brokersPerClusterZooKeeper
  }
}

/// MSK Serverless quotas per cluster (reference/msk.md §2.2). The current
/// quota table was read through a third-party crawl of the AWS page (S4);
/// the retention values are confirmed by the primary serverless-config page
/// (S5). The 2023 docs gave lower values (S4a); see `older2023`.
public enum MSKServerlessLimits {
  /// Cluster ingress, MB/s (S4).
  public static let maxIngressMBps = 200.0
  /// Cluster egress, MB/s (S4).
  public static let maxEgressMBps = 400.0
  /// Ingress per partition, MB/s (S4).
  public static let maxIngressPerPartitionMBps = 5.0
  /// Egress per partition, MB/s (S4).
  public static let maxEgressPerPartitionMBps = 10.0
  /// Leader partitions, non-compacted topics (S4; 120 in the 2023 docs, S4a).
  public static let maxPartitions = 2_400
  /// Client connections (S4; 1,000 in 2023).
  public static let maxClientConnections = 3_000
  /// Consumer groups (S4).
  public static let maxConsumerGroups = 500
  /// Largest message, bytes (S4, S5).
  public static let maxMessageBytes = 8_388_608
  /// Retention is unlimited; `retention.ms` defaults to 7 days (S5).
  public static let defaultRetentionHours = 168.0
}

/// Kafka's own defaults, which MSK's default configuration does not
/// override (S15c, S15d, S18), and the seed module's server properties.
public enum KafkaDefaults {
  /// `log.segment.bytes`: 1 GiB (S15d; also the seed's configuration).
  public static let segmentBytes = 1_073_741_824.0
  /// `segment.ms` / `log.roll.hours`: 7 days (S15d).
  public static let segmentMs = 604_800_000.0
  /// `log.retention.hours`: 168 (S15c; also the seed's configuration).
  public static let retentionHours = 168.0
  /// `log.retention.check.interval.ms`: 5 minutes (S15c; also the seed).
  public static let retentionCheckIntervalMs = 300_000.0
  /// `default.replication.factor` in the seed's configuration.
  public static let replicationFactor = 3
  /// `min.insync.replicas` in the seed's configuration.
  public static let minInsyncReplicas = 2
  /// `num.partitions` in the seed's configuration.
  public static let numPartitions = 6
}
