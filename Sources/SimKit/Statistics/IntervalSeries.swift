/// One interval's statistics, as CloudWatch keeps a datapoint: sample count,
/// sum, minimum, maximum and average of the samples in the period.
public struct Datapoint: Sendable, Hashable {
  /// Start of the interval, in simulated seconds.
  public var start: Double
  /// Number of samples in the interval (at least 1).
  public var sampleCount: Int
  /// Sum of the samples.
  public var sum: Double
  /// Smallest sample.
  public var minimum: Double
  /// Largest sample.
  public var maximum: Double
  /// `sum / sampleCount`.
  public var average: Double { sum / Double(sampleCount) }
}

/// A fixed-interval time series: one datapoint per interval (one minute by
/// default), holding sample count, sum, minimum and maximum, as CloudWatch
/// stores a metric.
///
/// An interval that received no sample has no datapoint, as in CloudWatch;
/// alarms decide how to treat such gaps. A sample at time t belongs to the
/// interval ⌊(t − start) / interval⌋, so an interval is closed at its start
/// and open at its end.
///
/// ```swift
/// var depth = IntervalSeries(interval: 60)
/// depth.record(12, at: 5)
/// depth.record(20, at: 50)
/// depth.datapoint(at: 0)?.average  // 16
/// ```
///
/// Storage: while no interval holds more than one sample (the models
/// record once a step), one double per interval, NaN where none fell: a
/// 30-day series at one minute holds 43,200 intervals in 346 KB. The first
/// interval to receive a second sample turns the series into cells of count,
/// sum, minimum and maximum (32 bytes an interval, 1.4 MB for the month).
/// The datapoints are the same either way.
public struct IntervalSeries: Sendable, Hashable {
  /// Interval length in seconds.
  public let interval: Double
  /// Start of the first interval.
  public let start: Double
  /// One cell per interval, once some interval holds two samples: a series
  /// is recorded once a step in the hot loops of the models, so one array
  /// (one uniqueness check per sample) rather than four.
  struct Cell: Sendable, Hashable {
    var sum = 0.0
    var count = 0
    var minimum = 0.0
    var maximum = 0.0
  }
  /// One sample per interval (NaN: none) while `isCompact`; empty after.
  var values: [Double] = []
  /// Empty while `isCompact`.
  var cells: [Cell] = []
  /// No interval has received two samples yet. Which storage a series uses
  /// follows from its datapoints, so equal datapoints mean equal storage.
  var isCompact = true

  /// Equal intervals, start and datapoints (NaN, a missing sample, equals
  /// NaN here, unlike in floating point).
  public static func == (lhs: IntervalSeries, rhs: IntervalSeries) -> Bool {
    guard lhs.interval == rhs.interval, lhs.start == rhs.start, lhs.isCompact == rhs.isCompact,
      lhs.values.count == rhs.values.count, lhs.cells == rhs.cells
    else { return false }
    for (a, b) in zip(lhs.values, rhs.values) where !(a == b || (a.isNaN && b.isNaN)) { return false }
    return true
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(interval)
    hasher.combine(start)
    hasher.combine(isCompact)
    hasher.combine(cells)
    hasher.combine(values.count)
    // Samples are finite, so infinity stands for a missing one unambiguously.
    for value in values { hasher.combine(value.isNaN ? Double.infinity : value) }
  }

  /// An empty series.
  ///
  /// - Precondition: `interval > 0`, both finite.
  public init(interval: Double = 60, start: Double = 0) {
    precondition(interval > 0 && interval.isFinite, "Interval must be positive, got \(interval)")
    precondition(start.isFinite, "Start must be finite")
    self.interval = interval
    self.start = start
  }

  /// An empty series with room for the intervals up to `horizon`, so that
  /// recording one sample an interval never reallocates.
  public init(interval: Double, start: Double = 0, reservingThrough horizon: Double) {
    self.init(interval: interval, start: start)
    if horizon > start && horizon.isFinite {
      values.reserveCapacity(Int(((horizon - start) / interval).rounded(.up)) + 1)
    }
  }

