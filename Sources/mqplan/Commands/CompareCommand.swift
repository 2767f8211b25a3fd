import Foundation
import MQPlanKit

enum CompareCommand {
  static let spec = CommandSpec(
    name: "compare",
    abstract: "Compare two configurations of a workload side by side.",
    discussion: """
      Simulates the workload on configuration A (the modules' defaults, then \
      each --tfvars file, then each --set) and on configuration B (the \
      defaults, then each --against file, then each --against-set), both with \
      the same seed, so that every difference comes from the configurations. \
      Prints the variables that differ, the key predictions, every objective on \
      both sides, the monthly bill by service with the difference B − A, and a \
      one-line conclusion. Exits 0 when both configurations meet every \
      objective, 3 when either does not (the report says which), 2 on invalid \
      input.
      """,
    arguments: [
      ArgumentSpec(name: "workload", help: "The workload file (JSON).")
    ],
    options: [
      OptionSpec(
        long: "tfvars", kind: .repeating(valueName: "file"),
        help: "A tfvars file for configuration A; repeat for several, later ones winning."),
      OptionSpec(
        long: "set", kind: .repeating(valueName: "name=value"),
        help: "Set a module variable of configuration A, on top of its tfvars files."),
      OptionSpec(
        long: "against", kind: .repeating(valueName: "file"),
        help: "A tfvars file for configuration B; repeat for several, later ones winning."),
      OptionSpec(
        long: "against-set", kind: .repeating(valueName: "name=value"),
        help: "Set a module variable of configuration B, on top of its tfvars files."),
      OptionSpec(
        long: "seed", kind: .single(valueName: "n"), help: "Override the workload's seed (both sides)."),
      OptionSpec(
        long: "horizon", kind: .single(valueName: "days"),
        help: "Override the horizon, in days (or a duration such as 12h)."),
      OptionSpec(
        long: "prices", kind: .single(valueName: "file"),
        help: "Price overrides (JSON) for another region or a discount."),
      OptionSpec(long: "quiet", kind: .flag, help: "No progress bar (it is drawn only on a terminal)."),
      OptionSpec(
        long: "format", kind: .single(valueName: "format"), help: "text (default), json or markdown."),
    ],
    run: run)

  static func run(_ invocation: Invocation, _ console: inout Console) throws -> ExitCode {
    let format = try CommandSupport.format(invocation, allowed: ["text", "json", "markdown"])
    do {
      let workload = try CommandSupport.workload(invocation, console: console)
      let sides = [
        ConfigurationSources(tfvars: invocation.values("tfvars"), sets: invocation.values("set")),
        ConfigurationSources(
          tfvars: invocation.values("against"), sets: invocation.values("against-set"),
          setOption: "--against-set"),
      ]
      // Both sides' problems together; a warning or note both share, once.
      let layered = sides.map { $0.layered() }
      var diagnostics: [Diagnostic] = []
      for diagnostic in layered.flatMap(\.diagnostics) where !diagnostics.contains(diagnostic) {
        diagnostics.append(diagnostic)
      }
      var unused: [String] = []
      for name in layered.flatMap(\.unused) where !unused.contains(name) { unused.append(name) }
      if let note = Configuration.unusedNote(unused) { diagnostics.append(note) }
      guard let a = layered[0].configuration, let b = layered[1].configuration else {
        CommandSupport.report(InputError(diagnostics), console: console)
        return .invalidInput
      }
      for diagnostic in diagnostics { console.printError(diagnostic.description) }
      let prices = try CommandSupport.prices(invocation.value("prices"), console: console)
      var results: [SimulationResult] = []
      for (name, configuration, source) in [("A", a, sides[0]), ("B", b, sides[1])] {
        do {
          results.append(
            try ProgressBar(label: "compare \(name)", console: console, quiet: invocation.flag("quiet")).run {
              progress throws(InputError) in
              var options = World.Options()
              options.progress = progress
              return try World.simulate(
                workload, configuration: configuration, prices: prices, options: options)
            })
        } catch {
          console.printError(
            "configuration \(name) (\(ComparisonReport.describe(source.descriptions))) cannot be simulated:")
          CommandSupport.report(configuration.locating(error), console: console)
          return .invalidInput
        }
      }
      let comparison = Comparison(
        a: results[0], b: results[1], sourcesA: sides[0].descriptions, sourcesB: sides[1].descriptions)
      switch format {
      case "json": console.write(try CommandSupport.json(ComparisonReportV1(comparison)))
      case "markdown": console.write(ComparisonReport.markdown(comparison))
      default: console.write(ComparisonReport.render(comparison))
      }
      return comparison.passed ? .success : .objectivesNotMet
    } catch let failure as ReportedFailure {
      return failure.status
    }
  }
}
