/// The figures of one MSK Standard broker size: the matching EC2 instance's
/// hardware, MSK's storage and partition limits, and its on-demand price.
///
/// Units: network and EBS throughput in decimal MB/s (10⁶ bytes/s, the EC2
/// "128 KiB I/O" column); volume and provisioned throughput in MiB/s, as MSK
/// states them. Sustained limits use the *baseline* figures: burst credits
/// on the smaller sizes run out (EBS: 30 minutes per 24 hours; network:
/// "typically 5 to 60 minutes", S9), so a month-long plan cannot lean on
/// them.
public struct MSKBrokerType: Hashable, Sendable, Identifiable {
  /// The MSK name, e.g. `kafka.m5.large`.
  public var name: String
  /// The family: `t3`, `m5` or `m7g`.
  public var family: String
  /// Virtual CPUs (S9).
  public var vcpus: Int
  /// Memory in GiB (S9).
  public var memoryGiB: Double
  /// Baseline network bandwidth per direction in Gbit/s (S9).
  public var networkBaselineGbps: Double
  /// Burst network bandwidth in Gbit/s, for sizes that burst (S9).
  public var networkBurstGbps: Double?
  /// Baseline EBS throughput in MB/s, reads and writes together (S9).
  public var ebsBaselineMBps: Double
  /// Maximum (burst) EBS throughput in MB/s (S9).
  public var ebsBurstMBps: Double
  /// Largest provisioned storage throughput in MiB/s, or `nil` if the size
  /// does not support provisioned throughput (S3).
  public var maxProvisionedThroughputMiBps: Double?
  /// Partition replicas per broker (leaders and followers) AWS recommends (S2).
  public var recommendedPartitions: Int
  /// Partition replicas per broker above which MSK refuses update
  /// operations (configuration, version and broker-size updates) (S2).
  public var maxPartitionsForUpdates: Int
  /// On-demand price per broker-hour, USD, us-east-1.
  public var pricePerHour: Double
  /// IAM-authenticated new connections per second per broker (S4, S10b).
  public var iamNewConnectionsPerSecond: Int
  /// CPU baseline per vCPU for burstable sizes (t3: 20 %, S9); `nil` for
  /// fixed-performance sizes.
  public var cpuBaselineFraction: Double?
  /// Source ids for the figures above.
  public var sources: [String]
  /// Where sources disagree or a figure rests on one source.
  public var notes: [String]

  public var id: String { name }

  /// Baseline network per direction in MB/s: Gbit/s × 125 (decimal).
  public var networkBaselineMBps: Double { networkBaselineGbps * 125 }

  /// Whether provisioned storage throughput can be enabled (S3).
  public var supportsProvisionedThroughput: Bool { maxProvisionedThroughputMiBps != nil }
}

extension MSKBrokerType {
  /// MSK's default volume throughput, MiB/s, when provisioned throughput is
  /// off (S3; "the default case", S21).
  public static let defaultVolumeThroughputMiBps = 250.0
  /// Smallest volume, GiB, that may be given provisioned throughput: volumes
  /// of 10 GiB and more (S3).
  public static let minimumVolumeForProvisionedThroughputGiB = 10
  /// Provisioned throughput may not be set below the 250 MiB/s default (S3).
  public static let minimumProvisionedThroughputMiBps = 250.0

