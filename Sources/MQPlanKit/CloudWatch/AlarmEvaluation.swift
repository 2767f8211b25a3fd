/// The result of evaluating one alarm over a run: the datapoint of every
/// period, the state after every evaluation (for a timeline), and the
/// transitions (for the alarm history).
///
/// Evaluation `i` happens at the end of period `i`, at
/// ``evaluationTime(_:)`` = `start + (i + 1) × period`.
package struct AlarmEvaluation: Sendable, Hashable {
  /// The alarm evaluated.
  package var definition: AlarmDefinition
  /// Start of the first period (the series start), in seconds.
  package var start: Double
  /// The alarm's statistic over each period, oldest first; `nil` where the
  /// period had no sample (a missing datapoint).
  package var datapoints: [Double?]
  /// The state after each evaluation; `states[i]` holds from
  /// `evaluationTime(i)` until the next evaluation. Before the first
  /// evaluation the alarm is in INSUFFICIENT_DATA.
  package var states: [AlarmState]
  /// Every change of state, in time order.
  package var transitions: [AlarmTransition]

  /// Time of evaluation `index`, in seconds from the start of the run.
  package func evaluationTime(_ index: Int) -> Double {
    start + Double(index + 1) * definition.period
  }

  /// The state after the last evaluation (INSUFFICIENT_DATA if none).
  package var finalState: AlarmState { states.last ?? .insufficientData }

  /// Seconds spent in `state` between the first evaluation and the end of
  /// the last period, counting each evaluation's state for one period.
  ///
  /// - Complexity: O(number of periods).
  package func timeIn(_ state: AlarmState) -> Double {
    Double(states.lazy.filter { $0 == state }.count) * definition.period
  }

  /// Checks that the transitions and the states tell the same story. Runs
  /// only when `SIMKIT_INTERNAL_CHECKS` is defined; O(number of periods).
  func _checkInvariants() {
    #if SIMKIT_INTERNAL_CHECKS
    precondition(states.count == datapoints.count, "One state per period")
    var previous = AlarmState.insufficientData
    var next = transitions.makeIterator()
    var pending = next.next()
    for (index, state) in states.enumerated() {
      if state != previous {
        guard let transition = pending else { preconditionFailure("State change without a transition") }
        precondition(transition.time == evaluationTime(index), "Transition at the wrong time")
        precondition(
          transition.from == previous && transition.to == state, "Transition disagrees with states")
        pending = next.next()
      }
      previous = state
    }
    precondition(pending == nil, "Transition without a state change")
    #endif
  }
}
