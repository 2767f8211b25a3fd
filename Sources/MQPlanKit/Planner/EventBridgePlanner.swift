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

  /// Each rule's retry policy. A rule whose targets a scenario takes down
  /// for longer than its maximum event age gets the age that outlasts the
  /// outage by half again, in whole hours, within AWS's 24 h (S20), and
  /// AWS's 185 retries, so that no event is given up while the target is
  /// away; the final simulation checks it. Other rules keep the workload's
  /// policy. The module's `event_rules` also needs target ARNs mqplan does
  /// not know, so these go to the report, not to a tfvars file.
  static func retryPolicies(workload: Workload) -> (
    [String: EventBridgeConfiguration.RetryPolicy], [Plan.Reason]
  ) {
    guard let bus = workload.eventBridge else { return ([:], []) }
    var policies: [String: EventBridgeConfiguration.RetryPolicy] = [:]
    var reasons: [Plan.Reason] = []
    let ceiling = Double(EventBridgeLimits.defaultEventAge)
    for rule in bus.rules {
      var longest = 0.0
      for scenario in workload.scenarios {
        for incident in scenario.incidents {
          if case .eventTargetDown(let target) = incident.kind,
            rule.targets.contains(where: { $0.name == target })
          {
            longest = Swift.max(longest, incident.duration)
          }
        }
      }
      var age = rule.maxEventAgeSeconds
      var retries = rule.maxRetries
      let reason: String
      if longest == 0 {
        reason =
          "no scenario takes its targets down; the workload's policy (AWS's default is 185 retries over 24 h)"
      } else if longest <= age {
        reason = "outlasts the longest target outage (\(Format.duration(longest))): no event is given up"
      } else {
        age = Swift.min(ceiling, (longest * 1.5 / 3_600).rounded(.up) * 3_600)
        retries = EventBridgeLimits.defaultRetryAttempts
        policies[rule.name] = .init(maxRetries: retries, maxEventAgeSeconds: Int(age))
        reason =
          longest * 1.5 <= ceiling
          ? "the longest target outage (\(Format.duration(longest))) outlasted the workload's \(Format.duration(rule.maxEventAgeSeconds)); 1.5 × it, in hours"
          : "the longest target outage (\(Format.duration(longest))) needs more than AWS's 24 h maximum: older events go to "
            + (rule.deadLetterQueue.map { "the DLQ \($0)" } ?? "nowhere (no DLQ): they are lost")
      }
      reasons.append(
        Plan.Reason(
          module: "eventbridge", variable: "event_rules.\(rule.name).retry_policy",
          value: "{ max_age = \(Int(age)), max_retries = \(retries) }",
          reason: reason + "; set it in your event_rules (it needs target ARNs mqplan does not write)"))
    }
    return (policies, reasons)
  }
}
