import SimKit

/// The mutable state of one MSK run. A struct, mutated in place by the
/// event loop: a class here paid a dynamic exclusivity check on every
/// property access (a fifth of the run time under callgrind).
struct MSKRunState {
  enum Event {
    case step
    case retentionCheck
    case incidentStart(Int)
    case incidentEnd(Int)
  }

  struct ProducerStream {
    let topic: Int
    let producer: KafkaProducer
    var counts: Xoshiro256StarStar
    var sizes: Xoshiro256StarStar
    let sizeMean: Double
    /// Standard deviation of one message's size; 0 when infinite or constant.
    let sizeSD: Double
  }

  struct GroupState {
    let group: ConsumerGroup
    let topics: [Int]
    let activeConsumers: Int
    var lag: [Quantity]
    var consumed: [Double]
    /// Index into the produced-cumulative series where the last time-lag
    /// search ended, per topic (searches only move forward).
    var cursor: [Int]
    var stoppedBy: Int = 0
    var outageStart: Double?
    var catchUps: [Double?] = []
    var lagSeconds: Double = 0
    var excluded = false
  }

  // Inputs.
  let workload: Workload
  let kafka: KafkaWorkload
  let configuration: MSKConfiguration
  let scenario: Scenario?
  let type: MSKBrokerType
  let serverless: Bool
  let horizon: Double
  let brokerCount: Int
  let layout: ClusterLayout
  let replicaCounts: [[Double]]
  let partitions: [Int]
  let replicationFactors: [Int]
  let compression: [Double]
  let volumeBytes: Double
  let pageCacheBytes: Double

  // State.
  var producers: [ProducerStream] = []
  var groups: [GroupState] = []
  var logs: [PartitionLog] = []
  var backlog: [Quantity]
  /// Cumulative accepted messages per topic at each step end (index 0 = t 0).
  var producedCumulative: [[Double]]
  var deficit: [Double]
  var incidentDown: [Int]
  var halted: [Bool]
  var inSync: [Bool]
  var burstMultiplier: [Double]
  var credits: [Double]
  var regimeCache: [[Bool]: ClusterLayout.Regime] = [:]
  /// The regime for the current health state; recomputed only when a
  /// broker goes down, comes back or rejoins the in-sync set.
  var currentRegime: ClusterLayout.Regime?
  /// `up` as of `currentRegime`: computed with it, so that a step does not
  /// build the array again.
  var currentUp: [Bool] = []
  var events: [MSKRunResult.Event] = []
  var catchUpStart: [Double?]

  // Metrics.
  var metrics: MSKRunMetrics
  var scratch: MSKStepScratch

  init(
    workload: Workload, kafka: KafkaWorkload, configuration: MSKConfiguration, scenario: Scenario?,
    source: RandomSource
  ) {
    self.workload = workload
    self.kafka = kafka
    self.configuration = configuration
    self.scenario = scenario
    self.type = configuration.brokerType ?? MSKBrokerType.all[1]
    let serverless = configuration.useServerless
    self.serverless = serverless
    self.horizon = workload.horizon
    let brokerCount = serverless ? 1 : configuration.brokerCount
    self.brokerCount = brokerCount
    let properties = kafka.properties
    partitions = kafka.topics.map { $0.partitions ?? properties.numPartitions }
    replicationFactors = kafka.topics.map {
      serverless ? 1 : ($0.replicationFactor ?? properties.defaultReplicationFactor)
    }
    compression = kafka.topics.map(\.compressionRatio)
    layout = ClusterLayout(
      brokerCount: brokerCount, zones: serverless ? 1 : kafka.availabilityZones,
      minInsyncReplicas: serverless ? 1 : properties.minInsyncReplicas,
      topics: zip(partitions, replicationFactors).map { ($0, $1) })
    replicaCounts = layout.replicaCounts
    volumeBytes = Double(configuration.brokerVolumeSize) * 1_073_741_824
    pageCacheBytes = type.memoryGiB * 1_073_741_824 * 0.5
    backlog = Array(repeating: .zero, count: kafka.topics.count)
    producedCumulative = Array(repeating: [0], count: kafka.topics.count)
    deficit = Array(repeating: 0, count: brokerCount)
    incidentDown = Array(repeating: 0, count: brokerCount)
    halted = Array(repeating: false, count: brokerCount)
    inSync = Array(repeating: true, count: brokerCount)
    burstMultiplier = Array(repeating: 1, count: kafka.topics.count)
    credits = Array(repeating: 576, count: brokerCount)
    catchUpStart = Array(repeating: nil, count: brokerCount)
    metrics = MSKRunMetrics(
      brokers: brokerCount, groups: kafka.consumerGroups.count, topics: kafka.topics.count,
      groupTopics: kafka.consumerGroups.map { group in
        group.topics.filter { name in kafka.topics.contains { $0.name == name } }.count
      })
    metrics.reserve(through: workload.horizon)
    scratch = MSKStepScratch(
      topics: kafka.topics.count, groupTopics: kafka.consumerGroups.map(\.topics.count), brokers: brokerCount)

    for (index, topic) in kafka.topics.enumerated() {
      let retentionMs = (topic.retentionHours ?? properties.retentionHours) * 3_600_000
      logs.append(
        PartitionLog(
          segmentBytes: topic.segmentBytes ?? properties.segmentBytes,
          segmentMs: topic.segmentMs ?? properties.segmentMs,
          retentionMs: retentionMs.isFinite ? retentionMs : .greatestFiniteMagnitude,
          retentionBytes: topic.retentionBytes, start: 0))
      for producer in topic.producers {
        let streams = source.child("kafka").child(topic.name).child(producer.name)
        let variance = producer.messageSize.variance ?? 0
        producers.append(
          ProducerStream(
            topic: index, producer: producer, counts: streams.stream("count"), sizes: streams.stream("size"),
            sizeMean: producer.messageSize.mean ?? 0, sizeSD: variance.isFinite ? variance.squareRoot() : 0))
      }
    }
    for group in kafka.consumerGroups {
      let topics = group.topics.compactMap { name in kafka.topics.firstIndex { $0.name == name } }
      let partitionTotal = topics.reduce(0) { $0 + partitions[$1] }
      groups.append(
        GroupState(
          group: group, topics: topics, activeConsumers: Swift.min(group.consumers, partitionTotal),
          lag: Array(repeating: .zero, count: topics.count),
          consumed: Array(repeating: 0, count: topics.count),
          cursor: Array(repeating: 0, count: topics.count)))
    }
  }

