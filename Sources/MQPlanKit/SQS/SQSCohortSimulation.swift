import SimKit

// Implementation priorities, in order: agreement with the message model
// where both run, determinism, speed (cost per minute, not per message).

/// One SQS queue simulated one minute at a time, as cohorts: messages sent
/// in the same minute that share a fate (received together, failing or
/// succeeding in binomial shares, returning together after the visibility
/// timeout).
///
/// The queue is a fluid FIFO: consumers drain it at c / E[S] messages a
/// second, oldest cohort first, and a cohort's wait is the time the fluid
/// front takes to reach it. Where the consumers keep up there is no fluid
/// backlog, and the model adds the M/M/c queue of ``ErlangC`` instead: each
/// message waits Wq on average (and the queue holds Lq), with
/// λ = the minute's arrival rate, μ = 1 / E[S], c = consumers. Redrive,
/// retention, the DLQ, consumer scaling and the incidents follow the
/// message model's rules at the cohort level.
///
/// Requests are estimated per minute: send calls from the producers' batch
/// size; receives as full batches while there is a backlog, otherwise in
/// batches of what one send call delivers (or what the Erlang C queue holds);
/// empty long-poll receives for idle consumers whose wait is not ended by an
/// arrival, exp(−a·W / idle) of the time; short polls every poll interval.
/// The tests state how closely this agrees with the message model.
struct SQSCohortSimulation {
  struct Cohort {
    var count: Double
    var enqueued: Double
    /// When it became visible: its send (plus any delay), or its return
    /// after the visibility timeout.
    var available: Double
    var received: Int
    var poison: Bool
    var processed: Bool
  }

  let queue: SQSQueueWorkload
  let configuration: SQSQueueConfiguration
  let horizon: Double
  let incidents: [Incident]
  let visibility: Double
  let retention: Double
  let meanService: Double
  /// Share of messages whose processing, within a batch of n (index n − 1),
  /// outlasts the visibility timeout: estimated once from 2,000 sampled
  /// batches of each size.
  let lateShares: [Double]
  /// Share of sent messages larger than max_message_size.
  let oversizeShare: Double
  var arrivals: Xoshiro256StarStar
  var fates: Xoshiro256StarStar
  var visible = RingBuffer<Cohort>(capacity: 256)
  /// Messages in `visible`, kept as cohorts enter and leave.
  var visibleTotal = 0.0
  var delayed = RingBuffer<(cohort: Cohort, at: Double)>()
  var returning = RingBuffer<(cohort: Cohort, at: Double)>()
  let dlqExpiry = ExpiryQueue()
  var dlqCount = 0.0
  var consumers: Int
  var pendingScale: (target: Int, at: Double)?
  var stoppedBy = 0
  var burst = 1.0
  var poisonExtra = 0.0
  /// FIFO: messages whose send calls were throttled, retried next minute.
  var fifoCarry: [Double]
  var result: SQSQueueResult
  /// The per-minute series, moved into `result` at the end.
  var series: SQSMinuteSeries

  init(
    queue: SQSQueueWorkload, configuration: SQSQueueConfiguration, horizon: Double, incidents: [Incident],
    source: RandomSource
  ) {
    self.queue = queue
    self.configuration = configuration
    self.horizon = horizon
    self.incidents = incidents
    visibility = Double(configuration.visibilityTimeout)
    retention = Double(configuration.retentionSeconds)
    meanService = Swift.max(1e-9, queue.consumers.processingTime.mean ?? 1)
    arrivals = source.stream("cohort.arrivals")
    fates = source.stream("cohort.fates")
    consumers = queue.consumers.count
    fifoCarry = Array(repeating: 0, count: queue.producers.count)
    result = SQSQueueResult(name: queue.name, fidelity: .cohort, fifo: queue.fifo, horizon: horizon)
    series = SQSMinuteSeries(horizon: horizon)
    result.consumersMin = consumers
    result.consumersMax = consumers
    var sampler = source.stream("cohort.calibration")
    var shares: [Double] = []
    for batch in 1...queue.consumers.receiveBatchSize {
      var late = 0.0
      for _ in 0..<2_000 {
        var clock = 0.0
        for _ in 0..<batch {
          clock += Swift.max(0, queue.consumers.processingTime.sample(using: &sampler))
          if clock > Double(configuration.visibilityTimeout) { late += 1 }
        }
      }
      shares.append(late / Double(2_000 * batch))
    }
    lateShares = shares
    var oversize = 0.0
    var draws = 0.0
    for producer in queue.producers {
      for _ in 0..<5_000 {
        if producer.messageSize.sample(using: &sampler) > Double(configuration.maxMessageSize) {
          oversize += 1
        }
        draws += 1
      }
    }
    oversizeShare = draws > 0 ? oversize / draws : 0
  }

