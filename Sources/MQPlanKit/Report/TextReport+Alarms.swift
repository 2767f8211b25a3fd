extension TextReport {
  /// The monitoring plan: each alarm's rule and threshold, how often it
  /// fires under the normal workload, how fast it catches each incident,
  /// and the state changes per run (the first few).
  /// Each alarm: name, rule, where its threshold comes from, its normal
  /// level (and the recommended threshold), baseline alarms a month.
  static func alarmRows(_ alarms: [AlarmReport]) -> [[String]] {
    alarms.map { alarm in
      var normal = alarm.quietLevel.map { Format.number($0, decimals: $0 < 10 ? 1 : 0) } ?? ""
      if let recommended = alarm.recommended {
        normal += " (recommend \(Format.number(recommended, decimals: recommended < 10 ? 1 : 0)))"
      }
      return [
        alarm.name, alarm.rule, alarm.origin.rawValue, normal,
        Format.number(alarm.falseAlarmsPerMonth, decimals: alarm.falseAlarmsPerMonth < 10 ? 1 : 0),
      ]
    }
  }

  /// Each detection: alarm, scenario, incident start, delay, clearing.
  static func detectionRows(_ detections: [(String, AlarmReport.Detection)]) -> [[String]] {
    detections.map { name, detection in
      [
        name, detection.scenario, Format.time(detection.incidentStart),
        detection.delay.map(Format.duration) ?? "never",
        detection.clearedAt.map { Format.duration($0 - detection.incidentStart) } ?? "—",
      ]
    }
  }

  static func alarmsBody(_ alarms: [AlarmReport], scenarios: [Scenario]) -> [String] {
    guard !alarms.isEmpty else { return [] }
    let replications = alarms.first?.replications ?? 1
    var out = [
      "",
      "Alarms (CloudWatch's rules on the simulated one-minute metrics; normal levels over "
        + (replications == 1 ? "one baseline run" : "\(replications) baseline replications") + ")",
    ]
    out.append(
      Format.table(
        ["alarm", "rule", "threshold from", "normal level", "baseline alarms/month"],
        alarmRows(alarms), rightAligned: [4]))
    let detections = alarms.flatMap { alarm in alarm.detections.map { (alarm.name, $0) } }
    if !detections.isEmpty {
      out.append("  Detection after each incident the alarm should catch")
      out.append(
        Format.table(
          ["alarm", "scenario", "incident", "fired after", "cleared after"],
          detectionRows(detections), rightAligned: [3, 4], indent: "    "))
    }
    for alarm in alarms {
      for note in alarm.notes { out.append("  \(alarm.name): \(note)") }
    }
    if alarms.contains(where: { $0.kind == "consumer lag" }) {
      out.append(
        "  The lag alarms use EstimatedMaxTimeLag, a DEFAULT-level metric: enhanced_monitoring_level DEFAULT (free) is enough (S6b)."
      )
    }
    var changesOut: [String] = []
    for alarm in alarms {
      for run in alarm.runs where !run.transitions.isEmpty {
        // Scenarios: only what happens from their first incident to six
        // hours after their last (the rest repeats the baseline).
        let window = scenarios.first { $0.name == run.scenario }.map { scenario in
          (
            scenario.incidents.map(\.start).min() ?? 0,
            (scenario.incidents.map(\.end).max() ?? 0) + 6 * 3_600
          )
        }
        let changes = run.transitions.filter { change in
          !(change.from == .insufficientData && change.to == .ok)
            && window.map { change.time >= $0.0 && change.time <= $0.1 } ?? true
        }
        guard !changes.isEmpty else { continue }
        let shown = changes.prefix(6).map { "\(Format.time($0.time)) \($0.to.rawValue)" }
        let more = changes.count > 6 ? ", … \(changes.count - 6) more" : ""
        changesOut.append("    \(alarm.name) [\(run.scenario)]: " + shown.joined(separator: ", ") + more)
      }
    }
    if !changesOut.isEmpty {
      out.append("  State changes (the first 6 per run and alarm)")
      out += changesOut
    }
    return out
  }
}
