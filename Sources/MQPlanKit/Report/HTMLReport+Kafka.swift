import SimKit

extension HTMLReport {
  /// Storage per broker with the volume and the disk objective, the use
  /// of each throughput limit with the binding one marked, and lag per
  /// consumer group in every run that changes it.
  static func kafkaSection(_ page: inout Page) -> String {
    let result = page.result
    guard result.workload.kafka != nil, let baseline = result.scenarios.first?.msk else { return "" }
    var body = storageFigure(page, baseline: baseline)
    body += limitsFigure(result)
    var quiet: [String] = []
    for group in baseline.groups {
      let metric = lagMetric(page, group: group.name)
      if isQuiet(page, metric, below: 1) {
        quiet.append(group.name)
      } else {
        body += lagFigures(page, group: group.name, metric: metric)
      }
    }
    if !quiet.isEmpty {
      body +=
        "<h3>Lag of the other groups</h3>\n<p>\(esc(quiet.joined(separator: ", "))): under a second in every run, "
        + "baseline and scenarios (EstimatedMaxTimeLag); their consumers keep up within the one-minute step.</p>\n"
    }
    return section(&page, id: "kafka", title: "MSK cluster", body)
  }

  static func storageFigure(_ page: Page, baseline: MSKRunResult) -> String {
    let result = page.result
    let horizon = result.workload.horizon
    let msk = result.configuration.msk
    var chart = LineChart(
      id: "storage", title: "Stored bytes per broker", yTitle: "stored per broker", unit: .bytes, start: 0,
      end: horizon)
    var caption: String
    if baseline.serverless {
      chart.title = "Stored bytes, whole cluster (one copy)"
      chart.yTitle = "stored, one copy"
      if let total = baseline.series["storage.total"] {
        chart.series.append(
          .init(
            name: "baseline", points: ChartSampling.maxima(total, bucket: page.bucket, horizon: horizon),
            style: 0))
      }
      caption =
        "Serverless: storage is billed per GB-month and has no volume to fill. "
        + ChartSampling.describe(bucket: page.bucket) + "."
    } else {
      let bucket = max(page.bucket, MSKRunMetrics.brokerStorageInterval)
      let curves = baseline.brokerStorage.map { ChartSampling.maxima($0, bucket: bucket, horizon: horizon) }
      if curves.count <= 3 {
        for (broker, curve) in curves.enumerated() {
          chart.series.append(.init(name: "broker \(broker)", points: curve, style: broker))
        }
      } else if let first = curves.first {
        // Many brokers: the fullest and emptiest of each hour and the
        // range between, rather than a tangle of lines.
        var high: [(x: Double, y: Double?)] = []
        var low: [(x: Double, y: Double?)] = []
        var band: [(x: Double, low: Double, high: Double)] = []
        for index in first.indices {
          let values = curves.compactMap { $0[index].y }
          high.append((first[index].x, values.max()))
          low.append((first[index].x, values.min()))
          if let lo = values.min(), let hi = values.max() { band.append((first[index].x, lo, hi)) }
        }
        chart.series.append(.init(name: "fullest broker", points: high, style: 0))
        chart.series.append(.init(name: "emptiest broker", points: low, style: 2))
        chart.bands.append(.init(name: "range over the \(curves.count) brokers", points: band, style: 2))
      }
      if !result.replications.isEmpty, let fullest = baseline.series["storage.max"] {
        let runs =
          [fullest] + result.replications.compactMap { $0.msk?.series["storage.max"] }
        let (band, median) = ChartSampling.band(
          runs.map { ChartSampling.maxima($0, bucket: bucket, horizon: horizon) })
        chart.bands.append(
          .init(name: "fullest broker, p5–p95 over \(runs.count) runs", points: band, style: 1))
        chart.series.append(
          .init(name: "fullest broker, median of \(runs.count) runs", points: median, style: 1))
      }
      let volume = Double(msk.brokerVolumeSize) * 1_073_741_824
      chart.rules.append(.init(name: "volume \(msk.brokerVolumeSize) GiB", value: volume, isLimit: false))
      let objective = result.workload.objectives.maxDiskUsedFraction
      chart.rules.append(
        .init(name: "disk objective \(Format.percent(objective))", value: volume * objective, isLimit: true))
      let peak = baseline.brokers.map(\.peakStorageBytes).max() ?? 0
      caption =
        "Baseline run, bytes on each broker's volume (every replica, after retention deletes closed segments). "
        + "Fullest broker peaks at \(Format.bytes(peak)), \(Format.percent(peak / volume)) of its \(msk.brokerVolumeSize) GiB volume. "
        + "Each point is the fullest minute of its \(Format.duration(bucket))."
    }
    return "<h3>Storage per broker</h3>\n"
      + figure(chart.hasData ? chart.svg() : nil, caption: caption)
  }

