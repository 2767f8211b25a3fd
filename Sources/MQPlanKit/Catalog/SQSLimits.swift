/// SQS quotas and semantics (reference/sqs-eventbridge.md §1), with sources.
public enum SQSLimits {
  /// Visibility timeout range, seconds (S1, S2a).
  public static let visibilityTimeout = 0...43_200
  /// Default visibility timeout (S1).
  public static let defaultVisibilityTimeout = 30
  /// Message retention range, seconds; default 4 days (S1, S4).
  public static let retention = 60...1_209_600
  public static let defaultRetention = 345_600
  /// Maximum message size range, bytes; default 1 MiB in the current API
  /// model (S1; 256 KiB before 2026-01, S30e).
  public static let maxMessageSize = 1_024...1_048_576
  public static let defaultMaxMessageSize = 1_048_576
  /// DelaySeconds range (S1, S5).
  public static let delay = 0...900
  /// ReceiveMessageWaitTimeSeconds range; 0 is short polling (S1, S2c).
  public static let receiveWait = 0...20
  /// maxReceiveCount range (S30f: an AWS-owned construct's docs, not the
  /// SQS API reference).
  public static let maxReceiveCount = 1...1_000
  /// "Default: 10" in the botocore text of RedrivePolicy (S1).
  public static let defaultMaxReceiveCount = 10
  /// In-flight messages per queue, standard and (current docs) FIFO (S5, S6).
  public static let inFlight = 120_000
  /// FIFO, normal throughput mode: API calls per second per action (S4, S7).
  public static let fifoCallsPerSecond = 300.0
  /// Messages per batch call (S1).
  public static let batchEntries = 1...10
  /// The seed's DLQs keep messages 14 days (its `message_retention_seconds = 1209600`).
  public static let deadLetterRetention = 1_209_600
  /// Bytes per billed request chunk: 64 KB, taken as 65,536 bytes (S13,
  /// S30d; the byte count is not verified, see prices-us-east-1.json).
  public static let billingChunkBytes = 65_536.0
  /// ApproximateAgeOfOldestMessage leaves out messages received this many
  /// times or more (the "poison pill" rule, S2f).
  public static let ageExclusionReceiveCount = 3
}
