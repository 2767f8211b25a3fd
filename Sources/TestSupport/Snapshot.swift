import Foundation

/// Golden files: compare a text with a committed snapshot, or record it.
///
/// With `MQPLAN_RECORD=1` in the environment the snapshot is (re)written and
/// the comparison *fails* with "Recorded new baseline", so a recording run
/// can never pass by accident and a baseline is never committed unseen.
public enum Snapshot {
  /// Whether this run records baselines.
  public static var isRecording: Bool { ProcessInfo.processInfo.environment["MQPLAN_RECORD"] == "1" }

  /// The result of a comparison: `nil` when it matches, else a message.
  public static func compare(_ actual: String, with file: URL) -> String? {
    if isRecording {
      do {
        try FileManager.default.createDirectory(
          at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: file, atomically: true, encoding: .utf8)
      } catch {
        return "Could not record \(file.path): \(error)"
      }
      return "Recorded new baseline at \(file.path); unset MQPLAN_RECORD and run again."
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      return "No snapshot at \(file.path). Run with MQPLAN_RECORD=1 to record it."
    }
    if expected == actual { return nil }
    return "Output differs from \(file.lastPathComponent):\n" + firstDifference(expected, actual)
  }

  /// A short, line-based description of where two texts first differ.
  public static func firstDifference(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(e.count, a.count) {
      let left = index < e.count ? String(e[index]) : "<end of file>"
      let right = index < a.count ? String(a[index]) : "<end of output>"
      if left != right {
        return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)"
      }
    }
    return "(texts differ only in trailing bytes)"
  }
}
