import Dispatch
import Foundation
import MQPlanKit

/// A progress bar on standard error for long runs: runs done of those
/// planned so far, the time they simulated, and an estimate of the time
/// left. It appears only when standard error is a terminal and the job has
/// run for a second, redraws four times a second, and erases itself when
/// the job ends, so the output is the same with or without it. `--quiet`
/// turns it off.
final class ProgressBar: @unchecked Sendable {
  let progress = RunProgress()
  private let label: String
  private let console: Console
  private let enabled: Bool
  private let stopSignal = DispatchSemaphore(value: 0)
  private let stopped = DispatchSemaphore(value: 0)
  private var drawn = false

  init(label: String, console: Console, quiet: Bool) {
    self.label = label
    self.console = console
    self.enabled = console.errorIsTerminal && !quiet
  }

  /// Runs `job` with the bar drawn beside it.
  func run<T, Failure: Error>(_ job: (RunProgress) throws(Failure) -> T) throws(Failure) -> T {
    guard enabled else { return try job(progress) }
    let start = DispatchTime.now()
    DispatchQueue.global().async {
      while self.stopSignal.wait(timeout: .now() + .milliseconds(250)) == .timedOut {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        guard elapsed >= 1 else { continue }
        let state = self.progress.snapshot
        self.console.writeError(
          "\r"
            + Self.line(
              label: self.label, done: state.done, planned: state.planned, simulated: state.simulatedSeconds,
              elapsed: elapsed) + "\u{1B}[K")
        self.drawn = true
      }
      if self.drawn { self.console.writeError("\r\u{1B}[K") }
      self.stopped.signal()
    }
    defer {
      stopSignal.signal()
      stopped.wait()
    }
    return try job(progress)
  }

  /// One frame: "plan [########------------] 14/20 runs · 420 d simulated · 3 s left".
  static func line(
    label: String, done: Int, planned: Int, simulated: Double, elapsed: Double, width: Int = 24
  )
    -> String
  {
    let fraction = planned > 0 ? min(1, Double(done) / Double(planned)) : 0
    let filled = Int((fraction * Double(width)).rounded(.down))
    var text =
      "\(label) [" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
      + "] "
      + "\(done)/\(planned) runs · \(Quantities.describe(seconds: simulated)) simulated"
    if done > 0 && planned > done {
      let left = elapsed * Double(planned - done) / Double(done)
      text += " · about \(Quantities.describe(seconds: max(1, left.rounded()))) left"
    } else {
      text += " · \(Quantities.describe(seconds: max(1, elapsed.rounded()))) so far"
    }
    return text
  }
}
