/// A numeric condition, `{"numeric": [">", 0, "<=", 5]}`, held in
/// millionths ("micro-units") so that comparisons are exact integer
/// comparisons at the six decimal places AWS promises.
///
/// AWS: numeric matching "is limited to values between -5.0e9 and +5.0e9
/// inclusive, with 15 digits of precision, or six digits to the right of
/// the decimal point" (current EventBridge content-filtering page, as quoted
/// in LocalStack's matcher; event-ruler `ComparableNumber`, S23). Older
/// pages said ±1.0e9 (S33b, 2021); the reference (§6, "Gaps" 5) leaves the
/// hosted limit unverified. We take ±5.0e9: see ``EventPattern/numericLimit``.
///
/// Single bounds are closed by the limit, as event-ruler does
/// (`Range.greaterThan(x)` is `(x, 5e9]`), so `[">", 5e9]` is an empty range
/// and is rejected like AWS rejects it ("Bottom must be less than top").
struct PatternNumericRange: Hashable, Sendable {
  var lower: Int64
  var lowerInclusive: Bool
  var upper: Int64
  var upperInclusive: Bool

  /// Whether the value (in micro-units) lies in the range.
  @inline(__always)
  func contains(_ micro: Int64) -> Bool {
    (lowerInclusive ? micro >= lower : micro > lower) && (upperInclusive ? micro <= upper : micro < upper)
  }

  /// Whether no value can lie in the range.
  var isEmpty: Bool {
    lower > upper || (lower == upper && !(lowerInclusive && upperInclusive))
  }
}

/// Conversions between JSON numbers and micro-units.
enum PatternMicroUnits {
  /// The largest magnitude numeric matching supports (AWS: ±5.0e9).
  static let limit = 5.0e9
  /// `limit` in micro-units.
  static let limitMicro: Int64 = 5_000_000_000_000_000
  /// Decimal places kept (AWS: six digits to the right of the point).
  static let decimalPlaces = 6

  /// An event's number in micro-units, rounded to the nearest millionth
  /// (ties away from zero); `nil` outside ±``limit``, where AWS does not
  /// treat the value as a number for `numeric` and `anything-but` (event-ruler
  /// cannot convert it to a `ComparableNumber`, so no numeric condition holds).
  @inline(__always)
  static func of(_ value: Double) -> Int64? {
    guard value.magnitude <= limit else { return nil }
    return Int64((value * 1e6).rounded())
  }

  /// The number of digits after the decimal point that a JSON number
  /// literal needs once trailing zeros are dropped: `3.018e2` needs 1,
  /// `1.5e-6` needs 7, `2.50` needs 1, `300` needs 0. Exponents are read
  /// from the text, so `1e-400` (which is 0 as a double) needs 400.
  static func decimalPlacesNeeded(byLiteral text: String) -> Int {
    var fraction: [UInt8] = []
    var exponentDigits: [UInt8] = []
    var exponentNegative = false
    var part = 0  // 0 integer, 1 fraction, 2 exponent
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "."): part = 1
      case UInt8(ascii: "e"), UInt8(ascii: "E"): part = 2
      case UInt8(ascii: "-") where part == 2: exponentNegative = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if part == 1 { fraction.append(byte) } else if part == 2 { exponentDigits.append(byte) }
      default: break
      }
    }
    while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
    // Clamp the exponent: beyond ±10⁶ the answer is "far too many" or "none".
    var exponent = 0
    for digit in exponentDigits {
      exponent = Swift.min(exponent * 10 + Int(digit - UInt8(ascii: "0")), 1_000_000)
    }
    if exponentNegative { exponent = -exponent }
    return Swift.max(0, fraction.count - exponent)
  }
}
