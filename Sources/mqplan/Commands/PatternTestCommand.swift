import MQPlanKit

/// `mqplan pattern test PATTERN EVENT`: whether an event matches, and why.
enum PatternTestCommand {
  static let spec = CommandSpec(
    name: "test",
    abstract: "Check whether an event matches an event pattern, and why.",
    discussion: """
      The pattern and the event are each a file or inline JSON (an argument \
      that starts with '{'). Prints "match" or "no match", then the \
      conditions that held, or those that failed with what was expected and \
      what the event had. Warns when the pattern is longer than EventBridge \
      accepts (2,048 characters).

      Exits 0 on a match, 1 on no match (like grep), 2 when the pattern or \
      the event is invalid (every problem on stderr, nothing on stdout).
      """,
    arguments: [
      ArgumentSpec(name: "pattern", help: "The event pattern: a file, or inline JSON."),
      ArgumentSpec(name: "event", help: "The event: a file, or inline JSON."),
    ],
    options: [
      OptionSpec(long: "format", kind: .single(valueName: "format"), help: "text (default) or json.")
    ],
    run: run)

  static func run(_ invocation: Invocation, _ console: inout Console) throws -> ExitCode {
    let format = try CommandSupport.format(invocation, allowed: ["text", "json"])
    guard let pattern = invocation.argument("pattern"), let event = invocation.argument("event") else {
      return .usage
    }
    let test: PatternTest
    do {
      test = try PatternTest(pattern: pattern, event: event)
    } catch {
      for diagnostic in error.diagnostics { console.printError(diagnostic.description) }
      return .invalidInput
    }
    for warning in test.warnings { console.printError(warning.description) }
    let result = test.explain()
    let usesWildcard = test.pattern.usesWildcard
    switch format {
    case "json":
      console.write(try CommandSupport.json(PatternTestReportV1(result, usesWildcard: usesWildcard)))
    default: console.write(PatternTestReport.text(result, usesWildcard: usesWildcard))
    }
    return result.isMatch ? .success : .noMatch
  }
}
