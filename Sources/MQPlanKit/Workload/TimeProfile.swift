import SimKit

/// How a producer's rate changes over the horizon: a multiplier on its mean
/// rate (or, for a trace, the rate itself), built from independent factors.
///
/// rate(t) = base · shape(t) · weekly(t) · growth(t) · bursts(t), where
/// - shape is 1, or a diurnal cosine with the given peak-to-mean ratio and
///   peak hour: 1 + (k − 1)·cos(2π(h − peakHour)/24), whose mean over a day
///   is exactly 1 (so `messagesPerSecond` stays the daily mean) and whose
///   peak is k; k ≤ 2 keeps it non-negative;
/// - weekly is one multiplier per day, Monday first; the horizon starts on
///   a Monday at 00:00 UTC;
/// - growth is (1 + g/100)^(t / month), with a 730-hour month as in billing;
/// - bursts multiply the rate inside their windows (they compound where they
///   overlap).
///
/// A trace replaces base · shape · weekly with measured rates from a CSV
/// file, piecewise constant, repeated when shorter than the horizon; growth
/// and bursts still apply.
public struct TimeProfile: Sendable, Hashable {
  /// A daily cosine.
  public struct Diurnal: Sendable, Hashable {
    /// Peak rate over mean rate, in [1, 2].
    public var peakToMean: Double
    /// Hour of day (UTC, 0 ..< 24) of the peak.
    public var peakHour: Double

    public init(peakToMean: Double, peakHour: Double) {
      self.peakToMean = peakToMean
      self.peakHour = peakHour
    }
  }

  /// A window of extra traffic.
  public struct Burst: Sendable, Hashable {
    public var start: Double
    public var duration: Double
    public var multiplier: Double

    public init(start: Double, duration: Double, multiplier: Double) {
      self.start = start
      self.duration = duration
      self.multiplier = multiplier
    }
  }

  /// Measured rates: `times[i]` (seconds from the start, increasing, first
  /// 0) holds `rates[i]` messages per second until `times[i + 1]`; the last
  /// holds for as long as the gap before it, then the trace repeats.
  public struct Trace: Sendable, Hashable {
    public var times: [Double]
    public var rates: [Double]
    /// Where it came from, for reports.
    public var file: String

    public init(times: [Double], rates: [Double], file: String) {
      precondition(!times.isEmpty && times.count == rates.count, "A trace needs matching, non-empty columns")
      self.times = times
      self.rates = rates
      self.file = file
    }

    /// Length of one cycle.
    public var period: Double {
      guard times.count > 1 else { return 86_400 }
      return times[times.count - 1] + (times[times.count - 1] - times[times.count - 2])
    }

    /// The rate at time `t`.
    public func rate(at t: Double) -> Double {
      let position = t.truncatingRemainder(dividingBy: period)
      var low = 0
      var high = times.count - 1
      while low < high {  // last index with times[index] <= position
        let middle = (low + high + 1) / 2
        if times[middle] <= position { low = middle } else { high = middle - 1 }
      }
      return rates[low]
    }

    /// The mean rate over one cycle.
    public var meanRate: Double {
      var area = 0.0
      for index in times.indices {
        let end = index + 1 < times.count ? times[index + 1] : period
        area += rates[index] * (end - times[index])
      }
      return area / period
    }
  }

  public var diurnal: Diurnal?
  /// Seven multipliers, Monday first, or `nil`.
  public var weekly: [Double]?
  public var growthPercentPerMonth: Double
  public var bursts: [Burst]
  public var trace: Trace?

  public init(
    diurnal: Diurnal? = nil, weekly: [Double]? = nil, growthPercentPerMonth: Double = 0, bursts: [Burst] = [],
    trace: Trace? = nil
  ) {
    self.diurnal = diurnal
    self.weekly = weekly
    self.growthPercentPerMonth = growthPercentPerMonth
    self.bursts = bursts
    self.trace = trace
  }

  /// Seconds in the month growth is quoted per: 730 hours.
  public static let month = PriceBook.hoursPerMonth * 3_600

  /// The rate at time `t` for a producer whose mean rate is `base`
  /// (ignored when the profile is a trace).
  public func rate(base: Double, at t: Double) -> Double {
    var rate: Double
    if let trace {
      rate = trace.rate(at: t)
    } else {
      rate = base
      if let diurnal {
        let hour = (t / 3_600).truncatingRemainder(dividingBy: 24)
        rate *= 1 + (diurnal.peakToMean - 1) * _cosine(2 * Double.pi * (hour - diurnal.peakHour) / 24)
      }
      if let weekly {
        let day = Int((t / 86_400).rounded(.down)) % 7
        rate *= weekly[day]
      }
    }
    if growthPercentPerMonth != 0 {
      rate *= StableMath.pow(1 + growthPercentPerMonth / 100, t / Self.month)
    }
    for burst in bursts where t >= burst.start && t < burst.start + burst.duration {
      rate *= burst.multiplier
    }
    return Swift.max(0, rate)
  }

  /// The largest rate over [0, horizon], sampled each minute (exact for
  /// piecewise-constant parts; within 0.01 % for the cosine).
  public func peakRate(base: Double, horizon: Double) -> Double {
    var peak = 0.0
    var t = 0.0
    while t <= horizon {
      peak = Swift.max(peak, rate(base: base, at: t))
      t += 60
    }
    return peak
  }
}

/// cos(x) from IEEE basic operations only (see StableMath): reduction to
/// [−π/4, π/4] by quadrant, then the Taylor series to x¹⁶, error below
/// 1e-16 on the reduced range. Used for the diurnal shape so that profiles
/// are bit-identical on every platform.
func _cosine(_ x: Double) -> Double {
  let halfPi = Double.pi / 2
  var quadrant = (x / halfPi).rounded()
  let reduced = x - quadrant * halfPi
  quadrant = quadrant.truncatingRemainder(dividingBy: 4)
  if quadrant < 0 { quadrant += 4 }
  let r2 = reduced * reduced
  func cosSeries() -> Double {
    var term = 1.0
    var sum = 1.0
    for n in stride(from: 2, through: 16, by: 2) {
      term *= -r2 / Double((n - 1) * n)
      sum += term
    }
    return sum
  }
  func sinSeries() -> Double {
    var term = reduced
    var sum = reduced
    for n in stride(from: 3, through: 17, by: 2) {
      term *= -r2 / Double((n - 1) * n)
      sum += term
    }
    return sum
  }
  switch Int(quadrant) {
  case 0: return cosSeries()
  case 1: return -sinSeries()
  case 2: return -cosSeries()
  default: return sinSeries()
  }
}
