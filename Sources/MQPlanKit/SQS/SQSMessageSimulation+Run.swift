import SimKit

extension SQSMessageSimulation {
  /// One CloudWatch-style sample a minute, and the scaling decision.
  mutating func sample(sim: Simulation<Event>) {
    let now = sim.now
    release(at: now)
    expire(at: now)
    let start = now - 60
    series.record(.visible, Double(visibleCount), at: start)
    series.record(.inFlight, Double(inFlightCount), at: start)
    series.record(.delayed, Double(delayedCount), at: start)
    series.record(.dlq, Double(dlqCount), at: start)
    series.record(.sent, minute.sent, at: start)
    series.record(.received, minute.received, at: start)
    series.record(.deleted, minute.deleted, at: start)
    series.record(.emptyReceives, minute.empty, at: start)
    let active = consumers.filter { $0.state != .stopped || $0.retiring }.count
    series.record(.consumers, Double(active), at: start)
    // ApproximateAgeOfOldestMessage leaves out messages received three times
    // or more (S2f); they never become eligible again, so they can be
    // dropped from the order for good.
    var age = 0.0
    while let handle = ageOrder.first {
      guard let slot = store.live(handle),
        Int(store.records[slot].receiveCount) < SQSLimits.ageExclusionReceiveCount
      else {
        _ = ageOrder.popFirst()
        continue
      }
      age = now - store.records[slot].enqueueTime
      break
    }
    series.record(.ageOfOldest, age, at: start)
    result.visible.record(Double(visibleCount))
    result.ageOfOldest.record(age)
    result.dlqDepthMax = Swift.max(result.dlqDepthMax, Double(dlqCount))
    minute = (0, 0, 0, 0)
    _checkInvariants(now: now)
    if let scaling = queue.consumers.scaling, stoppedBy == 0 {
      let desired = Swift.min(
        scaling.maximum,
        Swift.max(
          scaling.minimum, Int((Double(visibleCount) / scaling.targetBacklogPerConsumer).rounded(.up))))
      if desired != targetConsumers && pendingScale != desired {
        pendingScale = desired
        sim.schedule(.scale(desired), after: scaling.reactionDelay)
      }
    }
    if now + 60 <= horizon { sim.schedule(.sample, after: 60, priority: .urgent) }
  }

  mutating func applyScale(_ target: Int, sim: Simulation<Event>) {
    guard pendingScale == target else { return }
    pendingScale = nil
    targetConsumers = target
    if stoppedBy == 0 { setConsumers(target, sim: sim) }
    result.consumersMin = Swift.min(result.consumersMin, target)
    result.consumersMax = Swift.max(result.consumersMax, target)
  }

  /// Starts or retires consumers until `target` are active.
  mutating func setConsumers(_ target: Int, sim: Simulation<Event>) {
    var active = consumers.indices.filter { consumers[$0].state != .stopped && !consumers[$0].retiring }
    while active.count > target, let index = active.popLast() {
      if consumers[index].state == .processing {
        consumers[index].retiring = true
      } else {
        if let timeout = consumers[index].timeout { sim.cancel(timeout) }
        consumers[index].timeout = nil
        stop(index)
      }
    }
    var index = 0
    while active.count < target {
      if index == consumers.count {
        consumers.append(Consumer())
        batchItems.append(
          contentsOf: repeatElement(
            BatchItem(slot: 0, handle: 0, receive: 0, finish: 0, success: false), count: batchLimit))
      }
      if consumers[index].state == .stopped {
        consumers[index].retiring = false
        active.append(index)
        consumers[index].state = .sleeping
        receive(index, sim: sim)
      } else if consumers[index].retiring {
        consumers[index].retiring = false
        active.append(index)
      }
      index += 1
    }
  }

  mutating func incident(_ index: Int, starting: Bool, sim: Simulation<Event>) {
    let incident = incidents[index]
    let verb = starting ? "starts" : "ends"
    switch incident.kind {
    case .queueConsumersStopped:
      stoppedBy += starting ? 1 : -1
      if starting {
        for index in consumers.indices
        where consumers[index].state == .waiting || consumers[index].state == .sleeping {
          if let timeout = consumers[index].timeout { sim.cancel(timeout) }
          consumers[index].timeout = nil
          stop(index)
        }
      } else if stoppedBy == 0 {
        setConsumers(targetConsumers, sim: sim)
      }
      result.events.append(
        .init(time: sim.now, message: "queue \(queue.name): consumers stopped: incident \(verb)"))
    case .queueTrafficBurst(_, let multiplier):
      burst *= starting ? multiplier : 1 / multiplier
      result.events.append(
        .init(time: sim.now, message: "queue \(queue.name): traffic ×\(multiplier): incident \(verb)"))
    case .poisonBurst(_, let share):
      poisonExtra += starting ? share : -share
      result.events.append(
        .init(
          time: sim.now,
          message: "queue \(queue.name): \(Int(share * 100)) % poison messages: incident \(verb)"))
    default:
      break
    }
  }

  mutating func finish(at end: Double) -> SQSQueueResult {
    release(at: end)
    expire(at: end)
    changeVisible(by: 0, at: end)
    result.meanVisible = end > 0 ? visibleIntegral / end : 0
    result.dlqDepthFinal = Double(dlqCount)
    result.kmsRequests = SQSCost.kmsRequests(queue: queue, configuration: configuration, horizon: horizon)
    result.series = series.byName
    return result
  }
}

extension SQSMessageSimulation {
  /// Conservation, every minute: each message sent (accepted: one refused
  /// as too large is not sent) is deleted, moved to the DLQ, expired, or
  /// still in the queue (visible, in flight or delayed); and no count is
  /// negative. Compiled
  /// only when `SIMKIT_INTERNAL_CHECKS` is defined (see `Package.swift`);
  /// O(1).
  @inline(__always)
  func _checkInvariants(now: Double) {
    #if SIMKIT_INTERNAL_CHECKS
    let inQueue = Double(visibleCount + inFlightCount + delayedCount)
    let accounted =
      result.deleted + result.movedToDLQPoison + result.movedToDLQOther + result.expired + inQueue
    precondition(
      visibleCount >= 0 && inFlightCount >= 0 && delayedCount >= 0 && dlqCount >= 0,
      "SQS \(queue.name): a negative count")
    if accounted != result.sent {
      // Said before the trap: release builds drop precondition messages.
      print(
        "SQS \(queue.name) at \(now): sent \(result.sent), deleted \(result.deleted), DLQ \(result.movedToDLQPoison + result.movedToDLQOther), expired \(result.expired), refused \(result.rejectedTooLarge), visible \(visibleCount), in flight \(inFlightCount), delayed \(delayedCount), duplicates \(result.duplicates)"
      )
      preconditionFailure("SQS \(queue.name): messages not conserved")
    }
    #endif
  }
}
