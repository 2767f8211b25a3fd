import SimKit
import TestSupport
import Testing

@testable import MQPlanKit

/// Broker and zone failures, and MSK Serverless's quotas.
@Suite("Failures and Serverless")
struct FailureTests {
  @Test("Two zones, RF 3, min.insync.replicas 2: a zone outage blocks writes to the partitions it held twice")
  func twoZoneOutageBlocksWrites() throws {
    var workload = KafkaTestWorkloads.saturating(
      offeredMBps: 1, partitions: 8, replicationFactor: 3, groups: 1, zones: 2, hours: 3)
    workload.kafka!.properties.minInsyncReplicas = 2
    workload.scenarios = [
      Scenario(
        name: "az", incidents: [Incident(.availabilityZoneDown(zone: 0), start: 3_600, duration: 1_800)])
    ]
    let result = try World.simulate(
      workload, configuration: KafkaTestWorkloads.configuration("kafka.m5.large", brokers: 4))
    // Oracle: with three replicas in two zones, a partition has two replicas
    // in one zone; if that zone fails, one in-sync replica remains, below
    // min.insync.replicas, so keyed producers for it back up.
    let layout = ClusterLayout(brokerCount: 4, zones: 2, minInsyncReplicas: 2, topics: [(8, 3)])
    let blocked = layout.topics[0].replicas.filter { replicas in replicas.filter { $0 % 2 != 0 }.count < 2 }
      .count
    #expect(blocked > 0 && blocked < 8)
    let run = result.runs[1]
    #expect(run.throttledMinutes >= 30, "\(run.throttledMinutes) throttled minutes")
    let verdict = try #require(
      result.verdicts.first { $0.name == "producers never throttled" && $0.scenario == "az" })
    #expect(!verdict.met)
    #expect(verdict.detail?.contains("min.insync.replicas") == true)
    #expect(result.baseline.throttledMinutes == 0)
  }

  @Test("A broker outage: leaders fail over, the broker catches up and rejoins, nothing is lost")
  func brokerOutage() throws {
    var workload = KafkaTestWorkloads.saturating(
      offeredMBps: 20, partitions: 12, replicationFactor: 3, groups: 1, hours: 4)
    workload.kafka!.properties.minInsyncReplicas = 2
    workload.scenarios = [
      Scenario(name: "b", incidents: [Incident(.brokerDown(broker: 1), start: 3_600, duration: 3_600)])
    ]
    let result = try World.simulate(
      workload, configuration: KafkaTestWorkloads.configuration("kafka.m5.xlarge", brokers: 3))
    let run = result.runs[1]
    #expect(run.throttledMinutes == 0, "two in-sync replicas remain for every partition")
    let rejoined = try #require(run.events.first { $0.message.hasPrefix("broker 1 back in sync") })
    // It missed 1 h × 20 MB/s = 72 GB (every partition has a replica on it)
    // and re-replicates with what its tightest limit leaves: EBS bandwidth
    // 143.75 MB/s (S9) less 20 MB/s of normal writes, so 72e9 / 123.75e6 =
    // 582 s, rounded up to whole minutes.
    let expected = 72e9 / (143.75e6 - 20e6)
    #expect(
      rejoined.time - 7_200 >= expected && rejoined.time - 7_200 <= expected + 120,
      "rejoined at \(rejoined.time)")
    #expect(run.topics[0].accepted.bytes == run.topics[0].offered.bytes)
    let brokerStorage = run.brokers.map(\.finalStorageBytes)
    #expect(abs(brokerStorage[1] - brokerStorage[0]) < 1e6, "caught up: \(brokerStorage)")
  }

  @Test("Serverless: ingress capped at 200 MB/s per cluster (S4)")
  func serverlessIngress() throws {
    let workload = KafkaTestWorkloads.saturating(
      offeredMBps: 300, partitions: 100, replicationFactor: 3, groups: 1)
    var configuration = Configuration()
    configuration.msk.useServerless = true
    let result = try World.simulate(workload, configuration: configuration)
    let accepted = result.baseline.topics[0].accepted.bytes / workload.horizon
    let check = Closeness(
      "Serverless ingress (B/s)", observed: accepted, expected: 200e6, relativeTolerance: 0.005)
    #expect(check.holds, "\(check)")
    #expect(result.baseline.bindingLimit?.limit == .serverlessIngress)
    #expect(result.warnings.contains { $0.contains("aws_msk_cluster.main has no count") })
  }

  @Test("Serverless: 5 MB/s per partition (S4) binds a topic with too few partitions")
  func serverlessPartition() throws {
    let workload = KafkaTestWorkloads.saturating(
      offeredMBps: 30, partitions: 4, replicationFactor: 3, groups: 1)
    var configuration = Configuration()
    configuration.msk.useServerless = true
    let result = try World.simulate(workload, configuration: configuration)
    let accepted = result.baseline.topics[0].accepted.bytes / workload.horizon
    let check = Closeness(
      "4 partitions × 5 MB/s", observed: accepted, expected: 20e6, relativeTolerance: 0.005)
    #expect(check.holds, "\(check)")
    #expect(result.baseline.bindingLimit?.limit == .serverlessPartitionIngress)
  }

  @Test("Configuration errors are input errors: RF above the broker count, a broker that does not exist")
  func configurationErrors() {
    var workload = KafkaTestWorkloads.saturating(
      offeredMBps: 1, partitions: 3, replicationFactor: 3, groups: 1)
    workload.scenarios = [
      Scenario(name: "b", incidents: [Incident(.brokerDown(broker: 5), start: 60, duration: 60)])
    ]
    var configuration = KafkaTestWorkloads.configuration("kafka.m5.large", brokers: 3)
    #expect(throws: InputError.self) { try World.simulate(workload, configuration: configuration) }
    workload.scenarios = []
    configuration.msk.brokerInstanceType = "kafka.m5.larg"
    do {
      _ = try World.simulate(workload, configuration: configuration)
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostics.first?.hint == "did you mean \"kafka.m5.large\"?")
    }
  }
}
