import SimKit
import TestSupport
import Testing

@testable import MQPlanKit

/// Oracle: Kafka's retention mechanics (reference/msk.md §3 and §6.4,
/// from apache/kafka UnifiedLog.scala). For a partition replica written at
/// p bytes/s with segment size Sg, segment.ms Ts, retention R and check
/// interval C, once the log has been running longer than R:
///
///   p·R ≤ bytes kept ≤ p·(R + C) + min(Sg, p·Ts)
///
/// (a segment goes only when its newest record is older than R, and only at
/// a check). A broker holds (its replicas) × that.
@Suite("Kafka storage mechanics")
struct StorageTests {
  /// Drives a log directly, a minute at a time, with retention checks every
  /// C, and checks the bound at every minute after 2R.
  func checkBounds(
    rate: Double, segmentBytes: Double, segmentMs: Double, retention: Double, check: Double, hours: Double
  ) {
    var log = PartitionLog(
      segmentBytes: segmentBytes, segmentMs: segmentMs * 1_000, retentionMs: retention * 1_000,
      retentionBytes: nil, start: 0)
    var nextCheck = check
    var t = 0.0
    var lowest = Double.infinity
    var highest = 0.0
    let upper = rate * (retention + check) + Swift.min(segmentBytes, rate * segmentMs)
    while t < hours * 3_600 {
      while nextCheck <= t {
        log.enforceRetention(at: nextCheck)
        nextCheck += check
      }
      log.append(rate * 60, from: t, duration: 60)
      t += 60
      if t > 2 * retention {
        lowest = Swift.min(lowest, log.bytes)
        highest = Swift.max(highest, log.bytes)
        #expect(
          log.bytes >= rate * retention * (1 - 1e-9), "at \(t): \(log.bytes) below p·R = \(rate * retention)")
        #expect(log.bytes <= upper * (1 + 1e-9), "at \(t): \(log.bytes) above the bound \(upper)")
      }
    }
    // The bound is tight: the log really does swing over most of it.
    #expect(
      highest - lowest > 0.5 * (upper - rate * retention),
      "swing \(highest - lowest) of \(upper - rate * retention)")
  }

  @Test("A fast topic: segments roll on size; kept bytes within [p·R, p·(R + C) + Sg]")
  func fastTopic() {
    checkBounds(rate: 1e6, segmentBytes: 100e6, segmentMs: 604_800, retention: 3_600, check: 300, hours: 8)
  }

  @Test("A slow topic: segments roll on segment.ms; kept bytes within [p·R, p·(R + C) + p·Ts]")
  func slowTopic() {
    checkBounds(
      rate: 1_000, segmentBytes: 1_073_741_824, segmentMs: 3_600, retention: 7_200, check: 300, hours: 24)
  }

  @Test("Tiny segments at a high rate are kept as runs: memory stays bounded, bytes exact")
  func tinySegments() {
    var log = PartitionLog(
      segmentBytes: 1_000, segmentMs: 1e12, retentionMs: 600_000, retentionBytes: nil, start: 0)
    var t = 0.0
    for _ in 0..<120 {
      log.append(50e6, from: t, duration: 60)  // 50,000 segments per minute
      t += 60
      log.enforceRetention(at: t)
    }
    // Retention 10 min: between 10 and 11 minutes of data (+ a segment).
    #expect(log.bytes >= 50e6 * 10 - 1 && log.bytes <= 50e6 * 11 + 1_000, "\(log.bytes)")
    #expect(log.segmentCount > 400_000, "about 500,000 segments on disk")
    #expect(log.closed.count < 40, "stored as a few runs, not \(log.segmentCount) entries")
  }

  @Test("retention.bytes: the log may exceed the limit by up to one segment, never more")
  func sizeRetention() {
    var log = PartitionLog(
      segmentBytes: 10e6, segmentMs: 1e12, retentionMs: 1e12, retentionBytes: 95e6, start: 0)
    var t = 0.0
    for _ in 0..<200 {
      log.append(3e6, from: t, duration: 60)
      t += 60
      log.enforceRetention(at: t)
      #expect(log.bytes < 95e6 + 10e6 + 3e6, "\(log.bytes) at \(t)")
    }
    #expect(log.bytes >= 95e6 - 10e6, "deletes only what keeps it at or above the limit")
  }

  @Test("A log with no writes for longer than retention is emptied (Kafka rolls, then deletes)")
  func staleActiveSegment() {
    var log = PartitionLog(
      segmentBytes: 1e9, segmentMs: 1e12, retentionMs: 3_600_000, retentionBytes: nil, start: 0)
    log.append(1e6, from: 0, duration: 60)
    log.enforceRetention(at: 3_000)
    #expect(log.bytes == 1e6)
    log.enforceRetention(at: 3_661)
    #expect(log.bytes == 0)
  }

  @Test("End to end: each broker holds its replicas × the partition log, within the bound")
  func brokerStorage() throws {
    // 12 partitions over 3 brokers, RF 3: every broker holds all 12 replicas.
    var workload = KafkaTestWorkloads.saturating(
      offeredMBps: 12, partitions: 12, replicationFactor: 3, groups: 1, hours: 6)
    workload.kafka!.topics[0].retentionHours = 1
    workload.kafka!.topics[0].segmentBytes = 50e6
    let result = try World.simulate(
      workload, configuration: KafkaTestWorkloads.configuration("kafka.m5.xlarge", brokers: 3))
    let perPartition = 12e6 / 12  // bytes/s
    let lower = perPartition * 3_600 * 12
    let upper = (perPartition * (3_600 + 300) + 50e6) * 12
    for broker in result.baseline.brokers {
      #expect(broker.replicas == 12)
      #expect(
        broker.peakStorageBytes <= upper * 1.01, "broker \(broker.id): \(broker.peakStorageBytes) > \(upper)")
      #expect(
        broker.p99StorageBytes >= lower * 0.99, "broker \(broker.id): \(broker.p99StorageBytes) < \(lower)")
    }
  }

  @Test("The disk reaches 85 % and fills when a constant write rate says it must")
  func diskFill() throws {
    // 3 brokers, RF 3: each broker writes the whole topic: 10 MB/s. A 20 GiB
    // volume fills after 20·2^30 / 10e6 = 2,147 s; 85 % after 1,825 s.
    var workload = KafkaTestWorkloads.saturating(
      offeredMBps: 10, partitions: 6, replicationFactor: 3, groups: 1, hours: 2)
    workload.kafka!.topics[0].segmentBytes = 10e6
    let result = try World.simulate(
      workload, configuration: KafkaTestWorkloads.configuration("kafka.m5.xlarge", brokers: 3, volumeGiB: 20))
    let broker = result.baseline.brokers[0]
    let reached = try #require(broker.reachedDiskObjectiveAt)
    let filled = try #require(broker.filledAt)
    // Minute resolution plus Poisson noise in the offered bytes.
    #expect(abs(reached - 0.85 * 20 * 1_073_741_824 / 10e6) <= 90, "85 % at \(reached)")
    #expect(abs(filled - 20 * 1_073_741_824 / 10e6) <= 90, "full at \(filled)")
    #expect(result.verdicts.contains { $0.name == "disk used" && !$0.met })
    #expect(result.baseline.events.contains { $0.message.contains("volume full") })
  }
}
