/// The report of `mqplan compare` for a terminal and as Markdown: the
/// variables that differ, the key predictions, every objective, the bill
/// by service with the difference, and a one-line conclusion.
public enum ComparisonReport {
  public static func render(_ comparison: Comparison) -> String {
    let workload = comparison.a.workload
    var out: [String] = []
    out.append(
      "mqplan compare: \(workload.name) (seed \(workload.seed), horizon \(Format.duration(workload.horizon)), \(workload.region)); both sides on the same seed"
    )
    out.append("  A: " + describe(comparison.sourcesA))
    out.append("  B: " + describe(comparison.sourcesB))
    out.append("")
    let differences = comparison.differences
    if differences.isEmpty {
      out.append("Variables: the same on both sides")
    } else {
      out.append("Variables that differ")
      out.append(
        Format.table(
          ["variable", "A", "B", "A from", "B from"],
          differences.map { [$0.name, $0.a, $0.b, $0.originA, $0.originB] }))
    }
    out.append("")
    out.append("Predictions (worst run)")
    out.append(
      Format.table(
        ["prediction", "subject", "A", "B"],
        comparison.predictions.map { [$0.name, $0.subject, show($0.a, $0.unit), show($0.b, $0.unit)] }))
    out.append("")
    out.append("Objectives and limits: A \(summary(comparison.a)); B \(summary(comparison.b))")
    out.append(
      Format.table(
        ["check", "run", "subject", "limit", "A", "", "B", ""],
        comparison.objectives.map { row in
          let verdict = row.verdict
          return [
            verdict.name, verdict.scenario, subject(row), TextReport.show(verdict.limit, verdict.unit),
            row.a.map { TextReport.show($0.observed, $0.unit) } ?? "—",
            row.a.map { $0.met ? "PASS" : "FAIL" } ?? "",
            row.b.map { TextReport.show($0.observed, $0.unit) } ?? "—",
            row.b.map { $0.met ? "PASS" : "FAIL" } ?? "",
          ]
        }, rightAligned: [3, 4, 6]))
    out.append("")
    out.append("Monthly bill (730 h, \(comparison.a.prices.region) prices)")
    out.append(
      Format.table(
        ["service", "A", "B", "B − A", ""],
        comparison.services.map { [$0.service, Format.usd($0.a), Format.usd($0.b)] + change($0.a, $0.b) }
          + [
            ["total", Format.usd(comparison.a.bill.total), Format.usd(comparison.b.bill.total)]
              + change(comparison.a.bill.total, comparison.b.bill.total)
          ],
        rightAligned: [1, 2, 3, 4]))
    out.append("")
    out.append("Conclusion: " + comparison.conclusion)
    return out.joined(separator: "\n") + "\n"
  }

  /// A compact Markdown version for a pull-request comment.
  public static func markdown(_ comparison: Comparison) -> String {
    var out: [String] = []
    out.append("### mqplan compare: \(comparison.a.workload.name)")
    out.append("")
    out.append("**A:** \(describe(comparison.sourcesA)). **B:** \(describe(comparison.sourcesB)).")
    out.append("")
    out.append("**\(comparison.conclusion)**")
    out.append("")
    out.append("Objectives and limits: A \(summary(comparison.a)); B \(summary(comparison.b)).")
    let differences = comparison.differences
    if !differences.isEmpty {
      out.append("")
      out.append(
        Format.markdownTable(
          ["variable", "A", "B"], differences.map { ["`\($0.name)`", "`\($0.a)`", "`\($0.b)`"] }))
    }
    out.append("")
    out.append(
      Format.markdownTable(
        ["check", "run", "subject", "limit", "A", "B"],
        comparison.objectives.map { row in
          let verdict = row.verdict
          func cell(_ side: Verdict?) -> String {
            side.map { ($0.met ? "✅ " : "❌ ") + TextReport.show($0.observed, $0.unit) } ?? "—"
          }
          return [
            verdict.name, verdict.scenario, subject(row), TextReport.show(verdict.limit, verdict.unit),
            cell(row.a),
            cell(row.b),
          ]
        }, rightAligned: [3, 4, 5]))
    out.append("")
    out.append(
      Format.markdownTable(
        ["service", "A", "B", "B − A", ""],
        comparison.services.map { [$0.service, Format.usd($0.a), Format.usd($0.b)] + change($0.a, $0.b) }
          + [
            ["**total**", Format.usd(comparison.a.bill.total), Format.usd(comparison.b.bill.total)]
              + change(comparison.a.bill.total, comparison.b.bill.total)
          ],
        rightAligned: [1, 2, 3, 4]))
    return out.joined(separator: "\n") + "\n"
  }

  /// "the defaults", or the files and assignments in order.
  package static func describe(_ sources: [String]) -> String {
    sources.isEmpty ? "the defaults" : "the defaults ← " + sources.joined(separator: " ← ")
  }

  /// "all hold" or "2 not met".
  static func summary(_ result: SimulationResult) -> String {
    let failed = result.verdicts.filter { !$0.met }.count
    return failed == 0 ? "all hold" : "\(failed) not met"
  }

  /// The subject, with both brokers when the fullest or busiest differs.
  static func subject(_ row: Comparison.Objective) -> String {
    guard let a = row.a, let b = row.b, a.subject != b.subject else { return row.verdict.subject }
    return "\(a.subject) / \(b.subject)"
  }

  /// B − A in USD, and relative to A.
  static func change(_ a: Double, _ b: Double) -> [String] {
    let difference = b - a
    let sign = difference > 0.004 ? "+" : (difference < -0.004 ? "-" : "")
    let relative: String
    if a != 0 {
      relative = (difference / a >= 0.000_05 ? "+" : "") + Format.percent(difference / a, decimals: 1)
    } else {
      relative = b == 0 ? "" : "new"
    }
    return [sign + Format.usd(abs(difference)), relative]
  }

  /// A prediction's value with its unit and run.
  static func show(_ value: Comparison.Prediction.Value?, _ unit: String) -> String {
    guard let value else { return "—" }
    let text: String
    switch unit {
    case "%": text = Format.number(value.value, decimals: 1) + " %"
    case "s": text = Format.duration(value.value)
    default: text = Format.number(value.value) + " " + unit
    }
    return (value.detail.map { "\($0) " } ?? "") + text + " (\(value.run))"
  }
}
