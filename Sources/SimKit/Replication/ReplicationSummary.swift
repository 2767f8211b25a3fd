/// What a set of replications says about one output: its mean with a
/// confidence interval, and percentile bands across replications.
public struct ReplicationSummary: Sendable, Hashable {
  /// The per-replication values, in replication order.
  public let values: [Double]
  /// Count, mean, variance, min, max over replications.
  public let tally: Tally

  /// Summarises per-replication values.
  ///
  /// - Precondition: `values` is not empty and every value is finite.
  public init(_ values: [Double]) {
    precondition(!values.isEmpty, "Nothing to summarise")
    var tally = Tally()
    for value in values { tally.record(value) }
    self.values = values
    self.tally = tally
  }

  /// Mean over replications.
  public var mean: Double { tally.mean }

  /// Confidence interval for the mean (Student's t).
  ///
  /// - Precondition: at least two replications.
  public func confidenceInterval(level: Double = 0.95) -> ConfidenceInterval {
    tally.confidenceInterval(level: level)
  }

  /// The q-quantile across replications, linearly interpolated between
  /// order statistics (Hyndman and Fan's type 7, the default of R and
  /// NumPy).
  ///
  /// - Precondition: `0 <= q <= 1`.
  public func percentile(_ q: Double) -> Double {
    precondition(q >= 0 && q <= 1, "Quantile must be in [0, 1], got \(q)")
    let sorted = values.sorted()
    let position = q * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = Swift.min(lower + 1, sorted.count - 1)
    let fraction = position - Double(lower)
    return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
  }
}
