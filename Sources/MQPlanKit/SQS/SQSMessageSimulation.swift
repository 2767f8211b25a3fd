import SimKit

// Implementation priorities, in order: correctness (SQS's documented
// semantics), determinism, speed.

/// One SQS queue simulated message by message (reference/sqs-eventbridge.md,
/// "Semantics to simulate").
///
/// - **Send.** Producers call SendMessage(Batch) as a Poisson process
///   (thinned for the time profile); a message above max_message_size is
///   refused; with delay_seconds it stays delayed that long.
/// - **Receive.** Consumers loop: receive up to MaxNumberOfMessages, process
///   the batch message by message, delete the successes with one
///   DeleteMessageBatch, receive again. With receive_wait_time > 0 a receive
///   waits until a message is visible or the wait ends (an empty receive);
///   with 0 it returns at once and the consumer polls again after its poll
///   interval. Waiting consumers are served first come, first served.
/// - **Visibility.** A received message is in flight for
///   visibility_timeout; if its processing fails, or outlasts the timeout,
///   it becomes visible again then (a late success is delivered twice: a
///   duplicate).
/// - **Redrive.** A message about to be received for the
///   (max_receive_count + 1)-th time goes to the DLQ instead (SQS documents
///   "exceeds"; the exact moment of the move is undocumented: mqplan moves
///   it on that receive attempt). A standard DLQ keeps the enqueue time; the
///   seed's DLQs keep messages 14 days.
/// - **Retention.** A message older than retention_seconds is deleted
///   wherever it is: it is lost, and counted.
/// - **Metrics** each minute as CloudWatch has them: visible, in flight,
///   delayed, and the age of the oldest message, leaving out messages
///   received three times or more (S2f).
/// - **Limits.** 120,000 messages in flight; FIFO queues take 300 calls per
///   second per action (normal throughput mode: the seed sets no
///   high-throughput attributes) and block a message group while one of its
///   messages is in flight.
///
/// Not modelled, for want of figures: the short-poll sampling that can
/// return fewer messages than are visible when fewer than 1,000 are, API
/// latency, and duplicate deliveries of standard queues' at-least-once
/// semantics beyond those caused by visibility timeouts.
struct SQSMessageSimulation {
  enum Event {
    case send(Int)
    case pollEnd(Int)
    /// The earliest long-poll wait or short-poll sleep may have ended.
    case pollCheck
    case batchDone(Int)
    case wake
    case sample
    case scale(Int)
    case incident(Int, Bool)
  }

  enum ConsumerState {
    case stopped, waiting, sleeping, processing
  }

  struct Consumer {
    var state: ConsumerState = .stopped
    /// Calendar event for a throttled retry (FIFO), if any.
    var timeout: EventID?
    /// Bumped whenever the consumer leaves a wait or sleep early, so that
    /// its entry in the waiting line goes stale.
    var epoch: UInt32 = 0
    var batchCount = 0
    var retiring = false
  }

  struct BatchItem {
    var slot: Int
    var handle: SQSMessageStore.Handle
    var receive: UInt16
    var finish: Double
    var success: Bool
  }

  struct ProducerStream {
    let producer: SQSProducer
    var arrivals: Xoshiro256StarStar
    var sizes: Xoshiro256StarStar
    let peakCallRate: Double
    var groupCursor: Int32
    let groupBase: Int32
    /// Set when the rate never changes (no profile, no bursts): no thinning.
    let constantRate: Double?
    /// Set when every message has the same size: no draw.
    let constantSize: Int?
  }

  // Inputs.
  let queue: SQSQueueWorkload
  let configuration: SQSQueueConfiguration
  let horizon: Double
  let incidents: [Incident]
  let fifo: Bool
  let wait: Double
  let visibility: Double
  let retention: Double
  let delay: Double
  let batchLimit: Int

