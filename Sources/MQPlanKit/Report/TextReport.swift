import SimKit

/// The plain-text report of a simulation, for a terminal: what the
/// configuration is, what each run predicts, the bill, and each objective.
public enum TextReport {
  public static func render(_ result: SimulationResult) -> String {
    var out: [String] = []
    let workload = result.workload
    let msk = result.configuration.msk
    out.append(
      "mqplan simulate: \(workload.name) (seed \(workload.seed), horizon \(Format.duration(workload.horizon)), \(workload.region))"
    )
    if workload.kafka != nil { out.append("Configuration: " + describe(msk)) }
    for queue in workload.sqs?.queues ?? [] {
      let settings = result.configuration.queue(queue.name)
      out.append(
        "Queue \(queue.name): visibility \(settings.visibilityTimeout) s, retention \(Format.duration(Double(settings.retentionSeconds))), "
          + "wait \(settings.receiveWaitTime) s, "
          + (settings.enableDLQ ? "DLQ after \(settings.maxReceiveCount) receives" : "no DLQ")
          + (queue.fifo ? ", FIFO" : ""))
    }
    for run in result.scenarios {
      out.append("")
      out.append(heading(run.scenario, workload: workload))
      if let msk = run.msk { out.append(contentsOf: runBody(msk, result: result)) }
      if let bus = run.eventBridge { out.append(contentsOf: eventBridgeBody(bus, prices: result.prices)) }
      if !run.queues.isEmpty { out.append(contentsOf: queueBody(run.queues)) }
    }
    out.append(contentsOf: alarmsBody(result.alarms, scenarios: workload.scenarios))
    out.append("")
    out.append("Monthly bill (730 h, \(result.prices.region) prices)")
    out.append(
      Format.table(
        ["service", "item", "quantity", "unit", "unit price", "USD/month"],
        result.bill.lines.map {
          [
            $0.service, $0.item, Format.number($0.quantity, decimals: $0.quantity < 100 ? 2 : 0), $0.unit,
            Format.unitPrice($0.unitPrice), Format.usd($0.amount),
          ]
        } + [["", "total", "", "", "", Format.usd(result.bill.total)]], rightAligned: [2, 4, 5]))
    out.append("")
    let failed = result.verdicts.filter { !$0.met }.count
    out.append("Objectives and limits: \(failed == 0 ? "all hold" : "\(failed) not met")")
    out.append(
      Format.table(
        ["", "check", "run", "subject", "observed", "limit", "headroom"],
        result.verdicts.map { verdict in
          [
            verdict.met ? "PASS" : "FAIL", verdict.name, verdict.scenario, verdict.subject,
            show(verdict.observed, verdict.unit),
            show(verdict.limit, verdict.unit), verdict.margin.map { Format.percent($0) } ?? "",
          ]
        }, rightAligned: [4, 5, 6]))
    for verdict in result.verdicts where !verdict.met {
      if let detail = verdict.detail { out.append("  FAIL \(verdict.name) (\(verdict.scenario)): \(detail)") }
    }
    if !result.warnings.isEmpty {
      out.append("")
      out.append("Warnings")
      for warning in result.warnings { out.append("  - " + warning) }
    }
    return out.joined(separator: "\n") + "\n"
  }

  static func describe(_ msk: MSKConfiguration) -> String {
    if msk.useServerless { return "MSK Serverless (use_serverless = true)" }
    let throughput =
      msk.enableProvisionedThroughput ? "\(msk.volumeThroughput) MiB/s provisioned" : "250 MiB/s default"
    return
      "\(msk.brokerCount) × \(msk.brokerInstanceType), \(msk.brokerVolumeSize) GiB volumes, \(throughput) volume throughput, Kafka \(msk.kafkaVersion)"
  }

  static func heading(_ name: String, workload: Workload) -> String {
    guard name != "baseline", let scenario = workload.scenarios.first(where: { $0.name == name }) else {
      return "Baseline"
    }
    let incidents = scenario.incidents.map { incident -> String in
      let window = "\(Format.time(incident.start)) for \(Format.duration(incident.duration))"
      switch incident.kind {
      case .brokerDown(let broker): return "broker \(broker) down \(window)"
      case .availabilityZoneDown(let zone): return "zone \(zone) down \(window)"
      case .consumerStopped(let group): return "group \(group) stopped \(window)"
      case .trafficBurst(let topic, let multiplier):
        return "×\(Format.number(multiplier, decimals: 1)) traffic on \(topic ?? "all topics") \(window)"
      case .queueConsumersStopped(let queue): return "queue \(queue) consumers stopped \(window)"
      case .queueTrafficBurst(let queue, let multiplier):
        return
          "×\(Format.number(multiplier, decimals: 1)) traffic on \(queue.map { "queue " + $0 } ?? "all queues") \(window)"
      case .poisonBurst(let queue, let share):
        return "\(Format.percent(share)) poison messages on queue \(queue) \(window)"
      case .eventReplay(let from, let to):
        return
          "archive window \(Format.time(from))–\(Format.time(to)) replayed from \(Format.time(incident.start))"
      case .eventTargetDown(let target): return "target \(target) failing \(window)"
      }
    }
    return "Scenario \(name): " + incidents.joined(separator: "; ")
  }

