import SimKit

extension MSKRunState {
  /// Seconds between `time` and when the record the group reads next was
  /// produced: P(t′) = C(t), interpolated within the step that holds t′.
  mutating func timeLag(group g: Int, slot k: Int, topic: Int, at time: Double) -> Double {
    let produced = producedCumulative[topic]
    let consumed = groups[g].consumed[k]
    let last = produced.count - 1
    if consumed >= produced[last] - 1e-9 { return 0 }
    var index = groups[g].cursor[k]
    while index < last && produced[index + 1] <= consumed { index += 1 }
    groups[g].cursor[k] = index
    // produced[index] ≤ consumed < produced[index + 1]: t′ lies in step index.
    let low = produced[index]
    let high = produced[index + 1]
    let fraction = high > low ? (consumed - low) / (high - low) : 0
    let producedAt = (Double(index) + fraction) * MSKSimulation.step
    return Swift.max(0, time - producedAt)
  }

  mutating func recordLag(group g: Int, messages: Double, seconds: Double, at time: Double) {
    metrics.lagMessagesPeak[g] = Swift.max(metrics.lagMessagesPeak[g], messages)
    metrics.lagSecondsPeak[g] = Swift.max(metrics.lagSecondsPeak[g], seconds)
    metrics.lagSketch[g].record(seconds)
    metrics.lagSeries[g].record(seconds, at: time - MSKSimulation.step)
    // A stopped group's outage and catch-up are excluded from the lag
    // objective; the catch-up time is reported instead.
    if groups[g].excluded {
      if groups[g].stoppedBy == 0, messages < 1 {
        if let start = groups[g].outageStart {
          groups[g].catchUps.append(time - start)
          events.append(
            .init(
              time: time,
              message:
                "consumer group \(groups[g].group.name) caught up after \(Quantities.describe(seconds: time - start))"
            ))
        }
        groups[g].outageStart = nil
        groups[g].excluded = false
      }
    } else {
      metrics.lagSecondsPeakOutsideOutages[g] = Swift.max(metrics.lagSecondsPeakOutsideOutages[g], seconds)
    }
  }

  /// Brokers back from an outage re-replicate what they missed with the
  /// capacity left this step, then rejoin the in-sync set.
  mutating func catchUp(spare: [Double], up: [Bool], duration: Double, at time: Double) {
    // Cap each broker's debt at what it could still need: data past
    // retention is gone from the leaders too.
    for broker in 0..<brokerCount {
      deficit[broker] = Swift.min(deficit[broker], bytesHeld(by: broker))
    }
    for broker in 0..<brokerCount where up[broker] && !inSync[broker] {
      if deficit[broker] > 0 {
        deficit[broker] = Swift.max(0, deficit[broker] - spare[broker] * duration)
      }
      if deficit[broker] <= 1 {
        deficit[broker] = 0
        inSync[broker] = true
        currentRegime = nil
        let since = catchUpStart[broker].map { " after \(Quantities.describe(seconds: time - $0))" } ?? ""
        events.append(.init(time: time, message: "broker \(broker) back in sync\(since)"))
        catchUpStart[broker] = nil
      }
    }
  }

  /// Bytes of the logs of the partition replicas `broker` holds, before any
  /// re-replication debt is taken off.
  func bytesHeld(by broker: Int) -> Double {
    var held = 0.0
    for topic in logs.indices { held += replicaCounts[topic][broker] * logs[topic].bytes }
    return held
  }

  mutating func recordStorage(at time: Double, duration: Double) {
    var largest = 0.0
    var oneCopy = 0.0
    for topic in logs.indices {
      let bytes = logs[topic].bytes
      metrics.partitionBytesPeak[topic] = Swift.max(metrics.partitionBytesPeak[topic], bytes)
      oneCopy += bytes * Double(partitions[topic])
    }
    metrics.storedOneCopyIntegral += oneCopy * duration
    guard !serverless else {
      metrics.storageSeries.record(oneCopy, at: time - duration)
      return
    }
    for broker in 0..<brokerCount {
      let stored = Swift.max(0, bytesHeld(by: broker) - deficit[broker])
      largest = Swift.max(largest, stored)
      metrics.storagePeak[broker] = Swift.max(metrics.storagePeak[broker], stored)
      metrics.brokerStorageSeries[broker].record(stored, at: time - duration)
      metrics.storageSketch[broker].record(stored)
      let fraction = stored / volumeBytes
      if fraction >= workload.objectives.maxDiskUsedFraction && metrics.reachedObjective[broker] == nil {
        metrics.reachedObjective[broker] = time
        events.append(
          .init(
            time: time, message: "broker \(broker) disk at \(Int((fraction * 100).rounded())) % of its volume"
          ))
      }
      if fraction >= 1 && !halted[broker] {
        halted[broker] = true
        inSync[broker] = false
        currentRegime = nil
        metrics.filled[broker] = time
        events.append(
          .init(
            time: time, message: "broker \(broker) volume full: the broker halts (all log directories failed)"
          ))
      }
    }
    metrics.storageSeries.record(largest, at: time - duration)
  }