  static func limitsFigure(_ result: SimulationResult) -> String {
    // Each limit at its worst run; partitions from the layout.
    var worst: [String: (use: MSKRunResult.LimitUse, run: String)] = [:]
    var order: [String] = []
    for run in result.runs {
      for use in run.limits {
        let key = use.limit.rawValue
        if worst[key] == nil { order.append(key) }
        if worst[key] == nil || use.peakDemand > worst[key]!.use.peakDemand {
          worst[key] = (use, run.scenario)
        }
      }
    }
    guard !order.isEmpty else { return "" }
    let binding = order.max { worst[$0]!.use.peakDemand < worst[$1]!.use.peakDemand }
    var bars: [BarChart.Bar] = order.map { key in
      let (use, run) = worst[key]!
      let p99 = use.p99
      return BarChart.Bar(
        label: key + (key == binding ? " (binds)" : ""), value: use.peakDemand,
        text: "\(Format.percent(use.peakDemand)) peak, p99 \(Format.percent(p99)) · \(run)", marker: p99,
        emphasised: key == binding)
    }
    let baseline = result.runs.first
    if let baseline, !baseline.serverless, let type = result.configuration.msk.brokerType,
      type.recommendedPartitions > 0
    {
      let share = Double(baseline.maxReplicasPerBroker) / Double(type.recommendedPartitions)
      bars.append(
        .init(
          label: "partition replicas", value: share,
          text: "\(baseline.maxReplicasPerBroker) of \(type.recommendedPartitions) recommended", marker: nil))
    }
    let chart = BarChart(
      id: "limits", title: "Use of each broker limit at its busiest minute", valueTitle: "share of the limit",
      unit: .fraction, bars: bars, rule: (1, "100 % of the limit"), markerName: "p99 of the minutes")
    return "<h3>Use of each limit</h3>\n"
      + figure(
        chart.svg(),
        caption:
          "Each limit's busiest minute on its most loaded broker, in the run where it peaks; the bar is the peak, the black tick the 99th percentile of the minutes. "
          + "The hatched bar binds first: it is the one to watch as traffic grows. Partition replicas are against the broker size's recommended maximum."
      )
  }

  static func lagMetric(_ page: Page, group: String) -> Metric {
    let key = "lag." + group
    var metric = Metric(
      id: "lag-\(slug(group))", title: "Consumer lag of \(group)", yTitle: "lag", unit: .seconds,
      sample: { run, bucket, from, to in
        run.msk?.series[key].map { ChartSampling.maxima($0, bucket: bucket, from: from, to: to) }
      })
    if let objective = page.result.workload.objectives.maxConsumerLagSeconds {
      metric.rules.append(
        .init(name: "lag objective \(Format.duration(objective))", value: objective, isLimit: true))
    }
    return metric
  }

  static func lagFigures(_ page: Page, group: String, metric: Metric) -> String {
    "<h3>Lag of \(esc(group))</h3>\n"
      + metricFigures(
        page, metric,
        caption:
          "Time lag of the group's slowest partition (EstimatedMaxTimeLag); lag while a scenario stops the consumers, and its drain, does not count against the objective.",
        quietBelow: 1)
  }

  /// A name safe in an XML id.
  static func slug(_ name: String) -> String {
    String(name.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
  }
}