  // State.
  var store = SQSMessageStore()
  var producers: [ProducerStream] = []
  var consumers: [Consumer] = []
  /// Every consumer's current batch, consumer i at [i·batchLimit, (i + 1)·batchLimit).
  var batchItems: [BatchItem] = []
  /// Long-polling consumers, first come first served, with the time their
  /// wait ends. Every wait lasts receive_wait_time, so the ends are in line
  /// order: one pending check at the front replaces a timeout per wait.
  var waiters = RingBuffer<(consumer: Int, epoch: UInt32, until: Double)>()
  /// Short-polling consumers sleeping before their next receive, likewise in
  /// order of waking.
  var sleepers = RingBuffer<(consumer: Int, epoch: UInt32, until: Double)>()
  var pollCheckEvent: EventID?
  var pollCheckTime = Double.infinity
  var processing: Xoshiro256StarStar
  var outcomes: Xoshiro256StarStar
  var poisonDraws: Xoshiro256StarStar
  var visibleQueue = RingBuffer<SQSMessageStore.Handle>(capacity: 1_024)
  var delayed = RingBuffer<(handle: SQSMessageStore.Handle, at: Double)>()
  var returning = RingBuffer<(handle: SQSMessageStore.Handle, receive: UInt16, at: Double)>()
  var byEnqueue = RingBuffer<SQSMessageStore.Handle>(capacity: 1_024)
  var ageOrder = RingBuffer<SQSMessageStore.Handle>(capacity: 1_024)
  /// FIFO: per group, its visible messages in order; groups free to serve.
  var groupQueues: [Int32: RingBuffer<SQSMessageStore.Handle>] = [:]
  var groupInFlight: [Int32: Int] = [:]
  var readyGroups = RingBuffer<Int32>()
  var groupReady: Set<Int32> = []
  let dlqExpiry = ExpiryQueue()
  var visibleCount = 0
  var inFlightCount = 0
  var delayedCount = 0
  var dlqCount = 0
  var wakeEvent: EventID?
  var stoppedBy = 0
  var poisonExtra = 0.0
  var burst = 1.0
  var targetConsumers: Int
  var pendingScale: Int?
  var fifoWindow = (second: -1.0, sends: 0.0, receives: 0.0)
  /// ∫ visibleCount dt up to `visibleChangedAt` (the time-average of the
  /// visible count, kept inline: it changes twice per message).
  var visibleIntegral = 0.0
  var visibleChangedAt = 0.0
  var minute = (sent: 0.0, received: 0.0, deleted: 0.0, empty: 0.0)
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
    fifo = queue.fifo
    wait = Double(configuration.receiveWaitTime)
    visibility = Double(configuration.visibilityTimeout)
    retention = Double(configuration.retentionSeconds)
    delay = Double(configuration.delaySeconds)
    batchLimit = queue.consumers.receiveBatchSize
    processing = source.stream("processing")
    outcomes = source.stream("outcomes")
    poisonDraws = source.stream("poison")
    targetConsumers = queue.consumers.count
    result = SQSQueueResult(name: queue.name, fidelity: .message, fifo: queue.fifo, horizon: horizon)
    series = SQSMinuteSeries(horizon: horizon)
    var groupBase: Int32 = 0
    let maxBurst = incidents.reduce(1.0) { peak, incident in
      if case .queueTrafficBurst(let name, let multiplier) = incident.kind, name == nil || name == queue.name
      {
        return peak * Swift.max(1, multiplier)
      }
      return peak
    }
    for producer in queue.producers {
      let streams = source.child("producer").child(producer.name)
      let peak = producer.profile.peakRate(base: producer.messagesPerSecond ?? 0, horizon: horizon) * maxBurst
      producers.append(
        ProducerStream(
          producer: producer, arrivals: streams.stream("arrivals"), sizes: streams.stream("sizes"),
          peakCallRate: peak / Double(producer.batchSize), groupCursor: 0, groupBase: groupBase,
          constantRate: producer.profile == TimeProfile() && maxBurst == 1 ? producer.messagesPerSecond : nil,
          constantSize: {
            if case .constant(let size) = producer.messageSize {
              return Swift.max(1, Int(size.rounded()))
            } else {
              return nil
            }
          }()))
      groupBase += Int32(producer.messageGroups)
    }
  }

  mutating func run() -> SQSQueueResult {
    let sim = Simulation<Event>()
    for (index, stream) in producers.enumerated() where stream.peakCallRate > 0 {
      sim.schedule(
        .send(index),
        after: Distribution.exponential(mean: 1 / stream.peakCallRate).sample(
          using: &producers[index].arrivals))
    }
    for (index, incident) in incidents.enumerated() {
      sim.schedule(.incident(index, true), at: incident.start, priority: .urgent)
      sim.schedule(.incident(index, false), at: Swift.min(incident.end, horizon), priority: .urgent)
    }
    sim.schedule(.sample, at: 60, priority: .urgent)
    setConsumers(queue.consumers.count, sim: sim)
    result.consumersMin = queue.consumers.count
    result.consumersMax = queue.consumers.count
    sim.run(until: horizon) { event in
      switch event.payload {
      case .send(let index): send(index, sim: sim)
      case .pollEnd(let index): pollEnd(index, sim: sim)
      case .pollCheck: pollCheck(sim: sim)
      case .batchDone(let index): batchDone(index, sim: sim)
      case .wake:
        wakeEvent = nil
        release(at: sim.now)
        serveWaiters(sim: sim)
        scheduleWake(sim: sim)
      case .sample: sample(sim: sim)
      case .scale(let target): applyScale(target, sim: sim)
      case .incident(let index, let starting): incident(index, starting: starting, sim: sim)
      }
    }
    return finish(at: horizon)
  }

  // MARK: Sending

  mutating func send(_ index: Int, sim: Simulation<Event>) {
    let now = sim.now
    let peakCallRate = producers[index].peakCallRate
    let batchSize = producers[index].producer.batchSize
    sim.schedule(
      .send(index),
      after: Distribution.exponential(mean: 1 / peakCallRate).sample(using: &producers[index].arrivals))
    // Thinning: accept the call with probability rate(t)/peak.
    if producers[index].constantRate == nil {
      let rate =
        producers[index].producer.profile.rate(
          base: producers[index].producer.messagesPerSecond ?? 0, at: now) * burst
      let u = producers[index].arrivals.nextUnit()
      guard u * peakCallRate * Double(batchSize) < rate else { return }
    }
    if fifo && !fifoAllow(send: true, at: now) {
      result.throttledSendCalls += 1
      return
    }
    var payload = 0.0
    for _ in 0..<batchSize {
      let bytes: Int
      if let size = producers[index].constantSize {
        bytes = size
      } else {
        bytes = Swift.max(
          1, Int(producers[index].producer.messageSize.sample(using: &producers[index].sizes).rounded()))
      }
      if bytes > configuration.maxMessageSize {
        result.rejectedTooLarge += 1
        continue
      }
      payload += Double(bytes)
      let isPoison =
        queue.consumers.poisonShare + poisonExtra > 0
        && poisonDraws.nextUnit() < queue.consumers.poisonShare + poisonExtra
      var group: Int32 = 0
      if fifo {
        group = producers[index].groupBase + producers[index].groupCursor
        producers[index].groupCursor =
          (producers[index].groupCursor + 1) % Int32(producers[index].producer.messageGroups)
      }
      let slot = store.add(
        enqueued: now, size: bytes, poison: isPoison, group: group, location: delay > 0 ? .delayed : .visible)
      let handle = store.handle(slot)
      byEnqueue.append(handle)
      ageOrder.append(handle)
      result.sent += 1
      minute.sent += 1
      if delay > 0 {
        delayed.append((handle, now + delay))
        delayedCount += 1
      } else {
        makeVisible(slot, handle: handle, at: now)
      }
    }
    result.requests.sendCalls += 1
    result.requests.send += Swift.max(1, (payload / SQSLimits.billingChunkBytes).rounded(.up))
    if delay > 0 { scheduleWake(sim: sim) } else { serveWaiters(sim: sim) }
  }

  /// FIFO normal mode: 300 calls per second per action (S4, S7).
  mutating func fifoAllow(send: Bool, at now: Double) -> Bool {
    let second = now.rounded(.down)
    if second != fifoWindow.second { fifoWindow = (second, 0, 0) }
    if send {
      guard fifoWindow.sends < SQSLimits.fifoCallsPerSecond else { return false }
      fifoWindow.sends += 1
    } else {
      guard fifoWindow.receives < SQSLimits.fifoCallsPerSecond else { return false }
      fifoWindow.receives += 1
    }
    return true
  }

  mutating func makeVisible(_ slot: Int, handle: SQSMessageStore.Handle, at now: Double) {
    store.records[slot].location = .visible
    changeVisible(by: 1, at: now)
    if fifo {
      let group = store.records[slot].group
      groupQueues[group, default: RingBuffer<SQSMessageStore.Handle>()].append(handle)
      if groupInFlight[group, default: 0] == 0 && !groupReady.contains(group) {
        groupReady.insert(group)
        readyGroups.append(group)
      }
    } else {
      visibleQueue.append(handle)
    }
  }

  @inline(__always)
  mutating func changeVisible(by delta: Int, at now: Double) {
    visibleIntegral += Double(visibleCount) * (now - visibleChangedAt)
    visibleChangedAt = now
    visibleCount += delta
  }

  /// Moves delayed and returning messages whose time has come to visible.
  mutating func release(at now: Double) {
    while let entry = delayed.first, entry.at <= now {
      _ = delayed.popFirst()
      guard let slot = store.live(entry.handle) else { continue }
      delayedCount -= 1
      makeVisible(slot, handle: entry.handle, at: now)
    }
    while let entry = returning.first, entry.at <= now {
      _ = returning.popFirst()
      // Still the in-flight instance this entry was made for?
      guard let slot = store.live(entry.handle), store.records[slot].location == .inFlight,
        store.records[slot].receiveCount == entry.receive
      else { continue }
      inFlightCount -= 1
      store.records[slot].location = .visible
      if fifo {
        // Back in its group's line (at the end: SQS keeps FIFO order for
        // the next receive, which this approximates), then the group may be
        // served again.
        makeVisible(slot, handle: entry.handle, at: now)
        releaseGroup(store.records[slot].group)
      } else {
        makeVisible(slot, handle: entry.handle, at: now)
      }
    }
  }

  /// Keeps one wake-up pending at the next time a delayed or returning
  /// message becomes visible, so that it becomes visible exactly then (for
  /// the metrics) and a waiting consumer gets it at once.
  mutating func scheduleWake(sim: Simulation<Event>) {
    var next = Double.infinity
    if let first = delayed.first { next = first.at }
    if let first = returning.first { next = Swift.min(next, first.at) }
    guard next.isFinite, next < horizon else { return }
    if let event = wakeEvent {
      if sim.isPending(event) { return }
    }
    wakeEvent = sim.schedule(.wake, at: Swift.max(sim.now, next))
  }
}
