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
    func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
    var parts: [String] = []
    if let kafka = workload.kafka {
      parts.append(count(kafka.topics.count, "topic"))
      parts.append(count(kafka.topics.reduce(0) { $0 + $1.producers.count }, "producer"))
      parts.append(count(kafka.consumerGroups.count, "consumer group"))
    }
    if let sqs = workload.sqs { parts.append(count(sqs.queues.count, "queue")) }
    if let bus = workload.eventBridge {
      parts.append(count(bus.eventTypes.count, "event type"))
      parts.append(count(bus.rules.count, "rule"))
    }
    parts.append(count(workload.scenarios.count, "scenario"))
    console.print("\(path): valid: \(workload.name), " + parts.joined(separator: ", "))
    return .success
  }
}
