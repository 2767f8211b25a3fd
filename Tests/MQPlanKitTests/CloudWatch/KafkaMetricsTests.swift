import SimKit
import Testing

@testable import MQPlanKit

/// The AWS/Kafka metrics the model publishes, against theory:
/// - with 3 brokers, 3 zones and replication factor 3, every partition has a
///   replica on every broker (one per zone), so one broker or one zone down
///   leaves every partition under-replicated until the broker catches up;
///   a replication-factor-1 topic loses the partitions the broker held
///   (P/N of them, offline);
/// - a "Maximum over 60 s, 5 of 5 > 0" alarm on UnderReplicatedPartitions
///   fires exactly 300 s after a minute-aligned outage starts;
/// - a stopped group's SumOffsetLag k minutes after t₀ is what producers
///   sent in those k minutes (Poisson, within 5σ), and MaxOffsetLag is that
///   over the topic's partitions;
/// - BytesInPerSec of the busiest broker is rate × size / 3 with leaders
///   spread evenly; VolumeWriteBytes per minute is rate × size × RF / N × 60;
/// - which metrics exist follows enhanced_monitoring_level and the
///   kafka_version (lag metrics from 2.2.1, S6).
@Suite("AWS/Kafka metrics")
struct KafkaMetricsTests {
  static func workload(
    incident: Incident.Kind? = nil, start: Double = 3_600, duration: Double = 1_800, replication: Int = 3
  ) -> Workload {
    var kafka = KafkaWorkload()
    kafka.topics = [
      KafkaTopic(
        name: "events", partitions: 12, replicationFactor: replication,
        producers: [KafkaProducer(name: "p", messagesPerSecond: 1_000, messageSize: .constant(500))])
    ]
    kafka.consumerGroups = [
      ConsumerGroup(
        name: "worker", topics: ["events"], consumers: 6, capacityPerConsumer: .messagesPerSecond(400))
    ]
    if replication == 1 { kafka.properties.minInsyncReplicas = 1 }
    var workload = Workload(name: "metrics", horizon: 4 * 3_600, seed: 5, kafka: kafka)
    if let incident {
      workload.scenarios = [
        Scenario(name: "incident", incidents: [Incident(incident, start: start, duration: duration)])
      ]
    }
    return workload
  }

  static func metric(
    _ name: String, in result: SimulationResult, run: Int = 0, subject: String? = nil,
    configuration: Configuration = Configuration()
  ) -> SimulatedMetric? {
    SimulatedMetrics.metrics(
      run: result.scenarios[run], workload: result.workload, configuration: configuration
    ).first { $0.name == name && (subject == nil || $0.dimensions.last?.value == subject) }
  }

  static func values(_ metric: SimulatedMetric) -> [Double] {
    metric.series.datapoints.map { $0?.average ?? .nan }
  }

