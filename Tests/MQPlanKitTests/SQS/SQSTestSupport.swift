import SimKit

@testable import MQPlanKit

/// Queues built in code for the SQS oracle tests.
enum SQSTestQueues {
  static func queue(
    rate: Double, size: Distribution = .constant(1_000), producerBatch: Int = 1, consumers: Int,
    processing: Distribution, receiveBatch: Int = 1, failure: Double = 0, poison: Double = 0,
    fifo: Bool = false,
    groups: Int = 1
  ) -> SQSQueueWorkload {
    SQSQueueWorkload(
      name: "q", fifo: fifo,
      producers: rate > 0
        ? [
          SQSProducer(
            name: "p", messagesPerSecond: rate, messageSize: size, batchSize: producerBatch,
            messageGroups: groups)
        ] : [],
      consumers: SQSConsumers(
        count: consumers, receiveBatchSize: receiveBatch, processingTime: processing,
        failureProbability: failure,
        poisonShare: poison))
  }

  static func run(
    _ queue: SQSQueueWorkload, configuration: SQSQueueConfiguration = SQSQueueConfiguration(),
    horizon: Double,
    seed: UInt64 = 1, scenario: Scenario? = nil, fidelity: SQSSimulation.FidelityChoice = .message,
    replication: Int = 0
  ) -> SQSQueueResult {
    var workload = Workload(name: "t", horizon: horizon, seed: seed, sqs: SQSWorkload(queues: [queue]))
    if let scenario { workload.scenarios = [scenario] }
    return SQSSimulation.simulate(
      queue: queue, configuration: configuration, workload: workload, scenario: scenario, fidelity: fidelity,
      replication: replication)
  }

  static func longPolling(visibility: Int = 30, maxReceiveCount: Int = 10, enableDLQ: Bool = true)
    -> SQSQueueConfiguration
  {
    var configuration = SQSQueueConfiguration()
    configuration.receiveWaitTime = 20
    configuration.visibilityTimeout = visibility
    configuration.maxReceiveCount = maxReceiveCount
    configuration.enableDLQ = enableDLQ
    return configuration
  }
}
