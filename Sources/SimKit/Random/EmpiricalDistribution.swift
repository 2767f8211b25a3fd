/// A distribution given by observed values.
///
/// Two readings of the same data are offered:
/// - ``Mode-swift.enum/continuous``: the piecewise-linear interpolation of
///   the sorted observations (Law & Kelton, *Simulation Modeling and
///   Analysis*, §6.2.4): draws fall between the smallest and the largest
///   observation, never outside.
/// - ``Mode-swift.enum/discrete``: each observation is drawn with
///   probability proportional to its weight.
public struct EmpiricalDistribution: Sendable, Hashable {
  /// How draws relate to the observations.
  public enum Mode: String, Sendable, Hashable, Codable {
    /// Interpolate linearly between sorted observations.
    case continuous
    /// Draw one of the observations, by weight.
    case discrete
  }

  /// The observations, sorted ascending.
  public let values: [Double]
  /// Cumulative weights, normalised so the last is 1 (discrete mode only).
  public let cumulative: [Double]
  /// How to draw.
  public let mode: Mode

  /// A continuous empirical distribution.
  ///
  /// - Returns: `nil` if `observations` is empty or holds a non-finite value.
  public init?(observations: [Double]) {
    guard !observations.isEmpty, observations.allSatisfy(\.isFinite) else { return nil }
    self.values = observations.sorted()
    self.cumulative = []
    self.mode = .continuous
  }

  /// A discrete distribution over `values` with the given weights.
  ///
  /// - Returns: `nil` if the arrays are empty or of different lengths, a
  ///   value is not finite, or a weight is negative, or all are zero.
  public init?(values: [Double], weights: [Double]) {
    guard !values.isEmpty, values.count == weights.count,
      values.allSatisfy(\.isFinite), weights.allSatisfy({ $0 >= 0 && $0.isFinite })
    else { return nil }
    let pairs = zip(values, weights).sorted { $0.0 < $1.0 }
    let total = weights.reduce(0, +)
    guard total > 0 else { return nil }
    var running = 0.0
    var cumulative: [Double] = []
    for pair in pairs {
      running += pair.1
      cumulative.append(running / total)
    }
    cumulative[cumulative.count - 1] = 1
    self.values = pairs.map(\.0)
    self.cumulative = cumulative
    self.mode = .discrete
  }

  /// Draws one value.
  ///
  /// - Complexity: O(1) continuous, O(log n) discrete.
  @inlinable
  public func sample(using rng: inout some RandomNumberGenerator) -> Double {
    switch mode {
    case .continuous:
      if values.count == 1 { return values[0] }
      let position = rng.nextUnit() * Double(values.count - 1)
      let index = Int(position)
      let fraction = position - Double(index)
      return values[index] + fraction * (values[index + 1] - values[index])
    case .discrete:
      let u = rng.nextUnit()
      var low = 0
      var high = cumulative.count - 1
      while low < high {  // first index with cumulative > u
        let middle = (low + high) / 2
        if cumulative[middle] > u { high = middle } else { low = middle + 1 }
      }
      return values[low]
    }
  }

  /// The mean of the draws.
  public var mean: Double {
    switch mode {
    case .continuous:
      guard values.count > 1 else { return values[0] }
      var sum = 0.0
      for index in 0..<(values.count - 1) { sum += (values[index] + values[index + 1]) / 2 }
      return sum / Double(values.count - 1)
    case .discrete:
      var previous = 0.0
      var sum = 0.0
      for (value, cumulative) in zip(values, cumulative) {
        sum += value * (cumulative - previous)
        previous = cumulative
      }
      return sum
    }
  }

  /// The variance of the draws.
  public var variance: Double {
    let m = mean
    switch mode {
    case .continuous:
      guard values.count > 1 else { return 0 }
      // Each segment is uniform on [a, b] with weight 1/(n−1):
      // E[X²] on it is (a² + ab + b²) / 3.
      var second = 0.0
      for index in 0..<(values.count - 1) {
        let a = values[index]
        let b = values[index + 1]
        second += (a * a + a * b + b * b) / 3
      }
      return second / Double(values.count - 1) - m * m
    case .discrete:
      var previous = 0.0
      var sum = 0.0
      for (value, cumulative) in zip(values, cumulative) {
        sum += (value - m) * (value - m) * (cumulative - previous)
        previous = cumulative
      }
      return sum
    }
  }
}