  mutating func run() -> SQSQueueResult {
    let step = 60.0
    var t = 0.0
    while t < horizon {
      let duration = Swift.min(step, horizon - t)
      applyIncidents(at: t)
      advance(from: t, duration: duration)
      t += duration
    }
    result.dlqDepthFinal = dlqCount
    result.kmsRequests = SQSCost.kmsRequests(queue: queue, configuration: configuration, horizon: horizon)
    result.series = series.byName
    return result
  }

  mutating func applyIncidents(at t: Double) {
    stoppedBy = 0
    burst = 1
    poisonExtra = 0
    for incident in incidents where incident.isActive(at: t) {
      switch incident.kind {
      case .queueConsumersStopped: stoppedBy += 1
      case .queueTrafficBurst(_, let multiplier): burst *= multiplier
      case .poisonBurst(_, let share): poisonExtra += share
      default: break
      }
    }
  }

  mutating func advance(from t: Double, duration: Double) {
    let end = t + duration
    let deletedBefore = result.deleted
    // 1. Delayed and returning cohorts whose time has come: they become
    //    visible during the minute, mostly before its new messages (which
    //    arrive, on average, at its middle).
    while let entry = delayed.first, entry.at <= end {
      _ = delayed.popFirst()
      pushVisible(entry.cohort)
    }
    var returned = 0.0
    while let entry = returning.first, entry.at <= end {
      _ = returning.popFirst()
      returned += entry.cohort.count
      pushVisible(entry.cohort)
    }
    // 2. Arrivals.
    var arrived = 0.0
    var sendCalls = 0.0
    for (index, producer) in queue.producers.enumerated() {
      let rate = producer.profile.rate(base: producer.messagesPerSecond ?? 0, at: t + duration / 2) * burst
      var count = Double(Poisson.sample(mean: rate * duration, using: &arrivals))
      if queue.fifo {
        // 300 send calls a second per action (S4, S7): the rest are
        // throttled and retried.
        count += fifoCarry[index]
        let allowed = SQSLimits.fifoCallsPerSecond * duration * Double(producer.batchSize)
        fifoCarry[index] = Swift.max(0, count - allowed)
        if fifoCarry[index] > 0 {
          result.throttledSendCalls += (fifoCarry[index] / Double(producer.batchSize)).rounded(.up)
        }
        count -= fifoCarry[index]
      }
      guard count > 0 else { continue }
      let oversize = (count * oversizeShare).rounded()
      result.rejectedTooLarge += oversize
      let accepted = count - oversize
      let poisonShare = Swift.min(1, queue.consumers.poisonShare + poisonExtra)
      let poison = poisonShare > 0 ? Double(binomial(Int(accepted), poisonShare)) : 0
      let calls = (count / Double(producer.batchSize)).rounded(.up)
      let bytesPerCall = Double(producer.batchSize) * (producer.messageSize.mean ?? 0)
      sendCalls += calls
      result.requests.sendCalls += calls
      result.requests.send += calls * Swift.max(1, (bytesPerCall / SQSLimits.billingChunkBytes).rounded(.up))
      result.sent += accepted
      arrived += accepted
      let enqueued = t + duration / 2
      for (share, isPoison) in [(accepted - poison, false), (poison, true)] where share > 0 {
        var cohort = Cohort(
          count: share, enqueued: enqueued, available: enqueued, received: 0, poison: isPoison,
          processed: false)
        if configuration.delaySeconds > 0 {
          cohort.available = enqueued + Double(configuration.delaySeconds)
          delayed.append((cohort, cohort.available))
        } else {
          pushVisible(cohort)
        }
      }
    }
    expire(at: end)

    // 3. Consumers drain the fluid queue, oldest first.
    let active = stoppedBy > 0 ? 0 : consumers
    let rate = Double(active) / meanService
    let backlogAtStart = visible.count > 0 ? totalVisible() - arrived - returned : 0
    let arrivalRate = arrived / duration
    let theory = ErlangC(
      arrivalRate: Swift.max(arrivalRate, 1e-9), serviceRate: 1 / meanService, servers: Swift.max(1, active))
    // Light load: less than one waiting message per consumer at the start
    // of the minute; the M/M/c picture then holds.
    let backlogPerConsumer = active > 0 ? Swift.max(0, backlogAtStart) / Double(active) : .infinity
    let lightLoad = theory != nil && backlogPerConsumer < 1 && active > 0
    let limit = Double(queue.consumers.receiveBatchSize)
    var lightBatch = 1.0
    if let theory {
      let perCall = queue.fifo ? 1 : Double(queue.producers.map(\.batchSize).max() ?? 1)
      // A message that finds a consumer free: long polling hands it over
      // with the rest of its send call; short polling lets messages gather
      // until the next poll, which the idle consumers make every
      // pollInterval / idle seconds between them.
      var freeBatch = Swift.min(limit, perCall)
      if configuration.receiveWaitTime == 0 && !queue.fifo {
        let idle = Swift.max(1, Double(active) * (1 - theory.utilization))
        freeBatch = Swift.min(
          limit, Swift.max(freeBatch, arrivalRate * queue.consumers.pollIntervalSeconds / idle))
      }
      let waitingBatch = Swift.min(limit, Swift.max(1, 1 / Swift.max(1e-9, 1 - theory.utilization)))
      lightBatch =
        1 / ((1 - theory.probabilityOfWaiting) / freeBatch + theory.probabilityOfWaiting / waitingBatch)
    }
    let expectedBatch = lightLoad ? lightBatch : Swift.min(limit, Swift.max(lightBatch, backlogPerConsumer))
    var clock = t
    var capacity = rate * duration
    var processedFromBacklog = 0.0
    var processedTotal = 0.0
    var moved = (poison: 0.0, other: 0.0)
    while capacity > 1e-9, var cohort = visible.first {
      if configuration.enableDLQ && cohort.received >= configuration.maxReceiveCount {
        popVisible()
        moveToDLQ(cohort, at: Swift.max(clock, t))
        if cohort.poison { moved.poison += cohort.count } else { moved.other += cohort.count }
        continue
      }
      let take = Swift.min(cohort.count, capacity)
      let start = Swift.max(clock, Swift.min(cohort.available, end))
      let serviceSpan = take / Swift.max(rate, 1e-12)
      clock = start + serviceSpan
      capacity -= take
      processedTotal += take
      if cohort.enqueued < t { processedFromBacklog += take }
      receive(
        Cohort(
          count: take, enqueued: cohort.enqueued, available: cohort.available, received: cohort.received,
          poison: cohort.poison, processed: cohort.processed),
        startingAt: start, span: serviceSpan, light: lightLoad ? theory : nil,
        expectedBatch: expectedBatch)
      cohort.count -= take
      if cohort.count > 1e-9 {
        visible[0] = cohort
        visibleTotal -= take
        break
      }
      popVisible()
    }
    if moved.poison + moved.other > 0
      && result.movedToDLQPoison + result.movedToDLQOther == moved.poison + moved.other
    {
      result.events.append(.init(time: t, message: "queue \(queue.name): first message moved to the DLQ"))
    }

    // 4. Requests.
    let backlogLeft = totalVisible()
    // Receives per message: one per expected batch (full batches while a
    // backlog lasts; see `expectedBatch` for light load).
    let receivesPerMessage = 1 / expectedBatch
    let batchSize = expectedBatch
    let receives = processedTotal > 0 ? (processedTotal * receivesPerMessage).rounded(.up) : 0
    let busy = processedTotal * meanService
    let idle = Swift.max(0, Double(active) * duration - busy)
    var empty = 0.0
    if active > 0 {
      if configuration.receiveWaitTime > 0 {
        let wait = Double(configuration.receiveWaitTime)
        let idleConsumers = Swift.max(1e-9, idle / duration)
        empty = idle / wait * StableMath.exp(-(sendCalls / duration) * wait / idleConsumers)
      } else {
        empty = idle / queue.consumers.pollIntervalSeconds
      }
    }
    result.requests.receiveCalls += receives + empty
    result.requests.receive += receives * receiveChunks(batchSize) + empty
    result.requests.emptyReceives += empty
    result.requests.delete += receives

    // 5. Metrics at the end of the minute.
    // The M/M/c correction is a steady state; within a one-minute step it
    // cannot exceed a minute's arrivals (near saturation the fluid backlog
    // carries the queue instead).
    var lq = lightLoad ? Swift.min(theory?.meanQueueLength ?? 0, arrivalRate * duration) : 0
    if lightLoad && configuration.receiveWaitTime == 0, let theory {
      // Short polling: messages also wait for the next poll, which the idle
      // consumers make every pollInterval / idle seconds between them.
      let idle = Swift.max(1, Double(active) * (1 - theory.utilization))
      lq += arrivalRate * queue.consumers.pollIntervalSeconds / idle / 2
    }
    // The count CloudWatch samples at an instant is random around that mean:
    // drawn as Poisson, so its percentiles over the minutes are comparable
    // with the message model's samples.
    let sampledQueue = lq > 0 ? Double(Poisson.sample(mean: lq, using: &fates)) : 0
    let visibleNow = backlogLeft + sampledQueue
    let waitingReturn = returning.reduce { $0 + $1.cohort.count }
    let inFlight =
      waitingReturn + Double(active)
      * Swift.min(batchSize, Swift.max(0, processedTotal / Swift.max(1, Double(active))))
      * (busy > 0 ? Swift.min(1, busy / (Double(active) * duration)) : 0)
    // The oldest message received fewer than three times (S2f), wherever it
    // is: failed cohorts go to the back of the line, so scan all of them.
    // With a deep backlog, the front (oldest fresh cohorts) and the back
    // (recently returned failures) hold the candidates; the middle is newer
    // than the front and is skipped to keep a step O(1).
    var earliest = Double.infinity
    let scanned =
      visible.count <= 512
      ? Array(0..<visible.count) : Array(0..<256) + Array((visible.count - 256)..<visible.count)
    for offset in scanned where visible[offset].received < SQSLimits.ageExclusionReceiveCount {
      earliest = Swift.min(earliest, visible[offset].enqueued)
    }
    for offset in 0..<returning.count {
      // A cohort due back before the sample would, message by message, have
      // been received again by then: count that receive.
      let entry = returning[offset]
      let received = entry.cohort.received + (entry.at <= end ? 1 : 0)
      if received < SQSLimits.ageExclusionReceiveCount {
        earliest = Swift.min(earliest, entry.cohort.enqueued)
      }
    }
    var oldest = earliest.isFinite ? end - earliest : 0
    if lightLoad, let theory {
      oldest = Swift.max(oldest, Swift.min(theory.meanWait, duration) + batchSize * meanService)
    }
    result.visible.record(visibleNow)
    result.meanVisible += visibleNow * duration / horizon
    result.maxInFlight = Swift.max(result.maxInFlight, inFlight)
    result.ageOfOldest.record(oldest)
    result.dlqDepthMax = Swift.max(result.dlqDepthMax, dlqCount)
    series.record(.visible, visibleNow, at: t)
    series.record(.inFlight, inFlight, at: t)
    series.record(.delayed, delayed.reduce { $0 + $1.cohort.count }, at: t)
    series.record(.dlq, dlqCount, at: t)
    series.record(.sent, arrived, at: t)
    series.record(.received, processedTotal, at: t)
    // This minute's deletes, like the message model's and CloudWatch's
    // NumberOfMessagesDeleted (not the running total).
    series.record(.deleted, result.deleted - deletedBefore, at: t)
    series.record(.emptyReceives, empty, at: t)
    series.record(.consumers, Double(active), at: t)
    series.record(.ageOfOldest, oldest, at: t)
    scale(visible: visibleNow, at: end)
    _checkInvariants(now: end)
  }

