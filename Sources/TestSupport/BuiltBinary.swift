import Foundation

/// Runs the built `mqplan` executable, as the CLI tests do: the real binary,
/// with a pinned environment, capturing its output and exit status.
public enum BuiltBinary {
  /// What a run printed and returned.
  public struct Outcome: Sendable, Equatable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// The directory holding the built products: on Linux, the directory of
  /// the test runner, which SwiftPM places next to the executables.
  public static var productsDirectory: URL {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var directory = runner.deletingLastPathComponent()
    // On Darwin the runner sits inside an .xctest bundle.
    while directory.pathExtension == "xctest" || directory.lastPathComponent == "MacOS"
      || directory.lastPathComponent == "Contents"
    {
      directory = directory.deletingLastPathComponent()
    }
    return directory
  }

  /// Path of the `mqplan` executable.
  public static var executable: URL { productsDirectory.appendingPathComponent("mqplan") }

  /// The environment every CLI test runs with: fixed locale, time zone and
  /// terminal width, and no colour, so output is the same on every machine.
  public static let pinnedEnvironment: [String: String] = [
    "LANG": "C", "LC_ALL": "C", "TZ": "UTC", "COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb",
    "PATH": "/usr/bin:/bin",
  ]

  /// Runs `mqplan` with `arguments` in `directory` (default: a fresh
  /// temporary directory) and waits for it.
  public static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
    stdin: String? = nil
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = pinnedEnvironment.merging(environment) { $1 }
    process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a large output cannot
    // block the child on a full pipe.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
