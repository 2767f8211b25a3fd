import Foundation

/// The `terraform` binary on the PATH, for the suites that check mqplan
/// against Terraform itself. Terraform is not a CI dependency: those
/// suites run only where it is installed.
enum Terraform {
  /// The binary's path, or `nil` when there is none on the PATH.
  static let path: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").map { "\($0)/terraform" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }()

  /// Runs terraform in `directory`, with no CLI configuration and no
  /// colours; returns its status and its output and errors together.
  ///
  /// - Precondition: ``path`` is not `nil`.
  static func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
    guard let path else { preconditionFailure("terraform is not on the PATH") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["TF_CLI_CONFIG_FILE"] = "/dev/null"
    environment["TF_IN_AUTOMATION"] = "1"
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