  /// A cohort is received: fates drawn, successes deleted, the rest back
  /// after the visibility timeout.
  mutating func receive(
    _ cohort: Cohort, startingAt start: Double, span: Double, light theory: ErlangC?, expectedBatch: Double
  ) {
    var next = cohort
    next.received += 1
    if cohort.received == 0 {
      let wait = theory.map { Swift.min($0.meanWait, 60) } ?? Swift.max(0, start + span / 2 - cohort.enqueued)
      result.firstReceiveWaitTotal += wait * cohort.count
      result.firstReceives += cohort.count
    }
    if cohort.processed { result.duplicates += cohort.count }
    let failures: Double
    if cohort.poison {
      failures = cohort.count
    } else {
      // Drawn on the whole messages of a fluid cohort, so never more than
      // the cohort holds (2.6 messages may not fail 3 times).
      failures =
        queue.consumers.failureProbability > 0
        ? Swift.min(
          cohort.count, Double(binomial(Int(cohort.count.rounded()), queue.consumers.failureProbability))) : 0
    }
    let successes = Swift.max(0, cohort.count - failures)
    let size = Swift.min(lateShares.count, Swift.max(1, Int(expectedBatch.rounded())))
    let late = Swift.min(successes, (successes * lateShares[size - 1]).rounded())
    let onTime = successes - late
    result.processed += successes
    result.deleted += onTime
    // A fresh cohort taken without a backlog waits the Erlang C wait; any
    // other is taken at the fluid front, and a retried one counts from its
    // original enqueue time.
    let waited: Double
    if let theory, cohort.received == 0 {
      waited = Swift.min(theory.meanWait, 60)
    } else {
      waited = Swift.max(0, start + span / 2 - cohort.enqueued)
    }
    // Processing: the message's own, plus on average half of the others in
    // its batch before it (batches are processed message by message).
    let latency = waited + meanService * (1 + (expectedBatch - 1) / 2)
    if successes >= 1 { result.endToEnd.record(latency, weight: UInt64(successes.rounded())) }
    // Failures come back as they were; late successes come back marked
    // processed, so that their next delivery counts as a duplicate.
    next.available = start + visibility
    if failures > 0 {
      var failed = next
      failed.count = failures
      returning.append((failed, next.available))
    }
    if late > 0 {
      var duplicated = next
      duplicated.count = late
      duplicated.processed = true
      returning.append((duplicated, next.available))
    }
  }

