/// An HCL number, kept as written as well as converted.
///
/// Terraform holds numbers as arbitrary-precision decimals; mqplan works in
/// `Double`. The literal text is kept so that messages quote the user's own
/// spelling and so that a value read and written back keeps its form
/// (`1.50` stays `1.50`). ``double`` is the correctly rounded conversion of
/// ``text``; a literal too large for a finite `Double` is rejected by the
/// reader. Digits beyond a `Double`'s precision are *not* reported: a
/// 20-digit integer is accepted and rounded.
package struct HCLNumber: Hashable, Sendable, CustomStringConvertible {
  /// The literal as written, with a leading `-` for negative numbers and
  /// no spaces (`- 5` in the source is `-5` here).
  package var text: String
  /// The value as a finite `Double`.
  package var double: Double

  package init(text: String, double: Double) {
    self.text = text
    self.double = double
  }

  /// A number with the canonical text of `value`: integers up to 2^53
  /// without a fraction (`3`, not `3.0`), anything else in Swift's shortest
  /// round-trip form (`0.1`, `1e-05`, `1e+20`).
  ///
  /// - Precondition: `value` is finite.
  package init(_ value: Double) {
    precondition(value.isFinite, "An HCL number must be finite, got \(value)")
    self.init(text: Self.canonicalText(value), double: value)
  }

  /// A number for an integer.
  package init(_ value: Int) {
    self.init(text: String(value), double: Double(value))
  }

  package var description: String { text }

  /// Whether the literal has no fraction or exponent part.
  package var isIntegerLiteral: Bool { !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) }

  /// The canonical spelling of a finite `Double`, used by
  /// ``HCLValue/canonicalJSON`` and for numbers built from a `Double`.
  ///
  /// Deterministic across machines: Swift's `description` for `Double` is
  /// the shortest text that reads back to the same value, computed by the
  /// standard library itself rather than the C library.
  package static func canonicalText(_ value: Double) -> String {
    if value == value.rounded(), abs(value) <= 9_007_199_254_740_992 {
      return String(Int64(value))
    }
    return value.description
  }

  /// Whether `text` is a literal that both HCL and JSON accept:
  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
  ///
  /// HCL alone also accepts leading zeros (`007`); JSON does not, so the
  /// writers fall back to ``canonicalText(_:)`` for such literals.
  package static func isPortableLiteral(_ text: String) -> Bool {
    var bytes = Array(text.utf8)[...]
    func digits(_ bytes: inout ArraySlice<UInt8>) -> Int {
      let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
      bytes = bytes.dropFirst(count)
      return count
    }
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let leadingZero = bytes.first == UInt8(ascii: "0")
    let integerDigits = digits(&bytes)
    guard integerDigits > 0, !(leadingZero && integerDigits > 1) else { return false }
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      guard digits(&bytes) > 0 else { return false }
    }
    if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
      guard digits(&bytes) > 0 else { return false }
    }
    return bytes.isEmpty
  }
}
