/// One change of an alarm's state, as CloudWatch records it in the alarm
/// history: when, from what, to what, and why.
package struct AlarmTransition: Sendable, Hashable {
  /// Time of the evaluation that changed the state, in seconds from the
  /// start of the run (the end of the alarm period just closed).
  package var time: Double
  /// State before the evaluation.
  package var from: AlarmState
  /// State after the evaluation.
  package var to: AlarmState
  /// A short reason in CloudWatch's words, e.g. "Threshold Crossed: 3 out of
  /// the last 3 datapoints [412.0 (t=1500s), …] were greater than the
  /// threshold (100.0)." Datapoints are listed newest first and labelled
  /// with the start of their period. The wording is for people: it is not
  /// a stable format.
  package var reason: String

  package init(time: Double, from: AlarmState, to: AlarmState, reason: String) {
    self.time = time
    self.from = from
    self.to = to
    self.reason = reason
  }
}
