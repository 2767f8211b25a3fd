import SimKit

/// Simulates the custom bus minute by minute: PutEvents against the
/// Region's quota, matching by measured class shares, invocations against
/// the invocations quota, target failures with retries, exponential backoff
/// and jitter, dead letters, the archive, and replays
/// (reference/sqs-eventbridge.md §4 and "Semantics to simulate").
///
/// Model choices where AWS is silent, each stated in TheEventBridgeModel.md:
/// - quotas are applied per minute (quota × 60), so bursts inside a minute
///   are smoothed;
/// - throttled events are re-sent the next minute (`onThrottle: retry`) or
///   lost (`drop`); a PutEvents request carries `entriesPerCall` entries;
/// - the retry schedule is not published (reference, Gaps 6): retry k
///   waits min(2^(k−1), 512) s × U[0.5, 1) (exponential backoff, equal
///   jitter), so the default 185 retries span about 19 hours, inside the
///   default 24 h maximum age; an attempt older than max_age is given up;
/// - queue targets always accept (SQS takes any event within its size
///   limits); sinks refuse invocations above their rate (retried) and fail
///   each attempt with their failure probability;
/// - replays re-emit archived events in minute slices, oldest first, at up
///   to the PutEvents quota in events per second, on a budget of their own
///   ("based on, but separate from" it, S21b); replayed events are matched
///   again but not archived again, and billed at the replay price.
struct EventBridgeSimulation {
  /// Throttled PutEvents cohorts kept apart per event class; younger ones
  /// are lumped together (see `run`).
  static let throttledLineLimit = 64
  /// A group of attempts that share a target, an attempt number, an origin
  /// minute and a due time.
  struct Cohort {
    var count: Int
    /// 0 for the first attempt.
    var attempt: Int
    /// When the events were published, seconds.
    var origin: Double
    /// When this attempt is due, seconds.
    var due: Double
  }

  /// One (rule, target) pair.
  struct Target {
    var rule: Int
    var target: EventTarget
    /// Attempts waiting for the invocations quota, oldest first.
    var waiting = FIFOLine<Cohort>()
    var waitingCount = 0
    /// Failed attempts scheduled to retry in a later minute.
    var scheduledCount = 0
    var result: EventBridgeRunResult.TargetResult
    var down: [(start: Double, end: Double)] = []
  }

  let bus: EventBridgeWorkload
  let horizon: Double
  let region: String
  let incidents: [Incident]
  let source: RandomSource
  let queueNames: Set<String>

  init(bus: EventBridgeWorkload, workload: Workload, incidents: [Incident], source: RandomSource) {
    self.bus = bus
    self.horizon = workload.horizon
    self.region = workload.region
    self.incidents = incidents
    self.source = source
    self.queueNames = Set(workload.sqs?.queues.map(\.name) ?? [])
  }

  /// Backoff before retry `attempt` (1-based), before jitter, seconds.
  static func nominalBackoff(attempt: Int) -> Double {
    attempt >= 10 ? 512 : Double(1 << (attempt - 1))
  }

  /// The measured classes of every event type, in the workload's order.
  func classes() -> [EventClasses] {
    bus.eventTypes.map { type in
      EventClasses.measure(
        type: type, rules: bus.rules, archive: bus.archive, samples: bus.samplesPerType, region: region,
        source: source.child("match").child(type.name))
    }
  }

