import Foundation
import SimKit

/// Spreadsheet-ready output: the time series (one row per run and
/// interval, one column per metric, its unit in the header) and the bill
/// lines. RFC 4180 quoting, "." decimals, no locale: byte-identical on
/// every machine.
public enum CSVReport {
  /// One column: its header and how to read it from a run.
  struct Column {
    var header: String
    var values: (ScenarioRun) -> [Double?]
  }

  /// The time series of every run. With `interval` 60 each row is one
  /// minute as simulated; with a longer interval each cell is the largest
  /// per-minute value in it (the busiest minute), which the header says.
  public static func series(_ result: SimulationResult, interval: Double = 60) -> String {
    let horizon = result.workload.horizon
    let rows = Int((horizon / interval).rounded(.up))
    let columns = self.columns(result, interval: interval, rows: rows)
    let busiest = interval > 60
    var out =
      (["run", "time (s)"] + columns.map { busiest ? "\($0.header) busiest minute" : $0.header })
      .map(quote).joined(separator: ",") + "\r\n"
    for run in result.scenarios {
      let data = columns.map { $0.values(run) }
      for row in 0..<rows {
        var cells = [quote(run.scenario), number(Double(row) * interval)]
        for column in data { cells.append(row < column.count ? column[row].map(number) ?? "" : "") }
        out += cells.joined(separator: ",") + "\r\n"
      }
    }
    return out
  }

  /// The bill's lines and its total.
  public static func bill(_ result: SimulationResult) -> String {
    var out = "service,item,quantity,unit,unit price (USD),amount (USD/month),note\r\n"
    for line in result.bill.lines {
      out +=
        [
          quote(line.service), quote(line.item), number(line.quantity), quote(line.unit),
          number(line.unitPrice),
          number(line.amount), quote(line.note ?? ""),
        ].joined(separator: ",") + "\r\n"
    }
    out += "total,,,,,\(number(result.bill.total)),\r\n"
    return out
  }

  static func columns(_ result: SimulationResult, interval: Double, rows: Int) -> [Column] {
    let horizon = result.workload.horizon
    func sampled(_ series: IntervalSeries?, scale: Double = 1) -> [Double?] {
      guard let series else { return [] }
      return ChartSampling.maxima(series, bucket: interval, horizon: horizon).map { $0.y.map { $0 * scale } }
    }
    func sampled(_ perMinute: [Double]?) -> [Double?] {
      guard let perMinute else { return [] }
      return ChartSampling.maxima(perMinute, bucket: interval, horizon: horizon).map(\.y)
    }
    var columns: [Column] = []
    if let kafka = result.workload.kafka, let baseline = result.scenarios.first?.msk {
      let serverless = baseline.serverless
      columns.append(
        .init(
          header: serverless ? "kafka stored one copy (bytes)" : "kafka stored on fullest broker (bytes)",
          values: { sampled($0.msk?.series[serverless ? "storage.total" : "storage.max"]) }))
      columns.append(
        .init(header: "kafka client bytes in (bytes/s)", values: { sampled($0.msk?.series["ingress"]) }))
      columns.append(
        .init(
          header: "kafka share of produce accepted (%)",
          values: { sampled($0.msk?.series["accepted.share"], scale: 100) }))
      if !serverless {
        columns.append(
          .init(
            header: "kafka CPU of busiest broker (%)",
            values: { sampled($0.msk?.series["cpu.max"], scale: 100) }))
        columns.append(
          .init(
            header: "kafka BytesInPerSec busiest broker (bytes/s)",
            values: { sampled($0.msk?.series["bytesIn.max"]) }))
        columns.append(
          .init(
            header: "kafka BytesOutPerSec busiest broker (bytes/s)",
            values: { sampled($0.msk?.series["bytesOut.max"]) }))
        columns.append(
          .init(
            header: "kafka UnderReplicatedPartitions (count)",
            values: { sampled($0.msk?.series["underReplicated"]) }))
        columns.append(
          .init(
            header: "kafka OfflinePartitionsCount (count)", values: { sampled($0.msk?.series["offline"]) }))
      }
      for group in kafka.consumerGroups {
        columns.append(
          .init(
            header: "kafka lag \(group.name) (s)", values: { sampled($0.msk?.series["lag." + group.name]) }))
      }
    }
    for (index, queue) in (result.workload.sqs?.queues ?? []).enumerated() {
      for (key, header) in [
        ("visible", "visible (messages)"), ("inFlight", "in flight (messages)"),
        ("delayed", "delayed (messages)"),
        ("ageOfOldest", "age of oldest (s)"), ("dlq", "in DLQ (messages)"),
        ("consumers", "consumers (count)"),
        ("sent", "sent (messages/min)"), ("received", "received (messages/min)"),
        ("deleted", "deleted (messages/min)"),
        ("emptyReceives", "empty receives (calls/min)"),
      ] {
        columns.append(
          .init(
            header: "sqs \(queue.name) \(header)",
            values: { run in index < run.queues.count ? sampled(run.queues[index].series[key]) : [] }))
      }
    }
    if result.workload.eventBridge != nil {
      columns.append(
        .init(
          header: "eventbridge published (events/min)",
          values: { sampled($0.eventBridge?.publishedPerMinute) }))
      columns.append(
        .init(
          header: "eventbridge invocations (per min)",
          values: { sampled($0.eventBridge?.invocationsPerMinute) }))
      columns.append(
        .init(
          header: "eventbridge failed invocations (per min)",
          values: { sampled($0.eventBridge?.failedPerMinute) }))
      columns.append(
        .init(
          header: "eventbridge sent to DLQ (per min)", values: { sampled($0.eventBridge?.sentToDLQPerMinute) }
        ))
      columns.append(
        .init(
          header: "eventbridge throttled PutEvents (per min)",
          values: { sampled($0.eventBridge?.throttledPerMinute) }))
    }
    return columns
  }

  static func quote(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Up to four decimals, trailing zeros dropped; whole numbers bare.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Infinity" : "-Infinity") }
    if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
    var text = String(format: "%.4f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }
}
