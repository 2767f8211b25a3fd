import SimKit

/// What one simulated SQS queue predicts over a run.
public struct SQSQueueResult: Sendable {
  /// How the queue was simulated.
  public enum Fidelity: String, Sendable, Codable {
    /// Message by message.
    case message
    /// Cohorts of messages that share a fate, one-minute steps.
    case cohort
  }

  /// Requests by API call, each counted in 64 KB chunks of payload where
  /// the call carries messages (S13, S30d).
  public struct Requests: Sendable, Hashable, Codable {
    public var sendCalls = 0.0
    public var send = 0.0
    public var receiveCalls = 0.0
    public var receive = 0.0
    public var emptyReceives = 0.0
    public var delete = 0.0
    /// Billed requests: the sum of the chunked counts.
    public var total: Double { send + receive + delete }
  }

  public var name: String
  public var fidelity: Fidelity
  public var fifo: Bool
  public var horizon: Double
  public var sent = 0.0
  /// Messages larger than max_message_size, refused at send.
  public var rejectedTooLarge = 0.0
  /// Send calls refused by the FIFO 300-calls-per-second limit and retried.
  public var throttledSendCalls = 0.0
  /// Successful processing completions (duplicates included).
  public var processed = 0.0
  public var deleted = 0.0
  /// Deliveries of a message that had already been processed (its first
  /// processing outlasted the visibility timeout).
  public var duplicates = 0.0
  /// Messages deleted by retention before being processed: lost.
  public var expired = 0.0
  /// Messages moved to the DLQ, poison and otherwise.
  public var movedToDLQPoison = 0.0
  public var movedToDLQOther = 0.0
  /// DLQ messages deleted by the DLQ's 14-day retention.
  public var expiredFromDLQ = 0.0
  /// Receives refused because 120,000 messages were in flight.
  public var overLimitReceives = 0.0
  public var requests = Requests()
  /// KMS requests for SSE-KMS (0 with SSE-SQS).
  public var kmsRequests = 0.0

  /// ApproximateNumberOfMessagesVisible, one sample a minute.
  public var visible = QuantileSketch(relativeAccuracy: 0.005)
  /// Time-average of the visible count (exact in the message model).
  public var meanVisible = 0.0
  public var maxInFlight = 0.0
  /// ApproximateAgeOfOldestMessage, one sample a minute, seconds.
  public var ageOfOldest = QuantileSketch(relativeAccuracy: 0.005)
  /// Send to successful processing, seconds, per message.
  public var endToEnd = QuantileSketch(relativeAccuracy: 0.005)
  /// Send to first receive, seconds (the queueing wait): the sum and the
  /// count, kept cheap because it is updated for every message.
  public var firstReceiveWaitTotal = 0.0
  public var firstReceives = 0.0
  /// Messages that were not received the moment they were sent (P(wait)
  /// is this over `firstReceives`).
  public var firstReceivesThatWaited = 0.0
  /// Mean wait from send to first receive, seconds.
  public var meanFirstReceiveWait: Double { firstReceives > 0 ? firstReceiveWaitTotal / firstReceives : 0 }
  public var dlqDepthMax = 0.0
  public var dlqDepthFinal = 0.0
  public var consumersMin = 0
  public var consumersMax = 0
  /// Per-minute series: visible, inFlight, delayed, ageOfOldest, dlq,
  /// consumers, sent, received, deleted, emptyReceives.
  public var series: [String: IntervalSeries] = [:]
  public var events: [MSKRunResult.Event] = []
}
