import Foundation

/// Numbers for people: fixed decimals, thousands separators, units. Every
/// function is deterministic (no locale), so reports are byte-identical on
/// every machine.
enum Format {
  /// `1234567.891` with 2 decimals → "1,234,567.89".
  static func number(_ value: Double, decimals: Int = 0) -> String {
    guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    var rounded = (abs(value) * scale).rounded() / scale
    if rounded == 0 { rounded = 0 }
    let negative = value < 0 && rounded != 0
    let integerPart = rounded.rounded(.down)
    var digits = String(format: "%.0f", integerPart)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits = String(digits.dropLast(3))
    }
    grouped = digits + grouped
    if decimals > 0 {
      let fraction = String(format: "%.\(decimals)f", rounded - integerPart)
      grouped += String(fraction.dropFirst())  // drop the leading "0"
    }
    return (negative ? "-" : "") + grouped
  }

  /// Bytes in decimal units: "512 B", "3.4 MB", "1.23 TB".
  static func bytes(_ value: Double) -> String {
    let units = ["B", "KB", "MB", "GB", "TB", "PB"]
    var scaled = value
    var unit = 0
    while abs(scaled) >= 1_000 && unit < units.count - 1 {
      scaled /= 1_000
      unit += 1
    }
    return number(scaled, decimals: unit == 0 ? 0 : (abs(scaled) < 10 ? 2 : 1)) + " " + units[unit]
  }

  /// Bytes per second: "12.5 MB/s".
  static func rate(_ bytesPerSecond: Double) -> String { bytes(bytesPerSecond) + "/s" }

  static func percent(_ fraction: Double, decimals: Int = 0) -> String {
    number(fraction * 100, decimals: decimals) + " %"
  }

  static func usd(_ value: Double) -> String { "$" + number(value, decimals: 2) }

  /// A price that may be smaller than a cent: "$0.0015".
  static func unitPrice(_ value: Double) -> String {
    if value == 0 { return "$0" }
    var decimals = 2
    while decimals < 6 && (value * pow(10, Double(decimals))).rounded() != value * pow(10, Double(decimals)) {
      decimals += 1
    }
    return "$" + number(value, decimals: decimals)
  }

  /// A duration for people: "45 s", "12 min", "3.5 h", "2 d".
  static func duration(_ seconds: Double) -> String { Quantities.describe(seconds: seconds) }

  /// A point in the horizon: "day 3, 14:05".
  static func time(_ seconds: Double) -> String {
    let day = Int((seconds / 86_400).rounded(.down))
    let rest = Int(seconds.rounded()) - day * 86_400
    return String(format: "day %d %02d:%02d", day, rest / 3_600, (rest % 3_600) / 60)
  }

  /// A table with a header row, columns aligned; numbers right-aligned.
  static func table(
    _ header: [String], _ rows: [[String]], rightAligned: Set<Int> = [], indent: String = "  "
  ) -> String {
    var widths = header.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    func line(_ cells: [String]) -> String {
      let padded = cells.enumerated().map { index, cell -> String in
        let pad = String(repeating: " ", count: widths[index] - cell.count)
        return rightAligned.contains(index) ? pad + cell : cell + pad
      }
      return indent
        + padded.joined(separator: "  ").replacingOccurrences(
          of: "\\s+$", with: "", options: .regularExpression)
    }
    return ([line(header)] + rows.map(line)).joined(separator: "\n")
  }

  /// A Markdown table.
  static func markdownTable(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> String {
    let separator = header.indices.map { rightAligned.contains($0) ? "---:" : "---" }
    let escape = { (cell: String) in cell.replacingOccurrences(of: "|", with: "\\|") }
    return ([header, separator] + rows).map { "| " + $0.map(escape).joined(separator: " | ") + " |" }.joined(
      separator: "\n")
  }
}
