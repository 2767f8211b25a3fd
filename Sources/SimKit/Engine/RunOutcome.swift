/// Why ``Simulation/run(until:_:)`` returned.
public enum RunOutcome: Sendable, Hashable {
  /// The clock reached the requested end time. Normal-priority events at
  /// exactly that time are still pending.
  case reachedEnd
  /// No events were left before the end time. The clock was moved to the end
  /// time (or stays where it is for an unbounded run).
  case exhausted
  /// A handler called ``Simulation/stop()``; the clock stays at the time of
  /// the event that asked to stop.
  case stopped
}
