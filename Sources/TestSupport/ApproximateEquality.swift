// Approximate equality, written from the definition documented by
// swift-numerics (`isApproximatelyEqual(to:absoluteTolerance:relativeTolerance:norm:)`):
// a ≈ b when |a − b| ≤ max(absoluteTolerance, relativeTolerance · max(|a|, |b|)).
// The default relative tolerance is √ulp(1) ≈ 1.5e-8, and equal infinities
// are equal. It is a test helper only, never an `Equatable` conformance.

extension BinaryFloatingPoint {
  /// Whether `self` and `other` are equal within the tolerances.
  ///
  /// - Parameters:
  ///   - other: The value to compare with.
  ///   - relativeTolerance: Allowed error relative to the larger magnitude;
  ///     default √ulp(1).
  ///   - absoluteTolerance: Allowed error near zero; default 0.
  /// - Returns: `true` when |self − other| is within the larger tolerance.
  public func isApproximatelyEqual(
    to other: Self,
    relativeTolerance: Self = Self.ulpOfOne.squareRoot(),
    absoluteTolerance: Self = 0
  ) -> Bool {
    precondition(relativeTolerance >= 0 && absoluteTolerance >= 0, "Tolerances must be non-negative")
    if self == other { return true }  // also equal infinities
    guard isFinite && other.isFinite else { return false }
    let scale = Swift.max(abs(self), abs(other))
    return abs(self - other) <= Swift.max(absoluteTolerance, relativeTolerance * scale)
  }
}

/// A comparison of an observed value with a reference, with the message a
/// failing theory check should print: expected, observed, and the error.
public struct Closeness: CustomStringConvertible, Sendable {
  public let what: String
  public let expected: Double
  public let observed: Double
  public let relativeTolerance: Double
  public let absoluteTolerance: Double

  public init(
    _ what: String, observed: Double, expected: Double,
    relativeTolerance: Double = 0, absoluteTolerance: Double = 0
  ) {
    self.what = what
    self.expected = expected
    self.observed = observed
    self.relativeTolerance = relativeTolerance
    self.absoluteTolerance = absoluteTolerance
  }

  /// Whether the observation is within tolerance.
  public var holds: Bool {
    observed.isApproximatelyEqual(
      to: expected, relativeTolerance: relativeTolerance, absoluteTolerance: absoluteTolerance)
  }

  public var description: String {
    let error = observed - expected
    let relative = expected != 0 ? error / abs(expected) : .infinity
    return "\(what): expected \(expected), observed \(observed), error \(error) "
      + "(relative \(relative)); tolerance relative \(relativeTolerance), absolute \(absoluteTolerance)"
  }
}