  func receiveChunks(_ batch: Double) -> Double {
    let size = queue.producers.first?.messageSize.mean ?? 0
    return Swift.max(1, (batch * size / SQSLimits.billingChunkBytes).rounded(.up))
  }

  mutating func moveToDLQ(_ cohort: Cohort, at time: Double) {
    if cohort.poison {
      result.movedToDLQPoison += cohort.count
    } else {
      result.movedToDLQOther += cohort.count
    }
    let start = queue.fifo ? time : cohort.enqueued
    dlqExpiry.add(cohort.count, expiringAt: start + Double(SQSLimits.deadLetterRetention))
    dlqCount += cohort.count
    result.dlqDepthMax = Swift.max(result.dlqDepthMax, dlqCount)
  }

  mutating func expire(at now: Double) {
    // Visible cohorts are in visibility order, mostly enqueue order; the
    // front is checked, which is exact while the queue is in enqueue order.
    while let cohort = visible.first, cohort.enqueued + retention <= now {
      popVisible()
      if result.expired == 0 {
        result.events.append(
          .init(
            time: now,
            message:
              "queue \(queue.name): messages expire unprocessed (retention \(Quantities.describe(seconds: retention)))"
          ))
      }
      result.expired += cohort.count
    }
    let gone = dlqExpiry.removeExpired(until: now)
    dlqCount -= gone
    result.expiredFromDLQ += gone
  }

