/// An event taken off the calendar: when it runs, at which priority, its
/// handle and what it carries.
///
/// The payload is the model's own type. Models that move traffic in batches
/// put the quantities in it (see ``Quantity``), so one event can stand for
/// millions of messages.
public struct ScheduledEvent<Payload> {
  /// The simulated time, in seconds, at which the event runs.
  public var time: Double
  /// Its priority among events of the same time.
  public var priority: EventPriority
  /// The handle returned when it was scheduled.
  public var id: EventID
  /// What the model scheduled.
  public var payload: Payload

  @inlinable
  public init(time: Double, priority: EventPriority, id: EventID, payload: Payload) {
    self.time = time
    self.priority = priority
    self.id = id
    self.payload = payload
  }
}

extension ScheduledEvent: Sendable where Payload: Sendable {}
extension ScheduledEvent: Equatable where Payload: Equatable {}
