/// The time-average of a quantity that changes in steps: queue length,
/// messages in flight, bytes on disk.
///
/// The value holds from the moment it is set until the next change; the
/// average over [start, t] is ∫ value dt / (t − start). This is the L of
/// Little's law L = λW.
///
/// ```swift
/// var inSystem = TimeWeightedAverage(startTime: 0)
/// inSystem.set(1, at: 2)   // 0 on [0, 2), then 1
/// inSystem.set(0, at: 5)   // 1 on [2, 5)
/// inSystem.average(until: 10)  // 3 / 10 = 0.3
/// ```
public struct TimeWeightedAverage: Sendable, Hashable {
  /// When observation started.
  public private(set) var startTime: Double
  /// Time of the last change.
  public private(set) var lastTime: Double
  /// The value now.
  public private(set) var current: Double
  /// ∫ value dt from `startTime` to `lastTime`.
  public private(set) var area: Double = 0
  /// Largest value held.
  public private(set) var max: Double
  /// Smallest value held.
  public private(set) var min: Double

  /// Starts observing at `startTime` with value `initial`.
  public init(startTime: Double, initial: Double = 0) {
    self.startTime = startTime
    self.lastTime = startTime
    self.current = initial
    self.max = initial
    self.min = initial
  }

  /// Changes the value at time `time`.
  ///
  /// - Precondition: `time >= lastTime`; `value` is finite.
  public mutating func set(_ value: Double, at time: Double) {
    precondition(time >= lastTime, "Time went backwards: \(time) < \(lastTime)")
    precondition(value.isFinite, "Value must be finite, got \(value)")
    area += current * (time - lastTime)
    lastTime = time
    current = value
    if value > max { max = value }
    if value < min { min = value }
  }

  /// Adds `delta` to the value at time `time`.
  public mutating func add(_ delta: Double, at time: Double) { set(current + delta, at: time) }

  /// The integral of the value from the start until `time`.
  ///
  /// - Precondition: `time >= lastTime`.
  public func integral(until time: Double) -> Double {
    precondition(time >= lastTime, "Time went backwards: \(time) < \(lastTime)")
    return area + current * (time - lastTime)
  }

  /// The time-average from the start until `time` (the current value if no
  /// time has passed).
  public func average(until time: Double) -> Double {
    let span = time - startTime
    return span > 0 ? integral(until: time) / span : current
  }

  /// Forgets the history and starts observing afresh at `time`, keeping the
  /// current value: the end of a warm-up period.
  public mutating func reset(at time: Double) {
    precondition(time >= lastTime, "Time went backwards: \(time) < \(lastTime)")
    startTime = time
    lastTime = time
    area = 0
    max = current
    min = current
  }
}