  mutating func scale(visible: Double, at now: Double) {
    if let pending = pendingScale, pending.at <= now {
      consumers = pending.target
      pendingScale = nil
      result.consumersMin = Swift.min(result.consumersMin, consumers)
      result.consumersMax = Swift.max(result.consumersMax, consumers)
    }
    guard let scaling = queue.consumers.scaling, stoppedBy == 0 else { return }
    let desired = Swift.min(
      scaling.maximum,
      Swift.max(scaling.minimum, Int((visible / scaling.targetBacklogPerConsumer).rounded(.up))))
    if desired != consumers && pendingScale?.target != desired {
      pendingScale = (desired, now + scaling.reactionDelay)
    }
  }

  func totalVisible() -> Double { visibleTotal }

  mutating func pushVisible(_ cohort: Cohort) {
    visible.append(cohort)
    visibleTotal += cohort.count
  }

  mutating func popVisible() {
    if let cohort = visible.popFirst() { visibleTotal -= cohort.count }
    if visible.isEmpty { visibleTotal = 0 }
  }

  mutating func binomial(_ n: Int, _ p: Double) -> Int {
    guard n > 0, p > 0 else { return 0 }
    if p >= 1 { return n }
    let mean = Double(n) * p
    if n <= 64 {
      var count = 0
      for _ in 0..<n where fates.nextUnit() < p { count += 1 }
      return count
    }
    // Normal approximation with continuity, clamped: n·p·(1 − p) is large
    // wherever it is used; small means fall back to Poisson.
    if mean < 20 { return Swift.min(n, Poisson.sample(mean: mean, using: &fates)) }
    let sd = (mean * (1 - p)).squareRoot()
    let draw = Distribution.normal(mean: mean, standardDeviation: sd).sample(using: &fates).rounded()
    return Int(Swift.min(Double(n), Swift.max(0, draw)))
  }

}

extension RingBuffer {
  /// Folds the elements from the oldest.
  func reduce(_ combine: (Double, Element) -> Double) -> Double {
    var total = 0.0
    for offset in 0..<count { total = combine(total, self[offset]) }
    return total
  }
}
