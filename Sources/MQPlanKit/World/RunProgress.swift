import Foundation

/// How far a long job has got, for a progress bar: runs planned and done
/// and the time they simulated. The models only count; the command line
/// decides whether and how to show it. Thread-safe: runs finish on
/// several threads at once.
public final class RunProgress: @unchecked Sendable {
  private let lock = NSLock()
  private var planned = 0
  private var done = 0
  private var simulated = 0.0

  public init() {}

  /// `runs` more runs are about to start.
  package func expect(_ runs: Int) {
    lock.lock()
    planned += runs
    lock.unlock()
  }

  /// One run of `seconds` of simulated time has finished.
  package func finish(simulating seconds: Double) {
    lock.lock()
    done += 1
    simulated += seconds
    lock.unlock()
  }

  /// Runs done, runs planned so far, and simulated seconds.
  public var snapshot: (done: Int, planned: Int, simulatedSeconds: Double) {
    lock.lock()
    defer { lock.unlock() }
    return (done, planned, simulated)
  }
}
