// Implementation priorities, in order: correctness (the stated bound),
// determinism, memory, speed.

/// Quantiles (p50, p90, p99, p99.9, …) of a stream too long to keep, with a
/// guaranteed relative error.
///
/// The sketch is a logarithmic histogram in the manner of DDSketch (Masson,
/// Rim and Lee, "DDSketch: a fast and fully-mergeable quantile sketch with
/// relative-error guarantees", VLDB 2019), with its linearly interpolated
/// mapping: writing x = 2ᵉ·(1 + f), f ∈ [0, 1), the index is
/// i = ⌈(e + f) / ln γ⌉ with γ = (1 + α)/(1 − α). The mapping e + f is
/// monotone, exact at powers of two, and its slope against log₂ x lies in
/// [ln 2, 2 ln 2]; a bucket of width ln γ in it therefore spans at most a
/// factor γ in x. A bucket [lo, hi] answers with 2·lo·hi/(lo + hi), whose
/// relative error for any x in it is at most (hi − lo)/(hi + lo) ≤ α. No
/// logarithm is computed: the index comes from the bits of x.
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
  public mutating func record(_ value: Double) { record(value, weight: 1) }

  /// Records `weight` copies of a value at once: a cohort of messages that
  /// share it. The error bound is unchanged.
  ///
  /// - Precondition: `value` is finite.
  public mutating func record(_ value: Double, weight: UInt64) {
    precondition(value.isFinite, "Quantile sketch value must be finite, got \(value)")
    guard weight > 0 else { return }
    count += weight
    sum += value * Double(weight)
    if value < min { min = value }
    if value > max { max = value }
    let magnitude = Swift.abs(value)
    if magnitude < Self.minimumIndexable {
      zeroCount += weight
    } else if value > 0 {
      positive.add(index(of: magnitude), count: weight)
    } else {
      negative.add(index(of: magnitude), count: weight)
    }
  }

  func index(of magnitude: Double) -> Int {
    Int((Self.interpolatedLog2(magnitude) / logGamma).rounded(.up))
  }

  /// e + f for x = 2ᵉ·(1 + f): exact bits of a normal double.
  static func interpolatedLog2(_ x: Double) -> Double {
    let bits = x.bitPattern
    let exponent = Int((bits >> 52) & 0x7FF) - 1_023
    let fraction = Double(bits & 0x000F_FFFF_FFFF_FFFF) * 0x1.0p-52
    return Double(exponent) + fraction
  }

  /// The inverse of `interpolatedLog2`.
  static func inverseInterpolatedLog2(_ y: Double) -> Double {
    let exponent = y.rounded(.down)
    return Double(sign: .plus, exponent: Int(exponent), significand: 1 + (y - exponent))
  }

  func value(ofBucket index: Int) -> Double {
    let low = Self.inverseInterpolatedLog2(Double(index - 1) * logGamma)
    let high = Self.inverseInterpolatedLog2(Double(index) * logGamma)
    return 2 * low * high / (low + high)
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
