import MQPlanKit

/// The command-line pipeline: parse → validate → run → print. Nothing here
/// models anything; the work happens in MQPlanKit.
enum MQPlanCLI {
  /// Runs the tool on `arguments` (argv without the program name) and
  /// returns the exit status.
  static func main(arguments: [String], console: inout Console) -> ExitCode {
    let parser = ArgumentParser(root: RootCommand.spec)
    let formatter = HelpFormatter(parser: parser)
    switch parser.parse(arguments) {
    case .failure(let error):
      console.printError(formatter.usageError(error))
      return .usage
    case .success(.version):
      console.print(MQPlan.version)
      return .success
    case .success(.help(let path)):
      console.write(formatter.help(for: path))
      return .success
    case .success(.run(let path, let invocation)):
      let command = parser.command(at: path)
      guard let run = command.run else {
        console.write(formatter.help(for: path))
        return .success
      }
      do {
        return try run(invocation, &console)
      } catch let error as UsageError {
        console.printError(formatter.usageError(error))
        return .usage
      } catch {
        console.printError("Error: \(error)")
        return .failure
      }
    }
  }
}
