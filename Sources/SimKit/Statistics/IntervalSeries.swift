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
/// Storage is four arrays of doubles, one entry per interval: a 30-day series
/// at one minute holds 43,200 intervals (1.4 MB).
public struct IntervalSeries: Sendable, Hashable {
  /// Interval length in seconds.
  public let interval: Double
  /// Start of the first interval.
  public let start: Double
  /// One cell per interval: a series is recorded once a step in the hot
  /// loops of the models, so one array (one uniqueness check per sample)
  /// rather than four.
  struct Cell: Sendable, Hashable {
    var sum = 0.0
    var count = 0
    var minimum = 0.0
    var maximum = 0.0
  }
  var cells: [Cell] = []

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
  /// recording never reallocates.
  public init(interval: Double, start: Double = 0, reservingThrough horizon: Double) {
    self.init(interval: interval, start: start)
    if horizon > start && horizon.isFinite {
      cells.reserveCapacity(Int(((horizon - start) / interval).rounded(.up)) + 1)
    }
  }

  /// Number of intervals covered so far, with or without samples.
  public var intervalCount: Int { cells.count }

  /// Records one sample at time `time`.
  ///
  /// - Precondition: `time >= start`; `value` finite.
  public mutating func record(_ value: Double, at time: Double) {
    precondition(time >= start, "Sample at \(time) precedes the series start \(start)")
    precondition(value.isFinite, "Sample must be finite, got \(value)")
    let index = Int(((time - start) / interval).rounded(.down))
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

  /// Makes the series cover time `time`, so that trailing intervals without
  /// samples count as missing datapoints.
  public mutating func extend(through time: Double) {
    guard time > start else { return }
    let index = Int(((time - start) / interval).rounded(.up)) - 1
    extend(toInclude: index)
  }

  mutating func extend(toInclude index: Int) {
    if index == cells.count {  // the common case: the next interval
      cells.append(Cell())
    } else if index > cells.count {
      cells.append(contentsOf: repeatElement(Cell(), count: index - cells.count + 1))
    }
  }

  /// The datapoint of interval `index`, or `nil` if it has no sample.
  public func datapoint(at index: Int) -> Datapoint? {
    guard index >= 0, index < cells.count, cells[index].count > 0 else { return nil }
    let cell = cells[index]
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
    copy.cells = cells.map {
      Cell(sum: $0.sum * factor, count: $0.count, minimum: $0.minimum * factor, maximum: $0.maximum * factor)
    }
    return copy
  }

  /// Every interval in order; `nil` where no sample fell.
  public var datapoints: [Datapoint?] { (0..<cells.count).map { datapoint(at: $0) } }
}
