import Foundation

/// Human-friendly durations and byte sizes in workload files:
/// `"90s"`, `"15m"`, `"2h"`, `"7d"`, `"1w"`, `"1d12h"` and plain numbers of
/// seconds; `"512B"`, `"64KiB"`, `"1GiB"`, `"500MB"` and plain numbers of
/// bytes.
package enum Quantities {
  static let durationUnits: [(String, Double)] = [
    ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3_600), ("d", 86_400), ("w", 604_800),
  ]
  static let byteUnits: [(String, Double)] = [
    ("B", 1), ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12),
    ("KiB", 1_024), ("MiB", 1_048_576), ("GiB", 1_073_741_824), ("TiB", 1_099_511_627_776),
  ]

  /// Parses a duration string such as `"1d12h"` into seconds.
  package static func duration(_ text: String) -> Double? {
    compound(text, units: durationUnits, allowsCompound: true)
  }

  /// Parses a byte size such as `"1GiB"` into bytes.
  package static func bytes(_ text: String) -> Double? {
    compound(text, units: byteUnits, allowsCompound: false)
  }

  private static func compound(_ text: String, units: [(String, Double)], allowsCompound: Bool) -> Double? {
    var remaining = Substring(text.trimmingCharacters(in: .whitespaces))
    guard !remaining.isEmpty else { return nil }
    var total = 0.0
    var parts = 0
    while !remaining.isEmpty {
      let digits = remaining.prefix { $0.isNumber || $0 == "." }
      guard !digits.isEmpty, let value = Double(digits) else { return nil }
      remaining = remaining.dropFirst(digits.count)
      let letters = remaining.prefix { $0.isLetter }
      guard let unit = units.first(where: { $0.0 == letters }) else { return nil }
      remaining = remaining.dropFirst(letters.count)
      total += value * unit.1
      parts += 1
      if !allowsCompound && parts > 1 { return nil }
    }
    return total
  }

  /// "1d 12h", "30m", "2.5 s": a duration for people.
  package static func describe(seconds: Double) -> String {
    if seconds == 0 { return "0 s" }
    if seconds < 1 { return "\(format(seconds * 1_000)) ms" }
    if seconds < 120 { return "\(format(seconds)) s" }
    if seconds < 7_200 { return "\(format(seconds / 60)) min" }
    if seconds < 172_800 { return "\(format(seconds / 3_600)) h" }
    return "\(format(seconds / 86_400)) d"
  }

  private static func format(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
    let rounded = (value * 10).rounded() / 10
    // Beyond 2⁵³ a Double has no tenths, and beyond Int.max no Int: an
    // error message about a huge duration must not trap (found by fuzzing).
    guard abs(rounded) < 1e15 else { return String(format: "%.3g", rounded) }
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
