/// A named set of incidents, simulated as its own run next to the baseline,
/// so its effect is read against the same traffic.
public struct Scenario: Sendable, Hashable {
  public var name: String
  public var incidents: [Incident]

  public init(name: String, incidents: [Incident]) {
    self.name = name
    self.incidents = incidents
  }
}

/// Something that goes wrong for a while. Times are seconds from the start
/// of the horizon.
public struct Incident: Sendable, Hashable {
  /// What happens.
  public enum Kind: Sendable, Hashable {
    /// One broker (0-based index) is down: its leaders fail over, it stops
    /// replicating, and it catches up when it returns.
    case brokerDown(broker: Int)
    /// Every broker of one availability zone (0-based) is down; the
    /// survivors carry the load.
    case availabilityZoneDown(zone: Int)
    /// A consumer group stops consuming; it catches up when it restarts.
    case consumerStopped(group: String)
    /// Producers of one topic (or of all, when `nil`) send `multiplier`
    /// times their usual rate.
    case trafficBurst(topic: String?, multiplier: Double)
    /// Every consumer of an SQS queue stops; received batches finish.
    case queueConsumersStopped(queue: String)
    /// Producers of one SQS queue (or of all, when `nil`) send `multiplier`
    /// times their usual rate.
    case queueTrafficBurst(queue: String?, multiplier: Double)
    /// A share of the messages sent to a queue are poison: they always fail.
    case poisonBurst(queue: String, share: Double)
    /// The archived events of [from, to) are replayed onto the bus from the
    /// incident's start, through the rules again.
    case eventReplay(from: Double, to: Double)
    /// An EventBridge rule target (by name) fails every invocation; the
    /// failures are retried as its rule's retry policy says.
    case eventTargetDown(target: String)
  }

  public var kind: Kind
  public var start: Double
  public var duration: Double

  public init(_ kind: Kind, start: Double, duration: Double) {
    self.kind = kind
    self.start = start
    self.duration = duration
  }

  /// End of the incident.
  public var end: Double { start + duration }

  /// Whether the incident is in effect at time `t`.
  public func isActive(at t: Double) -> Bool { t >= start && t < end }
}

extension Incident.Kind {
  /// Whether the incident changes the Kafka cluster's run.
  var touchesKafka: Bool {
    switch self {
    case .brokerDown, .availabilityZoneDown, .consumerStopped, .trafficBurst: return true
    default: return false
    }
  }

  /// Whether the incident changes the event bus's run.
  var touchesEventBridge: Bool {
    switch self {
    case .eventReplay, .eventTargetDown: return true
    default: return false
    }
  }

  /// Whether the incident changes queue `name`'s run directly.
  func touches(queue name: String) -> Bool {
    switch self {
    case .queueConsumersStopped(let queue), .poisonBurst(let queue, _): return queue == name
    case .queueTrafficBurst(let queue, _): return queue == nil || queue == name
    default: return false
    }
  }
}
