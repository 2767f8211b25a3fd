// Implementation priorities, in order: correctness, determinism, performance.

/// A discrete-event simulation: a clock and a calendar of future events.
///
/// The core is four operations, as in SimPy: ``schedule(_:at:priority:)``,
/// ``peek()``, ``step()`` and ``run(until:_:)``. Models own their state and
/// react to the events they scheduled; the engine knows nothing about what an
/// event means.
///
/// ```swift
/// enum Event { case arrival, departure(server: Int) }
/// let sim = Simulation<Event>()
/// sim.schedule(.arrival, after: 0.5)
/// sim.run(until: 3600) { event in
///   switch event.payload {
///   case .arrival: sim.schedule(.arrival, after: 1.0)
///   case .departure: break
///   }
/// }
/// ```
///
/// Event order is fully determined by `(time, priority, sequence)`:
/// same-time events run urgent before normal, and otherwise in the order they
/// were scheduled. Nothing depends on the heap's layout, hashing or threads,
/// so the same schedule of calls always produces the same run.
///
/// `Simulation` is a class because the clock is shared, mutable state: every
/// component of a model reads the same `now` and writes to the same calendar.
/// It is not thread-safe; run one simulation per task (see ``Replications``).
public final class Simulation<Payload> {
  /// The current simulated time, in seconds. Never decreases.
  @inlinable public var now: Double { _now }
  // The stored properties opt out of dynamic exclusivity checks. Only the
  // simulation's own methods touch them, none of which re-enters another
  // while holding an access, and a simulation is confined to one thread.
  // The checks cost about a fifth of the engine's time (callgrind on the
  // M/M/c benchmark, Benchmarks/README.md).
  @exclusivity(unchecked) @usableFromInline var _now: Double
  @exclusivity(unchecked) @usableFromInline var calendar = EventCalendar<Payload>()
  @exclusivity(unchecked) @usableFromInline var stopRequested = false
  @exclusivity(unchecked) @usableFromInline var eventsProcessed: UInt64 = 0

  /// A simulation whose clock starts at `startTime` seconds.
  ///
  /// - Precondition: `startTime` is finite.
  public init(startTime: Double = 0) {
    precondition(startTime.isFinite, "Start time must be finite, got \(startTime)")
    self._now = startTime
  }

  /// Number of pending events.
  @inlinable public var pendingCount: Int { calendar.count }

  /// Number of events taken off the calendar so far.
  @inlinable public var processedCount: UInt64 { eventsProcessed }

  /// Schedules an event at an absolute time.
  ///
  /// - Parameters:
  ///   - payload: What the event carries.
  ///   - time: When it runs, in seconds; at or after ``now``.
  ///   - priority: Order among events of the same time.
  /// - Returns: A handle for ``cancel(_:)``.
  /// - Complexity: O(log n).
  /// - Precondition: `time >= now` and `time` is finite. Scheduling in the
  ///   past is a programming error, never silently clamped.
  @inlinable
  @discardableResult
  public func schedule(
    _ payload: Payload, at time: Double, priority: EventPriority = .normal
  ) -> EventID {
    precondition(time >= now, "Cannot schedule an event in the past (\(time) < now \(now))")
    return calendar.schedule(payload, at: time, priority: priority)
  }

  /// Schedules an event `delay` seconds from now.
  ///
  /// - Precondition: `delay >= 0` and finite.
  @inlinable
  @discardableResult
  public func schedule(
    _ payload: Payload, after delay: Double, priority: EventPriority = .normal
  ) -> EventID {
    precondition(delay >= 0, "Delay must be non-negative, got \(delay)")
    return calendar.schedule(payload, at: now + delay, priority: priority)
  }

  /// Cancels a pending event.
  ///
  /// - Returns: `true` if it was pending; `false` if it had already run or
  ///   been cancelled.
  /// - Complexity: O(1).
  @inlinable
  @discardableResult
  public func cancel(_ id: EventID) -> Bool { calendar.cancel(id) }

  /// Whether the event is still pending.
  @inlinable
  public func isPending(_ id: EventID) -> Bool { calendar.isPending(id) }

  /// The time of the next pending event, or `+infinity` if there is none.
  @inlinable
  public func peek() -> Double { calendar.peekTime() }

  /// Takes the next event off the calendar and advances the clock to it.
  ///
  /// The caller handles the event. Returns `nil`, leaving the clock alone,
  /// when nothing is pending.
  @inlinable
  public func step() -> ScheduledEvent<Payload>? {
    guard let event = calendar.popNext() else { return nil }
    _advanceClock(to: event.time)
    eventsProcessed &+= 1
    return event
  }

  /// Asks a running ``run(until:_:)`` to return after the current event.
  public func stop() { stopRequested = true }

  /// Runs events until the clock reaches `end`, the calendar empties, or a
  /// handler calls ``stop()``.
  ///
  /// Events before `end` run, and so do *urgent* events at exactly `end`;
  /// normal events at `end` stay pending, so a later run continues exactly
  /// where this one stopped. On ``RunOutcome/reachedEnd`` and
  /// ``RunOutcome/exhausted`` the clock is left at `end`.
  ///
  /// - Parameters:
  ///   - end: The time to stop at; at or after ``now``.
  ///   - handle: Called once per event, in order. It may schedule, cancel
  ///     and stop.
  /// - Returns: Why the run ended.
  /// - Precondition: `end >= now`.
  @inlinable
  @discardableResult
  public func run(
    until end: Double, _ handle: (ScheduledEvent<Payload>) throws -> Void
  ) rethrows -> RunOutcome {
    precondition(end >= now, "Cannot run until \(end), the clock is already at \(now)")
    stopRequested = false
    while true {
      let next = calendar.peekTime()
      if next > end || (next == end && calendar.peekPriority() != .urgent) {
        if next == .infinity {
          _advanceClock(to: end)
          return .exhausted
        }
        _advanceClock(to: end)
        return .reachedEnd
      }
      guard let event = step() else { preconditionFailure("peek and pop disagree") }
      try handle(event)
      if stopRequested {
        stopRequested = false
        return .stopped
      }
    }
  }

  /// Runs events until none is pending or a handler calls ``stop()``.
  @inlinable
  @discardableResult
  public func run(_ handle: (ScheduledEvent<Payload>) throws -> Void) rethrows -> RunOutcome {
    stopRequested = false
    while let event = step() {
      try handle(event)
      if stopRequested {
        stopRequested = false
        return .stopped
      }
    }
    return .exhausted
  }

  @inlinable
  func _advanceClock(to time: Double) {
    #if SIMKIT_INTERNAL_CHECKS
    precondition(time >= _now, "Clock would go backwards: \(_now) → \(time)")
    #endif
    _now = time
  }
}
