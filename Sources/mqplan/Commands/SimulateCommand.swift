import Foundation
import MQPlanKit

enum SimulateCommand {
  static let spec = CommandSpec(
    name: "simulate",
    abstract: "Simulate a workload on a configuration and check its objectives.",
    discussion: """
      Runs the workload over its horizon on a configuration: the modules' \
      defaults, then each --tfvars file in order, then each --set: the \
      baseline, then each scenario in the workload. Prints \
      storage per broker, the use of each throughput limit and which binds, lag \
      per consumer group, the monthly bill, and each objective. Exits 0 when \
      every objective holds, 3 when one does not (a CI gate), 2 on invalid input.
      """,
    arguments: [
      ArgumentSpec(
        name: "workload",
        help: "The workload file (JSON); without it, the embedded example that `mqplan init` writes.",
        isOptional: true)
    ],
    options: [
      OptionSpec(
        long: "tfvars", kind: .repeating(valueName: "file"),
        help:
          "Read module variables from a .tfvars or .tfvars.json file; repeat for several, later ones winning."
      ),
      OptionSpec(
        long: "set", kind: .repeating(valueName: "name=value"),
        help: "Set a module variable, e.g. broker_count=6, on top of the tfvars files."),
      OptionSpec(long: "seed", kind: .single(valueName: "n"), help: "Override the workload's seed."),
      OptionSpec(
        long: "horizon", kind: .single(valueName: "days"),
        help: "Override the horizon, in days (or a duration such as 12h)."),
      OptionSpec(
        long: "prices", kind: .single(valueName: "file"),
        help: "Price overrides (JSON) for another region or a discount."),
      OptionSpec(long: "quiet", kind: .flag, help: "No progress bar (it is drawn only on a terminal)."),
      OptionSpec(
        long: "format", kind: .single(valueName: "format"),
        help:
          "text (default), json, markdown, html (one self-contained file with charts), csv (the time series, a row a minute) or bill-csv."
      ),
      OptionSpec(
        long: "sqs-fidelity", kind: .single(valueName: "level"),
        help: "auto (default), message or cohort: how SQS queues are simulated."),
      OptionSpec(
        long: "free-tier", kind: .flag,
        help: "Apply SQS's monthly free tier (it is per account, so off by default)."),
      OptionSpec(
        long: "replications", kind: .single(valueName: "n"),
        help: "Baseline replications (other seeds) for alarm thresholds and false alarms; default 1."),
    ],
    run: run)

  static func run(_ invocation: Invocation, _ console: inout Console) throws -> ExitCode {
    let format = try CommandSupport.format(
      invocation, allowed: ["text", "json", "markdown", "html", "csv", "bill-csv"])
    do {
      let workload = try CommandSupport.workload(invocation, console: console)
      let configuration = try CommandSupport.configuration(
        tfvars: invocation.values("tfvars"), sets: invocation.values("set"), console: console)
      let prices = try CommandSupport.prices(invocation.value("prices"), console: console)
      let fidelity = invocation.value("sqs-fidelity") ?? "auto"
      guard ["auto", "message", "cohort"].contains(fidelity) else {
        throw UsageError(
          message: "The SQS fidelity must be auto, message or cohort, got '\(fidelity)'.",
          commandPath: invocation.commandPath)
      }
      var replications = 1
      if let text = invocation.value("replications") {
        guard let value = Int(text), (1...100).contains(value) else {
          throw UsageError(
            message: "The replications must be a whole number from 1 to 100, got '\(text)'.",
            commandPath: invocation.commandPath)
        }
        replications = value
      }
      let result: SimulationResult
      do {
        var options = World.Options(sqsFidelity: fidelity, freeTier: invocation.flag("free-tier"))
        options.replications = replications
        result = try ProgressBar(label: "simulate", console: console, quiet: invocation.flag("quiet")).run {
          progress throws(InputError) in
          options.progress = progress
          return try World.simulate(workload, configuration: configuration, prices: prices, options: options)
        }
      } catch {
        CommandSupport.report(configuration.locating(error), console: console)
        return .invalidInput
      }
      switch format {
      case "json": console.write(try CommandSupport.json(SimulationReportV1(result)))
      case "markdown": console.write(MarkdownReport.render(result))
      case "html": console.write(HTMLReport.render(result))
      case "csv": console.write(CSVReport.series(result))
      case "bill-csv": console.write(CSVReport.bill(result))
      default: console.write(TextReport.render(result))
      }
      return result.passed ? .success : .objectivesNotMet
    } catch let failure as ReportedFailure {
      return failure.status
    }
  }
}
