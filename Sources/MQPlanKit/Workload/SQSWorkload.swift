import SimKit

/// SQS traffic: the queues of the sqs module's `queues` map, what is sent to
/// each, and the consumers that drain them.
public struct SQSWorkload: Sendable, Hashable {
  public var queues: [SQSQueueWorkload]

  public init(queues: [SQSQueueWorkload] = []) { self.queues = queues }

  public func queue(named name: String) -> SQSQueueWorkload? { queues.first { $0.name == name } }
}

/// One queue: its producers and its consumers.
public struct SQSQueueWorkload: Sendable, Hashable {
  /// The key in the module's `queues` map.
  public var name: String
  /// Whether the application needs a FIFO queue (ordering per message
  /// group, exactly-once processing).
  public var fifo: Bool
  public var producers: [SQSProducer]
  public var consumers: SQSConsumers

  public init(name: String, fifo: Bool = false, producers: [SQSProducer] = [], consumers: SQSConsumers) {
    self.name = name
    self.fifo = fifo
    self.producers = producers
    self.consumers = consumers
  }
}

/// An application sending to a queue.
public struct SQSProducer: Sendable, Hashable {
  public var name: String
  /// Mean messages per second before the time profile.
  public var messagesPerSecond: Double?
  /// Message body size in bytes.
  public var messageSize: Distribution
  /// Messages per send call: 1 (SendMessage) or 2–10 (SendMessageBatch).
  public var batchSize: Int
  public var profile: TimeProfile
  /// FIFO: distinct message group ids the producer spreads messages over.
  public var messageGroups: Int

  public init(
    name: String, messagesPerSecond: Double?, messageSize: Distribution, batchSize: Int = 1,
    profile: TimeProfile = TimeProfile(), messageGroups: Int = 1
  ) {
    self.name = name
    self.messagesPerSecond = messagesPerSecond
    self.messageSize = messageSize
    self.batchSize = batchSize
    self.profile = profile
    self.messageGroups = messageGroups
  }
}

/// The consumers of a queue and how they behave.
public struct SQSConsumers: Sendable, Hashable {
  /// Target tracking on backlog per consumer, as AWS recommends for scaling
  /// on SQS: desired = ⌈visible / target⌉, clamped to [minimum, maximum],
  /// applied after `reactionDelay`.
  public struct Scaling: Sendable, Hashable {
    public var minimum: Int
    public var maximum: Int
    public var targetBacklogPerConsumer: Double
    public var reactionDelay: Double

    public init(minimum: Int, maximum: Int, targetBacklogPerConsumer: Double, reactionDelay: Double) {
      self.minimum = minimum
      self.maximum = maximum
      self.targetBacklogPerConsumer = targetBacklogPerConsumer
      self.reactionDelay = reactionDelay
    }
  }

  /// A fixed number of consumers (when `scaling` is nil), or the starting
  /// number.
  public var count: Int
  public var scaling: Scaling?
  /// MaxNumberOfMessages per receive, 1–10.
  public var receiveBatchSize: Int
  /// Time to process one message, seconds; a batch is processed message by
  /// message and deleted with one DeleteMessageBatch at the end.
  public var processingTime: Distribution
  /// Probability that processing a message fails (it is not deleted and
  /// comes back after the visibility timeout).
  public var failureProbability: Double
  /// Share of messages that always fail (poison).
  public var poisonShare: Double
  /// Seconds a consumer waits after an empty short-poll receive
  /// (receive_wait_time = 0) before polling again. SQS documents no figure;
  /// it is the client's loop, so it is an input.
  public var pollIntervalSeconds: Double

  public init(
    count: Int, scaling: Scaling? = nil, receiveBatchSize: Int = 10, processingTime: Distribution,
    failureProbability: Double = 0, poisonShare: Double = 0, pollIntervalSeconds: Double = 1
  ) {
    self.count = count
    self.scaling = scaling
    self.receiveBatchSize = receiveBatchSize
    self.processingTime = processingTime
    self.failureProbability = failureProbability
    self.poisonShare = poisonShare
    self.pollIntervalSeconds = pollIntervalSeconds
  }
}
