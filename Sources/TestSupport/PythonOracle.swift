import Foundation

/// Runs a Python snippet as an independent oracle (jsonschema, python-hcl2,
/// …). CI installs the packages (.ci/run); a missing package fails the test
/// with the install command, never skips it.
public enum PythonOracle {
  public struct Outcome: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// Runs `python3 -c script` with `arguments`, feeding `stdin`.
  public static func run(_ script: String, arguments: [String] = [], stdin: String = "") throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// `nil` if `module` imports, else the message to fail with.
  public static func missing(_ module: String, install: String) -> String? {
    guard let outcome = try? run("import \(module)"), outcome.status == 0 else {
      return "Python module \(module) is not installed: \(install) (.ci/run installs it)"
    }
    return nil
  }
}

/// The repository root, found from this file's path.
public enum Repository {
  public static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
