import MQPlanKit

/// Where one configuration's values come from: tfvars files, then
/// `name=value` assignments.
struct ConfigurationSources {
  var tfvars: [String]
  var sets: [String]
  /// What `Configuration.origins` records for the assignments: the option
  /// that gave them (`--set`, `--against-set`).
  var setOption = "--set"

  /// The files and assignments in order, as a report names them.
  var descriptions: [String] { tfvars + sets.map { "\(setOption) \($0)" } }

  /// Reads every file and applies everything, collecting every problem:
  /// the configuration (`nil` when there was an error), the diagnostics
  /// (errors and warnings) and the variables read but not simulated.
  func layered() -> (configuration: Configuration?, diagnostics: [Diagnostic], unused: [String]) {
    var files: [TFVarsFile] = []
    var problems: [Diagnostic] = []
    for path in tfvars {
      do {
        files.append(try TFVarsReader.read(path: path))
      } catch {
        problems += error.diagnostics
      }
    }
    do {
      let layered = try Configuration.layered(files, sets: sets, setOrigin: setOption)
      let failed = problems.contains { $0.severity == .error }
      return (failed ? nil : layered.configuration, problems + layered.warnings, layered.unused)
    } catch {
      return (nil, problems + error.diagnostics, [])
    }
  }
}
