import Foundation
import MQPlanKit

enum InitCommand {
  static let spec = CommandSpec(
    name: "init",
    abstract: "Write a starter workload to edit, with its JSON Schema.",
    discussion: """
      Writes the workload (default workload.json) and mqplan-workload.schema.json \
      beside it; the workload's "$schema" points at the schema, so editors \
      validate and complete it. Never replaces an existing file unless --force.
      """,
    arguments: [
      ArgumentSpec(
        name: "file", help: "Where to write the workload (default: workload.json).", isOptional: true)
    ],
    options: [OptionSpec(long: "force", kind: .flag, help: "Replace existing files.")],
    run: run)

  static func run(_ invocation: Invocation, _ console: inout Console) throws -> ExitCode {
    let path = invocation.argument("file") ?? "workload.json"
    let directory = (path as NSString).deletingLastPathComponent
    let schemaPath = directory.isEmpty ? WorkloadSchema.fileName : directory + "/" + WorkloadSchema.fileName
    let force = invocation.flag("force")
    for existing in [path, schemaPath] where !force && FileManager.default.fileExists(atPath: existing) {
      console.printError("Error: \(existing) exists; pass --force to replace it. Nothing was written.")
      return .failure
    }
    do {
      try CommandSupport.write(WorkloadSchema.text, to: schemaPath, force: force)
      try CommandSupport.write(StarterWorkload.text, to: path, force: force)
    } catch {
      console.printError("Error: \(error)")
      return .failure
    }
    console.print("Wrote \(path) and \(schemaPath). Edit the workload, then: mqplan validate \(path)")
    return .success
  }
}
