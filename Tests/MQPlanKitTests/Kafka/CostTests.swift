import SimKit
import Testing

@testable import MQPlanKit

/// Oracle: prices recomputed by hand from the catalog (reference/msk.md
/// §2.1 and E4/E5, S11: Infracost's golden file).
@Suite("MSK bill")
struct CostTests {
  static func bill(_ configuration: Configuration, workload: Workload) throws -> Bill {
    try World.simulate(workload, configuration: configuration).bill
  }

  static let idle: Workload = {
    var kafka = KafkaWorkload()
    kafka.topics = [
      KafkaTopic(
        name: "t", partitions: 4,
        producers: [KafkaProducer(name: "p", messagesPerSecond: 0, messageSize: .constant(100))])
    ]
    kafka.brokerLogGBPerBrokerPerDay = 0
    return Workload(name: "idle", horizon: 86_400, kafka: kafka)
  }()

  @Test("E4: 4 × kafka.m5.24xlarge × 730 h = $29,433.60; 4 × 1,000 GB = $400")
  func largeBrokers() throws {
    var configuration = Configuration()
    configuration.msk.brokerInstanceType = "kafka.m5.24xlarge"
    configuration.msk.brokerCount = 4
    configuration.msk.brokerVolumeSize = 1_000
    var workload = Self.idle
    workload.kafka!.availabilityZones = 2
    let bill = try Self.bill(configuration, workload: workload)
    let brokers = try #require(bill.lines.first { $0.item.hasPrefix("broker-hours") })
    #expect(abs(brokers.amount - 29_433.60) < 0.005, "\(brokers.amount)")
    #expect(brokers.quantity == 4 * 730)
    let storage = try #require(bill.lines.first { $0.item.hasPrefix("broker storage") })
    #expect(abs(storage.amount - 400) < 0.005)
  }

  @Test("E5: 2 × kafka.t3.small × 730 h = $66.58; 2 × 500 GB = $100")
  func smallBrokers() throws {
    var configuration = Configuration()
    configuration.msk.brokerInstanceType = "kafka.t3.small"
    configuration.msk.brokerCount = 2
    var workload = Self.idle
    workload.kafka!.availabilityZones = 2
    workload.kafka!.properties.defaultReplicationFactor = 2
    workload.kafka!.properties.minInsyncReplicas = 1
    let bill = try Self.bill(configuration, workload: workload)
    let brokers = try #require(bill.lines.first { $0.item.hasPrefix("broker-hours") })
    #expect(abs(brokers.amount - 66.576) < 0.005, "\(brokers.amount)")
    let storage = try #require(bill.lines.first { $0.item.hasPrefix("broker storage") })
    #expect(abs(storage.amount - 100) < 0.005)
  }

  @Test("Provisioned throughput: N × MiB/s × $0.08; Serverless: $0.75/h + $0.0015 per partition-hour + data")
  func throughputAndServerless() throws {
    var configuration = Configuration()
    configuration.msk.brokerInstanceType = "kafka.m5.4xlarge"
    configuration.msk.brokerCount = 3
    configuration.msk.enableProvisionedThroughput = true
    configuration.msk.volumeThroughput = 500
    let bill = try Self.bill(configuration, workload: Self.idle)
    let pst = try #require(bill.lines.first { $0.item.hasPrefix("provisioned storage throughput") })
    #expect(abs(pst.amount - 3 * 500 * 0.08) < 1e-9)

    var serverless = Configuration()
    serverless.msk.useServerless = true
    let serverlessBill = try Self.bill(serverless, workload: Self.idle)
    let cluster = try #require(serverlessBill.lines.first { $0.item == "cluster-hours" })
    #expect(abs(cluster.amount - 0.75 * 730) < 1e-9)
    let partitions = try #require(serverlessBill.lines.first { $0.item.hasPrefix("partition-hours") })
    #expect(abs(partitions.amount - 4 * 0.0015 * 730) < 1e-9)
    // The seed creates the provisioned cluster too: its broker-hours are billed.
    #expect(serverlessBill.lines.contains { $0.item.hasPrefix("broker-hours") })
  }

  @Test("Bill lines sum to the total, and each is quantity × unit price")
  func linesSum() throws {
    let bill = try Self.bill(Configuration(), workload: Self.idle)
    #expect(abs(bill.lines.reduce(0) { $0 + $1.amount } - bill.total) < 1e-9)
    for line in bill.lines { #expect(line.amount == line.quantity * line.unitPrice) }
  }

  @Test("Cross-AZ client traffic: (A − 1)/A of producer and consumer bytes at $0.01 + $0.01 per GB")
  func crossZone() throws {
    var kafka = KafkaWorkload()
    kafka.topics = [
      KafkaTopic(
        name: "t", partitions: 3,
        producers: [KafkaProducer(name: "p", messagesPerSecond: 1_000, messageSize: .constant(1_000))])
    ]
    kafka.consumerGroups = [
      ConsumerGroup(name: "g", topics: ["t"], consumers: 3, capacityPerConsumer: .megabytesPerSecond(10))
    ]
    kafka.brokerLogGBPerBrokerPerDay = 0
    let workload = Workload(name: "x", horizon: 86_400, kafka: kafka)
    let result = try World.simulate(workload, configuration: Configuration())
    let line = try #require(result.bill.lines.first { $0.item == "cross-AZ client traffic" })
    // 1 MB/s in and 1 MB/s out, 2/3 of each crossing, for 730 h.
    let produced = result.baseline.topics[0].accepted.bytes
    let expectedGB = (produced + produced) * 2 / 3 * (730 * 3_600 / 86_400) / 1e9
    #expect(abs(line.quantity - expectedGB) <= 1e-9 * expectedGB)
    #expect(abs(line.amount - expectedGB * 0.02) <= 1e-9 * expectedGB)
    #expect(abs(expectedGB - 3_504) < 5, "about 1 MB/s × 2 directions × 2/3 × 2,628,000 s = 3,504 GB")
  }
}
