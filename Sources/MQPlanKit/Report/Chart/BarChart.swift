/// A horizontal bar chart as inline SVG: one labelled bar a row, its value
/// written at its end, an optional marker (e.g. the p99 beside the peak)
/// and an optional vertical rule (e.g. 100 % of a limit). An emphasised
/// bar (the binding limit, the chosen candidate) is hatched and its label
/// bold, so it stands out in greyscale too.
struct BarChart {
  struct Bar {
    var label: String
    var value: Double
    /// Written after the bar, e.g. "82 % (p99 61 %)".
    var text: String
    var marker: Double? = nil
    var emphasised = false
    /// A failed or ruled-out row is drawn lighter.
    var muted = false
  }

  var id: String
  var title: String
  var valueTitle: String
  var unit: ChartUnit
  var bars: [Bar]
  var rule: (value: Double, name: String)? = nil
  var markerName: String? = nil

  var hasData: Bool { !bars.isEmpty }

  func svg() -> String {
    let c = ChartStyle.coordinate
    let width = 760.0
    let longest = bars.map(\.label.count).max() ?? 10
    let left = min(320, max(120, Double(longest) * 7.4 + 16))  // bold labels are wider
    let textRoom = 170.0
    let plotWidth = width - left - textRoom
    let rowHeight = 24.0
    let top = 8.0
    let plotHeight = Double(bars.count) * rowHeight
    var maximum = bars.map { max($0.value, $0.marker ?? 0) }.max() ?? 1
    if let rule { maximum = max(maximum, rule.value) }
    if maximum <= 0 { maximum = 1 }
    let (divisor, unitName) = unit.scale(for: maximum)
    let ticks = ChartAxis.ticks(maximum: maximum / divisor, count: 4)
    let xTop = ticks.last! * divisor
    let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
    func x(_ v: Double) -> Double { left + min(max(v, 0), xTop) / xTop * plotWidth }
    let legendHeight = markerName == nil && rule == nil ? 0.0 : 18
    let height = top + plotHeight + 40 + legendHeight
    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" class="chart" id="\(ChartStyle.escape(id))" \
      viewBox="0 0 \(c(width)) \(c(height))" width="\(c(width))" height="\(c(height))" role="img" \
      aria-label="\(ChartStyle.escape(title))" data-points="\(bars.count)">
      <title>\(ChartStyle.escape(title))</title>
      \(ChartStyle.definitions)

      """
    for tick in ticks {
      let tx = x(tick * divisor)
      out +=
        "<line x1=\"\(c(tx))\" y1=\"\(c(top))\" x2=\"\(c(tx))\" y2=\"\(c(top + plotHeight))\" stroke=\"\(ChartStyle.gridColour)\"/>"
      out +=
        "<text x=\"\(c(tx))\" y=\"\(c(top + plotHeight + 14))\" text-anchor=\"middle\" class=\"tick\">\(ChartAxis.label(tick, step: step))</text>\n"
    }
    let name = unitName.isEmpty ? valueTitle : "\(valueTitle) (\(unitName))"
    out +=
      "<text x=\"\(c(left + plotWidth / 2))\" y=\"\(c(top + plotHeight + 30))\" text-anchor=\"middle\" class=\"axis\">\(ChartStyle.escape(name))</text>\n"
    for (index, bar) in bars.enumerated() {
      let rowTop = top + Double(index) * rowHeight
      let fill = bar.emphasised ? "url(#hatch)" : bar.muted ? "#C9C9C9" : "#56B4E9"
      let stroke = bar.emphasised ? "#000000" : bar.muted ? "#8A8A8A" : "#0072B2"
      let barEnd = max(x(bar.value), left + 1)
      out +=
        "<text x=\"\(c(left - 8))\" y=\"\(c(rowTop + 16))\" text-anchor=\"end\" class=\"\(bar.emphasised ? "label strong" : "label")\">\(ChartStyle.escape(bar.label))</text>"
      out +=
        "<rect x=\"\(c(left))\" y=\"\(c(rowTop + 4))\" width=\"\(c(barEnd - left))\" height=\"\(c(rowHeight - 8))\" fill=\"\(fill)\" stroke=\"\(stroke)\"><title>\(ChartStyle.escape(bar.label + ": " + bar.text))</title></rect>"
      if let marker = bar.marker {
        let mx = x(marker)
        out +=
          "<line x1=\"\(c(mx))\" y1=\"\(c(rowTop + 2))\" x2=\"\(c(mx))\" y2=\"\(c(rowTop + rowHeight - 2))\" stroke=\"#000000\" stroke-width=\"2.5\"/>"
      }
      out +=
        "<text x=\"\(c(max(barEnd, bar.marker.map(x) ?? 0) + 6))\" y=\"\(c(rowTop + 16))\" class=\"\(bar.emphasised ? "value strong" : "value")\">\(ChartStyle.escape(bar.text))</text>\n"
    }
    if let rule {
      let rx = x(rule.value)
      out +=
        "<line x1=\"\(c(rx))\" y1=\"\(c(top))\" x2=\"\(c(rx))\" y2=\"\(c(top + plotHeight))\" stroke=\"\(ChartStyle.limitColour)\" stroke-width=\"1.5\" stroke-dasharray=\"10 4\"/>\n"
    }
    out +=
      "<line x1=\"\(c(left))\" y1=\"\(c(top))\" x2=\"\(c(left))\" y2=\"\(c(top + plotHeight))\" stroke=\"\(ChartStyle.guideColour)\"/>\n"
    var legend = ""
    var cursor = left
    let ly = top + plotHeight + 50
    if let rule {
      legend +=
        "<line x1=\"\(c(cursor))\" y1=\"\(c(ly - 4))\" x2=\"\(c(cursor + 28))\" y2=\"\(c(ly - 4))\" stroke=\"\(ChartStyle.limitColour)\" stroke-width=\"1.5\" stroke-dasharray=\"10 4\"/><text x=\"\(c(cursor + 34))\" y=\"\(c(ly))\" class=\"legend\">\(ChartStyle.escape(rule.name))</text>"
      cursor += 34 + Double(rule.name.count) * 6.6 + 16
    }
    if let markerName {
      legend +=
        "<line x1=\"\(c(cursor + 14))\" y1=\"\(c(ly - 11))\" x2=\"\(c(cursor + 14))\" y2=\"\(c(ly + 3))\" stroke=\"#000000\" stroke-width=\"2.5\"/><text x=\"\(c(cursor + 34))\" y=\"\(c(ly))\" class=\"legend\">\(ChartStyle.escape(markerName))</text>"
    }
    return out + legend + "\n</svg>"
  }
}
