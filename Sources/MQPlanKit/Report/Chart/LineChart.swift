/// A time-series chart as inline SVG: lines (one colour and dash pattern
/// each), Monte Carlo bands, horizontal limit lines and shaded incident
/// windows, with titled axes, readable ticks and a legend below.
struct LineChart {
  struct Series {
    var name: String
    /// (time in seconds, value); `nil` values break the line.
    var points: [(x: Double, y: Double?)]
    var style: Int
  }

  /// A band between two curves, e.g. p5–p95 over the runs.
  struct Band {
    var name: String
    var points: [(x: Double, low: Double, high: Double)]
    var style: Int
  }

  /// A horizontal line: a volume, an alarm threshold, an objective.
  struct Rule {
    var name: String
    var value: Double
    /// Limits are drawn in vermillion; guides in grey.
    var isLimit: Bool
  }

  /// A shaded time window, e.g. a scenario's incident.
  struct Shade {
    var label: String
    var start: Double
    var end: Double
  }

  var id: String
  var title: String
  var yTitle: String
  var unit: ChartUnit
  var start: Double
  var end: Double
  var series: [Series] = []
  var bands: [Band] = []
  var rules: [Rule] = []
  var shades: [Shade] = []
  /// The full width, or half for the incident panels.
  var width = 760.0
  var plotHeight = 220.0

  /// Whether there is anything to draw: at least one value.
  var hasData: Bool { series.contains { $0.points.contains { $0.y != nil } } || !bands.isEmpty }

  static let left = 78.0
  static let right = 24.0
  static let top = 14.0

