/// A compact Markdown summary of a simulation that fits a pull-request
/// comment: the configuration, the objectives as a table (the tightest run
/// of each), the top risks, and the bill folded away.
public enum MarkdownReport {
  public static func render(_ result: SimulationResult) -> String {
    var out: [String] = []
    let failed = result.verdicts.filter { !$0.met }
    out.append(
      "### mqplan: \(result.workload.name) — \(failed.isEmpty ? "all objectives hold" : "\(failed.count) objective(s) not met")"
    )
    out.append("")
    out.append(
      "**Configuration:** \(TextReport.describe(result.configuration.msk)). **Monthly cost:** \(Format.usd(result.bill.total)) (730 h, \(result.prices.region))."
    )
    out.append("")
    out.append(objectives(result))
    out.append(contentsOf: risks(result))
    out.append("")
    out.append(bill(result))
    return out.joined(separator: "\n") + "\n"
  }

  /// The tightest run of each check and subject.
  static func objectives(_ result: SimulationResult) -> String {
    Format.markdownTable(
      ["", "check", "subject", "tightest run", "observed", "limit", "headroom"],
      VerdictSummary.tightest(result.verdicts).map { verdict in
        [
          verdict.met ? "✅" : "❌", verdict.name, verdict.subject, verdict.scenario,
          TextReport.show(verdict.observed, verdict.unit),
          TextReport.show(verdict.limit, verdict.unit), verdict.margin.map { Format.percent($0) } ?? "",
        ]
      }, rightAligned: [4, 5, 6])
  }

  /// Failures first, then the limit that binds in each run and the three
  /// smallest margins that still hold.
  static func risks(_ result: SimulationResult) -> [String] {
    var lines: [String] = []
    for verdict in result.verdicts where !verdict.met {
      lines.append(
        "- ❌ \(verdict.name) (\(verdict.scenario), \(verdict.subject))"
          + (verdict.detail.map { ": \($0)" } ?? ""))
    }
    if let binding = VerdictSummary.bindingLimit(result) {
      lines.append(
        "- **\(binding.use.limit.rawValue)** binds first: \(Format.percent(binding.use.peakDemand)) of capacity at peak (\(binding.run))"
      )
    }
    let close = VerdictSummary.tightest(result.verdicts).filter { $0.met && $0.margin != nil }
      .sorted { $0.margin! < $1.margin! }.prefix(3)
    for verdict in close {
      lines.append(
        "- \(verdict.name) (\(verdict.subject)): \(Format.percent(verdict.margin!)) headroom in \(verdict.scenario)"
      )
    }
    return lines.isEmpty ? [] : ["", "**Top risks**", ""] + lines
  }

  static func bill(_ result: SimulationResult) -> String {
    [
      "<details><summary>Bill: \(Format.usd(result.bill.total))/month</summary>", "",
      Format.markdownTable(
        ["service", "item", "quantity", "unit", "USD/month"],
        result.bill.lines.map {
          [
            $0.service, $0.item, Format.number($0.quantity, decimals: $0.quantity < 100 ? 2 : 0), $0.unit,
            Format.usd($0.amount),
          ]
        }
          + [["", "**total**", "", "", "**\(Format.usd(result.bill.total))**"]], rightAligned: [2, 4]),
      "", "</details>",
    ].joined(separator: "\n")
  }
}
