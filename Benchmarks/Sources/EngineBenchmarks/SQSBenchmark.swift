import MQPlanKit
import SimKit

/// The message-level SQS model through MQPlanKit's public entry point: how
/// many messages a second one queue simulates, in its worst case (single
/// sends to long-polling consumers that wait for each message) and with
/// batched sends and receives.
enum SQSBenchmark {
  static func run(batched: Bool) -> (messages: Double, seconds: Double) {
    let queue = SQSQueueWorkload(
      name: "bench",
      producers: [
        SQSProducer(
          name: "p", messagesPerSecond: batched ? 2_000 : 200, messageSize: .constant(2_000),
          batchSize: batched ? 10 : 1)
      ],
      consumers: SQSConsumers(
        count: batched ? 20 : 4, receiveBatchSize: 10,
        processingTime: .exponential(mean: batched ? 0.008 : 0.004)))
    let workload = Workload(name: "bench", horizon: 7_200, seed: 3, sqs: SQSWorkload(queues: [queue]))
    var configuration = Configuration()
    var settings = SQSQueueConfiguration()
    settings.receiveWaitTime = 20
    configuration.queues["bench"] = settings
    var sent = 0.0
    let seconds = ContinuousClock().measure {
      guard
        let result = try? World.simulate(
          workload, configuration: configuration, options: World.Options(sqsFidelity: "message"))
      else { preconditionFailure("the benchmark workload is valid") }
      sent = result.scenarios[0].queues[0].sent
      precondition(result.scenarios[0].queues[0].fidelity == .message)
    }.seconds
    precondition(sent > 0)
    blackHole(sent)
    return (sent, seconds)
  }
}
