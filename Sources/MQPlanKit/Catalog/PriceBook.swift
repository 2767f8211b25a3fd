/// Every price mqplan bills with, per region, each with its unit and
/// sources. The default is us-east-1 from the reference files; `--prices
/// FILE` overrides any subset (other regions, negotiated discounts).
///
/// Conventions: a month is 730 hours, as AWS's sizing script and Infracost
/// bill (S10a, S11); GB is 10⁹ bytes and GiB 2³⁰ bytes, each price in the unit
/// its source states.
public struct PriceBook: Hashable, Sendable {
  /// Hours in a billing month.
  public static let hoursPerMonth = 730.0

  /// The region the prices are for.
  public var region: String
  /// The currency (informational).
  public var currency: String
  /// MSK Standard broker-hours by size, USD per hour.
  public var mskBrokerHour: [String: Double]
  /// MSK Standard broker storage, USD per GB-month of provisioned volume (S11, S12, S10a).
  public var mskStorageGBMonth: Double
  /// Provisioned storage throughput, USD per MB/s-month (S12, S10a; the
  /// script multiplies it by MiB/s, and so does mqplan).
  public var mskProvisionedThroughputMBpsMonth: Double
  /// MSK Serverless cluster-hour (S12, S13).
  public var mskServerlessClusterHour: Double
  /// MSK Serverless partition-hour (S12, S13).
  public var mskServerlessPartitionHour: Double
  /// MSK Serverless data in, per GiB (S12, S13).
  public var mskServerlessDataInGiB: Double
  /// MSK Serverless data out, per GiB (S12, S13).
  public var mskServerlessDataOutGiB: Double
  /// MSK Serverless storage, per GiB-month (S12).
  public var mskServerlessStorageGiBMonth: Double
  /// Data crossing availability zones, USD per GB in each direction, so a
  /// byte that crosses costs twice this (S16; EC2 page quoted, not read).
  public var crossAZPerGBEachDirection: Double
  /// CloudWatch Logs ingestion, standard class, per GB (S13 of the SQS/EB reference).
  public var cloudWatchLogsIngestionGB: Double
  /// CloudWatch Logs storage, per GB-month.
  public var cloudWatchLogsStorageGBMonth: Double
  /// CloudWatch alarm, standard resolution, per alarm metric-month.
  public var cloudWatchAlarmStandardMonth: Double
  /// CloudWatch alarm, high resolution, per alarm metric-month.
  public var cloudWatchAlarmHighResolutionMonth: Double
  /// CloudWatch custom metrics, first 10,000, per metric-month (S28, S27).
  public var cloudWatchMetricMonth: Double
  /// SQS standard queue requests, first tier, USD per million (S13, S30a–c).
  public var sqsStandardPerMillion: Double
  /// SQS FIFO queue requests, first tier, USD per million (S13, S30a–b).
  public var sqsFifoPerMillion: Double
  /// SQS requests free each month, per account (S30a, S30c; whether
  /// standard and FIFO share it is not stated).
  public var sqsFreeRequestsPerMonth: Double
  /// KMS symmetric requests, USD per 10,000 (S13, S30k).
  public var kmsRequestsPer10k: Double
  /// EventBridge custom events published, USD per million 64 KB chunks
  /// (S13 PriceList `Event-64K-Chunks`, S30a, S30b).
  public var eventBridgeEventsPerMillion: Double = 1.00
  /// EventBridge archive processing, USD per GB archived (S13
  /// `ArchivedEvents-Bytes`).
  public var eventBridgeArchiveProcessingGB: Double = 0.10
  /// EventBridge archive storage, USD per GB-month (S13 `TimedStorage-ByteHrs`).
  public var eventBridgeArchiveStorageGBMonth: Double = 0.023
  /// EventBridge replayed events, USD per million. **Not confirmed by AWS
  /// text** (the reference has null; only the third-party S30a says $1.00/M,
  /// as for published events). mqplan charges $1.00/M so that a replay is
  /// not free by omission; override it with a prices file.
  public var eventBridgeReplayPerMillion: Double = 1.00

  /// us-east-1, from shared/reference/msk-instances.json and
  /// prices-us-east-1.json.
  public static let usEast1 = PriceBook(
    region: "us-east-1", currency: "USD",
    mskBrokerHour: Dictionary(uniqueKeysWithValues: MSKBrokerType.all.map { ($0.name, $0.pricePerHour) }),
    mskStorageGBMonth: 0.10,
    mskProvisionedThroughputMBpsMonth: 0.08,
    mskServerlessClusterHour: 0.75,
    mskServerlessPartitionHour: 0.0015,
    mskServerlessDataInGiB: 0.10,
    mskServerlessDataOutGiB: 0.05,
    mskServerlessStorageGiBMonth: 0.10,
    crossAZPerGBEachDirection: 0.01,
    cloudWatchLogsIngestionGB: 0.50,
    cloudWatchLogsStorageGBMonth: 0.03,
    cloudWatchAlarmStandardMonth: 0.10,
    cloudWatchAlarmHighResolutionMonth: 0.30,
    cloudWatchMetricMonth: 0.30,
    sqsStandardPerMillion: 0.40,
    sqsFifoPerMillion: 0.50,
    sqsFreeRequestsPerMonth: 1_000_000,
    kmsRequestsPer10k: 0.03)
}

