/// The alarms the monitoring plan adds to the seed's: $0.10 per alarm
/// metric-month at standard resolution (S13, S27; metric math counts each
/// metric). The seed's queue depth and DLQ alarms are billed with SQS.
enum MonitoringCost {
  static func bill(alarms: [AlarmReport], prices: PriceBook) -> [BillLine] {
    let added = alarms.filter { !$0.kind.hasSuffix("(seed)") }
    let metrics = added.reduce(0) { $0 + $1.metricsReferenced }
    guard metrics > 0 else { return [] }
    return [
      BillLine(
        service: "Amazon CloudWatch",
        item: "alarms beyond the seed's (\(added.count): lag, age, disk, CPU, EventBridge)",
        quantity: Double(metrics), unit: "alarm metric-month", unitPrice: prices.cloudWatchAlarmStandardMonth,
        note: "standard resolution; the first 10 alarm metrics per account are free (S27), not applied")
    ]
  }
}
