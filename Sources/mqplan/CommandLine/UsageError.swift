/// A malformed command line: an unknown option, a missing value, a missing
/// argument. Reported with the usage line of the command it concerns, and
/// exit status 64.
struct UsageError: Error, Equatable {
  var message: String
  /// Command names from the root to the command being parsed.
  var commandPath: [String]
}
