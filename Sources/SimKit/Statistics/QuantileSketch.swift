// Implementation priorities, in order: correctness (the stated bound),
// determinism, memory, speed.

/// Quantiles (p50, p90, p99, p99.9, …) of a stream too long to keep, with a
/// guaranteed relative error.
///
/// The sketch is a logarithmic histogram in the manner of DDSketch (Masson,
/// Rim and Lee, "DDSketch: a fast and fully-mergeable quantile sketch with
/// relative-error guarantees", VLDB 2019): a value x > 0 falls in bucket
/// i = ⌈log_γ x⌉ with γ = (1 + α)/(1 − α), and a bucket answers with
/// 2γⁱ/(γ + 1).
///
/// **Error bound.** For every q in [0, 1], `quantile(q)` is within relative
/// error α of the exact order statistic x₍⌊q(n−1)⌋₎ (0-based) of the values
/// seen, provided that value's magnitude is at least ``minimumIndexable``;
/// smaller magnitudes are reported as 0. Exact minimum and maximum are kept,
/// and estimates are clamped to them. Memory grows with the logarithm of the
/// value range (about 2,800 buckets for 10⁻⁹…10¹⁵ at α = 1 %), not with the
/// number of values.
///
/// ```swift
/// var ages = QuantileSketch(relativeAccuracy: 0.01)
/// ages.record(3.2)
/// ages.quantile(0.99)
/// ```
///
/// Sketches with the same accuracy merge exactly (``merge(_:)``), so
/// replications can be combined.
public struct QuantileSketch: Sendable, Hashable {
  /// The guaranteed relative accuracy α.
  public let relativeAccuracy: Double
  /// Magnitudes below this are counted as zero.
  public static let minimumIndexable = 1e-9

  let logGamma: Double
  let gamma: Double
  var positive = _BucketStore()
  var negative = _BucketStore()
  var zeroCount: UInt64 = 0

  /// Number of values recorded.
  public private(set) var count: UInt64 = 0
  /// Exact smallest value (`+infinity` when empty).
  public private(set) var min: Double = .infinity
  /// Exact largest value (`-infinity` when empty).
  public private(set) var max: Double = -.infinity
  /// Exact sum of the values.
  public private(set) var sum: Double = 0

  /// A sketch with relative accuracy `relativeAccuracy` (default 1 %).
  ///
  /// - Precondition: `0 < relativeAccuracy < 1`.
  public init(relativeAccuracy: Double = 0.01) {
    precondition(
      relativeAccuracy > 0 && relativeAccuracy < 1,
      "Relative accuracy must be in (0, 1), got \(relativeAccuracy)")
    self.relativeAccuracy = relativeAccuracy
    self.gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy)
    self.logGamma = StableMath.log(gamma)
  }

  /// Mean of the values (0 when empty).
  public var mean: Double { count > 0 ? sum / Double(count) : 0 }

  /// Records one value.
  ///
  /// - Precondition: `value` is finite.
  public mutating func record(_ value: Double) {
    precondition(value.isFinite, "Quantile sketch value must be finite, got \(value)")
    count += 1
    sum += value
    if value < min { min = value }
    if value > max { max = value }
    let magnitude = Swift.abs(value)
    if magnitude < Self.minimumIndexable {
      zeroCount += 1
    } else if value > 0 {
      positive.add(index(of: magnitude))
    } else {
      negative.add(index(of: magnitude))
    }
  }

  func index(of magnitude: Double) -> Int {
    Int((StableMath.log(magnitude) / logGamma).rounded(.up))
  }

  func value(ofBucket index: Int) -> Double {
    2 * StableMath.exp(Double(index) * logGamma) / (gamma + 1)
  }

  /// The estimated q-quantile, or `nil` when the sketch is empty.
  ///
  /// - Precondition: `0 <= q <= 1`.
  public func quantile(_ q: Double) -> Double? {
    precondition(q >= 0 && q <= 1, "Quantile must be in [0, 1], got \(q)")
    guard count > 0 else { return nil }
    let rank = UInt64((q * Double(count - 1)).rounded(.down))
    var seen: UInt64 = 0
    var estimate = 0.0
    var found = false
    // Most negative first: the negative store in descending index order.
    for (index, bucketCount) in negative.descending() {
      seen += bucketCount
      if seen > rank {
        estimate = -value(ofBucket: index)
        found = true
        break
      }
    }
    if !found {
      seen += zeroCount
      if seen > rank {
        estimate = 0
        found = true
      }
    }
    if !found {
      for (index, bucketCount) in positive.ascending() {
        seen += bucketCount
        if seen > rank {
          estimate = value(ofBucket: index)
          found = true
          break
        }
      }
    }
    return Swift.min(Swift.max(estimate, min), max)
  }

  /// Adds every value recorded in `other`.
  ///
  /// - Precondition: both sketches have the same relative accuracy.
  public mutating func merge(_ other: QuantileSketch) {
    precondition(
      other.relativeAccuracy == relativeAccuracy, "Cannot merge sketches of different accuracy")
    positive.merge(other.positive)
    negative.merge(other.negative)
    zeroCount += other.zeroCount
    count += other.count
    sum += other.sum
    min = Swift.min(min, other.min)
    max = Swift.max(max, other.max)
  }
}

/// Dense bucket counts over a contiguous range of indices.

struct _BucketStore: Sendable, Hashable {
  var counts: [UInt64] = []
  var offset: Int = 0

  init() {}

  mutating func add(_ index: Int, count: UInt64 = 1) {
    if counts.isEmpty {
      offset = index
      counts = [count]
      return
    }
    if index < offset {
      counts.insert(contentsOf: repeatElement(0, count: offset - index), at: 0)
      offset = index
    } else if index >= offset + counts.count {
      counts.append(contentsOf: repeatElement(0, count: index - offset - counts.count + 1))
    }
    counts[index - offset] += count
  }

  mutating func merge(_ other: _BucketStore) {
    for (position, count) in other.counts.enumerated() where count > 0 {
      add(other.offset + position, count: count)
    }
  }

  func ascending() -> [(Int, UInt64)] {
    counts.enumerated().compactMap { $0.element > 0 ? (offset + $0.offset, $0.element) : nil }
  }

  func descending() -> [(Int, UInt64)] { ascending().reversed() }
}
