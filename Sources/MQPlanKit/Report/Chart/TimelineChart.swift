/// The alarm timeline as inline SVG: one row per (run, alarm), a filled
/// bar while the alarm is in ALARM, and each run's incident windows shaded
/// behind its rows. Bars are at least 3 px wide, so a five-minute alarm
/// in a month-long run is still visible.
struct TimelineChart {
  struct Row {
    var label: String
    /// The run's name, on the first row of its group.
    var run: String
    /// Intervals in ALARM, seconds.
    var spans: [(start: Double, end: Double)]
    /// Which group of rows (run) it belongs to: rows of one run share the
    /// run's shaded incidents.
    var group: Int
  }

  struct Shade {
    var group: Int
    var label: String
    var start: Double
    var end: Double
  }

  var id: String
  var title: String
  var start: Double
  var end: Double
  var rows: [Row]
  var shades: [Shade]

  var hasData: Bool { !rows.isEmpty }

  func svg() -> String {
    let c = ChartStyle.coordinate
    let width = 760.0
    let runWidth = Double(rows.map(\.run.count).max() ?? 0) * 7.2 + 12
    let longest = rows.map(\.label.count).max() ?? 10
    let left = min(420, max(140, runWidth + Double(longest) * 6.6 + 16))
    let right = 16.0
    let plotWidth = width - left - right
    let rowHeight = 20.0
    let top = 8.0
    let plotHeight = Double(rows.count) * rowHeight
    let height = top + plotHeight + 64
    let span = max(end - start, 1)
    func x(_ t: Double) -> Double { left + (min(max(t, start), end) - start) / span * plotWidth }
    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" class="chart" id="\(ChartStyle.escape(id))" \
      viewBox="0 0 \(c(width)) \(c(height))" width="\(c(width))" height="\(c(height))" role="img" \
      aria-label="\(ChartStyle.escape(title))" data-points="\(rows.count)">
      <title>\(ChartStyle.escape(title))</title>

      """
    let time = ChartAxis.timeTicks(from: start, to: end)
    for (tick, label) in zip(time.ticks, time.labels) {
      out +=
        "<line x1=\"\(c(x(tick)))\" y1=\"\(c(top))\" x2=\"\(c(x(tick)))\" y2=\"\(c(top + plotHeight + 4))\" stroke=\"\(ChartStyle.gridColour)\"/>"
      out +=
        "<text x=\"\(c(x(tick)))\" y=\"\(c(top + plotHeight + 16))\" text-anchor=\"middle\" class=\"tick\">\(label)</text>\n"
    }
    out +=
      "<text x=\"\(c(left + plotWidth / 2))\" y=\"\(c(top + plotHeight + 34))\" text-anchor=\"middle\" class=\"axis\">\(time.title)</text>\n"
    // Incident shading across the rows of its run.
    for shade in shades {
      let indices = rows.indices.filter { rows[$0].group == shade.group }
      guard let first = indices.first, let last = indices.last else { continue }
      let x0 = x(shade.start)
      let x1 = max(x(shade.end), x0 + 3)
      out +=
        "<rect x=\"\(c(x0))\" y=\"\(c(top + Double(first) * rowHeight))\" width=\"\(c(x1 - x0))\" height=\"\(c(Double(last - first + 1) * rowHeight))\" fill=\"\(ChartStyle.shadeColour)\" fill-opacity=\"0.14\" stroke=\"#000000\" stroke-opacity=\"0.4\" stroke-dasharray=\"2 2\"><title>\(ChartStyle.escape(shade.label))</title></rect>\n"
    }
    var previousGroup: Int?
    for (index, row) in rows.enumerated() {
      let rowTop = top + Double(index) * rowHeight
      if let previousGroup, previousGroup != row.group {
        out +=
          "<line x1=\"0\" y1=\"\(c(rowTop))\" x2=\"\(c(width - right))\" y2=\"\(c(rowTop))\" stroke=\"\(ChartStyle.guideColour)\" stroke-width=\"0.8\"/>"
      }
      previousGroup = row.group
      if !row.run.isEmpty {
        out +=
          "<text x=\"2\" y=\"\(c(rowTop + 14))\" class=\"label strong\">\(ChartStyle.escape(row.run))</text>"
      }
      out +=
        "<text x=\"\(c(left - 8))\" y=\"\(c(rowTop + 14))\" text-anchor=\"end\" class=\"label\">\(ChartStyle.escape(row.label))</text>"
      for spanItem in row.spans {
        let x0 = x(spanItem.start)
        let x1 = max(x(spanItem.end), x0 + 3)
        out +=
          "<rect x=\"\(c(x0))\" y=\"\(c(rowTop + 4))\" width=\"\(c(x1 - x0))\" height=\"\(c(rowHeight - 8))\" fill=\"\(ChartStyle.limitColour)\" stroke=\"#000000\" stroke-width=\"0.6\"><title>\(ChartStyle.escape("\(row.label): ALARM \(Format.time(spanItem.start)) to \(Format.time(spanItem.end))"))</title></rect>"
      }
      out += "\n"
    }
    out +=
      "<rect x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(plotWidth))\" height=\"\(c(plotHeight))\" fill=\"none\" stroke=\"\(ChartStyle.guideColour)\"/>\n"
    let ly = top + plotHeight + 54
    out +=
      "<rect x=\"\(c(left))\" y=\"\(c(ly - 10))\" width=\"28\" height=\"11\" fill=\"\(ChartStyle.limitColour)\" stroke=\"#000000\" stroke-width=\"0.6\"/><text x=\"\(c(left + 34))\" y=\"\(c(ly))\" class=\"legend\">in ALARM</text>"
    out +=
      "<rect x=\"\(c(left + 120))\" y=\"\(c(ly - 10))\" width=\"28\" height=\"11\" fill=\"#000000\" fill-opacity=\"0.14\" stroke=\"#000000\" stroke-opacity=\"0.4\" stroke-dasharray=\"2 2\"/><text x=\"\(c(left + 154))\" y=\"\(c(ly))\" class=\"legend\">incident window of the run</text>\n"
    return out + "</svg>"
  }
}
