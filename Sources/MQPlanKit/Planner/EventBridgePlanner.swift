/// The eventbridge module's archive_retention_days: the archive must still
/// hold the oldest event any replay scenario asks for. Archive storage is
/// billed by the GB-month (S38), so the shortest such retention is the
/// cheapest; with no replay scenario the workload's own value stays.
enum EventBridgePlanner {
  static func archiveRetentionDays(workload: Workload) -> (Int?, Plan.Reason?) {
    guard let archive = workload.eventBridge?.archive else { return (nil, nil) }
    var oldest = 0.0
    for scenario in workload.scenarios {
      for incident in scenario.incidents {
        if case .eventReplay(let from, _) = incident.kind {
          oldest = Swift.max(oldest, incident.start - from)
        }
      }
    }
    if oldest > 0 {
      let days = Int((oldest / 86_400).rounded(.up)) + 1
      return (
        days,
        Plan.Reason(
          module: "eventbridge", variable: "archive_retention_days", value: "\(days)",
          reason:
            "the oldest replayed event is \(Format.duration(oldest)) old at its replay; one day of margin (archive storage is billed per GB-month)"
        )
      )
    }
    let days = archive.retentionDays.map { Int($0.rounded(.up)) } ?? 0
    return (
      days,
      Plan.Reason(
        module: "eventbridge", variable: "archive_retention_days", value: "\(days)",
        reason: days == 0
          ? "no replay scenario: the workload keeps events indefinitely (0, AWS's default); a replay scenario would let mqplan size it"
          : "no replay scenario: the workload's value")
    )
  }
}
