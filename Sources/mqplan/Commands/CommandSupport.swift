import Foundation
import MQPlanKit

/// A failure already reported to the user, carrying the exit status.
struct ReportedFailure: Error {
  var status: ExitCode
}

/// Helpers the commands share: reading inputs, printing diagnostics,
/// writing files safely.
enum CommandSupport {
  /// Prints every diagnostic to standard error.
  static func report(_ error: InputError, console: Console) {
    for diagnostic in error.diagnostics { console.printError(diagnostic.description) }
    let errors = error.errors.count
    if errors > 0 {
      console.printError("\(errors) error\(errors == 1 ? "" : "s"); nothing was simulated or written.")
    }
  }

  /// The workload a command names (or the embedded example when it names
  /// none), with `--seed` and `--horizon` applied.
  static func workload(_ invocation: Invocation, console: Console) throws -> Workload {
    var workload: Workload
    if let path = invocation.argument("workload") {
      workload = try CommandSupport.workload(path, console: console)
    } else {
      do {
        workload = try WorkloadReader.read(text: StarterWorkload.text, file: "(embedded example)")
      } catch {
        report(error, console: console)
        throw ReportedFailure(status: .invalidInput)
      }
    }
    if let seed = invocation.value("seed") {
      guard let value = UInt64(seed) else {
        throw UsageError(
          message: "The seed must be a non-negative integer, got '\(seed)'.",
          commandPath: invocation.commandPath)
      }
      workload.seed = value
    }
    if let horizon = invocation.value("horizon") {
      guard let days = Double(horizon).map({ $0 * 86_400 }) ?? Quantities.duration(horizon), days >= 60,
        days <= 366 * 86_400
      else {
        throw UsageError(
          message:
            "The horizon must be a number of days (or a duration like 12h) between 1 minute and 366 days, got '\(horizon)'.",
          commandPath: invocation.commandPath)
      }
      workload.horizon = days
    }
    return workload
  }

  static func workload(_ path: String, console: Console) throws -> Workload {
    do {
      return try WorkloadReader.read(contentsOf: path)
    } catch {
      report(error, console: console)
      throw ReportedFailure(status: .invalidInput)
    }
  }

  static func prices(_ path: String?, console: Console) throws -> PriceBook {
    guard let path else { return .usEast1 }
    do {
      return try PriceBook.read(contentsOf: path)
    } catch {
      report(error, console: console)
      throw ReportedFailure(status: .invalidInput)
    }
  }

  /// The configuration of the defaults, then each tfvars file in order,
  /// then each `--set`. Prints the warnings and one note about the
  /// variables read but not simulated to standard error; on any error
  /// prints every problem of every file and throws.
  static func configuration(tfvars: [String], sets: [String], console: Console) throws -> Configuration {
    let side = ConfigurationSources(tfvars: tfvars, sets: sets)
    let layered = side.layered()
    var diagnostics = layered.diagnostics
    if let note = Configuration.unusedNote(layered.unused) { diagnostics.append(note) }
    guard let configuration = layered.configuration else {
      report(InputError(diagnostics), console: console)
      throw ReportedFailure(status: .invalidInput)
    }
    for diagnostic in diagnostics { console.printError(diagnostic.description) }
    return configuration
  }

  /// Output formats a command accepts.
  static func format(_ invocation: Invocation, allowed: [String]) throws -> String {
    let format = invocation.value("format") ?? "text"
    guard allowed.contains(format) else {
      throw UsageError(
        message: "The format '\(format)' is not one of \(allowed.joined(separator: ", ")).",
        commandPath: invocation.commandPath)
    }
    return format
  }

  /// Deterministic, pretty JSON with sorted keys.
  static func json<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }

  /// Writes `text` to `path` atomically: a temporary file in the same
  /// directory, then a rename, so a reader never sees half a file and a
  /// failure leaves any existing file untouched. Refuses to replace an
  /// existing file unless `force`.
  static func write(_ text: String, to path: String, force: Bool) throws {
    let manager = FileManager.default
    if manager.fileExists(atPath: path) && !force {
      throw WriteRefused(path: path)
    }
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    try manager.createDirectory(at: directory, withIntermediateDirectories: true)
    let temporary = directory.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    try Data(text.utf8).write(to: temporary)
    if rename(temporary.path, url.path) != 0 {
      try? manager.removeItem(at: temporary)
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
  }

  struct WriteRefused: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path) exists; pass --force to replace it" }
  }
}
