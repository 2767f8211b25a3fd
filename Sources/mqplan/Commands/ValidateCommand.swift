import MQPlanKit

enum ValidateCommand {
  static let spec = CommandSpec(
    name: "validate",
    abstract: "Check a workload file and report every problem at once.",
    discussion: """
      Each problem is printed with the file, line:column, the JSON path, what \
      would be valid, and "did you mean" for mistyped keys. Exits 0 when the \
      workload is valid, 2 when it is not.
      """,
    arguments: [ArgumentSpec(name: "workload", help: "The workload file (JSON).")],
    run: run)

  static func run(_ invocation: Invocation, _ console: inout Console) throws -> ExitCode {
    guard let path = invocation.argument("workload") else { return .usage }
    let workload: Workload
    do {
      workload = try WorkloadReader.read(contentsOf: path)
    } catch {
      CommandSupport.report(error, console: console)
      return .invalidInput
    }
    for warning in workload.warnings { console.printError(warning.description) }
    let kafka = workload.kafka
    let topics = kafka?.topics.count ?? 0
    let producers = kafka?.topics.reduce(0) { $0 + $1.producers.count } ?? 0
    let groups = kafka?.consumerGroups.count ?? 0
    console.print(
      "\(path): valid: \(workload.name), \(topics) topic\(topics == 1 ? "" : "s"), \(producers) producer\(producers == 1 ? "" : "s"), "
        + "\(groups) consumer group\(groups == 1 ? "" : "s"), \(workload.scenarios.count) scenario\(workload.scenarios.count == 1 ? "" : "s")"
    )
    return .success
  }
}
