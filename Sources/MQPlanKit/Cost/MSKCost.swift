/// The monthly MSK bill of a configuration, from the simulated baseline
/// run (reference/msk.md §6.5; prices from the ``PriceBook``).
///
/// Time-based lines (broker-hours, cluster-hours) are for 730 hours.
/// Usage-based lines (data transfer, Serverless data) scale the run's
/// totals to 730 hours, so a 7-day run is billed as a month at its rate.
enum MSKCost {
  static func bill(
    configuration: MSKConfiguration, kafka: KafkaWorkload, baseline: MSKRunResult, prices: PriceBook
  ) -> (lines: [BillLine], warnings: [String]) {
    let hours = PriceBook.hoursPerMonth
    let toMonth = hours * 3_600 / baseline.horizon
    var lines: [BillLine] = []
    var warnings: [String] = []
    let brokers = Double(configuration.brokerCount)

    func provisionedLines(note: String?) {
      let type = configuration.brokerInstanceType
      let price = prices.mskBrokerHour[type] ?? 0
      lines.append(
        BillLine(
          service: "Amazon MSK", item: "broker-hours (\(type))", quantity: brokers * hours,
          unit: "broker-hour",
          unitPrice: price, note: note))
      lines.append(
        BillLine(
          service: "Amazon MSK",
          item: "broker storage (\(configuration.brokerVolumeSize) GiB × \(configuration.brokerCount))",
          quantity: brokers * Double(configuration.brokerVolumeSize), unit: "GB-month",
          unitPrice: prices.mskStorageGBMonth,
          note:
            "billed on the provisioned volume, used or not (S11); volume_size is GiB and is billed as GB, as Infracost does"
        ))
      if configuration.enableProvisionedThroughput {
        lines.append(
          BillLine(
            service: "Amazon MSK",
            item:
              "provisioned storage throughput (\(configuration.volumeThroughput) MiB/s × \(configuration.brokerCount))",
            quantity: brokers * Double(configuration.volumeThroughput), unit: "MB/s-month",
            unitPrice: prices.mskProvisionedThroughputMBpsMonth,
            note: "per MiB/s, as AWS's sizing script bills it (S10a)"))
      }
    }

    if configuration.useServerless {
      lines.append(
        BillLine(
          service: "Amazon MSK Serverless", item: "cluster-hours", quantity: hours, unit: "cluster-hour",
          unitPrice: prices.mskServerlessClusterHour))
      let partitions = Double(baseline.topics.reduce(0) { $0 + $1.partitions })
      lines.append(
        BillLine(
          service: "Amazon MSK Serverless", item: "partition-hours (\(Int(partitions)) partitions)",
          quantity: partitions * hours,
          unit: "partition-hour", unitPrice: prices.mskServerlessPartitionHour))
      lines.append(
        BillLine(
          service: "Amazon MSK Serverless", item: "data in",
          quantity: baseline.clientBytesIn * toMonth / 1_073_741_824, unit: "GiB",
          unitPrice: prices.mskServerlessDataInGiB))
      lines.append(
        BillLine(
          service: "Amazon MSK Serverless", item: "data out",
          quantity: baseline.clientBytesOut * toMonth / 1_073_741_824, unit: "GiB",
          unitPrice: prices.mskServerlessDataOutGiB))
      lines.append(
        BillLine(
          service: "Amazon MSK Serverless", item: "storage",
          quantity: baseline.meanStoredBytesOneCopy / 1_073_741_824,
          unit: "GiB-month", unitPrice: prices.mskServerlessStorageGiBMonth,
          note: "mean retained bytes over the run"))
      provisionedLines(
        note:
          "seed defect: aws_msk_cluster.main has no count, so it is created even with use_serverless = true")
      warnings.append(
        "use_serverless = true: the seed's msk module still creates the provisioned cluster (aws_msk_cluster.main has no count), so this bill includes both; add count = var.use_serverless ? 0 : 1 to the module to pay for Serverless alone"
      )
      return (lines, warnings)
    }

    provisionedLines(note: nil)
    let crossGB = baseline.crossZoneBytes * toMonth / 1e9
    let crossing =
      kafka.rackAwareConsumers ? "producers to leaders" : "producers to leaders and leaders to consumers"
    lines.append(
      BillLine(
        service: "EC2 data transfer", item: "cross-AZ client traffic", quantity: crossGB, unit: "GB",
        unitPrice: 2 * prices.crossAZPerGBEachDirection,
        note:
          "\(crossing), (A − 1)/A of the bytes; $\(prices.crossAZPerGBEachDirection) per GB in each direction (S16); replication is free (S14)"
      ))

    // Broker logs: the seed always sends them to CloudWatch Logs.
    if let perDay = kafka.brokerLogGBPerBrokerPerDay {
      let ingested = brokers * perDay * hours / 24
      lines.append(
        BillLine(
          service: "Amazon CloudWatch Logs", item: "broker log ingestion", quantity: ingested, unit: "GB",
          unitPrice: prices.cloudWatchLogsIngestionGB))
      let days = configuration.logRetentionDays
      let stored: Double
      let note: String
      if days > 0 && Double(days) <= hours / 24 {
        stored = brokers * perDay * Double(days)
        note = "steady state with log_retention_days = \(days)"
      } else if days > 0 {
        stored = ingested / 2
        note = "first month's mean; grows each month until the \(days)-day retention is reached"
      } else {
        stored = ingested / 2
        note =
          "first month's mean; log_retention_days = 0 keeps logs for ever, so this grows by \(Int(ingested.rounded())) GB every month"
      }
      lines.append(
        BillLine(
          service: "Amazon CloudWatch Logs", item: "broker log storage", quantity: stored, unit: "GB-month",
          unitPrice: prices.cloudWatchLogsStorageGBMonth, note: note))
    } else {
      lines.append(
        BillLine(
          service: "Amazon CloudWatch Logs", item: "broker logs (not estimated)", quantity: 0, unit: "GB",
          unitPrice: prices.cloudWatchLogsIngestionGB,
          note:
            "the seed sends broker logs to CloudWatch Logs, but no source gives their volume: set kafka.brokerLogGBPerBrokerPerDay"
        ))
      warnings.append(
        "broker logs to CloudWatch Logs are not costed: the reference has no figure for their volume; set kafka.brokerLogGBPerBrokerPerDay in the workload"
      )
    }
    return (lines, warnings)
  }
}
