/// The alarms the monitoring plan adds to the seed's: $0.10 per alarm
/// metric-month at standard resolution (S13, S27; metric math counts each
/// metric). The seed's queue depth and DLQ alarms are billed with SQS.
enum MonitoringCost {
  static func bill(alarms: [AlarmReport], configuration: Configuration, hasKafka: Bool, prices: PriceBook)
    -> [BillLine]
  {
    var lines: [BillLine] = []
    let level = configuration.msk.enhancedMonitoringLevel
    if hasKafka && !configuration.msk.useServerless && level != "DEFAULT" {
      // The lag alarms need only DEFAULT (MaxOffsetLag, SumOffsetLag and
      // EstimatedMaxTimeLag are DEFAULT-level metrics, msk.md §4, S6b).
      lines.append(
        BillLine(
          service: "Amazon CloudWatch", item: "MSK enhanced monitoring \(level) (not estimated)", quantity: 0,
          unit: "metric-month", unitPrice: prices.cloudWatchMetricMonth,
          note:
            "billed per metric-month (S6b, S28); the reference does not say how many metrics \(level) adds per broker, topic or partition. The lag alarms need only DEFAULT"
        ))
    }
    let added = alarms.filter { !$0.kind.hasSuffix("(seed)") }
    let metrics = added.reduce(0) { $0 + $1.metricsReferenced }
    guard metrics > 0 else { return lines }
    return lines + [
      BillLine(
        service: "Amazon CloudWatch",
        item: "alarms beyond the seed's (\(added.count))",
        quantity: Double(metrics), unit: "alarm metric-month", unitPrice: prices.cloudWatchAlarmStandardMonth,
        note:
          "lag, age, under-replicated, disk, CPU and EventBridge alarms; standard resolution; the first 10 alarm metrics per account are free (S27), not applied"
      )
    ]
  }
}
