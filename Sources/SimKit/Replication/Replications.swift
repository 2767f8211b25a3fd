import Dispatch
import Foundation

/// Runs independent Monte Carlo replications of a model in parallel.
///
/// Replication `i` gets the seed tree `source.replication(i)`, so its result
/// depends only on the root seed and `i`: not on how many replications run,
/// on the number of cores, or on the order threads finish in. Results come
/// back in replication order.
///
/// ```swift
/// let means = Replications.run(count: 20, source: RandomSource(seed: 1)) { index, source in
///   var rng = source.stream("arrivals")
///   return simulateOnce(using: &rng)
/// }
/// let summary = ReplicationSummary(means)
/// summary.confidenceInterval.halfWidth
/// ```
public enum Replications {
  /// Number of threads used when none is given: the active processor count.
  public static var defaultParallelism: Int { Swift.max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// Runs `count` replications of `body`, spread over `parallelism` threads.
  ///
  /// - Parameters:
  ///   - count: Number of replications.
  ///   - source: The root of the seed tree.
  ///   - parallelism: Threads to use; 1 runs them one after another on the
  ///     calling thread.
  ///   - body: One replication. It must not share mutable state with other
  ///     replications.
  /// - Returns: The results, index `i` holding replication `i`'s.
  /// - Precondition: `count >= 0`, `parallelism >= 1`.
  public static func run<Result: Sendable>(
    count: Int, source: RandomSource, parallelism: Int = defaultParallelism,
    _ body: @Sendable (_ index: Int, _ source: RandomSource) -> Result
  ) -> [Result] {
    precondition(count >= 0, "Replication count must be non-negative")
    precondition(parallelism >= 1, "Parallelism must be at least 1")
    return Parallel.map(count: count, parallelism: parallelism) { body($0, source.replication($0)) }
  }
}

/// Runs independent pieces of work on several threads and collects their
/// results in index order.
public enum Parallel {
  /// `[body(0), body(1), …, body(count − 1)]`, computed on up to
  /// `parallelism` threads. Worker w takes indices w, w + workers, …: a
  /// static assignment, so each result slot has exactly one writer and no
  /// shared counter is needed.
  ///
  /// - Precondition: `count >= 0`, `parallelism >= 1`.
  public static func map<Result: Sendable>(
    count: Int, parallelism: Int = Replications.defaultParallelism, _ body: @Sendable (Int) -> Result
  ) -> [Result] {
    precondition(count >= 0, "Count must be non-negative")
    precondition(parallelism >= 1, "Parallelism must be at least 1")
    if count == 0 { return [] }
    if parallelism == 1 || count == 1 { return (0..<count).map(body) }
    let results = _ResultSlots<Result>(count: count)
    let workers = Swift.min(parallelism, count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var index = worker
      while index < count {
        results.store(body(index), at: index)
        index += workers
      }
    }
    return results.collect()
  }
}

/// Write-once result slots shared by the replication workers. Each slot is
/// written by exactly one worker and read only after all have finished
/// (`concurrentPerform` returns after every iteration completes), so no lock
/// is needed. The storage is a raw buffer held by a `let`, so concurrent
/// writes to different slots involve no exclusivity check and no
/// copy-on-write.
private final class _ResultSlots<Element>: @unchecked Sendable {
  private let base: UnsafeMutablePointer<Element?>
  private let count: Int

  init(count: Int) {
    self.count = count
    base = .allocate(capacity: count)
    base.initialize(repeating: nil, count: count)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  func store(_ element: Element, at index: Int) {
    precondition(index >= 0 && index < count, "Slot out of range")
    base[index] = element
  }

  func collect() -> [Element] {
    (0..<count).map { index in
      guard let element = base[index] else { preconditionFailure("A replication produced no result") }
      return element
    }
  }
}
