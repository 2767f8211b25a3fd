import SimKit

extension SQSMessageSimulation {
  /// Waiting consumers take newly visible messages, first come, first served.
  mutating func serveWaiters(sim: Simulation<Event>) {
    while hasVisible, let entry = waiters.popFirst() {
      let index = entry.consumer
      guard consumers[index].state == .waiting, consumers[index].epoch == entry.epoch else { continue }
      consumers[index].epoch &+= 1
      if !receive(index, sim: sim, continuing: true) { break }
    }
  }

  /// Ends the waits and sleeps that are due: an empty long poll returns,
  /// a sleeping short-poller polls again.
  mutating func pollCheck(sim: Simulation<Event>) {
    pollCheckEvent = nil
    pollCheckTime = .infinity
    let now = sim.now
    while let entry = waiters.first, entry.until <= now {
      _ = waiters.popFirst()
      let index = entry.consumer
      guard consumers[index].state == .waiting, consumers[index].epoch == entry.epoch else { continue }
      consumers[index].epoch &+= 1
      consumers[index].state = .stopped
      // The wait ended empty: the call (counted when it started) was empty.
      result.requests.emptyReceives += 1
      minute.empty += 1
      receive(index, sim: sim)
    }
    while let entry = sleepers.first, entry.until <= now {
      _ = sleepers.popFirst()
      let index = entry.consumer
      guard consumers[index].state == .sleeping, consumers[index].epoch == entry.epoch else { continue }
      consumers[index].epoch &+= 1
      consumers[index].state = .stopped
      receive(index, sim: sim)
    }
    schedulePollCheck(sim: sim)
  }

  /// Keeps one check pending at the earliest end of a wait or sleep.
  mutating func schedulePollCheck(sim: Simulation<Event>) {
    var next = Double.infinity
    while let entry = waiters.first,
      consumers[entry.consumer].state != .waiting || consumers[entry.consumer].epoch != entry.epoch
    {
      _ = waiters.popFirst()
    }
    while let entry = sleepers.first,
      consumers[entry.consumer].state != .sleeping || consumers[entry.consumer].epoch != entry.epoch
    {
      _ = sleepers.popFirst()
    }
    if let entry = waiters.first { next = entry.until }
    if let entry = sleepers.first { next = Swift.min(next, entry.until) }
    guard next.isFinite, next <= horizon else { return }
    if pollCheckEvent != nil && pollCheckTime <= next { return }
    if let event = pollCheckEvent { sim.cancel(event) }
    pollCheckTime = next
    pollCheckEvent = sim.schedule(.pollCheck, at: Swift.max(sim.now, next))
  }

  var hasVisible: Bool { fifo ? !readyGroups.isEmpty : visibleCount > 0 }

