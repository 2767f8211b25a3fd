import SimKit

/// Per-step working arrays, kept between steps so that a step allocates
/// nothing.
struct MSKStepScratch {
  var newOffered: [Quantity]
  var pushing: [Quantity]
  var perPartition: [Double]
  var messageSize: [Double]
  /// Bytes/s each group wants from each of its topics.
  var wants: [[Double]]
  var diskShare: [Double]
  var loads: MSKRunState.Loads

  /// Empty arrays: a stand-in while the real scratch is moved out.
  static let placeholder = MSKStepScratch(topics: 0, groupTopics: [], brokers: 0)

  init(topics: Int, groupTopics: [Int], brokers: Int) {
    newOffered = Array(repeating: .zero, count: topics)
    pushing = newOffered
    perPartition = Array(repeating: 0, count: topics)
    messageSize = Array(repeating: 1, count: topics)
    wants = groupTopics.map { Array(repeating: 0, count: $0) }
    diskShare = Array(repeating: 0, count: groupTopics.count)
    loads = MSKRunState.Loads(brokers: brokers)
  }
}

extension MSKRunState {
  /// Resources in the order the step computes them.
  struct Loads {
    var produceIn: [Double]
    var replicationIn: [Double]
    var replicationOut: [Double]
    var consumerOut: [Double]
    var diskRead: [Double]
    var messages: [Double]

    init(brokers: Int) {
      produceIn = Array(repeating: 0, count: brokers)
      replicationIn = produceIn
      replicationOut = produceIn
      consumerOut = produceIn
      diskRead = produceIn
      messages = produceIn
    }
  }

