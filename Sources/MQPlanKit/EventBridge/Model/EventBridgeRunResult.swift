/// What the bus did in one run: publishing and throttling per event type,
/// matching, invocations, retries and dead letters per rule target, the
/// archive and any replay.
public struct EventBridgeRunResult: Sendable {
  /// One event type.
  public struct TypeResult: Sendable {
    public var name: String
    /// Events the producers tried to publish (new ones, not re-sends).
    public var offered: Double
    /// Events EventBridge accepted.
    public var published: Double
    /// PutEvents requests refused with ThrottlingException (each re-send
    /// counts again).
    public var throttledRequests: Double
    /// Events lost because the producer drops throttled events.
    public var droppedByThrottle: Double
    /// Events still waiting to be re-sent at the end of the horizon.
    public var pendingAtEnd: Double
    /// Longest time a throttled event waited before it was accepted, s.
    public var maxThrottleDelay: Double
    /// Billed 64 KB chunks.
    public var chunks: Double
    /// Measured share of the type's events matching each rule, with its 95 %
    /// half-width, by rule name.
    public var ruleShares: [(rule: String, share: Double, halfWidth: Double)]
    public var archiveShare: Double
    public var samples: Int
    /// The first generated event, compact JSON.
    public var example: String
  }

  /// One target of one rule.
  public struct TargetResult: Sendable {
    public var rule: String
    public var target: String
    /// "queue fulfilment" or "sink".
    public var kind: String
    /// Events the rule matched and sent to this target.
    public var matched: Double
    /// Invocation attempts (first attempts and retries).
    public var invocations: Double
    public var delivered: Double
    /// Attempts that failed (EventBridge's FailedInvocations).
    public var failedInvocations: Double
    public var retries: Double
    /// Events given up and sent to the rule's DLQ (InvocationsSentToDlq).
    public var sentToDLQ: Double
    /// Events given up with no DLQ: lost.
    public var dropped: Double
    /// Events still being retried or delayed at the end of the horizon.
    public var pendingAtEnd: Double
    /// Longest time an attempt waited for the invocations quota, s.
    public var maxQuotaDelay: Double
  }

  /// The archive.
  public struct ArchiveResult: Sendable {
    public var events: Double
    /// Bytes archived (billed as processing).
    public var bytesProcessed: Double
    public var peakStoredBytes: Double
    public var storedBytesAtEnd: Double
    /// ∫ stored bytes dt over the horizon, byte-seconds.
    public var byteSeconds: Double
  }

  /// A replay of an archived window.
  public struct ReplayResult: Sendable {
    public var from: Double
    public var to: Double
    public var start: Double
    /// When the last archived event was re-emitted, or `nil` if the horizon
    /// ended first.
    public var finished: Double?
    public var events: Double
    public var chunks: Double
  }

  public var horizon: Double
  public var types: [TypeResult]
  public var targets: [TargetResult]
  public var archive: ArchiveResult?
  public var replay: ReplayResult?
  /// The Region's quotas used, per second.
  public var putEventsQuota: Double
  public var invocationsQuota: Double
  /// Busiest minute, per second.
  public var peakPutEventsRequestsPerSecond: Double
  public var peakInvocationsPerSecond: Double
  /// Minutes in which the invocations quota delayed attempts.
  public var quotaDelayedMinutes: Int
  /// Per-minute series: events published, invocations, failed invocations,
  /// invocations sent to DLQs, throttled PutEvents requests.
  public var publishedPerMinute: [Double]
  public var invocationsPerMinute: [Double]
  public var failedPerMinute: [Double]
  public var sentToDLQPerMinute: [Double]
  public var throttledPerMinute: [Double]
  /// Timeline notes: first throttle, first DLQ delivery, replay start/end.
  public var events: [MSKRunResult.Event]
  /// Events delivered into each queue of the workload per minute (targets
  /// and DLQs), with their mean size in bytes.
  var deliveries: [String: (perMinute: [Double], meanBytes: Double)]
}
