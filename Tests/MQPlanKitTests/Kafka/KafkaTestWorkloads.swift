import SimKit

@testable import MQPlanKit

/// Small workloads built in code for the oracle tests.
enum KafkaTestWorkloads {
  /// One topic, constant traffic, `groups` consumer groups with ample
  /// capacity, a CPU model that never binds (to isolate the throughput
  /// limits of Equation 1), and large messages so message handling is
  /// negligible.
  static func saturating(
    offeredMBps: Double, partitions: Int, replicationFactor: Int, groups: Int, zones: Int = 3,
    hours: Double = 2
  ) -> Workload {
    let messageBytes = 100_000.0
    var kafka = KafkaWorkload(availabilityZones: zones)
    kafka.properties.minInsyncReplicas = 1
    kafka.cpuModel.networkBytesPerCoreSecond = 1e15
    kafka.cpuModel.messagesPerCoreSecond = 1e15
    kafka.cpuModel.idleFraction = 0
    kafka.topics = [
      KafkaTopic(
        name: "load", partitions: partitions, replicationFactor: replicationFactor,
        producers: [
          KafkaProducer(
            name: "p", messagesPerSecond: offeredMBps * 1e6 / messageBytes,
            messageSize: .constant(messageBytes))
        ])
    ]
    kafka.consumerGroups = (0..<groups).map {
      ConsumerGroup(
        name: "g\($0)", topics: ["load"], consumers: partitions, capacityPerConsumer: .megabytesPerSecond(1e6)
      )
    }
    return Workload(name: "saturating", horizon: hours * 3_600, seed: 7, kafka: kafka)
  }

  static func configuration(_ type: String, brokers: Int, volumeGiB: Int = 16_384) -> Configuration {
    var configuration = Configuration()
    configuration.msk.brokerInstanceType = type
    configuration.msk.brokerCount = brokers
    configuration.msk.brokerVolumeSize = volumeGiB
    return configuration
  }
}
