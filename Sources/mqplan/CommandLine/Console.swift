#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
private typealias Glibc = Darwin
#endif

/// Where a command writes: standard output for results, standard error for
/// diagnostics. Tests swap in buffers.
struct Console {
  private var writeOut: (String) -> Void
  private var writeErr: (String) -> Void
  /// Whether standard error is a terminal: a progress bar is drawn only
  /// then (never into a file, a pipe or a CI log).
  let errorIsTerminal: Bool

  init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, errorIsTerminal: Bool = false) {
    self.writeOut = out
    self.writeErr = err
    self.errorIsTerminal = errorIsTerminal
  }

  /// The process's standard output and error, written straight to file
  /// descriptors 1 and 2 (no buffering to flush before `exit`).
  static var standard: Console {
    Console(out: { writeAll($0, to: 1) }, err: { writeAll($0, to: 2) }, errorIsTerminal: isatty(2) == 1)
  }

  private static func writeAll(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return  // the reader went away (EPIPE); nothing useful left to do
      }
      offset += written
    }
  }

  /// Writes `text` and a newline to standard output.
  func print(_ text: String = "") { writeOut(text + "\n") }
  /// Writes `text` as is to standard output.
  func write(_ text: String) { writeOut(text) }
  /// Writes `text` and a newline to standard error.
  func printError(_ text: String) { writeErr(text + "\n") }
  /// Writes `text` as is to standard error (a progress bar's redraw).
  func writeError(_ text: String) { writeErr(text) }
}
