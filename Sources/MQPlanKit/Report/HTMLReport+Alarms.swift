extension HTMLReport {
  /// The alarm timeline (every run, incidents shaded), each alarm's rule
  /// and false alarms, and how fast it caught each incident.
  static func alarmSection(_ page: inout Page) -> String {
    let result = page.result
    guard !result.alarms.isEmpty else { return "" }
    let horizon = result.workload.horizon
    var rows: [TimelineChart.Row] = []
    // The alarms' common prefix ("orion-prod-") is said once, in the caption.
    var prefix = result.alarms.first?.name ?? ""
    for alarm in result.alarms { while !alarm.name.hasPrefix(prefix) { prefix.removeLast() } }
    if let dash = prefix.lastIndex(of: "-") { prefix = String(prefix[...dash]) } else { prefix = "" }
    var shades: [TimelineChart.Shade] = []
    for (group, run) in result.scenarios.enumerated() {
      let scenario = result.workload.scenarios.first { $0.name == run.scenario }
      // A scenario's own alarms: from its first incident to six hours after
      // its last; the rest of its run repeats the baseline.
      let window = scenario.map {
        ($0.incidents.map(\.start).min() ?? 0, ($0.incidents.map(\.end).max() ?? 0) + 6 * 3_600)
      }
      var added = 0
      for alarm in result.alarms {
        guard let alarmRun = alarm.runs.first(where: { $0.scenario == run.scenario }) else { continue }
        func inWindow(_ spans: [(start: Double, end: Double)]) -> [(start: Double, end: Double)] {
          spans.filter { span in window.map { span.end >= $0.0 && span.start <= $0.1 } ?? true }
        }
        let spans = inWindow(alarmSpans(alarmRun, horizon: horizon))
        guard !spans.isEmpty else { continue }
        // A scenario's row only when it differs from the baseline's there.
        if group > 0,
          let baselineRun = alarm.runs.first(where: { $0.scenario == result.scenarios[0].scenario })
        {
          let before = inWindow(alarmSpans(baselineRun, horizon: horizon))
          if before.count == spans.count
            && zip(before, spans).allSatisfy({ $0.start == $1.start && $0.end == $1.end })
          {
            continue
          }
        }
        rows.append(
          .init(
            label: alarm.name.dropFirst(prefix.count).description, run: added == 0 ? run.scenario : "",
            spans: spans, group: group))
        added += 1
      }
      if added == 0 && (scenario != nil || group == 0) {
        rows.append(
          .init(
            label: group == 0 ? "no false alarm" : "no alarm beyond the baseline's", run: run.scenario,
            spans: [], group: group))
      }
      for incident in scenario?.incidents ?? [] {
        shades.append(.init(group: group, label: run.scenario, start: incident.start, end: incident.end))
      }
    }
    let chart = TimelineChart(
      id: "alarm-timeline", title: "Alarm states in every run", start: 0, end: horizon, rows: rows,
      shades: shades)
    var body = figure(
      chart.svg(),
      caption:
        "When each alarm was in ALARM, run by run (bars are at least 3 px wide, so a five-minute alarm shows)"
        + (prefix.isEmpty ? ". " : "; alarm names without their common prefix \(prefix). ")
        + "The baseline's rows are false alarms; a scenario's rows are the alarms that differ from the baseline's from its first incident to six hours after its last."
    )
    let replications = result.alarms.first?.replications ?? 1
    body += "<h3>Alarms and their thresholds</h3>\n"
    body += table(
      ["alarm", "rule", "threshold from", "normal level", "baseline alarms/month"],
      TextReport.alarmRows(result.alarms), numeric: [4])
    body +=
      "<p>Normal levels over \(replications == 1 ? "one baseline run" : "\(replications) baseline runs").</p>\n"
    let detections = result.alarms.flatMap { alarm in alarm.detections.map { (alarm.name, $0) } }
    if !detections.isEmpty {
      body += "<h3>Detection of each incident</h3>\n"
      body += table(
        ["alarm", "scenario", "incident at", "fired after", "cleared after"],
        TextReport.detectionRows(detections), numeric: [3, 4],
        classes: detections.map { $0.1.firedAt == nil ? "fail" : nil })
    }
    return section(&page, id: "alarms", title: "Alarms", body)
  }

  /// The intervals a run spent in ALARM.
  static func alarmSpans(_ run: AlarmReport.Run, horizon: Double) -> [(start: Double, end: Double)] {
    var spans: [(start: Double, end: Double)] = []
    var opened: Double?
    for change in run.transitions {
      if change.to == .alarm && opened == nil { opened = change.time }
      if change.to != .alarm, let start = opened {
        spans.append((start, change.time))
        opened = nil
      }
    }
    if let start = opened { spans.append((start, horizon)) }
    return spans
  }
}
