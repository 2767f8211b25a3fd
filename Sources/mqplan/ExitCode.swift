/// The exit statuses of `mqplan`: part of its stable surface (README,
/// "What is stable").
enum ExitCode: Int32, Sendable, CaseIterable {
  /// Success; for `simulate`, `plan` and `compare`: every objective holds.
  case success = 0
  /// A failure that is not the user's input: an I/O error, an internal error.
  /// For `pattern test`, also the answer "no match" (see ``noMatch``).
  case failure = 1
  /// The input is invalid: a workload, tfvars or prices file, or a `--set`
  /// value. Nothing was written.
  case invalidInput = 2
  /// The run completed, but the configuration breaks at least one of the
  /// workload's objectives. The CI gate.
  case objectivesNotMet = 3
  /// `plan` found no candidate configuration that meets the objectives.
  case infeasible = 4
  /// The command line is malformed (sysexits.h `EX_USAGE`).
  case usage = 64
}

extension ExitCode {
  /// `pattern test`: the event does not match the pattern. grep's
  /// convention (0 a match, 1 none, 2 an error), so the status is 1,
  /// shared with ``failure``.
  static let noMatch = ExitCode.failure
}