  var up: [Bool] { (0..<brokerCount).map { incidentDown[$0] == 0 && !halted[$0] } }

  mutating func run() -> MSKRunResult {
    let sim = Simulation<Event>()
    sim.schedule(.step, at: 0)
    let check = kafka.properties.retentionCheckIntervalMs / 1_000
    sim.schedule(.retentionCheck, at: check, priority: .urgent)
    for (index, incident) in (scenario?.incidents ?? []).enumerated() {
      sim.schedule(.incidentStart(index), at: incident.start, priority: .urgent)
      sim.schedule(.incidentEnd(index), at: Swift.min(incident.end, horizon), priority: .urgent)
    }
    sim.run(until: horizon) { event in
      switch event.payload {
      case .step:
        let duration = Swift.min(MSKSimulation.step, horizon - sim.now)
        if duration > 0 {
          advance(from: sim.now, duration: duration)
          sim.schedule(.step, after: duration)
        }
      case .retentionCheck:
        for index in logs.indices { logs[index].enforceRetention(at: sim.now) }
        sim.schedule(.retentionCheck, after: check, priority: .urgent)
      case .incidentStart(let index):
        apply(index, starting: true, at: sim.now)
      case .incidentEnd(let index):
        apply(index, starting: false, at: sim.now)
      }
    }
    return finish()
  }

  mutating func apply(_ index: Int, starting: Bool, at time: Double) {
    currentRegime = nil
    guard let incident = scenario?.incidents[index] else { return }
    let delta = starting ? 1 : -1
    let verb = starting ? "starts" : "ends"
    switch incident.kind {
    case .brokerDown(let broker):
      incidentDown[broker] += delta
      if starting { inSync[broker] = false }
      events.append(.init(time: time, message: "broker \(broker) down: incident \(verb)"))
    case .availabilityZoneDown(let zone):
      for broker in 0..<brokerCount where layout.zone(of: broker) == zone {
        incidentDown[broker] += delta
        if starting { inSync[broker] = false }
      }
      events.append(.init(time: time, message: "availability zone \(zone) down: incident \(verb)"))
    case .consumerStopped(let name):
      for index in groups.indices where groups[index].group.name == name {
        groups[index].stoppedBy += delta
        if starting {
          groups[index].outageStart = groups[index].outageStart ?? time
          groups[index].excluded = true
        }
      }
      events.append(.init(time: time, message: "consumer group \(name) stopped: incident \(verb)"))
    case .trafficBurst(let topic, let multiplier):
      for (index, candidate) in kafka.topics.enumerated() where topic == nil || candidate.name == topic {
        burstMultiplier[index] *= starting ? multiplier : 1 / multiplier
      }
      events.append(
        .init(time: time, message: "traffic ×\(multiplier) on \(topic ?? "all topics"): incident \(verb)"))
    case .queueConsumersStopped, .queueTrafficBurst, .poisonBurst, .eventReplay, .eventTargetDown:
      return  // SQS and EventBridge incidents do not touch the Kafka cluster
    }
    if !starting {
      for broker in 0..<brokerCount where incidentDown[broker] == 0 && !halted[broker] && !inSync[broker] {
        catchUpStart[broker] = catchUpStart[broker] ?? time
      }
    }
  }

  mutating func regime() -> ClusterLayout.Regime {
    if let currentRegime { return currentRegime }
    let upNow = up
    currentUp = upNow
    let key = upNow + inSync
    let computed =
      regimeCache[key]
      ?? layout.regime(
        up: upNow, inSync: zip(upNow, inSync).map { $0 && $1 }, rackAwareConsumers: kafka.rackAwareConsumers)
    regimeCache[key] = computed
    currentRegime = computed
    return computed
  }
}