  /// One minute (or the last, shorter step) of traffic starting at `time`.
  mutating func advance(from time: Double, duration: Double) {
    let topicCount = kafka.topics.count
    let regime = self.regime()
    let upNow = currentUp

    // Move the scratch arrays out (not copy: a copy would make every write
    // below reallocate them) and back at the end.
    var scratch = MSKStepScratch.placeholder
    swap(&scratch, &self.scratch)
    defer { swap(&scratch, &self.scratch) }
    // 1. Producers offer traffic.
    for topic in 0..<topicCount { scratch.newOffered[topic] = .zero }
    for index in producers.indices {
      let topic = producers[index].topic
      let sizeMean = producers[index].sizeMean
      let sizeSD = producers[index].sizeSD
      let base = producers[index].producer.messagesPerSecond ?? 0
      let rate =
        producers[index].producer.profile.rate(base: base, at: time + duration / 2) * burstMultiplier[topic]
      let count = Double(Poisson.sample(mean: rate * duration, using: &producers[index].counts))
      var bytes = count * sizeMean
      if count > 0 && sizeSD > 0 {
        if count <= 64 {
          // Few messages: draw each size.
          bytes = 0
          let size = producers[index].producer.messageSize
          for _ in 0..<Int(count) {
            bytes += size.sample(using: &producers[index].sizes)
          }
        } else {
          // Many: their sum is normal by the central limit theorem; a
          // negative draw is impossible in practice (it needs a
          // −8σ deviation at 64 messages) but is clamped to one byte each.
          let noise = Distribution.normal(mean: 0, standardDeviation: sizeSD * count.squareRoot())
          bytes = Swift.max(count, bytes + noise.sample(using: &producers[index].sizes))
        }
      }
      scratch.newOffered[topic] += Quantity(count: count, bytes: bytes * compression[topic])
    }

    // 2. What producers push (new traffic plus their backlog), per
    //    writable partition; what consumers would read.
    for topic in 0..<topicCount {
      let offered = scratch.newOffered[topic]
      metrics.offered[topic] += offered
      metrics.offeredRatePeak[topic] = Swift.max(metrics.offeredRatePeak[topic], offered.bytes / duration)
      let pushing = backlog[topic] + offered
      scratch.pushing[topic] = pushing
      // Every partition gets 1/P of the traffic; only writable ones take it.
      scratch.perPartition[topic] =
        regime.writable[topic] > 0 ? pushing.bytes / duration / Double(partitions[topic]) : 0
      if pushing.count > 0 {
        scratch.messageSize[topic] = Swift.max(1, pushing.meanSize)
      } else if let size = kafka.topics[topic].producers.first?.messageSize.mean {
        scratch.messageSize[topic] = size * compression[topic]
      }
    }
    let pushing = scratch.pushing
    let perPartition = scratch.perPartition
    let messageSize = scratch.messageSize

    // Reads beyond what the page cache holds come from disk.
    var writeRate = 0.0
    for topic in 0..<topicCount {
      writeRate += perPartition[topic] * Double(regime.writable[topic]) * Double(replicationFactors[topic])
    }
    let cacheWindow = writeRate > 0 ? pageCacheBytes * Double(brokerCount) / writeRate : .infinity
    // Groups by index, not `for (g, state) in groups.enumerated()`: that
    // copies each group's state (its arrays retained and released) every
    // step.
    for g in groups.indices {
      for k in scratch.wants[g].indices { scratch.wants[g][k] = 0 }
      let topics = groups[g].topics
      if groups[g].stoppedBy == 0 {
        for (k, topic) in topics.enumerated() {
          scratch.wants[g][k] = (groups[g].lag[k].bytes + pushing[topic].bytes) / duration
        }
        // The group's processing capacity, shared over its topics by demand.
        let active = Double(groups[g].activeConsumers)
        let totalWant = scratch.wants[g].reduce(0, +)
        if totalWant > 0 {
          var capacityBytes: Double
          switch groups[g].group.capacityPerConsumer {
          case .megabytesPerSecond(let mb): capacityBytes = active * mb * 1e6
          case .messagesPerSecond(let messages):
            // Convert with the demand-weighted message size.
            var bytesPerMessage = 0.0
            for (k, topic) in topics.enumerated() {
              bytesPerMessage += scratch.wants[g][k] / totalWant * messageSize[topic]
            }
            capacityBytes = active * messages * bytesPerMessage
          }
          if totalWant > capacityBytes {
            for k in scratch.wants[g].indices { scratch.wants[g][k] *= capacityBytes / totalWant }
          }
        }
      }
      scratch.diskShare[g] = (!groups[g].group.readsFromTip || groups[g].lagSeconds > cacheWindow) ? 1 : 0
    }
    let wants = scratch.wants
    let diskShare = scratch.diskShare

    // 3. Loads per broker at full demand, and the scale that fits them.
    var loads = MSKRunState.Loads(brokers: 0)
    swap(&loads, &scratch.loads)
    defer { swap(&loads, &scratch.loads) }
    var clientIn = 0.0
    var clientOut = 0.0
    for topic in 0..<topicCount { clientIn += perPartition[topic] * Double(regime.writable[topic]) }
    for g in groups.indices {
      for (k, topic) in groups[g].topics.enumerated() where wants[g][k] > 0 && regime.readable[topic] > 0 {
        clientOut += wants[g][k]
      }
    }
    // Broker by broker, summing in registers and storing each load once:
    // adding into the arrays topic by topic paid a uniqueness check per
    // write (4 % of `mqplan plan`'s instructions). The sums run in the same order as
    // before (topics, then groups and their topics), so they are the same
    // to the bit.
    for broker in 0..<brokerCount {
      var produceIn = 0.0
      var replicationIn = 0.0
      var replicationOut = 0.0
      var messages = 0.0
      for topic in 0..<topicCount {
        let u = perPartition[topic]
        produceIn += regime.leaders[topic][broker] * u
        replicationIn += regime.followers[topic][broker] * u
        replicationOut += regime.replicationFanOut[topic][broker] * u
        messages += regime.leaders[topic][broker] * u / messageSize[topic]
      }
      var consumerOut = 0.0
      var diskRead = 0.0
      for g in groups.indices {
        for (k, topic) in groups[g].topics.enumerated() where wants[g][k] > 0 && regime.readable[topic] > 0 {
          let perRead = wants[g][k] / Double(regime.readable[topic])
          let read = regime.consumerShare[topic][broker] * perRead
          consumerOut += read
          diskRead += read * diskShare[g]
          messages += read / messageSize[topic]
        }
      }
      loads.produceIn[broker] = produceIn
      loads.replicationIn[broker] = replicationIn
      loads.replicationOut[broker] = replicationOut
      loads.consumerOut[broker] = consumerOut
      loads.diskRead[broker] = diskRead
      loads.messages[broker] = messages
    }

    // The limit that binds is recorded by the scale functions themselves.
    let scale: Double
    if serverless {
      (scale, _) = serverlessScale(
        clientIn: clientIn, clientOut: clientOut, perPartition: perPartition, wants: wants, regime: regime)
    } else {
      (scale, _) = provisionedScale(loads: loads, up: upNow, duration: duration, currentTime: time)
    }

    // 4. Accept, append, replicate.
    var throttled = false
    defer { if throttled { metrics.throttledMinutes += 1 } }
    for topic in 0..<topicCount {
      let bytes = perPartition[topic] * Double(regime.writable[topic]) * duration * scale
      // Accepted share of what producers pushed: bytes decide; messages
      // follow in proportion.
      let share =
        pushing[topic].bytes > 0 ? bytes / pushing[topic].bytes : (regime.writable[topic] > 0 ? scale : 0)
      let accepted = pushing[topic] * Swift.min(1, share)
      backlog[topic] = pushing[topic] - accepted
      if backlog[topic].count < 1e-9 { backlog[topic] = .zero }
      if backlog[topic].count >= 1 { throttled = true }
      metrics.accepted[topic] += accepted
      metrics.backlogPeak[topic] = Swift.max(metrics.backlogPeak[topic], backlog[topic].count)
      producedCumulative[topic].append(producedCumulative[topic].last! + accepted.count)
      let partitionBytes = perPartition[topic] * scale * duration
      logs[topic].append(partitionBytes, from: time, duration: duration)
      for broker in 0..<brokerCount { deficit[broker] += regime.missing[topic][broker] * partitionBytes }
      metrics.clientBytesIn += bytes
      if !serverless { metrics.crossZoneBytes += bytes * Double(layout.zones - 1) / Double(layout.zones) }
    }

    // 5. Consume.
    let end = time + duration
    for g in groups.indices {
      var lagMessages = 0.0
      var lagSeconds = 0.0
      for (k, topic) in groups[g].topics.enumerated() {
        let newlyAccepted = Quantity(
          count: producedCumulative[topic].last!
            - producedCumulative[topic][producedCumulative[topic].count - 2],
          bytes: perPartition[topic] * Double(regime.writable[topic]) * duration * scale)
        let available = groups[g].lag[k] + newlyAccepted
        let readBytes = Swift.min(wants[g][k] * scale * duration, available.bytes)
        let consumed = available.bytes > 0 ? available * (readBytes / available.bytes) : .zero
        groups[g].lag[k] = available - consumed
        if groups[g].lag[k].count < 1e-6 { groups[g].lag[k] = .zero }
        groups[g].consumed[k] += consumed.count
        metrics.clientBytesOut += consumed.bytes
        if !serverless && !kafka.rackAwareConsumers {
          metrics.crossZoneBytes += consumed.bytes * Double(layout.zones - 1) / Double(layout.zones)
        }
        let topicLag = groups[g].lag[k].count
        let topicSeconds = timeLag(group: g, slot: k, topic: topic, at: end)
        lagMessages += topicLag
        lagSeconds = Swift.max(lagSeconds, topicSeconds)
        // The fluid model spreads a topic's lag evenly over its readable
        // partitions, so MaxOffsetLag is the mean partition's lag.
        metrics.topicTimeLagSeries[g][k].record(topicSeconds, at: time)
        metrics.sumOffsetLagSeries[g][k].record(topicLag, at: time)
        metrics.maxOffsetLagSeries[g][k].record(
          topicLag / Double(Swift.max(1, regime.readable[topic])), at: time)
      }
      groups[g].lagSeconds = lagSeconds
      recordLag(group: g, messages: lagMessages, seconds: lagSeconds, at: end)
    }

    // 6. Returning brokers re-replicate; storage and disk.
    if !serverless {
      let volume = configuration.volumeThroughputBytesPerSecond
      let ebs = type.ebsBaselineMBps * 1e6
      let network = type.networkBaselineMBps * 1e6
      let spare = (0..<brokerCount).map { broker -> Double in
        let write = (loads.produceIn[broker] + loads.replicationIn[broker]) * scale
        let disk = write + loads.diskRead[broker] * scale
        return Swift.max(0, Swift.min(volume - disk, ebs - disk, network - write))
      }
      catchUp(spare: spare, up: upNow, duration: duration, at: end)
    }
    recordStorage(at: end, duration: duration)
    if !serverless {
      metrics.underReplicatedSeries.record(Double(regime.underReplicated), at: time)
      metrics.offlineSeries.record(
        Double(regime.readable.enumerated().reduce(0) { $0 + partitions[$1.offset] - $1.element }), at: time)
    }
    metrics.acceptedShareSeries.record(scale, at: time)
    metrics.ingressSeries.record(clientIn * scale, at: time)
    _checkInvariants(scale: scale, at: end)
  }