  /// A consumer asks for messages (or, `continuing`, a waiting long poll is
  /// answered). Returns whether it got any.
  ///
  /// Requests are counted when a call starts (one billed request), plus the
  /// extra 64 KB chunks of the messages it returns; an empty long poll is
  /// counted as empty when its wait ends.
  @discardableResult
  mutating func receive(_ index: Int, sim: Simulation<Event>, continuing: Bool = false) -> Bool {
    let now = sim.now
    guard stoppedBy == 0, !consumers[index].retiring else {
      stop(index)
      return false
    }
    if fifo && !fifoAllow(send: false, at: now) {
      // Throttled: try again in a second.
      consumers[index].state = .sleeping
      consumers[index].timeout = sim.schedule(.pollEnd(index), after: 1)
      return false
    }
    if !continuing {
      result.requests.receiveCalls += 1
      result.requests.receive += 1
    }
    // The consumer's batch lives in batchItems[base ..< base + batchLimit].
    let base = index * batchLimit
    var count = 0
    var payload = 0.0
    if inFlightCount < SQSLimits.inFlight {
      while count < batchLimit, let handle = nextVisible() {
        guard let slot = store.live(handle), store.records[slot].location == .visible else { continue }
        changeVisible(by: -1, at: now)
        let record = store.records[slot]
        if record.enqueueTime + retention <= now {
          // Past retention: SQS has deleted it; it is lost, not delivered.
          countExpired(at: now)
          store.remove(slot)
          continue
        }
        let received = record.receiveCount
        if configuration.enableDLQ && Int(received) >= configuration.maxReceiveCount {
          moveToDLQ(slot, at: now)
          continue
        }
        if fifo { groupInFlight[record.group, default: 0] += 1 }
        store.records[slot].receiveCount = received + 1
        store.records[slot].location = .inFlight
        inFlightCount += 1
        if received == 0 {
          result.firstReceiveWaitTotal += now - record.enqueueTime
          result.firstReceives += 1
          if now > record.enqueueTime { result.firstReceivesThatWaited += 1 }
        }
        if record.processed { result.duplicates += 1 }
        payload += Double(record.size)
        batchItems[base + count] = BatchItem(
          slot: slot, handle: handle, receive: received + 1, finish: 0, success: false)
        count += 1
        if fifo && !sameGroupAvailable(record.group) { break }
      }
      if fifo && count > 0 {
        // The served group is blocked while its messages are in flight.
        let group = store.records[batchItems[base].slot].group
        if readyGroups.first == group {
          _ = readyGroups.popFirst()
          groupReady.remove(group)
        }
      }
    } else {
      result.overLimitReceives += 1
    }
    consumers[index].batchCount = count
    if Double(inFlightCount) > result.maxInFlight { result.maxInFlight = Double(inFlightCount) }
    if count > 0 {
      result.requests.receive += Swift.max(1, (payload / SQSLimits.billingChunkBytes).rounded(.up)) - 1
    }
    minute.received += Double(count)
    if count == 0 {
      if wait > 0 {
        // A long poll that finds nothing waits; it is an empty receive only
        // if the wait ends without a message (counted in pollCheck).
        consumers[index].state = .waiting
        waiters.append((index, consumers[index].epoch, now + wait))
      } else {
        result.requests.emptyReceives += 1
        minute.empty += 1
        consumers[index].state = .sleeping
        sleepers.append((index, consumers[index].epoch, now + queue.consumers.pollIntervalSeconds))
      }
      schedulePollCheck(sim: sim)
      return false
    }
    // The batch's fate is drawn now: processing times, failures, and
    // whether each finishes within the visibility timeout.
    var clock = now
    let deadline = now + visibility
    let failure = queue.consumers.failureProbability
    for position in base..<(base + count) {
      let slot = batchItems[position].slot
      clock += Swift.max(0, queue.consumers.processingTime.sample(using: &processing))
      let fails = store.records[slot].poison || (failure > 0 && outcomes.nextUnit() < failure)
      batchItems[position].finish = clock
      batchItems[position].success = !fails
      if fails || clock > deadline {
        returning.append((batchItems[position].handle, batchItems[position].receive, deadline))
        // A success that outlasts the timeout will be processed here while
        // SQS delivers the message again: that next delivery is a duplicate.
        if !fails { store.records[slot].processed = true }
      }
    }
    consumers[index].state = .processing
    sim.schedule(.batchDone(index), at: clock)
    scheduleWake(sim: sim)
    return true
  }

  mutating func nextVisible() -> SQSMessageStore.Handle? {
    if !fifo { return visibleQueue.popFirst() }
    while let group = readyGroups.first {
      if var messages = groupQueues[group], let handle = messages.popFirst() {
        groupQueues[group] = messages
        return handle
      }
      _ = readyGroups.popFirst()
      groupReady.remove(group)
    }
    return nil
  }

  /// FIFO: whether the group being served has more visible messages (a
  /// batch stays within one group, in order).
  func sameGroupAvailable(_ group: Int32) -> Bool { !(groupQueues[group]?.isEmpty ?? true) }

