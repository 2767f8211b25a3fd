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
  var sums: [Double] = []
  var counts: [Int] = []
  var minimums: [Double] = []
  var maximums: [Double] = []

  /// An empty series.
  ///
  /// - Precondition: `interval > 0`, both finite.
  public init(interval: Double = 60, start: Double = 0) {
    precondition(interval > 0 && interval.isFinite, "Interval must be positive, got \(interval)")
    precondition(start.isFinite, "Start must be finite")
    self.interval = interval
    self.start = start
  }

  /// Number of intervals covered so far, with or without samples.
  public var intervalCount: Int { counts.count }

  /// Records one sample at time `time`.
  ///
  /// - Precondition: `time >= start`; `value` finite.
  public mutating func record(_ value: Double, at time: Double) {
    precondition(time >= start, "Sample at \(time) precedes the series start \(start)")
    precondition(value.isFinite, "Sample must be finite, got \(value)")
    let index = Int(((time - start) / interval).rounded(.down))
    extend(toInclude: index)
    if counts[index] == 0 {
      minimums[index] = value
      maximums[index] = value
    } else {
      if value < minimums[index] { minimums[index] = value }
      if value > maximums[index] { maximums[index] = value }
    }
    sums[index] += value
    counts[index] += 1
  }

  /// Makes the series cover time `time`, so that trailing intervals without
  /// samples count as missing datapoints.
  public mutating func extend(through time: Double) {
    guard time > start else { return }
    let index = Int(((time - start) / interval).rounded(.up)) - 1
    extend(toInclude: index)
  }

  mutating func extend(toInclude index: Int) {
    if index == counts.count {  // the common case: the next interval
      sums.append(0)
      counts.append(0)
      minimums.append(0)
      maximums.append(0)
    } else if index > counts.count {
      let extra = index - counts.count + 1
      sums.append(contentsOf: repeatElement(0, count: extra))
      counts.append(contentsOf: repeatElement(0, count: extra))
      minimums.append(contentsOf: repeatElement(0, count: extra))
      maximums.append(contentsOf: repeatElement(0, count: extra))
    }
  }

  /// The datapoint of interval `index`, or `nil` if it has no sample.
  public func datapoint(at index: Int) -> Datapoint? {
    guard index >= 0, index < counts.count, counts[index] > 0 else { return nil }
    return Datapoint(
      start: start + Double(index) * interval, sampleCount: counts[index], sum: sums[index],
      minimum: minimums[index], maximum: maximums[index])
  }

  /// The same series with every sample multiplied by `factor` (a change of
  /// unit: bytes to percent of a volume, a share to percent).
  ///
  /// - Precondition: `factor >= 0` and finite.
  public func scaled(by factor: Double) -> IntervalSeries {
    precondition(
      factor >= 0 && factor.isFinite, "Scale factor must be non-negative and finite, got \(factor)")
    var copy = self
    copy.sums = sums.map { $0 * factor }
    copy.minimums = minimums.map { $0 * factor }
    copy.maximums = maximums.map { $0 * factor }
    return copy
  }

  /// Every interval in order; `nil` where no sample fell.
  public var datapoints: [Datapoint?] { (0..<counts.count).map { datapoint(at: $0) } }
}