  mutating func finish() -> MSKRunResult {
    var result = MSKRunResult(
      scenario: scenario?.name ?? "baseline", serverless: serverless, horizon: horizon, brokers: [],
      limits: [],
      groups: [], topics: [], events: events.sorted { $0.time < $1.time },
      maxReplicasPerBroker: serverless ? 0 : (layout.replicasPerBroker.max() ?? 0),
      connectionsPerBroker: serverless
        ? Double(kafka.clientConnections) : Double(kafka.clientConnections) / Double(brokerCount),
      throttledMinutes: metrics.throttledMinutes,
      crossZoneBytes: metrics.crossZoneBytes, clientBytesIn: metrics.clientBytesIn,
      clientBytesOut: metrics.clientBytesOut,
      meanStoredBytesOneCopy: metrics.storedOneCopyIntegral / horizon,
      series: metrics.seriesByName(groups: groups.map(\.group.name), serverless: serverless))
    result.brokerStorage = serverless ? [] : metrics.brokerStorageSeries
    for (g, state) in groups.enumerated() {
      for (k, topic) in state.topics.enumerated() {
        result.topicLags.append(
          MSKRunResult.TopicLag(
            group: state.group.name, topic: kafka.topics[topic].name,
            timeLag: metrics.topicTimeLagSeries[g][k],
            sumOffsetLag: metrics.sumOffsetLagSeries[g][k], maxOffsetLag: metrics.maxOffsetLagSeries[g][k]))
      }
    }
    if !serverless {
      let replicas = layout.replicasPerBroker
      for broker in 0..<brokerCount {
        let final = bytesHeld(by: broker)
        result.brokers.append(
          MSKRunResult.Broker(
            id: broker, zone: layout.zone(of: broker), replicas: replicas[broker],
            peakStorageBytes: metrics.storagePeak[broker],
            p99StorageBytes: metrics.storageSketch[broker].quantile(0.99) ?? 0,
            finalStorageBytes: Swift.max(0, final - deficit[broker]),
            peakDiskFraction: metrics.storagePeak[broker] / volumeBytes,
            reachedDiskObjectiveAt: metrics.reachedObjective[broker], filledAt: metrics.filled[broker],
            peakCPU: metrics.cpuPeak[broker], p99CPU: metrics.cpuSketch[broker].quantile(0.99) ?? 0))
      }
    }
    for (index, limit) in MSKRunResult.Limit.allCases.enumerated() {
      let track = metrics.limits[index]
      guard track.seen else { continue }
      result.limits.append(
        MSKRunResult.LimitUse(
          limit: limit, capacity: track.capacity, unit: track.unit, peakDemand: track.peakDemand,
          peak: track.peak,
          p99: track.sketch.quantile(0.99) ?? 0, cappedMinutes: track.cappedMinutes))
    }
    for (g, state) in groups.enumerated() {
      var catchUps = state.catchUps
      if state.outageStart != nil { catchUps.append(nil) }
      result.groups.append(
        MSKRunResult.Group(
          name: state.group.name, maxLagMessages: metrics.lagMessagesPeak[g],
          maxLagSeconds: metrics.lagSecondsPeak[g],
          p99LagSeconds: metrics.lagSketch[g].quantile(0.99) ?? 0,
          maxLagSecondsExcludingOutages: metrics.lagSecondsPeakOutsideOutages[g], catchUps: catchUps,
          activeConsumers: state.activeConsumers))
    }
    for (index, topic) in kafka.topics.enumerated() {
      result.topics.append(
        MSKRunResult.Topic(
          name: topic.name, partitions: partitions[index], replicationFactor: replicationFactors[index],
          offered: metrics.offered[index], accepted: metrics.accepted[index],
          peakBacklogMessages: metrics.backlogPeak[index],
          peakOfferedBytesPerSecond: metrics.offeredRatePeak[index],
          peakPartitionBytes: metrics.partitionBytesPeak[index]))
    }
    return result
  }
}