  mutating func moveToDLQ(_ slot: Int, at now: Double) {
    if store.records[slot].poison { result.movedToDLQPoison += 1 } else { result.movedToDLQOther += 1 }
    // A standard DLQ keeps the original enqueue time; a FIFO DLQ resets it (S8).
    let start = fifo ? now : store.records[slot].enqueueTime
    dlqExpiry.add(1, expiringAt: start + Double(SQSLimits.deadLetterRetention))
    dlqCount += 1
    result.dlqDepthMax = Swift.max(result.dlqDepthMax, Double(dlqCount))
    if result.movedToDLQPoison + result.movedToDLQOther == 1 {
      result.events.append(.init(time: now, message: "queue \(queue.name): first message moved to the DLQ"))
    }
    store.remove(slot)
  }

  mutating func batchDone(_ index: Int, sim: Simulation<Event>) {
    let now = sim.now
    var deletes = 0
    let base = index * batchLimit
    for position in base..<(base + consumers[index].batchCount) where batchItems[position].success {
      let item = batchItems[position]
      result.processed += 1
      guard let slot = store.live(item.handle) else { continue }  // expired meanwhile
      store.records[slot].processed = true
      result.endToEnd.record(item.finish - store.records[slot].enqueueTime)
      // A delete with the receipt of an earlier receive does not delete a
      // message that was received again since (S1).
      guard store.records[slot].receiveCount == item.receive else { continue }
      switch store.records[slot].location {
      case .inFlight:
        inFlightCount -= 1
        if fifo { releaseGroup(store.records[slot].group) }
      case .visible:
        changeVisible(by: -1, at: now)
      case .delayed:
        delayedCount -= 1
      }
      store.remove(slot)
      deletes += 1
    }
    if deletes > 0 {
      result.deleted += Double(deletes)
      minute.deleted += Double(deletes)
      result.requests.delete += 1
    }
    consumers[index].batchCount = 0
    consumers[index].state = .stopped
    if consumers[index].retiring || stoppedBy > 0 {
      stop(index)
    } else {
      receive(index, sim: sim)
    }
    serveWaiters(sim: sim)
  }

  /// FIFO: one of the group's in-flight messages left flight; when none is
  /// left, the group can be served again.
  mutating func releaseGroup(_ group: Int32) {
    let remaining = groupInFlight[group, default: 1] - 1
    if remaining > 0 {
      groupInFlight[group] = remaining
      return
    }
    groupInFlight[group] = nil
    if sameGroupAvailable(group) && !groupReady.contains(group) {
      groupReady.insert(group)
      readyGroups.append(group)
    }
  }

  mutating func pollEnd(_ index: Int, sim: Simulation<Event>) {
    consumers[index].timeout = nil
    if consumers[index].state == .waiting {
      // Leave the waiters' line lazily: serveWaiters skips non-waiting ones.
      consumers[index].state = .stopped
    }
    receive(index, sim: sim)
  }

  mutating func stop(_ index: Int) {
    consumers[index].state = .stopped
    consumers[index].epoch &+= 1
    consumers[index].retiring = false
  }

  mutating func countExpired(at now: Double) {
    if result.expired == 0 {
      result.events.append(
        .init(
          time: now,
          message:
            "queue \(queue.name): messages expire unprocessed (retention \(Quantities.describe(seconds: retention)))"
        ))
    }
    result.expired += 1
  }

  /// Deletes messages past retention wherever they are: lost.
  mutating func expire(at now: Double) {
    while let handle = byEnqueue.first {
      guard let slot = store.live(handle) else {
        _ = byEnqueue.popFirst()
        continue
      }
      guard store.records[slot].enqueueTime + retention <= now else { break }
      _ = byEnqueue.popFirst()
      switch store.records[slot].location {
      case .visible:
        changeVisible(by: -1, at: now)
      case .inFlight:
        inFlightCount -= 1
        if fifo { releaseGroup(store.records[slot].group) }
      case .delayed:
        delayedCount -= 1
      }
      countExpired(at: now)
      store.remove(slot)
    }
    let gone = dlqExpiry.removeExpired(until: now)
    dlqCount -= Int(gone)
    result.expiredFromDLQ += gone
  }
}