  @Test(
    "One broker or one zone down: every partition under-replicated until caught up; the alarm fires at t₀ + 300 s",
    arguments: [Incident.Kind.brokerDown(broker: 1), .availabilityZoneDown(zone: 2)])
  func underReplicated(kind: Incident.Kind) throws {
    var configuration = Configuration()
    configuration.msk.brokerCount = 3
    let result = try World.simulate(Self.workload(incident: kind), configuration: configuration)
    let baseline = try #require(Self.metric("UnderReplicatedPartitions", in: result))
    #expect(Self.values(baseline).allSatisfy { $0 == 0 })
    let urp = Self.values(try #require(Self.metric("UnderReplicatedPartitions", in: result, run: 1)))
    // Minutes 60..<90 are the outage: all 12 partitions lack a replica.
    #expect(urp[59] == 0)
    #expect(urp[60..<90].allSatisfy { $0 == 12 }, "\(Array(urp[60..<90]))")
    #expect(urp.last == 0, "the broker caught up and rejoined the in-sync set")
    let offline = Self.values(try #require(Self.metric("OfflinePartitionsCount", in: result, run: 1)))
    #expect(offline.allSatisfy { $0 == 0 }, "min.insync.replicas 2 of 3: still writable")

    let alarm = try #require(result.alarms.first { $0.kind == "under-replicated partitions" })
    #expect(alarm.falseAlarmsPerMonth == 0)
    let detection = try #require(alarm.detections.first)
    #expect(detection.firedAt.map { $0 - 3_900 } == 0, "\(detection.firedAt.map { $0 - 3_900 } as Any)")
    #expect((detection.clearedAt ?? 0) > 3_600 + 1_800, "clears only after the catch-up")
    #expect(alarm.metricsReferenced == 3, "metric math over one metric per broker")
  }

  @Test("Replication factor 1: a broker down takes P/N partitions offline")
  func offline() throws {
    var configuration = Configuration()
    configuration.msk.brokerCount = 3
    let result = try World.simulate(
      Self.workload(incident: .brokerDown(broker: 0), replication: 1), configuration: configuration)
    let offline = Self.values(try #require(Self.metric("OfflinePartitionsCount", in: result, run: 1)))
    #expect(offline[60..<90].allSatisfy { $0 == 4 }, "\(Array(offline[60..<90]))")
    // The returning broker rejoins the in-sync set at the end of its first
    // step back (it missed nothing: its partitions took no writes).
    #expect(offline[..<60].allSatisfy { $0 == 0 } && offline[91...].allSatisfy { $0 == 0 })
    #expect(offline[90] == 4)
  }

  @Test(
    "A stopped group: SumOffsetLag grows by the produced messages, MaxOffsetLag is it over the partitions")
  func offsetLag() throws {
    var configuration = Configuration()
    configuration.msk.brokerCount = 3
    let result = try World.simulate(
      Self.workload(incident: .consumerStopped(group: "worker")), configuration: configuration)
    let sum = Self.values(try #require(Self.metric("SumOffsetLag", in: result, run: 1, subject: "events")))
    let max = Self.values(try #require(Self.metric("MaxOffsetLag", in: result, run: 1, subject: "events")))
    #expect(sum[..<60].allSatisfy { $0 < 1 }, "capacity 2,400/s over 1,000/s: no lag before the stop")
    for k in [1, 10, 30] {
      let expected = 1_000.0 * 60 * Double(k)
      let observed = sum[59 + k]
      #expect(Swift.abs(observed - expected) <= 5 * expected.squareRoot(), "minute \(k): \(observed)")
      #expect(Swift.abs(max[59 + k] - observed / 12) < 1e-6)
    }
    let group = try #require(
      SimulatedMetrics.metrics(
        run: result.scenarios[1], workload: result.workload, configuration: configuration
      )
      .first { $0.name == "EstimatedMaxTimeLag" && $0.dimensions.count == 3 })
    #expect(group.dimensions.map(\.name) == ["Cluster Name", "Consumer Group", "Topic"])
    #expect(
      Swift.abs((group.series.datapoint(at: 89)?.average ?? 0) - 1_800) <= 60,
      "30 minutes behind at the restart")
  }

  @Test("BytesInPerSec, BytesOutPerSec and VolumeWriteBytes of the busiest broker match the rates")
  func throughput() throws {
    var configuration = Configuration()
    configuration.msk.brokerCount = 3
    configuration.msk.enhancedMonitoringLevel = "PER_BROKER"
    let result = try World.simulate(Self.workload(), configuration: configuration)
    func mean(_ name: String) throws -> Double {
      let values = Self.values(try #require(Self.metric(name, in: result, configuration: configuration)))
      return values.reduce(0, +) / Double(values.count)
    }
    // 1,000 msgs/s × 500 B, leaders of 12 partitions spread 4 per broker.
    // Poisson counts: 14.4 M messages, relative sd 0.03 %; 0.5 % is > 15σ.
    let bytes = 1_000.0 * 500
    #expect(Swift.abs(try mean("BytesInPerSec") / (bytes / 3) - 1) < 0.005)
    #expect(Swift.abs(try mean("BytesOutPerSec") / (bytes / 3) - 1) < 0.005)
    #expect(Swift.abs(try mean("VolumeWriteBytes") / (bytes * 3 / 3 * 60) - 1) < 0.005)
    #expect(try mean("VolumeReadBytes") == 0, "consumers at the tip read from the page cache")
  }

  @Test("Metrics follow enhanced_monitoring_level and kafka_version")
  func availability() throws {
    var configuration = Configuration()
    configuration.msk.brokerCount = 3
    configuration.msk.enhancedMonitoringLevel = "DEFAULT"
    let result = try World.simulate(Self.workload(), configuration: configuration)
    let names = Set(
      SimulatedMetrics.metrics(
        run: result.scenarios[0], workload: result.workload, configuration: configuration
      )
      .map(\.name))
    #expect(
      names.isSuperset(of: ["BytesInPerSec", "UnderReplicatedPartitions", "MaxOffsetLag", "SumOffsetLag"]))
    #expect(!names.contains("VolumeWriteBytes"), "a PER_BROKER metric")
    for level in MSKConfiguration.monitoringLevels.dropFirst() {
      #expect(MonitoringLevel.includes(level, "PER_BROKER") && MonitoringLevel.includes(level, "DEFAULT"))
    }
    #expect(!MonitoringLevel.includes("PER_BROKER", "PER_TOPIC_PER_PARTITION"))

    configuration.msk.kafkaVersion = "2.1.0"
    let old = try World.simulate(Self.workload(), configuration: configuration)
    #expect(!old.alarms.contains { $0.kind == "consumer lag" })
    #expect(old.warnings.contains { $0.contains("older than 2.2.1") })
    for (version, available) in [
      ("2.2.1", true), ("2.2.0", false), ("1.1.1", false), ("2.8.2.tiered", true), ("3.7.x.kraft", true),
      ("2.10", true),
    ] {
      #expect(MonitoringLevel.lagMetricsAvailable(kafkaVersion: version) == available, "\(version)")
    }
  }
}