  /// The provisioned limits in the order `provisionedScale` checks them,
  /// with the unit and divisor each is shown in.
  static let provisionedLimits: [MSKRunResult.Limit] = [
    .volumeThroughput, .ebsBandwidth, .networkIn, .networkOut, .cpu,
  ]
  static let provisionedUnits = ["MiB/s", "MB/s", "MB/s", "MB/s", "share of vCPUs"]
  static let provisionedDivisors = [1_048_576.0, 1e6, 1e6, 1e6, 1]

  /// The largest scale ≤ 1 at which every provisioned broker's loads fit,
  /// and the limit that set it. Records each limit's use.
  private mutating func provisionedScale(loads: Loads, up: [Bool], duration: Double, currentTime: Double) -> (
    Double, MSKRunResult.Limit?
  ) {
    let volume = configuration.volumeThroughputBytesPerSecond
    let ebs = type.ebsBaselineMBps * 1e6
    let network = type.networkBaselineMBps * 1e6
    let cpu = kafka.cpuModel
    let vcpus = Double(type.vcpus)
    var scale = 1.0
    var binding: MSKRunResult.Limit?
    // Per limit: the largest load over capacity among brokers, with both
    // (SIMD values hold the five lanes on the stack: this runs every step,
    // and arrays would allocate).
    var worstLoad = SIMD8<Double>(repeating: 0)
    var worstCapacity = SIMD8<Double>(repeating: 1)
    var worstRatio = SIMD8<Double>(repeating: -1)
    let limits = Self.provisionedLimits
    for broker in 0..<brokerCount where up[broker] {
      let write = loads.produceIn[broker] + loads.replicationIn[broker]
      let disk = write + loads.diskRead[broker]
      let netIn = write
      let netOut = loads.replicationOut[broker] + loads.consumerOut[broker]
      let cpuWork =
        ((netIn + netOut) / cpu.networkBytesPerCoreSecond + loads.messages[broker] / cpu.messagesPerCoreSecond)
        / vcpus
      var cpuCapacity = 1.0
      if let baseline = type.cpuBaselineFraction, credits[broker] <= 0 { cpuCapacity = baseline }
      let brokerLoads = (disk, disk, netIn, netOut, cpuWork)
      let capacities = (volume, ebs, network, network, Swift.max(1e-9, cpuCapacity - cpu.idleFraction))
      for index in 0..<5 {
        let load: Double
        let capacity: Double
        switch index {
        case 0: (load, capacity) = (brokerLoads.0, capacities.0)
        case 1: (load, capacity) = (brokerLoads.1, capacities.1)
        case 2: (load, capacity) = (brokerLoads.2, capacities.2)
        case 3: (load, capacity) = (brokerLoads.3, capacities.3)
        default: (load, capacity) = (brokerLoads.4, capacities.4)
        }
        if load / capacity > worstRatio[index] {
          worstRatio[index] = load / capacity
          worstLoad[index] = load
          worstCapacity[index] = capacity
        }
        if load > 0 && capacity / load < scale {
          scale = capacity / load
          binding = limits[index]
        }
      }
    }
    for index in 0..<5 where worstRatio[index] >= 0 {
      let limit = limits[index]
      let isCPU = index == 4
      let capacityShown = isCPU ? 1 : worstCapacity[index] / Self.provisionedDivisors[index]
      let demandFraction =
        isCPU ? worstLoad[index] + cpu.idleFraction : worstLoad[index] / worstCapacity[index]
      let usedFraction =
        isCPU ? worstLoad[index] * scale + cpu.idleFraction : worstLoad[index] * scale / worstCapacity[index]
      metrics.record(
        limit, demand: demandFraction, used: Swift.min(1, usedFraction), capacity: capacityShown,
        unit: Self.provisionedUnits[index],
        capped: binding == limit && scale < 1)
    }
    // Client bytes and volume traffic on the busiest broker (MSK's
    // BytesInPerSec/BytesOutPerSec count clients only, not replication).
    var bytesIn = 0.0
    var bytesOut = 0.0
    var volumeWrite = 0.0
    var volumeRead = 0.0
    for broker in 0..<brokerCount where up[broker] {
      bytesIn = Swift.max(bytesIn, loads.produceIn[broker] * scale)
      bytesOut = Swift.max(bytesOut, loads.consumerOut[broker] * scale)
      let write = (loads.produceIn[broker] + loads.replicationIn[broker]) * scale * duration
      if write + loads.diskRead[broker] * scale * duration > volumeWrite + volumeRead {
        volumeWrite = write
        volumeRead = loads.diskRead[broker] * scale * duration
      }
    }
    metrics.bytesInSeries.record(bytesIn, at: currentTime)
    metrics.bytesOutSeries.record(bytesOut, at: currentTime)
    metrics.volumeWriteSeries.record(volumeWrite, at: currentTime)
    metrics.volumeReadSeries.record(volumeRead, at: currentTime)
    // CPU per broker, and t3 burst credits (1 credit = 1 vCPU-minute at 100 %).
    var busiest = 0.0
    defer { metrics.cpuSeries.record(busiest, at: currentTime) }
    for broker in 0..<brokerCount {
      guard up[broker] else {
        metrics.cpuSketch[broker].record(0)
        continue
      }
      let netIn = loads.produceIn[broker] + loads.replicationIn[broker]
      let netOut = loads.replicationOut[broker] + loads.consumerOut[broker]
      let work =
        ((netIn + netOut) / cpu.networkBytesPerCoreSecond + loads.messages[broker] / cpu.messagesPerCoreSecond)
        / vcpus
      let used = Swift.min(1, cpu.idleFraction + work * scale)
      busiest = Swift.max(busiest, used)
      metrics.cpuPeak[broker] = Swift.max(metrics.cpuPeak[broker], used)
      metrics.cpuSketch[broker].record(used)
      if let baseline = type.cpuBaselineFraction {
        credits[broker] = Swift.min(576, credits[broker] + (baseline - used) * vcpus * duration / 60)
      }
    }
    return (scale, binding)
  }