  func run(classes measured: [EventClasses]? = nil) -> EventBridgeRunResult {
    let measured = measured ?? classes()
    let minutes = Int((horizon / 60).rounded(.up))
    let putQuota = EventBridgeLimits.putEventsPerSecond(region: region)
    let invocationQuota = EventBridgeLimits.invocationsPerSecond(region: region)
    var arrivals = source.stream("arrivals")
    var failures = source.stream("failures")
    var jitter = source.stream("jitter")

    var types = zip(bus.eventTypes, measured).map { type, classes in
      EventBridgeRunResult.TypeResult(
        name: type.name, offered: 0, published: 0, throttledRequests: 0, droppedByThrottle: 0,
        pendingAtEnd: 0,
        maxThrottleDelay: 0, chunks: 0,
        ruleShares: bus.rules.indices.map {
          (bus.rules[$0].name, classes.ruleShares[$0], classes.halfWidth(classes.ruleShares[$0]))
        }, archiveShare: classes.archiveShare, samples: classes.samples, example: classes.example)
    }
    // Throttled events waiting to be re-sent: per type, per class, with the
    // minute they were first offered.
    var throttled: [[FIFOLine<(count: Int, since: Int)>]] = measured.map { classes in
      classes.classes.map { _ in FIFOLine() }
    }
    var targets: [Target] = []
    var targetsOfRule: [[Int]] = bus.rules.map { _ in [] }
    for (ruleIndex, rule) in bus.rules.enumerated() where rule.enabled {
      for target in rule.targets {
        var entry = Target(
          rule: ruleIndex, target: target,
          result: .init(
            rule: rule.name, target: target.name, kind: Self.describe(target.kind), matched: 0,
            invocations: 0,
            delivered: 0, failedInvocations: 0, retries: 0, sentToDLQ: 0, dropped: 0, pendingAtEnd: 0,
            maxQuotaDelay: 0))
        for incident in incidents {
          if case .eventTargetDown(let name) = incident.kind, name == target.name {
            entry.down.append((incident.start, incident.end))
          }
        }
        targetsOfRule[ruleIndex].append(targets.count)
        targets.append(entry)
      }
    }
    // Retries scheduled for a later minute: minute → (target, cohort).
    var retries: [Int: [(Int, Cohort)]] = [:]

    // The archive: bytes archived each minute (for retention), and the
    // archived events of replay windows, per minute, type and class.
    let replays: [(from: Double, to: Double, start: Double)] = incidents.compactMap {
      if case .eventReplay(let from, let to) = $0.kind { return (from, to, $0.start) }
      return nil
    }
    var archivedBytes = [Double](repeating: 0, count: bus.archive == nil ? 0 : minutes)
    var stored = 0.0
    var archive = EventBridgeRunResult.ArchiveResult(
      events: 0, bytesProcessed: 0, peakStoredBytes: 0, storedBytesAtEnd: 0, byteSeconds: 0)
    let retentionMinutes = bus.archive?.retentionDays.map { Int(($0 * 1_440).rounded()) }
    var replayable: [Int: [(type: Int, klass: Int, count: Int)]] = [:]
    var replay: EventBridgeRunResult.ReplayResult? = replays.first.map {
      .init(from: $0.from, to: $0.to, start: $0.start, finished: nil, events: 0, chunks: 0)
    }
    var replayCursor = replays.first.map { Int(($0.from / 60).rounded(.down)) } ?? 0
    var replayLeftInSlice: [(type: Int, klass: Int, count: Int)] = []

    var deliveries: [String: [Double]] = [:]
    var deliveredBytes: [String: Double] = [:]
    var deliveredCount: [String: Double] = [:]
    var series = (
      published: [Double](repeating: 0, count: minutes), invocations: [Double](repeating: 0, count: minutes),
      failed: [Double](repeating: 0, count: minutes), dlq: [Double](repeating: 0, count: minutes),
      throttled: [Double](repeating: 0, count: minutes)
    )
    var timeline: [MSKRunResult.Event] = []
    var peakPut = 0.0
    var peakInvocations = 0.0
    var delayedMinutes = 0
    // Mean entry bytes of the events each target's rule sees, per type.
    let meanBytes = measured.map(\.meanBytes)

    func deliver(_ count: Int, bytes: Double, to queue: String, minute: Int) {
      guard count > 0, queueNames.contains(queue) else { return }
      deliveries[queue, default: [Double](repeating: 0, count: minutes)][minute] += Double(count)
      deliveredBytes[queue, default: 0] += bytes * Double(count)
      deliveredCount[queue, default: 0] += Double(count)
    }

    // Mean bytes per event reaching a target: the mix of types its rule
    // matches (the per-minute split is not tracked per type past matching).
    let bytesOfRule: [Double] = bus.rules.indices.map { ruleIndex in
      var weight = 0.0
      var total = 0.0
      for (typeIndex, type) in bus.eventTypes.enumerated() {
        let share = measured[typeIndex].ruleShares[ruleIndex] * type.eventsPerSecond
        weight += share
        total += share * meanBytes[typeIndex]
      }
      return weight > 0 ? total / weight : 0
    }

    var sinkUsed = [Int](repeating: 0, count: targets.count)
    var replayStarted = false

    func attempt(_ cohort: Cohort, targetIndex: Int, minute: Int, start: Double, length: Double) {
      let target = targets[targetIndex]
      targets[targetIndex].result.invocations += Double(cohort.count)
      if cohort.attempt > 0 { targets[targetIndex].result.retries += Double(cohort.count) }
      var failed = 0
      let now = Swift.max(cohort.due, start)
      if target.down.contains(where: { now >= $0.start && now < $0.end }) {
        failed = cohort.count
      } else if case .sink(let limit, let probability) = target.target.kind {
        var accepted = cohort.count
        if let limit {
          let room = Swift.max(0, Int(limit * length) - sinkUsed[targetIndex])
          accepted = Swift.min(accepted, room)
        }
        sinkUsed[targetIndex] += accepted
        failed = cohort.count - accepted
        failed += Binomial.sample(count: accepted, probability: probability, using: &failures)
      }
      let succeeded = cohort.count - failed
      targets[targetIndex].result.delivered += Double(succeeded)
      if case .queue(let name) = target.target.kind {
        deliver(succeeded, bytes: bytesOfRule[target.rule], to: name, minute: minute)
      }
      guard failed > 0 else { return }
      targets[targetIndex].result.failedInvocations += Double(failed)
      series.failed[minute] += Double(failed)
      let rule = bus.rules[target.rule]
      guard cohort.attempt < rule.maxRetries else {
        giveUp(failed, targetIndex: targetIndex, minute: minute)
        return
      }
      let next = cohort.attempt + 1
      let delay = Self.nominalBackoff(attempt: next) * (0.5 + 0.5 * jitter.nextUnit())
      let due = now + delay
      let retry = Cohort(count: failed, attempt: next, origin: cohort.origin, due: due)
      let dueMinute = Int((due / 60).rounded(.down))
      if dueMinute <= minute {
        targets[targetIndex].waiting.append(retry)
        targets[targetIndex].waitingCount += failed
      } else if dueMinute < minutes {
        retries[dueMinute, default: []].append((targetIndex, retry))
        targets[targetIndex].scheduledCount += failed
      } else {
        targets[targetIndex].result.pendingAtEnd += Double(failed)
      }
    }

    func giveUp(_ count: Int, targetIndex: Int, minute: Int) {
      let rule = bus.rules[targets[targetIndex].rule]
      if let dlq = rule.deadLetterQueue {
        if targets[targetIndex].result.sentToDLQ == 0 {
          timeline.append(
            .init(
              time: Double(minute) * 60,
              message:
                "rule \(rule.name) → \(targets[targetIndex].target.name): first event sent to the DLQ \(dlq)")
          )
        }
        targets[targetIndex].result.sentToDLQ += Double(count)
        series.dlq[minute] += Double(count)
        deliver(count, bytes: bytesOfRule[targets[targetIndex].rule], to: dlq, minute: minute)
      } else {
        if targets[targetIndex].result.dropped == 0 {
          timeline.append(
            .init(
              time: Double(minute) * 60,
              message:
                "rule \(rule.name) → \(targets[targetIndex].target.name): first event dropped after its retries (no DLQ)"
            ))
        }
        targets[targetIndex].result.dropped += Double(count)
      }
    }

    for minute in 0..<minutes {
      let start = Double(minute) * 60
      let length = Swift.min(60, horizon - start)
      // 1. Publish: new events by class, plus throttled ones re-sent.
      var offered: [[Int]] = measured.map { $0.classes.map { _ in 0 } }
      var requests = 0.0
      var perTypeEvents = [Int](repeating: 0, count: bus.eventTypes.count)
      for (typeIndex, type) in bus.eventTypes.enumerated() {
        let rate = type.profile.rate(base: type.eventsPerSecond, at: start + length / 2)
        for (classIndex, klass) in measured[typeIndex].classes.enumerated() {
          let count = Poisson.sample(mean: rate * length * klass.share, using: &arrivals)
          offered[typeIndex][classIndex] = count
          types[typeIndex].offered += Double(count)
          perTypeEvents[typeIndex] += count
        }
        for classIndex in throttled[typeIndex].indices {
          for waiting in throttled[typeIndex][classIndex].waiting {
            perTypeEvents[typeIndex] += waiting.count
          }
        }
        requests += (Double(perTypeEvents[typeIndex]) / Double(type.entriesPerCall)).rounded(.up)
      }
      let capacity = putQuota * length
      let accepted = requests <= capacity ? 1.0 : capacity / requests
      peakPut = Swift.max(peakPut, Swift.min(requests, capacity) / length)
      if accepted < 1 {
        let refused = requests - capacity
        series.throttled[minute] = refused
        if timeline.count < 20 && !timeline.contains(where: { $0.message.hasPrefix("PutEvents throttled") }) {
          timeline.append(
            .init(
              time: start,
              message:
                "PutEvents throttled: \(Format.number(requests / length)) requests/s against the quota of \(Format.number(putQuota))/s"
            ))
        }
      }
      var published: [[Int]] = measured.map { $0.classes.map { _ in 0 } }
      for (typeIndex, type) in bus.eventTypes.enumerated() {
        var refusedEvents = 0
        for classIndex in measured[typeIndex].classes.indices {
          // Re-sends first (oldest), then new events, each cut to the share
          // the quota lets through.
          var queue = throttled[typeIndex][classIndex]
          queue.append((offered[typeIndex][classIndex], minute))
          // At most `throttledLineLimit` cohorts wait: the youngest beyond
          // that are lumped into one, which keeps the oldest (the longest
          // delay) exact and each minute's work bounded when the offered
          // rate stays far above the quota for the whole run.
          var kept = FIFOLine<(count: Int, since: Int)>()
          var keptCount = 0
          var lump: (count: Int, since: Int)?
          while let waiting = queue.popFirst() {
            let through =
              accepted >= 1 ? waiting.count : Int((Double(waiting.count) * accepted).rounded(.down))
            published[typeIndex][classIndex] += through
            if through > 0 && waiting.since < minute {
              types[typeIndex].maxThrottleDelay = Swift.max(
                types[typeIndex].maxThrottleDelay, Double(minute - waiting.since) * 60)
            }
            let rest = waiting.count - through
            guard rest > 0 else { continue }
            refusedEvents += rest
            switch type.onThrottle {
            case .retry:
              if keptCount < Self.throttledLineLimit - 1 {
                kept.append((rest, waiting.since))
                keptCount += 1
              } else {
                lump = lump.map { ($0.count + rest, $0.since) } ?? (rest, waiting.since)
              }
            case .drop: types[typeIndex].droppedByThrottle += Double(rest)
            }
          }
          if let lump { kept.append(lump) }
          throttled[typeIndex][classIndex] = kept
        }
        types[typeIndex].throttledRequests += (Double(refusedEvents) / Double(type.entriesPerCall)).rounded(
          .up)
      }

      // 2. Replay: archived slices re-emitted on their own budget.
      var replayed: [[Int]] = measured.map { $0.classes.map { _ in 0 } }
      if let window = replays.first, var current = replay, current.finished == nil, start >= window.start {
        var budget = Int(putQuota * length)
        let lastMinute = Int((window.to / 60).rounded(.up))
        while budget > 0 {
          if replayLeftInSlice.isEmpty {
            guard replayCursor < lastMinute else {
              current.finished = start + length
              timeline.append(
                .init(
                  time: start + length,
                  message: "replay of the archive finished: \(Format.number(current.events)) events"))
              break
            }
            replayLeftInSlice = replayable[replayCursor] ?? []
            replayCursor += 1
            continue
          }
          var entry = replayLeftInSlice.removeLast()
          let through = Swift.min(budget, entry.count)
          budget -= through
          replayed[entry.type][entry.klass] += through
          current.events += Double(through)
          current.chunks += Double(through) * measured[entry.type].meanChunks
          entry.count -= through
          if entry.count > 0 { replayLeftInSlice.append(entry) }
        }
        if !replayStarted {
          replayStarted = true
          timeline.append(
            .init(
              time: start,
              message:
                "replay of the archive started (window \(Quantities.describe(seconds: window.from))–\(Quantities.describe(seconds: window.to)))"
            ))
        }
        replay = current
      }

      // 3. Archive, billing and matching.
      let inReplayWindow = replays.contains { start + length > $0.from && start < $0.to }
      var minuteArchivedBytes = 0.0
      for typeIndex in bus.eventTypes.indices {
        for (classIndex, klass) in measured[typeIndex].classes.enumerated() {
          let count = published[typeIndex][classIndex]
          let again = replayed[typeIndex][classIndex]
          guard count + again > 0 else { continue }
          types[typeIndex].published += Double(count)
          types[typeIndex].chunks += Double(count) * measured[typeIndex].meanChunks
          series.published[minute] += Double(count)
          if klass.archived && bus.archive != nil && count > 0 {
            archive.events += Double(count)
            minuteArchivedBytes += Double(count) * meanBytes[typeIndex]
            if inReplayWindow {
              replayable[minute, default: []].append((typeIndex, classIndex, count))
            }
          }
          for ruleIndex in klass.rules {
            for targetIndex in targetsOfRule[ruleIndex] {
              targets[targetIndex].result.matched += Double(count + again)
              targets[targetIndex].waiting.append(
                Cohort(count: count + again, attempt: 0, origin: start + length / 2, due: start + length / 2))
              targets[targetIndex].waitingCount += count + again
            }
          }
        }
      }
      if bus.archive != nil {
        archive.bytesProcessed += minuteArchivedBytes
        archivedBytes[minute] = minuteArchivedBytes
        stored += minuteArchivedBytes
        if let retentionMinutes, minute - retentionMinutes >= 0 {
          stored -= archivedBytes[minute - retentionMinutes]
        }
        archive.peakStoredBytes = Swift.max(archive.peakStoredBytes, stored)
        archive.byteSeconds += stored * length
      }

      // 4. Retries due this minute join their targets' lines.
      if let due = retries.removeValue(forKey: minute) {
        for (targetIndex, cohort) in due {
          targets[targetIndex].waiting.append(cohort)
          targets[targetIndex].waitingCount += cohort.count
          targets[targetIndex].scheduledCount -= cohort.count
        }
      }

      // 5. Invocations, within the quota, oldest first; failures retried.
      var budget = Int(invocationQuota * length)
      let waitingTotal = targets.reduce(0) { $0 + $1.waitingCount }
      var invocationsThisMinute = 0
      for index in sinkUsed.indices { sinkUsed[index] = 0 }
      if waitingTotal > budget { delayedMinutes += 1 }
      var progress = true
      while progress && budget > 0 {
        progress = false
        let total = targets.reduce(0) { $0 + $1.waitingCount }
        guard total > 0 else { break }
        for targetIndex in targets.indices where targets[targetIndex].waitingCount > 0 && budget > 0 {
          // A fair share of what is left of the quota.
          var share =
            total <= budget
            ? targets[targetIndex].waitingCount
            : Swift.max(1, Int(Double(budget) * Double(targets[targetIndex].waitingCount) / Double(total)))
          share = Swift.min(share, budget)
          while share > 0, var cohort = targets[targetIndex].waiting.first {
            let rule = bus.rules[targets[targetIndex].rule]
            // Given up by age before this attempt.
            if cohort.attempt > 0 && Swift.max(cohort.due, start) - cohort.origin > rule.maxEventAgeSeconds {
              _ = targets[targetIndex].waiting.popFirst()
              targets[targetIndex].waitingCount -= cohort.count
              giveUp(cohort.count, targetIndex: targetIndex, minute: minute)
              continue
            }
            let take = Swift.min(share, cohort.count)
            share -= take
            budget -= take
            invocationsThisMinute += take
            progress = true
            targets[targetIndex].waitingCount -= take
            if cohort.due < start {
              targets[targetIndex].result.maxQuotaDelay = Swift.max(
                targets[targetIndex].result.maxQuotaDelay, start - cohort.due)
            }
            if take < cohort.count {
              // The rest keeps its place at the front of the line.
              var rest = cohort
              rest.count -= take
              targets[targetIndex].waiting.replaceFirst(rest)
            } else {
              _ = targets[targetIndex].waiting.popFirst()
            }
            cohort.count = take
            attempt(cohort, targetIndex: targetIndex, minute: minute, start: start, length: length)
          }
        }
      }
      series.invocations[minute] = Double(invocationsThisMinute)
      peakInvocations = Swift.max(peakInvocations, Double(invocationsThisMinute) / length)
      for targetIndex in targets.indices where targets[targetIndex].waitingCount > 0 {
        // Delayed by the quota: the oldest waits into the next minute.
        if let oldest = targets[targetIndex].waiting.first {
          targets[targetIndex].result.maxQuotaDelay = Swift.max(
            targets[targetIndex].result.maxQuotaDelay, start + length - oldest.due)
        }
      }
      Self._checkInvariants(minute: minute, types: types, throttled: throttled, targets: targets)
    }

    for typeIndex in types.indices {
      types[typeIndex].pendingAtEnd = Double(
        throttled[typeIndex].reduce(0) { sum, line in sum + line.waiting.reduce(0) { $0 + $1.count } })
    }
    for (_, due) in retries {
      for (targetIndex, cohort) in due { targets[targetIndex].result.pendingAtEnd += Double(cohort.count) }
    }
    for targetIndex in targets.indices {
      targets[targetIndex].result.pendingAtEnd += Double(targets[targetIndex].waitingCount)
    }
    archive.storedBytesAtEnd = stored
    #if SIMKIT_INTERNAL_CHECKS
    // Conservation per event type: every event offered was published,
    // dropped by throttling, or still waits to be re-sent.
    for type in types {
      precondition(
        type.offered == type.published + type.droppedByThrottle + type.pendingAtEnd,
        "EventBridge \(type.name): \(type.offered) offered but \(type.published + type.droppedByThrottle + type.pendingAtEnd) accounted for"
      )
    }
    #endif
    return EventBridgeRunResult(
      horizon: horizon, types: types, targets: targets.map(\.result),
      archive: bus.archive == nil ? nil : archive,
      replay: replay, putEventsQuota: putQuota, invocationsQuota: invocationQuota,
      peakPutEventsRequestsPerSecond: peakPut, peakInvocationsPerSecond: peakInvocations,
      quotaDelayedMinutes: delayedMinutes, publishedPerMinute: series.published,
      invocationsPerMinute: series.invocations, failedPerMinute: series.failed,
      sentToDLQPerMinute: series.dlq,
      throttledPerMinute: series.throttled, events: timeline.sorted { $0.time < $1.time },
      deliveries: deliveries.reduce(into: [:]) { result, entry in
        result[entry.key] = (
          entry.value, deliveredBytes[entry.key, default: 0] / deliveredCount[entry.key, default: 1]
        )
      })
  }

  static func describe(_ kind: EventTarget.Kind) -> String {
    switch kind {
    case .queue(let name): return "queue \(name)"
    case .sink(let limit, let probability):
      var parts = ["sink"]
      if let limit { parts.append("≤ \(Format.number(limit))/s") }
      if probability > 0 { parts.append("fails \(Format.percent(probability))") }
      return parts.joined(separator: ", ")
    }
  }
}