  static func runBody(_ run: MSKRunResult, result: SimulationResult) -> [String] {
    var out: [String] = []
    if !run.serverless, !run.brokers.isEmpty {
      let volume = Double(result.configuration.msk.brokerVolumeSize) * 1_073_741_824
      out.append("  Storage per broker (volume \(Format.bytes(volume)))")
      out.append(
        Format.table(
          [
            "broker", "zone", "replicas", "peak", "p99", "peak used", "reached objective", "volume full",
            "peak CPU",
          ],
          run.brokers.map {
            [
              "\($0.id)", "\($0.zone)", "\($0.replicas)", Format.bytes($0.peakStorageBytes),
              Format.bytes($0.p99StorageBytes),
              Format.percent($0.peakDiskFraction), $0.reachedDiskObjectiveAt.map(Format.time) ?? "never",
              $0.filledAt.map(Format.time) ?? "never", Format.percent($0.peakCPU),
            ]
          }, rightAligned: [0, 1, 2, 3, 4, 5, 8], indent: "    "))
    }
    out.append("  Limits (most loaded broker each minute)")
    let binding = run.bindingLimit?.limit
    out.append(
      Format.table(
        ["limit", "capacity", "peak demand", "peak use", "p99 use", "capped", ""],
        run.limits.map {
          [
            $0.limit.rawValue, Format.number($0.capacity, decimals: $0.capacity < 10 ? 2 : 1) + " " + $0.unit,
            Format.percent($0.peakDemand), Format.percent($0.peak), Format.percent($0.p99),
            "\($0.cappedMinutes) min",
            $0.limit == binding ? "binds first" : "",
          ]
        }, rightAligned: [1, 2, 3, 4, 5], indent: "    "))
    if !run.groups.isEmpty {
      out.append("  Consumer groups")
      out.append(
        Format.table(
          ["group", "active consumers", "max lag", "p99 lag", "max lag (messages)", "catch-up"],
          run.groups.map { group in
            let catchUp =
              group.catchUps.isEmpty
              ? ""
              : group.catchUps.map { $0.map(Format.duration) ?? "not by the end" }.joined(separator: ", ")
            return [
              group.name, "\(group.activeConsumers)", Format.duration(group.maxLagSeconds),
              Format.duration(group.p99LagSeconds),
              Format.number(group.maxLagMessages), catchUp,
            ]
          }, rightAligned: [1, 2, 3, 4], indent: "    "))
    }
    out.append("  Topics")
    out.append(
      Format.table(
        ["topic", "partitions", "RF", "peak in", "accepted", "peak backlog", "partition log peak"],
        run.topics.map {
          [
            $0.name, "\($0.partitions)", "\($0.replicationFactor)", Format.rate($0.peakOfferedBytesPerSecond),
            Format.percent($0.offered.bytes > 0 ? $0.accepted.bytes / $0.offered.bytes : 1, decimals: 1),
            Format.number($0.peakBacklogMessages) + " msg", Format.bytes($0.peakPartitionBytes),
          ]
        }, rightAligned: [1, 2, 3, 4, 5, 6], indent: "    "))
    let shownEvents = run.events.prefix(12)
    if !shownEvents.isEmpty {
      out.append("  Events")
      for event in shownEvents { out.append("    \(Format.time(event.time))  \(event.message)") }
      if run.events.count > 12 { out.append("    … \(run.events.count - 12) more in the JSON report") }
    }
    return out
  }

  static func queueBody(_ queues: [SQSQueueResult]) -> [String] {
    var out = ["  SQS queues (one sample a minute)"]
    func q(_ sketch: SimKit.QuantileSketch, _ p: Double) -> Double {
      sketch.count > 0 ? (sketch.quantile(p) ?? 0) : 0
    }
    out.append(
      Format.table(
        [
          "queue", "model", "sent", "visible p50/p99/max", "oldest p99/max", "end-to-end p99",
          "DLQ poison/other", "expired",
          "duplicates", "requests",
        ],
        queues.map { queue in
          [
            queue.name, queue.fidelity.rawValue, Format.number(queue.sent),
            "\(Format.number(q(queue.visible, 0.5)))/\(Format.number(q(queue.visible, 0.99)))/\(Format.number(queue.visible.count > 0 ? queue.visible.max : 0))",
            "\(Format.duration(q(queue.ageOfOldest, 0.99)))/\(Format.duration(queue.ageOfOldest.count > 0 ? queue.ageOfOldest.max : 0))",
            Format.duration(q(queue.endToEnd, 0.99)),
            "\(Format.number(queue.movedToDLQPoison))/\(Format.number(queue.movedToDLQOther))",
            Format.number(queue.expired),
            Format.number(queue.duplicates), Format.number(queue.requests.total),
          ]
        }, rightAligned: [2, 3, 4, 5, 6, 7, 8, 9], indent: "    "))
    let requests = queues.map { queue in
      "    \(queue.name): send \(Format.number(queue.requests.send)), receive \(Format.number(queue.requests.receive)) (\(Format.number(queue.requests.emptyReceives)) empty), delete \(Format.number(queue.requests.delete))"
    }
    out.append("  Requests by API (64 KB chunks)")
    out.append(contentsOf: requests)
    for queue in queues {
      for event in queue.events.prefix(6) { out.append("    \(Format.time(event.time))  \(event.message)") }
    }
    return out
  }

  static func show(_ value: Double, _ unit: String) -> String {
    switch unit {
    case "s": return Format.duration(value)
    case "%": return Format.number(value, decimals: 1) + " %"
    case "USD": return Format.usd(value)
    case "min": return Format.number(value) + " min"
    default:
      return Format.number(value, decimals: value < 10 && value != value.rounded() ? 2 : 0) + " " + unit
    }
  }
}
