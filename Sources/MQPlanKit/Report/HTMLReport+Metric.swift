extension HTMLReport {
  /// One metric of every run, for `metricFigures`.
  struct Metric {
    var id: String
    var title: String
    var yTitle: String
    var unit: ChartUnit
    var rules: [LineChart.Rule] = []
    /// A run's samples in `from..<to` at `bucket` seconds, or nil when the
    /// run has no such metric.
    var sample:
      (_ run: ScenarioRun, _ bucket: Double, _ from: Double, _ to: Double) -> [(x: Double, y: Double?)]?
  }

  /// A metric over the horizon in the baseline (with the p5–p95 band of
  /// the baseline runs), then one panel per scenario that changes it,
  /// zoomed on the scenario's incidents with the baseline beside it: on a
  /// month-long axis an hour-long incident is a hairline.
  ///
  /// When the baseline stays below `quietBelow` in every baseline run, a
  /// sentence replaces its flat chart.
  static func metricFigures(_ page: Page, _ metric: Metric, caption: String, quietBelow: Double? = nil)
    -> String
  {
    let result = page.result
    let horizon = result.workload.horizon
    let bucket = page.bucket
    guard let baselineRun = result.scenarios.first,
      let baseline = metric.sample(baselineRun, bucket, 0, horizon)
    else { return "" }
    var out = ""
    let replicationCurves = result.replications.compactMap { metric.sample($0, bucket, 0, horizon) }
    let baselinePeak = ([baseline] + replicationCurves).flatMap { $0.compactMap(\.y) }.max() ?? 0
    if let quietBelow, baselinePeak < quietBelow {
      out +=
        "<p>Baseline: \(esc(metric.title.prefix(1).lowercased() + metric.title.dropFirst())) stays below \(esc(show(quietBelow, metric.unit))) in every baseline run. \(esc(caption))</p>\n"
    } else {
      var chart = LineChart(
        id: metric.id, title: metric.title, yTitle: metric.yTitle, unit: metric.unit, start: 0, end: horizon)
      chart.series.append(.init(name: "baseline", points: baseline, style: 0))
      if !replicationCurves.isEmpty {
        let runs = [baseline] + replicationCurves
        let (band, median) = ChartSampling.band(runs)
        chart.bands.append(.init(name: "p5–p95 over \(runs.count) baseline runs", points: band, style: 0))
        chart.series.append(.init(name: "median of \(runs.count) baseline runs", points: median, style: 2))
      }
      chart.rules = metric.rules
      out += figure(
        chart.hasData ? chart.svg() : nil,
        caption: "Baseline run. \(caption) \(ChartSampling.describe(bucket: bucket)).")
    }
    // Scenarios whose run differs from the baseline's.
    var panels: [String] = []
    for run in result.scenarios.dropFirst() {
      guard let scenario = result.workload.scenarios.first(where: { $0.name == run.scenario }),
        let first = scenario.incidents.map(\.start).min(), let last = scenario.incidents.map(\.end).max(),
        let whole = metric.sample(run, bucket, 0, horizon), !same(whole, baseline)
      else { continue }
      let from = max(0, first - 3_600)
      let to = min(horizon, last + max(3 * 3_600, 2 * (last - first)))
      let panelBucket = ChartSampling.bucket(horizon: to - from)
      var chart = LineChart(
        id: "\(metric.id)-\(slug(run.scenario))", title: "\(metric.title): \(run.scenario)",
        yTitle: metric.yTitle,
        unit: metric.unit, start: from, end: to, width: 370, plotHeight: 150)
      if let points = metric.sample(baselineRun, panelBucket, from, to) {
        chart.series.append(.init(name: "baseline", points: points, style: 0))
      }
      if let points = metric.sample(run, panelBucket, from, to) {
        chart.series.append(.init(name: run.scenario, points: points, style: page.style(run.scenario)))
      }
      chart.shades = scenario.incidents.map { .init(label: "incident", start: $0.start, end: $0.end) }
      chart.rules = metric.rules
      let incidents = scenario.incidents.map {
        "\(Format.time($0.start)) for \(Format.duration($0.duration))"
      }
      panels.append(
        figure(
          chart.svg(),
          caption:
            "\(run.scenario): incident \(incidents.joined(separator: ", ")), shaded. \(ChartSampling.describe(bucket: panelBucket))."
        ))
    }
    if !panels.isEmpty {
      out += "<div class=\"panels\">\n" + panels.joined() + "</div>\n"
    } else {
      out += "<p class=\"empty\">No scenario changes it.</p>\n"
    }
    return out
  }

  /// Whether the metric is below `quietBelow` in every baseline run and no
  /// scenario changes it: a sentence for several such metrics then says
  /// it, instead of a paragraph each.
  static func isQuiet(_ page: Page, _ metric: Metric, below quietBelow: Double) -> Bool {
    let result = page.result
    let horizon = result.workload.horizon
    guard let baselineRun = result.scenarios.first,
      let baseline = metric.sample(baselineRun, page.bucket, 0, horizon)
    else { return true }
    let curves = [baseline] + result.replications.compactMap { metric.sample($0, page.bucket, 0, horizon) }
    guard (curves.flatMap { $0.compactMap(\.y) }.max() ?? 0) < quietBelow else { return false }
    return result.scenarios.dropFirst().allSatisfy { run in
      metric.sample(run, page.bucket, 0, horizon).map { same($0, baseline) } ?? true
    }
  }

  static func same(_ a: [(x: Double, y: Double?)], _ b: [(x: Double, y: Double?)]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.y == $1.y }
  }

  static func show(_ value: Double, _ unit: ChartUnit) -> String {
    switch unit {
    case .bytes: return Format.bytes(value)
    case .seconds: return Format.duration(value)
    case .count: return Format.number(value)
    case .fraction: return Format.percent(value)
    case .usd: return Format.usd(value)
    }
  }
}
