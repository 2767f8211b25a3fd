/// The msk module's variables that sizing decides (shared/DESIGN.md), with
/// the seed's defaults. Identity and network inputs (subnets, security
/// groups, KMS key) stay in the environment's own tfvars.
///
/// The seed's module *uses* `enable_provisioned_throughput`,
/// `volume_throughput` and `log_retention_days` without declaring them
/// (they are absent from its variables.tf), so Terraform would reject the
/// module until they are declared; mqplan models them with AWS's defaults
/// and says so in its output.
public struct MSKConfiguration: Sendable, Hashable {
  /// `kafka_version` (seed default 3.5.1, a ZooKeeper-mode version).
  public var kafkaVersion: String = "3.5.1"
  /// `broker_count` (seed default 3).
  public var brokerCount: Int = 3
  /// `broker_instance_type` (seed default kafka.m5.large).
  public var brokerInstanceType: String = "kafka.m5.large"
  /// `broker_volume_size`, GiB per broker (seed default 500; the seed's
  /// description says GB, MSK's API means GiB).
  public var brokerVolumeSize: Int = 500
  /// `enable_provisioned_throughput` (undeclared in the seed; AWS default false).
  public var enableProvisionedThroughput: Bool = false
  /// `volume_throughput`, MiB/s, used only with provisioned throughput
  /// (undeclared in the seed; 250 is MSK's default, S3).
  public var volumeThroughput: Int = 250
  /// `enhanced_monitoring_level` (seed default PER_BROKER).
  public var enhancedMonitoringLevel: String = "PER_BROKER"
  /// `use_serverless` (seed default false).
  public var useServerless: Bool = false
  /// `log_retention_days` of the broker-log group in CloudWatch Logs
  /// (undeclared in the seed; 0 means never expire, CloudWatch's default).
  public var logRetentionDays: Int = 0

  public init() {}

  /// The enhanced monitoring levels the seed's validation accepts.
  public static let monitoringLevels = [
    "DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER", "PER_TOPIC_PER_PARTITION",
  ]

  /// CloudWatch Logs retention values AWS accepts (days; 0 = never expire).
  public static let logRetentionValues = [
    0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1_096, 1_827, 2_192, 2_557, 2_922,
    3_288, 3_653,
  ]

  /// The broker size's figures.
  public var brokerType: MSKBrokerType? { MSKBrokerType.named(brokerInstanceType) }

  /// Per-broker volume throughput in bytes/s: the provisioned value when
  /// enabled, else MSK's 250 MiB/s default.
  public var volumeThroughputBytesPerSecond: Double {
    let mib =
      enableProvisionedThroughput ? Double(volumeThroughput) : MSKBrokerType.defaultVolumeThroughputMiBps
    return mib * 1_048_576
  }

  /// Problems that make the configuration impossible to deploy with this
  /// workload: Terraform or MSK would refuse it.
  public func problems(availabilityZones: Int) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    func add(_ variable: String, _ message: String, _ hint: String? = nil) {
      problems.append(Diagnostic(path: variable, message: message, hint: hint))
    }
    guard let type = brokerType else {
      var hint = "one of: " + MSKBrokerType.all.map(\.name).joined(separator: ", ")
      if let guess = Suggestions.closest(to: brokerInstanceType, in: MSKBrokerType.all.map(\.name)) {
        hint = "did you mean \"\(guess)\"?"
      }
      add("broker_instance_type", "\"\(brokerInstanceType)\" is not an MSK Standard broker size", hint)
      return problems
    }
    if useServerless { return problems }
    let quota = MSKLimits.brokersPerCluster(kafkaVersion: kafkaVersion)
    if brokerCount < availabilityZones || brokerCount % availabilityZones != 0 {
      add(
        "broker_count",
        "\(brokerCount) brokers cannot spread evenly over \(availabilityZones) availability zones",
        "MSK needs a multiple of the number of client subnets (S17): try \(Swift.max(availabilityZones, (brokerCount + availabilityZones - 1) / availabilityZones * availabilityZones))"
      )
    }
    if brokerCount > quota {
      add(
        "broker_count", "\(brokerCount) brokers exceed the default quota of \(quota) per cluster (S4)",
        "request a quota increase, or use larger brokers")
    }
    if brokerVolumeSize < MSKLimits.minimumVolumeGiB || brokerVolumeSize > MSKLimits.maximumVolumeGiB {
      add("broker_volume_size", "must be between 1 and 16384 GiB per broker (S4), got \(brokerVolumeSize)")
    }
    if enableProvisionedThroughput {
      if let max = type.maxProvisionedThroughputMiBps {
        if Double(volumeThroughput) < MSKBrokerType.minimumProvisionedThroughputMiBps
          || Double(volumeThroughput) > max
        {
          add(
            "volume_throughput",
            "\(type.name) accepts 250 to \(Int(max)) MiB/s of provisioned throughput (S3), got \(volumeThroughput)"
          )
        }
        if brokerVolumeSize < MSKBrokerType.minimumVolumeForProvisionedThroughputGiB {
          add("broker_volume_size", "provisioned throughput needs volumes of at least 10 GiB (S3)")
        }
      } else {
        add(
          "enable_provisioned_throughput",
          "\(type.name) does not support provisioned storage throughput (S3)",
          "it is available from kafka.m5.4xlarge and kafka.m7g.2xlarge up")
      }
    }
    if !Self.monitoringLevels.contains(enhancedMonitoringLevel) {
      add(
        "enhanced_monitoring_level",
        "must be one of \(Self.monitoringLevels.joined(separator: ", ")), got \"\(enhancedMonitoringLevel)\"")
    }
    if !Self.logRetentionValues.contains(logRetentionDays) {
      add(
        "log_retention_days",
        "CloudWatch Logs accepts only \(Self.logRetentionValues.map(String.init).joined(separator: ", ")) days, got \(logRetentionDays)"
      )
    }
    return problems
  }
}
