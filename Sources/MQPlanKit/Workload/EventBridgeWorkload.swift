import SimKit

/// EventBridge traffic on the eventbridge module's custom bus: the events
/// published, the rules of the module's `event_rules` map with their
/// targets, and the archive.
public struct EventBridgeWorkload: Sendable, Hashable {
  public var eventTypes: [EventType]
  public var rules: [EventRule]
  /// The module's archive; `nil` when the workload has none.
  public var archive: EventArchive?
  /// Events sampled per event type to measure which rules match (default
  /// 10,000: a matching fraction p is then known within ±1.96·√(p(1−p)/n),
  /// at most ±1 % at 95 %).
  public var samplesPerType: Int

  public init(
    eventTypes: [EventType] = [], rules: [EventRule] = [], archive: EventArchive? = nil,
    samplesPerType: Int = 10_000
  ) {
    self.eventTypes = eventTypes
    self.rules = rules
    self.archive = archive
    self.samplesPerType = samplesPerType
  }
}

/// A kind of event applications publish with PutEvents.
public struct EventType: Sendable, Hashable {
  /// What producers do when PutEvents is throttled (ThrottlingException).
  public enum OnThrottle: String, Sendable, Hashable {
    /// Retry later (the AWS SDKs' default): the events are delayed.
    case retry
    /// Give up: the events are lost, and counted.
    case drop
  }

  public var name: String
  /// The envelope's `source`, e.g. "orion.orders".
  public var source: String
  /// The envelope's `detail-type`.
  public var detailType: String
  /// Mean events per second before the time profile.
  public var eventsPerSecond: Double
  public var profile: TimeProfile
  /// Entries per PutEvents call, 1–10.
  public var entriesPerCall: Int
  /// Entry size in bytes (Source, DetailType, Detail and Resources; S35).
  public var size: Distribution
  /// Example `detail` objects, drawn with equal probability, or empty when
  /// `fields` generate the detail.
  package var samples: [JSONNode]
  /// Generators of `detail` fields, by dotted path under `detail`.
  package var fields: [EventField]
  public var onThrottle: OnThrottle

  package init(
    name: String, source: String, detailType: String, eventsPerSecond: Double,
    profile: TimeProfile = TimeProfile(),
    entriesPerCall: Int = 1, size: Distribution, samples: [JSONNode] = [], fields: [EventField] = [],
    onThrottle: OnThrottle = .retry
  ) {
    self.name = name
    self.source = source
    self.detailType = detailType
    self.eventsPerSecond = eventsPerSecond
    self.profile = profile
    self.entriesPerCall = entriesPerCall
    self.size = size
    self.samples = samples
    self.fields = fields
    self.onThrottle = onThrottle
  }
}

/// How one field of an event's `detail` is generated.
package struct EventField: Sendable, Hashable {
  /// The values a field takes.
  package enum Generator: Sendable, Hashable {
    /// One of these JSON values, with these weights (equal when empty).
    case oneOf(values: [JSONNode], weights: [Double])
    /// A number drawn from a distribution, written with `decimals` places.
    case number(Distribution, decimals: Int)
    /// An IPv4 address drawn uniformly from a CIDR block (network, prefix).
    case ipv4(network: UInt32, prefixLength: Int)
  }

  /// Dotted path under `detail`, e.g. "order.status".
  package var path: [String]
  package var generator: Generator
  /// Probability that the field is present at all (default 1).
  package var presence: Double

  package init(path: [String], generator: Generator, presence: Double = 1) {
    self.path = path
    self.generator = generator
    self.presence = presence
  }
}

/// A rule of the module's `event_rules` map.
public struct EventRule: Sendable, Hashable {
  public var name: String
  /// The pattern's JSON text, as written (for reports and tfvars).
  public var patternText: String
  package var pattern: EventPattern
  public var enabled: Bool
  public var targets: [EventTarget]
  /// The target's retry policy (the module's `retry_policy`): attempts
  /// after the first, and the age after which an event is given up.
  public var maxRetries: Int
  public var maxEventAgeSeconds: Double
  /// The queue (name) that receives events whose delivery failed for good
  /// (the module's `dlq_arn`), or `nil` to drop them.
  public var deadLetterQueue: String?

  package init(
    name: String, patternText: String, pattern: EventPattern, enabled: Bool = true, targets: [EventTarget],
    maxRetries: Int = EventBridgeLimits.defaultRetryAttempts,
    maxEventAgeSeconds: Double = Double(EventBridgeLimits.defaultEventAge), deadLetterQueue: String? = nil
  ) {
    self.name = name
    self.patternText = patternText
    self.pattern = pattern
    self.enabled = enabled
    self.targets = targets
    self.maxRetries = maxRetries
    self.maxEventAgeSeconds = maxEventAgeSeconds
    self.deadLetterQueue = deadLetterQueue
  }
}

/// Where a rule sends the events it matches.
public struct EventTarget: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// A queue of this workload's sqs section: deliveries become its
    /// arrivals.
    case queue(String)
    /// Anything else (a Lambda function, an API destination): it accepts up
    /// to `maxPerSecond` invocations a second (the rest fail and are
    /// retried) and fails each with `failureProbability`.
    case sink(maxPerSecond: Double?, failureProbability: Double)
  }

  public var name: String
  public var kind: Kind

  public init(name: String, kind: Kind) {
    self.name = name
    self.kind = kind
  }
}

/// The module's archive: events matching a pattern, kept for replay.
public struct EventArchive: Sendable, Hashable {
  public var patternText: String
  package var pattern: EventPattern
  /// `nil`: kept indefinitely (AWS's default, S38).
  public var retentionDays: Double?

  package init(patternText: String, pattern: EventPattern, retentionDays: Double?) {
    self.patternText = patternText
    self.pattern = pattern
    self.retentionDays = retentionDays
  }
}
