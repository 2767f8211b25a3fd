/// `mqplan catalog`: the figures and prices the models use, with sources.
public enum CatalogReport {
  public static func text(prices: PriceBook) -> String {
    var out: [String] = []
    out.append("MSK Standard broker sizes (\(prices.region) on-demand prices)")
    out.append(
      Format.table(
        [
          "broker", "vCPU", "GiB", "net MB/s", "EBS MB/s", "PST max MiB/s", "partitions rec/max", "$/hour",
          "sources",
        ],
        MSKBrokerType.all.map { type in
          [
            type.name, "\(type.vcpus)", Format.number(type.memoryGiB),
            Format.number(type.networkBaselineMBps, decimals: 2),
            Format.number(type.ebsBaselineMBps, decimals: 2),
            type.maxProvisionedThroughputMiBps.map { Format.number($0, decimals: 1) } ?? "no",
            "\(type.recommendedPartitions)/\(type.maxPartitionsForUpdates)",
            Format.unitPrice(prices.mskBrokerHour[type.name] ?? 0),
            type.sources.joined(separator: " "),
          ]
        }, rightAligned: [1, 2, 3, 4, 5, 6, 7]))
    out.append(
      "  Network and EBS are per-direction and combined baselines (burst credits excluded, S9); volume throughput"
    )
    out.append("  is 250 MiB/s unless provisioned (S3).")
    let disputed = MSKBrokerType.all.flatMap { type in
      type.notes.filter { $0.hasPrefix("Disputed") }.map { "  \(type.name): \($0)" }
    }
    if !disputed.isEmpty {
      out.append("")
      out.append("Disputed figures")
      out.append(contentsOf: disputed)
    }
    out.append("")
    out.append("MSK quotas and guidance")
    let quotas: [[String]] = [
      [
        "brokers per cluster (ZooKeeper / KRaft)",
        "\(MSKLimits.brokersPerClusterZooKeeper) / \(MSKLimits.brokersPerClusterKRaft)", "S4",
      ],
      ["storage per broker", "\(MSKLimits.minimumVolumeGiB)–\(MSKLimits.maximumVolumeGiB) GiB", "S4"],
      ["IAM connections per broker", "\(MSKLimits.iamConnectionsPerBroker)", "S4"],
      ["availability zones", "2 or 3", "S10b, S20"],
      ["CPU (user + system)", "< \(Format.percent(MSKLimits.cpuGuidance))", "S2a"],
      ["disk used alarm", "≥ \(Format.percent(MSKLimits.diskAlarmThreshold))", "S2a"],
      [
        "Serverless ingress / egress",
        "\(Format.number(MSKServerlessLimits.maxIngressMBps)) / \(Format.number(MSKServerlessLimits.maxEgressMBps)) MB/s",
        "S4 (third-party crawl)",
      ],
      [
        "Serverless per partition in / out",
        "\(Format.number(MSKServerlessLimits.maxIngressPerPartitionMBps)) / \(Format.number(MSKServerlessLimits.maxEgressPerPartitionMBps)) MB/s",
        "S4",
      ],
      ["Serverless partitions", "\(MSKServerlessLimits.maxPartitions) (120 in the 2023 docs)", "S4, S4a"],
    ]
    out.append(Format.table(["quota", "value", "sources"], quotas))
    out.append("")
    out.append(
      "Prices (\(prices.region), \(prices.currency); a month is \(Format.number(PriceBook.hoursPerMonth)) hours)"
    )
    out.append(
      Format.table(
        ["key", "price", "unit", "sources", "note"],
        PriceDescriptor.all.map {
          [
            $0.key, Format.unitPrice(prices[keyPath: $0.keyPath]), $0.unit, $0.sources.joined(separator: " "),
            $0.note ?? "",
          ]
        },
        rightAligned: [1]))
    out.append("")
    out.append("Sources")
    for source in CatalogSource.msk { out.append("  \(source.id): \(source.reference) (\(source.date))") }
    return out.joined(separator: "\n") + "\n"
  }
}

/// `mqplan catalog --format json`, version 1.
public struct CatalogReportV1: Codable, Sendable {
  public struct BrokerV1: Codable, Sendable {
    public var name: String
    public var family: String
    public var vcpus: Int
    public var memoryGiB: Double
    public var networkBaselineGbps: Double
    public var networkBaselineMBps: Double
    public var networkBurstGbps: Double?
    public var ebsBaselineMBps: Double
    public var ebsBurstMBps: Double
    public var maxProvisionedThroughputMiBps: Double?
    public var recommendedPartitions: Int
    public var maxPartitionsForUpdates: Int
    public var pricePerHourUSD: Double
    public var sources: [String]
    public var notes: [String]
  }

  public struct PriceV1: Codable, Sendable {
    public var key: String
    public var value: Double
    public var unit: String
    public var sources: [String]
    public var note: String?
  }

  public struct SourceV1: Codable, Sendable {
    public var id: String
    public var reference: String
    public var date: String
  }

  public var schemaVersion = 1
  public var kind = "catalog"
  public var region: String
  public var currency: String
  public var hoursPerMonth: Double
  public var brokers: [BrokerV1]
  public var prices: [PriceV1]
  public var sources: [SourceV1]

  public init(prices: PriceBook) {
    region = prices.region
    currency = prices.currency
    hoursPerMonth = PriceBook.hoursPerMonth
    brokers = MSKBrokerType.all.map {
      BrokerV1(
        name: $0.name, family: $0.family, vcpus: $0.vcpus, memoryGiB: $0.memoryGiB,
        networkBaselineGbps: $0.networkBaselineGbps,
        networkBaselineMBps: $0.networkBaselineMBps, networkBurstGbps: $0.networkBurstGbps,
        ebsBaselineMBps: $0.ebsBaselineMBps,
        ebsBurstMBps: $0.ebsBurstMBps, maxProvisionedThroughputMiBps: $0.maxProvisionedThroughputMiBps,
        recommendedPartitions: $0.recommendedPartitions, maxPartitionsForUpdates: $0.maxPartitionsForUpdates,
        pricePerHourUSD: prices.mskBrokerHour[$0.name] ?? 0, sources: $0.sources, notes: $0.notes)
    }
    self.prices = PriceDescriptor.all.map {
      PriceV1(
        key: $0.key, value: prices[keyPath: $0.keyPath], unit: $0.unit, sources: $0.sources, note: $0.note)
    }
    sources = CatalogSource.msk.map { SourceV1(id: $0.id, reference: $0.reference, date: $0.date) }
  }
}