  func svg() -> String {
    let plotWidth = width - LineChart.left - LineChart.right
    let top = LineChart.top
    let left = LineChart.left
    var maximum = 0.0
    for item in series { for point in item.points { if let y = point.y { maximum = max(maximum, y) } } }
    for band in bands { for point in band.points { maximum = max(maximum, point.high) } }
    for rule in rules { maximum = max(maximum, rule.value) }
    if maximum <= 0 { maximum = 1 }
    let (divisor, unitName) = unit.scale(for: maximum)
    let ticks = ChartAxis.ticks(maximum: maximum / divisor)
    let yTop = ticks.last! * divisor
    let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
    let span = max(end - start, 1)
    func x(_ t: Double) -> Double { left + (min(max(t, start), end) - start) / span * plotWidth }
    func y(_ v: Double) -> Double { top + plotHeight - min(max(v, 0), yTop) / yTop * plotHeight }
    let c = ChartStyle.coordinate

    let legend = legendEntries()
    let legendRows = LineChart.legendLayout(legend, width: width - left)
    let height = top + plotHeight + 44 + Double(legendRows.count) * 18 + 4
    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" class="chart" id="\(ChartStyle.escape(id))" \
      viewBox="0 0 \(c(width)) \(c(height))" width="\(c(width))" height="\(c(height))" role="img" \
      aria-label="\(ChartStyle.escape(title))" data-points="\(series.reduce(0) { $0 + $1.points.count } + bands.reduce(0) { $0 + $1.points.count })">
      <title>\(ChartStyle.escape(title))</title>

      """
    // Grid and y ticks.
    for tick in ticks {
      let ty = y(tick * divisor)
      out +=
        "<line x1=\"\(c(left))\" y1=\"\(c(ty))\" x2=\"\(c(left + plotWidth))\" y2=\"\(c(ty))\" stroke=\"\(ChartStyle.gridColour)\"/>"
      out +=
        "<text x=\"\(c(left - 6))\" y=\"\(c(ty + 4))\" text-anchor=\"end\" class=\"tick\">\(ChartAxis.label(tick, step: step))</text>\n"
    }
    // Time ticks.
    let time = ChartAxis.timeTicks(from: start, to: end)
    for (tick, label) in zip(time.ticks, time.labels) {
      let tx = x(tick)
      out +=
        "<line x1=\"\(c(tx))\" y1=\"\(c(top + plotHeight))\" x2=\"\(c(tx))\" y2=\"\(c(top + plotHeight + 4))\" stroke=\"\(ChartStyle.guideColour)\"/>"
      out +=
        "<text x=\"\(c(tx))\" y=\"\(c(top + plotHeight + 16))\" text-anchor=\"middle\" class=\"tick\">\(label)</text>\n"
    }
    // Axis titles.
    let yName = unitName.isEmpty ? yTitle : "\(yTitle) (\(unitName))"
    out +=
      "<text x=\"14\" y=\"\(c(top + plotHeight / 2))\" transform=\"rotate(-90 14 \(c(top + plotHeight / 2)))\" text-anchor=\"middle\" class=\"axis\">\(ChartStyle.escape(yName))</text>\n"
    out +=
      "<text x=\"\(c(left + plotWidth / 2))\" y=\"\(c(top + plotHeight + 34))\" text-anchor=\"middle\" class=\"axis\">\(time.title)</text>\n"
    // Shaded windows, with their label at the top.
    for shade in shades where shade.end > start && shade.start < end {
      let x0 = x(shade.start)
      let x1 = max(x(shade.end), x0 + 2)
      out +=
        "<rect x=\"\(c(x0))\" y=\"\(c(top))\" width=\"\(c(x1 - x0))\" height=\"\(c(plotHeight))\" fill=\"\(ChartStyle.shadeColour)\" fill-opacity=\"0.1\"><title>\(ChartStyle.escape(shade.label))</title></rect>"
      out +=
        "<text x=\"\(c(min(x0 + 2, left + plotWidth - 4)))\" y=\"\(c(top + 10))\" class=\"note\">\(ChartStyle.escape(shade.label))</text>\n"
    }
    // Bands under the lines.
    for band in bands where !band.points.isEmpty {
      let upper = band.points.map { "\(c(x($0.x))),\(c(y($0.high)))" }
      let lower = band.points.reversed().map { "\(c(x($0.x))),\(c(y($0.low)))" }
      out +=
        "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(ChartStyle.colour(band.style))\" fill-opacity=\"0.22\" stroke=\"none\" class=\"band\"><title>\(ChartStyle.escape(band.name))</title></polygon>\n"
    }
    // Lines, broken where a value is missing.
    for item in series {
      var segments: [[String]] = [[]]
      for point in item.points {
        if let value = point.y {
          segments[segments.count - 1].append("\(c(x(point.x))),\(c(y(value)))")
        } else if !segments[segments.count - 1].isEmpty {
          segments.append([])
        }
      }
      let dash = ChartStyle.dash(item.style)
      for segment in segments where !segment.isEmpty {
        let points = segment.count == 1 ? [segment[0], segment[0]] : segment
        out +=
          "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(ChartStyle.colour(item.style))\" stroke-width=\"1.8\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") stroke-linejoin=\"round\" class=\"series\"><title>\(ChartStyle.escape(item.name))</title></polyline>\n"
      }
    }
    // Limit and guide lines with their labels.
    for rule in rules {
      let ry = y(rule.value)
      let colour = rule.isLimit ? ChartStyle.limitColour : ChartStyle.guideColour
      out +=
        "<line x1=\"\(c(left))\" y1=\"\(c(ry))\" x2=\"\(c(left + plotWidth))\" y2=\"\(c(ry))\" stroke=\"\(colour)\" stroke-width=\"1.5\" stroke-dasharray=\"\(rule.isLimit ? "10 4" : "3 3")\"/>"
      out +=
        "<text x=\"\(c(left + plotWidth - 4))\" y=\"\(c(ry - 4))\" text-anchor=\"end\" class=\"rule\" fill=\"\(colour)\">\(ChartStyle.escape(rule.name))</text>\n"
    }
    out +=
      "<rect x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(plotWidth))\" height=\"\(c(plotHeight))\" fill=\"none\" stroke=\"\(ChartStyle.guideColour)\"/>\n"
    out += LineChart.legendSVG(legendRows, x: left, y: top + plotHeight + 50)
    return out + "</svg>"
  }

  /// One legend entry: a line sample, a band swatch or a limit line.
  enum LegendEntry {
    case line(String, Int)
    case band(String, Int)
    case rule(String, Bool)

    var text: String {
      switch self {
      case .line(let name, _), .band(let name, _), .rule(let name, _): return name
      }
    }
  }

  func legendEntries() -> [LegendEntry] {
    series.map { .line($0.name, $0.style) } + bands.map { .band($0.name, $0.style) }
      + rules.map { .rule($0.name, $0.isLimit) }
  }

  /// Entries wrapped into rows that fit `width` (7 px a character).
  static func legendLayout(_ entries: [LegendEntry], width: Double) -> [[LegendEntry]] {
    var rows: [[LegendEntry]] = []
    var row: [LegendEntry] = []
    var used = 0.0
    for entry in entries {
      let size = 34 + Double(entry.text.count) * 6.6 + 16
      if used + size > width && !row.isEmpty {
        rows.append(row)
        row = []
        used = 0
      }
      row.append(entry)
      used += size
    }
    if !row.isEmpty { rows.append(row) }
    return rows
  }

  static func legendSVG(_ rows: [[LegendEntry]], x: Double, y: Double) -> String {
    let c = ChartStyle.coordinate
    var out = ""
    for (index, row) in rows.enumerated() {
      var cursor = x
      let ly = y + Double(index) * 18
      for entry in row {
        switch entry {
        case .line(_, let style):
          let dash = ChartStyle.dash(style)
          out +=
            "<line x1=\"\(c(cursor))\" y1=\"\(c(ly - 4))\" x2=\"\(c(cursor + 28))\" y2=\"\(c(ly - 4))\" stroke=\"\(ChartStyle.colour(style))\" stroke-width=\"2\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>"
        case .band(_, let style):
          out +=
            "<rect x=\"\(c(cursor))\" y=\"\(c(ly - 10))\" width=\"28\" height=\"11\" fill=\"\(ChartStyle.colour(style))\" fill-opacity=\"0.22\"/>"
        case .rule(_, let isLimit):
          out +=
            "<line x1=\"\(c(cursor))\" y1=\"\(c(ly - 4))\" x2=\"\(c(cursor + 28))\" y2=\"\(c(ly - 4))\" stroke=\"\(isLimit ? ChartStyle.limitColour : ChartStyle.guideColour)\" stroke-width=\"1.5\" stroke-dasharray=\"\(isLimit ? "10 4" : "3 3")\"/>"
        }
        out +=
          "<text x=\"\(c(cursor + 34))\" y=\"\(c(ly))\" class=\"legend\">\(ChartStyle.escape(entry.text))</text>"
        cursor += 34 + Double(entry.text.count) * 6.6 + 16
      }
      out += "\n"
    }
    return out
  }
}
