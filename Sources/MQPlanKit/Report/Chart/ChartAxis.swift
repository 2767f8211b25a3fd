import Foundation

/// What a chart's values are, so its axis picks a readable unit: bytes in
/// GB or TB, seconds in minutes or hours, counts in thousands or millions.
enum ChartUnit: Sendable {
  case bytes
  case seconds
  case count
  /// A fraction shown in per cent.
  case fraction
  case usd

  /// The divisor and its name for values up to `maximum`.
  func scale(for maximum: Double) -> (divisor: Double, name: String) {
    let top = abs(maximum)
    switch self {
    case .bytes:
      let names = ["B", "KB", "MB", "GB", "TB", "PB"]
      var divisor = 1.0
      var index = 0
      while top / divisor >= 1_000 && index < names.count - 1 {
        divisor *= 1_000
        index += 1
      }
      return (divisor, names[index])
    case .seconds:
      if top < 120 { return (1, "s") }
      if top < 7_200 { return (60, "min") }
      if top < 172_800 { return (3_600, "h") }
      return (86_400, "days")
    case .count:
      if top < 10_000 { return (1, "") }
      if top < 10_000_000 { return (1_000, "thousand") }
      if top < 10_000_000_000 { return (1_000_000, "million") }
      return (1_000_000_000, "billion")
    case .fraction: return (0.01, "%")
    case .usd: return (1, "USD")
    }
  }
}

/// Axis arithmetic: "nice" tick steps (1, 2, 2.5 or 5 × 10ⁿ) and the time
/// axis of a run in days, hours or minutes.
enum ChartAxis {
  /// Ticks from 0 (or `minimum`) to at least `maximum`, about `count` of them.
  static func ticks(minimum: Double = 0, maximum: Double, count: Int = 5) -> [Double] {
    let span = maximum - minimum
    guard span > 0, span.isFinite else { return [minimum, minimum + 1] }
    let step = niceStep(span / Double(count))
    let first = (minimum / step).rounded(.down) * step
    var ticks: [Double] = []
    var value = first
    while value < maximum + step * 0.999 && ticks.count < 40 {
      ticks.append(value)
      value = first + step * Double(ticks.count)
    }
    if ticks.count < 2 { ticks.append(first + step) }
    return ticks
  }

  static func niceStep(_ raw: Double) -> Double {
    let magnitude = pow(10, (log10(raw)).rounded(.down))
    for factor in [1.0, 2, 2.5, 5, 10] where factor * magnitude >= raw * 0.999 { return factor * magnitude }
    return 10 * magnitude
  }

  /// A tick's label: as many decimals as the step needs.
  static func label(_ value: Double, step: Double) -> String {
    var decimals = 0
    var scaled = step
    while decimals < 3 && abs(scaled - scaled.rounded()) > 1e-9 {
      scaled *= 10
      decimals += 1
    }
    return Format.number(value, decimals: decimals)
  }

  /// Time ticks over `start...end` seconds and the axis title: days of
  /// the run for a long window, clock times for a window within a run.
  static func timeTicks(from start: Double, to end: Double) -> (
    ticks: [Double], labels: [String], title: String
  ) {
    let span = end - start
    if span >= 2 * 86_400 || (start == 0 && span >= 2 * 3_600) {
      let (unit, title, steps): (Double, String, [Double]) =
        span >= 2 * 86_400
        ? (86_400, "time (day of the run)", [1, 2, 5, 7, 10, 14, 30, 60, 90])
        : (3_600, "time (hours into the run)", [1, 2, 3, 6, 12])
      let step = (steps.first { span / unit / $0 <= 10 } ?? steps.last!) * unit
      let ticks = stride(from: (start / step).rounded(.up) * step, through: end + 1e-9, by: step).map { $0 }
      return (ticks, ticks.map { Format.number($0 / unit) }, title)
    }
    // A window of hours: clock times, the day in the title.
    let steps: [Double] = [60, 300, 600, 900, 1_800, 3_600, 7_200, 10_800, 21_600, 43_200]
    let step = steps.first { span / $0 <= 8 } ?? 43_200
    let ticks = stride(from: (start / step).rounded(.up) * step, through: end + 1e-9, by: step).map { $0 }
    let labels = ticks.map { tick -> String in
      let seconds = Int(tick.rounded()) % 86_400
      return String(format: "%02d:%02d", seconds / 3_600, (seconds % 3_600) / 60)
    }
    let firstDay = Int(start / 86_400)
    let lastDay = Int(max(start, end - 1) / 86_400)
    let title = firstDay == lastDay ? "time on day \(firstDay)" : "time, day \(firstDay) to day \(lastDay)"
    return (ticks, labels, title)
  }
}
