import Foundation
import MQPlanKit

enum PlanCommand {
  static let spec = CommandSpec(
    name: "plan",
    abstract: "Recommend the modules' variables for a workload and write them as tfvars.",
    discussion: """
      Searches MSK broker sizes, counts, volumes and provisioned throughput \
      (and Serverless) for the cheapest configuration that meets every \
      objective in every scenario, with one availability zone down unless \
      the workload opts out; sets each queue's attributes and alarm \
      thresholds; proves the choice by simulation. Writes msk, sqs, \
      eventbridge and monitoring .auto.tfvars files (each value with its \
      reason) into --out (default Reports/<workload name>/) with the \
      reports: plan.txt, plan.md (a pull-request comment), plan.json \
      (Reports/plan-report.schema.json), report.html (charts, one \
      self-contained file), series.csv and bill.csv; never replacing a file \
      without --force. With --tfvars, the reports give the cost change \
      against those current values. Exits 0 when a configuration \
      meets every objective, 4 when none does (saying which objective and \
      why), 2 on invalid input.
      """,
    arguments: [
      ArgumentSpec(
        name: "workload",
        help: "The workload file (JSON); without it, the embedded example that `mqplan init` writes.",
        isOptional: true)
    ],
    options: [
      OptionSpec(
        long: "out", kind: .single(valueName: "dir"), help: "Where to write (default Reports/<name>/)."),
      OptionSpec(
        long: "runs", kind: .single(valueName: "n"),
        help: "Replications per candidate and scenario (default: the workload's, else 2)."),
      OptionSpec(long: "force", kind: .flag, help: "Replace files that exist."),
      OptionSpec(
        long: "tfvars-format", kind: .single(valueName: "format"),
        help: "hcl (default) or json (.tfvars.json)."),
      OptionSpec(
        long: "tfvars", kind: .repeating(valueName: "file"),
        help: "The environment's current values (kafka_version and the rest the plan does not decide)."),
      OptionSpec(
        long: "set", kind: .repeating(valueName: "name=value"),
        help: "Fix a variable the plan does not decide, e.g. kafka_version=3.6.0."),
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
          "What to print: text (default), markdown (a pull-request comment) or json. The files are written either way."
      ),
    ],
    run: run)

  static func run(_ invocation: Invocation, _ console: inout Console) throws -> ExitCode {
    let format = try CommandSupport.format(invocation, allowed: ["text", "markdown", "json"])
    let tfvarsFormat = invocation.value("tfvars-format") ?? "hcl"
    guard ["hcl", "json"].contains(tfvarsFormat) else {
      throw UsageError(
        message: "The tfvars format must be hcl or json, got '\(tfvarsFormat)'.",
        commandPath: invocation.commandPath)
    }
    var runs: Int?
    if let text = invocation.value("runs") {
      guard let value = Int(text), (1...100).contains(value) else {
        throw UsageError(
          message: "The runs must be a whole number from 1 to 100, got '\(text)'.",
          commandPath: invocation.commandPath)
      }
      runs = value
    }
    do {
      let workload = try CommandSupport.workload(invocation, console: console)
      let configuration = try CommandSupport.configuration(
        tfvars: invocation.values("tfvars"), sets: invocation.values("set"), console: console)
      let prices = try CommandSupport.prices(invocation.value("prices"), console: console)
      let directory = invocation.value("out") ?? "Reports/\(workload.name)"
      let force = invocation.flag("force")
      let plan: Plan
      do {
        plan = try ProgressBar(label: "plan", console: console, quiet: invocation.flag("quiet")).run {
          progress throws(InputError) in
          var options = Planner.Options(runs: runs)
          options.progress = progress
          return try Planner.plan(workload, base: configuration, prices: prices, options: options)
        }
      } catch {
        CommandSupport.report(error, console: console)
        return .invalidInput
      }
      // With --tfvars, the values the plan would replace: simulated on the
      // same workload and scenarios, for the cost change.
      var current: SimulationResult?
      if !invocation.values("tfvars").isEmpty {
        do {
          current = try ProgressBar(
            label: "current tfvars", console: console, quiet: invocation.flag("quiet")
          ).run {
            progress throws(InputError) in
            var options = World.Options()
            options.progress = progress
            return try World.simulate(
              plan.workload, configuration: configuration, prices: prices, options: options)
          }
        } catch {
          CommandSupport.report(configuration.locating(error), console: console)
          return .invalidInput
        }
      }
      var files = PlanFiles.tfvars(plan, json: tfvarsFormat == "json").map {
        ($0.name, $0.text)
      }
      let markdown = PlanReport.markdown(plan, current: current)
      let json = try CommandSupport.json(PlanReportV1(plan))
      files.append(("plan.txt", PlanReport.full(plan)))
      files.append(("plan.md", markdown))
      files.append(("plan.json", json))
      files.append(("report.html", HTMLReport.render(plan.result, plan: plan, current: current)))
      files.append(
        ("series.csv", CSVReport.series(plan.result, interval: PlanFiles.seriesInterval(plan.result))))
      files.append(("bill.csv", CSVReport.bill(plan.result)))
      // Refuse before writing anything: nothing half-written. A file that
      // already holds exactly what the plan writes is left alone, so the
      // same plan run twice succeeds (the output is deterministic).
      let paths = files.map { (directory as NSString).appendingPathComponent($0.0) }
      func unchanged(_ path: String, _ text: String) -> Bool {
        FileManager.default.contents(atPath: path) == Data(text.utf8)
      }
      let conflicts = zip(paths, files).filter {
        FileManager.default.fileExists(atPath: $0.0) && !unchanged($0.0, $0.1.1)
      }
      if !force, let existing = conflicts.first {
        console.printError(
          "mqplan plan: \(existing.0) exists and differs; pass --force to replace it (nothing was written)")
        return .failure
      }
      for (path, (_, text)) in zip(paths, files) where !unchanged(path, text) {
        try CommandSupport.write(text, to: path, force: true)
      }
      switch format {
      case "markdown": console.write(markdown)
      case "json": console.write(json)
      default:
        console.write(PlanReport.summary(plan))
        console.print("")
        console.print("Wrote " + paths.joined(separator: ", "))
      }
      return plan.feasible ? .success : .infeasible
    } catch let failure as ReportedFailure {
      return failure.status
    }
  }
}