  /// Serverless: cluster and partition throughput quotas (S4).
  private mutating func serverlessScale(
    clientIn: Double, clientOut: Double, perPartition: [Double], wants: [[Double]],
    regime: ClusterLayout.Regime
  ) -> (Double, MSKRunResult.Limit?) {
    var partitionOut = [Double](repeating: 0, count: kafka.topics.count)
    for g in groups.indices {
      for (k, topic) in groups[g].topics.enumerated() where regime.readable[topic] > 0 {
        partitionOut[topic] += wants[g][k] / Double(regime.readable[topic])
      }
    }
    let checks: [(MSKRunResult.Limit, Double, Double)] = [
      (.serverlessIngress, clientIn, MSKServerlessLimits.maxIngressMBps * 1e6),
      (.serverlessEgress, clientOut, MSKServerlessLimits.maxEgressMBps * 1e6),
      (
        .serverlessPartitionIngress, perPartition.max() ?? 0,
        MSKServerlessLimits.maxIngressPerPartitionMBps * 1e6
      ),
      (
        .serverlessPartitionEgress, partitionOut.max() ?? 0,
        MSKServerlessLimits.maxEgressPerPartitionMBps * 1e6
      ),
    ]
    var scale = 1.0
    var binding: MSKRunResult.Limit?
    for (limit, load, capacity) in checks where load > 0 && capacity / load < scale {
      scale = capacity / load
      binding = limit
    }
    for (limit, load, capacity) in checks {
      metrics.record(
        limit, demand: load / capacity, used: Swift.min(1, load * scale / capacity), capacity: capacity / 1e6,
        unit: "MB/s", capped: binding == limit && scale < 1)
    }
    return (scale, binding)
  }
}
