extension TextReport {
  /// The bus in one run: publishing per event type, each rule target's
  /// invocations and fates, the archive, and a replay.
  static func eventBridgeBody(_ bus: EventBridgeRunResult, prices: PriceBook) -> [String] {
    var out: [String] = []
    out.append(
      "  EventBridge (quotas: PutEvents \(Format.number(bus.putEventsQuota))/s, invocations \(Format.number(bus.invocationsQuota))/s; busiest minute \(Format.number(bus.peakPutEventsRequestsPerSecond, decimals: 1)) requests/s and \(Format.number(bus.peakInvocationsPerSecond, decimals: 1)) invocations/s)"
    )
    out.append(
      Format.table(
        ["event type", "published", "throttled requests", "dropped", "max wait", "archived"],
        bus.types.map { type in
          [
            type.name, Format.number(type.published), Format.number(type.throttledRequests),
            Format.number(type.droppedByThrottle), Format.duration(type.maxThrottleDelay),
            Format.percent(type.archiveShare, decimals: 1),
          ]
        }, rightAligned: [1, 2, 3, 4, 5], indent: "    "))
    out.append(
      Format.table(
        [
          "rule → target", "matched", "invocations", "failed", "retries", "to DLQ", "dropped", "quota delay",
        ],
        bus.targets.map { target in
          [
            "\(target.rule) → \(target.target)", Format.number(target.matched),
            Format.number(target.invocations),
            Format.number(target.failedInvocations), Format.number(target.retries),
            Format.number(target.sentToDLQ),
            Format.number(target.dropped), Format.duration(target.maxQuotaDelay),
          ]
        }, rightAligned: [1, 2, 3, 4, 5, 6, 7], indent: "    "))
    let shares = bus.types.flatMap { type in
      type.ruleShares.filter { $0.share > 0 }.map {
        "\(type.name) → \($0.rule) \(Format.percent($0.share, decimals: 1)) ± \(Format.percent($0.halfWidth, decimals: 1))"
      }
    }
    if !shares.isEmpty {
      out.append(
        "    matching, measured on \(Format.number(Double(bus.types.first?.samples ?? 0))) events per type: "
          + shares.joined(separator: ", "))
    }
    if let archive = bus.archive {
      out.append(
        "    archive: \(Format.number(archive.events)) events, \(Format.bytes(archive.bytesProcessed)) processed, \(Format.bytes(archive.storedBytesAtEnd)) stored at the end (peak \(Format.bytes(archive.peakStoredBytes)))"
      )
    }
    if let replay = bus.replay {
      let end =
        replay.finished.map { "finished \(Format.time($0))" } ?? "not finished by the end of the horizon"
      out.append(
        "    replay of \(Format.time(replay.from))–\(Format.time(replay.to)) from \(Format.time(replay.start)): \(Format.number(replay.events)) events, \(end); \(Format.usd(replay.chunks / 1e6 * prices.eventBridgeReplayPerMillion)) at \(Format.unitPrice(prices.eventBridgeReplayPerMillion))/million (price unconfirmed by AWS)"
      )
    }
    for event in bus.events { out.append("    \(Format.time(event.time))  \(event.message)") }
    return out
  }
}