/// What is known about one scalar price: its key in a prices file, its
/// unit, where it comes from, and how sure the sources are.
public struct PriceDescriptor: @unchecked Sendable {  // key paths to stored properties are immutable
  /// Key in a `--prices` file, e.g. `msk.storageGBMonth`.
  public var key: String
  public var unit: String
  public var sources: [String]
  /// Disputes or thin sourcing, if any.
  public var note: String?
  let keyPath: WritableKeyPath<PriceBook, Double>

  /// Every scalar price (broker-hours are listed per size separately).
  public static let all: [PriceDescriptor] = [
    .init(
      key: "msk.storageGBMonth", unit: "USD per GB-month of provisioned volume",
      sources: ["S11", "S12", "S10a"], note: nil, keyPath: \.mskStorageGBMonth),
    .init(
      key: "msk.provisionedThroughputMBpsMonth", unit: "USD per MB/s-month", sources: ["S12", "S10a"],
      note: "billed per MiB/s as AWS's script does", keyPath: \.mskProvisionedThroughputMBpsMonth),
    .init(
      key: "msk.serverless.clusterHour", unit: "USD per cluster-hour", sources: ["S12", "S13"], note: nil,
      keyPath: \.mskServerlessClusterHour),
    .init(
      key: "msk.serverless.partitionHour", unit: "USD per partition-hour", sources: ["S12", "S13"], note: nil,
      keyPath: \.mskServerlessPartitionHour),
    .init(
      key: "msk.serverless.dataInGiB", unit: "USD per GiB in", sources: ["S12", "S13"], note: nil,
      keyPath: \.mskServerlessDataInGiB),
    .init(
      key: "msk.serverless.dataOutGiB", unit: "USD per GiB out", sources: ["S12", "S13"], note: nil,
      keyPath: \.mskServerlessDataOutGiB),
    .init(
      key: "msk.serverless.storageGiBMonth", unit: "USD per GiB-month", sources: ["S12"],
      note: "single source", keyPath: \.mskServerlessStorageGiBMonth),
    .init(
      key: "dataTransfer.crossAZPerGBEachDirection", unit: "USD per GB, each direction", sources: ["S16"],
      note: "EC2 pricing page quoted by third parties, not read directly",
      keyPath: \.crossAZPerGBEachDirection),
    .init(
      key: "cloudWatch.logsIngestionGB", unit: "USD per GB ingested", sources: ["S13 (SQS/EB ref.)", "S40"],
      note: nil, keyPath: \.cloudWatchLogsIngestionGB),
    .init(
      key: "cloudWatch.logsStorageGBMonth", unit: "USD per GB-month", sources: ["S13 (SQS/EB ref.)", "S40"],
      note: nil, keyPath: \.cloudWatchLogsStorageGBMonth),
    .init(
      key: "cloudWatch.alarmStandardMonth", unit: "USD per alarm metric-month",
      sources: ["S13 (SQS/EB ref.)", "S40", "S41"], note: nil, keyPath: \.cloudWatchAlarmStandardMonth),
    .init(
      key: "cloudWatch.alarmHighResolutionMonth", unit: "USD per alarm metric-month",
      sources: ["S13 (SQS/EB ref.)", "S41"], note: nil, keyPath: \.cloudWatchAlarmHighResolutionMonth),
    .init(
      key: "cloudWatch.metricMonth", unit: "USD per metric-month (first 10,000)", sources: ["S28", "S27"],
      note: "from a 2022 quote of the pricing page and 2021 bill lines", keyPath: \.cloudWatchMetricMonth),
    .init(
      key: "eventBridge.eventsPerMillion", unit: "USD per million events (64 KB chunks)",
      sources: ["S13 (SQS/EB ref.)", "S30a", "S30b"], note: nil, keyPath: \.eventBridgeEventsPerMillion),
    .init(
      key: "eventBridge.archiveProcessingGB", unit: "USD per GB archived", sources: ["S13 (SQS/EB ref.)"],
      note: nil, keyPath: \.eventBridgeArchiveProcessingGB),
    .init(
      key: "eventBridge.archiveStorageGBMonth", unit: "USD per GB-month", sources: ["S13 (SQS/EB ref.)"],
      note: nil, keyPath: \.eventBridgeArchiveStorageGBMonth),
    .init(
      key: "eventBridge.replayPerMillion", unit: "USD per million replayed events", sources: ["S30a"],
      note: "not confirmed by AWS text (reference: null); assumed equal to published events",
      keyPath: \.eventBridgeReplayPerMillion),
  ]
}