  /// All 16 Standard broker sizes, from reference/msk.md §2 and
  /// msk-instances.json. Prices are us-east-1 on-demand from AWS's own sizing
  /// script (S10a), corroborated for t3.small (S11, S12), m5.large (third
  /// party), m5.24xlarge (S11, S12) and m7g.large (S13); the others rest on
  /// S10a alone.
  public static let all: [MSKBrokerType] = [
    MSKBrokerType(
      name: "kafka.t3.small", family: "t3", vcpus: 2, memoryGiB: 2, networkBaselineGbps: 0.128,
      networkBurstGbps: 5, ebsBaselineMBps: 21.75, ebsBurstMBps: 260.62, maxProvisionedThroughputMiBps: nil,
      recommendedPartitions: 300, maxPartitionsForUpdates: 300, pricePerHour: 0.0456,
      iamNewConnectionsPerSecond: 4, cpuBaselineFraction: 0.20,
      sources: ["S9", "S2", "S4", "S11", "S12"],
      notes: [
        "EBS baseline 21.75 MB/s is far below the 250 MiB/s volume default (S9).",
        "Burstable CPU: 20 % baseline per vCPU, 24 credits/h, at most 576 (S9).",
      ]),
    MSKBrokerType(
      name: "kafka.m5.large", family: "m5", vcpus: 2, memoryGiB: 8, networkBaselineGbps: 0.75,
      networkBurstGbps: 10, ebsBaselineMBps: 81.25, ebsBurstMBps: 593.75, maxProvisionedThroughputMiBps: nil,
      recommendedPartitions: 1000, maxPartitionsForUpdates: 1500, pricePerHour: 0.21,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S2", "S4", "S10a"], notes: ["Price: S10a and third-party notes."]),
    MSKBrokerType(
      name: "kafka.m5.xlarge", family: "m5", vcpus: 4, memoryGiB: 16, networkBaselineGbps: 1.25,
      networkBurstGbps: 10, ebsBaselineMBps: 143.75, ebsBurstMBps: 593.75, maxProvisionedThroughputMiBps: nil,
      recommendedPartitions: 1000, maxPartitionsForUpdates: 1500, pricePerHour: 0.42,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S2", "S4", "S10a"], notes: ["Price from a single AWS-authored source (S10a)."]),
    MSKBrokerType(
      name: "kafka.m5.2xlarge", family: "m5", vcpus: 8, memoryGiB: 32, networkBaselineGbps: 2.5,
      networkBurstGbps: 10, ebsBaselineMBps: 287.5, ebsBurstMBps: 593.75, maxProvisionedThroughputMiBps: nil,
      recommendedPartitions: 2000, maxPartitionsForUpdates: 3000, pricePerHour: 0.84,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S2", "S4", "S10a"],
      notes: [
        "Price from a single AWS-authored source (S10a).",
        "AWS's sizing script uses 250 MB/s EBS for this size (the volume default); the EC2 table gives 287.5 (S9). The catalog uses S9.",
      ]),
    MSKBrokerType(
      name: "kafka.m5.4xlarge", family: "m5", vcpus: 16, memoryGiB: 64, networkBaselineGbps: 5,
      networkBurstGbps: 10, ebsBaselineMBps: 593.75, ebsBurstMBps: 593.75, maxProvisionedThroughputMiBps: 593,
      recommendedPartitions: 4000, maxPartitionsForUpdates: 6000, pricePerHour: 1.68,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S3", "S2", "S4", "S10a"], notes: ["Price from a single AWS-authored source (S10a)."]),
    MSKBrokerType(
      name: "kafka.m5.8xlarge", family: "m5", vcpus: 32, memoryGiB: 128, networkBaselineGbps: 10,
      networkBurstGbps: nil, ebsBaselineMBps: 850, ebsBurstMBps: 850, maxProvisionedThroughputMiBps: 850,
      recommendedPartitions: 4000, maxPartitionsForUpdates: 6000, pricePerHour: 3.36,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S3", "S2", "S4", "S10a"], notes: ["Price from a single AWS-authored source (S10a)."]),
    MSKBrokerType(
      name: "kafka.m5.12xlarge", family: "m5", vcpus: 48, memoryGiB: 192, networkBaselineGbps: 12,
      networkBurstGbps: nil, ebsBaselineMBps: 1187.5, ebsBurstMBps: 1187.5,
      maxProvisionedThroughputMiBps: 1000,
      recommendedPartitions: 4000, maxPartitionsForUpdates: 6000, pricePerHour: 5.04,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S3", "S2", "S4", "S10a"], notes: ["Price from a single AWS-authored source (S10a)."]),
    MSKBrokerType(
      name: "kafka.m5.16xlarge", family: "m5", vcpus: 64, memoryGiB: 256, networkBaselineGbps: 20,
      networkBurstGbps: nil, ebsBaselineMBps: 1700, ebsBurstMBps: 1700, maxProvisionedThroughputMiBps: 1000,
      recommendedPartitions: 4000, maxPartitionsForUpdates: 6000, pricePerHour: 6.72,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S3", "S2", "S4", "S10a"], notes: ["Price from a single AWS-authored source (S10a)."]),
    MSKBrokerType(
      name: "kafka.m5.24xlarge", family: "m5", vcpus: 96, memoryGiB: 384, networkBaselineGbps: 25,
      networkBurstGbps: nil, ebsBaselineMBps: 2375, ebsBurstMBps: 2375, maxProvisionedThroughputMiBps: 1000,
      recommendedPartitions: 4000, maxPartitionsForUpdates: 6000, pricePerHour: 10.08,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S3", "S2", "S4", "S10a", "S11", "S12"],
      notes: [
        "Disputed: AWS's sizing script (S10a) gives 4000 partitions at most; the docs (S2) say 6000 for update operations. The catalog uses the docs."
      ]),
    MSKBrokerType(
      name: "kafka.m7g.large", family: "m7g", vcpus: 2, memoryGiB: 8, networkBaselineGbps: 0.937,
      networkBurstGbps: 12.5, ebsBaselineMBps: 78.75, ebsBurstMBps: 1250, maxProvisionedThroughputMiBps: nil,
      recommendedPartitions: 1000, maxPartitionsForUpdates: 1500, pricePerHour: 0.204,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S2", "S4", "S10a", "S13"], notes: []),
    MSKBrokerType(
      name: "kafka.m7g.xlarge", family: "m7g", vcpus: 4, memoryGiB: 16, networkBaselineGbps: 1.876,
      networkBurstGbps: 12.5, ebsBaselineMBps: 156.25, ebsBurstMBps: 1250, maxProvisionedThroughputMiBps: nil,
      recommendedPartitions: 1000, maxPartitionsForUpdates: 1500, pricePerHour: 0.408,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S2", "S4", "S10a"], notes: ["Price from a single AWS-authored source (S10a)."]),
    MSKBrokerType(
      name: "kafka.m7g.2xlarge", family: "m7g", vcpus: 8, memoryGiB: 32, networkBaselineGbps: 3.75,
      networkBurstGbps: 15, ebsBaselineMBps: 312.5, ebsBurstMBps: 1250, maxProvisionedThroughputMiBps: 312.5,
      recommendedPartitions: 2000, maxPartitionsForUpdates: 3000, pricePerHour: 0.816,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S3", "S2", "S4", "S10a"],
      notes: [
        "Disputed: the current docs allow provisioned throughput on m7g.2xlarge (S3); AWS's sizing script omits it (S10a); the 2023 docs predate m7g (S3a). The catalog follows the docs.",
        "Provisioned throughput up to 312.5 MiB/s only: barely above the 250 MiB/s default.",
        "Price from a single AWS-authored source (S10a).",
      ]),
    MSKBrokerType(
      name: "kafka.m7g.4xlarge", family: "m7g", vcpus: 16, memoryGiB: 64, networkBaselineGbps: 7.5,
      networkBurstGbps: 15, ebsBaselineMBps: 625, ebsBurstMBps: 1250, maxProvisionedThroughputMiBps: 625,
      recommendedPartitions: 4000, maxPartitionsForUpdates: 6000, pricePerHour: 1.632,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S3", "S2", "S4", "S10a"], notes: ["Price from a single AWS-authored source (S10a)."]),
    MSKBrokerType(
      name: "kafka.m7g.8xlarge", family: "m7g", vcpus: 32, memoryGiB: 128, networkBaselineGbps: 15,
      networkBurstGbps: nil, ebsBaselineMBps: 1250, ebsBurstMBps: 1250, maxProvisionedThroughputMiBps: 1000,
      recommendedPartitions: 4000, maxPartitionsForUpdates: 6000, pricePerHour: 3.264,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S3", "S2", "S4", "S10a"], notes: ["Price from a single AWS-authored source (S10a)."]),
    MSKBrokerType(
      name: "kafka.m7g.12xlarge", family: "m7g", vcpus: 48, memoryGiB: 192, networkBaselineGbps: 22.5,
      networkBurstGbps: nil, ebsBaselineMBps: 1875, ebsBurstMBps: 1875, maxProvisionedThroughputMiBps: 1000,
      recommendedPartitions: 4000, maxPartitionsForUpdates: 6000, pricePerHour: 4.896,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S3", "S2", "S4", "S10a"], notes: ["Price from a single AWS-authored source (S10a)."]),
    MSKBrokerType(
      name: "kafka.m7g.16xlarge", family: "m7g", vcpus: 64, memoryGiB: 256, networkBaselineGbps: 30,
      networkBurstGbps: nil, ebsBaselineMBps: 2500, ebsBurstMBps: 2500, maxProvisionedThroughputMiBps: 1000,
      recommendedPartitions: 4000, maxPartitionsForUpdates: 6000, pricePerHour: 6.528,
      iamNewConnectionsPerSecond: 100, cpuBaselineFraction: nil,
      sources: ["S9", "S3", "S2", "S4", "S10a"], notes: ["Price from a single AWS-authored source (S10a)."]),
  ]

  /// The size called `name`, if it exists.
  public static func named(_ name: String) -> MSKBrokerType? { all.first { $0.name == name } }
}