  /// Number of intervals covered so far, with or without samples.
  public var intervalCount: Int { isCompact ? values.count : cells.count }

  /// Records one sample at time `time`.
  ///
  /// - Precondition: `time >= start`; `value` finite.
  public mutating func record(_ value: Double, at time: Double) {
    precondition(time >= start, "Sample at \(time) precedes the series start \(start)")
    precondition(value.isFinite, "Sample must be finite, got \(value)")
    let index = Int(((time - start) / interval).rounded(.down))
    if isCompact {
      if index == values.count {  // the common case: the next interval
        values.append(value)
        return
      }
      extend(toInclude: index)
      let placed = values.withUnsafeMutableBufferPointer { buffer in
        guard buffer[index].isNaN else { return false }
        buffer[index] = value
        return true
      }
      if placed { return }
      promote()
    }
    extend(toInclude: index)
    cells.withUnsafeMutableBufferPointer { buffer in
      if buffer[index].count == 0 {
        buffer[index].minimum = value
        buffer[index].maximum = value
      } else {
        if value < buffer[index].minimum { buffer[index].minimum = value }
        if value > buffer[index].maximum { buffer[index].maximum = value }
      }
      buffer[index].sum += value
      buffer[index].count += 1
    }
  }

  /// Turns one value per interval into cells, for an interval's second
  /// sample.
  private mutating func promote() {
    cells.reserveCapacity(Swift.max(values.capacity, values.count))
    for value in values {
      cells.append(value.isNaN ? Cell() : Cell(sum: value, count: 1, minimum: value, maximum: value))
    }
    values = []
    isCompact = false
  }

  /// Makes the series cover time `time`, so that trailing intervals without
  /// samples count as missing datapoints.
  public mutating func extend(through time: Double) {
    guard time > start else { return }
    let index = Int(((time - start) / interval).rounded(.up)) - 1
    extend(toInclude: index)
  }

  mutating func extend(toInclude index: Int) {
    if isCompact {
      if index >= values.count {
        values.append(contentsOf: repeatElement(Double.nan, count: index - values.count + 1))
      }
    } else if index == cells.count {
      cells.append(Cell())
    } else if index > cells.count {
      cells.append(contentsOf: repeatElement(Cell(), count: index - cells.count + 1))
    }
  }

  /// The datapoint of interval `index`, or `nil` if it has no sample.
  public func datapoint(at index: Int) -> Datapoint? {
    guard index >= 0, index < intervalCount else { return nil }
    if isCompact {
      let value = values[index]
      guard !value.isNaN else { return nil }
      return Datapoint(
        start: start + Double(index) * interval, sampleCount: 1, sum: value, minimum: value, maximum: value)
    }
    let cell = cells[index]
    guard cell.count > 0 else { return nil }
    return Datapoint(
      start: start + Double(index) * interval, sampleCount: cell.count, sum: cell.sum,
      minimum: cell.minimum, maximum: cell.maximum)
  }

  /// The same series with every sample multiplied by `factor` (a change of
  /// unit: bytes to percent of a volume, a share to percent).
  ///
  /// - Precondition: `factor >= 0` and finite.
  public func scaled(by factor: Double) -> IntervalSeries {
    precondition(
      factor >= 0 && factor.isFinite, "Scale factor must be non-negative and finite, got \(factor)")
    var copy = self
    // NaN (no sample) stays NaN: factor is finite.
    copy.values = values.map { $0 * factor }
    copy.cells = cells.map {
      Cell(sum: $0.sum * factor, count: $0.count, minimum: $0.minimum * factor, maximum: $0.maximum * factor)
    }
    return copy
  }

  /// Every interval in order; `nil` where no sample fell.
  public var datapoints: [Datapoint?] { (0..<intervalCount).map { datapoint(at: $0) } }
}
