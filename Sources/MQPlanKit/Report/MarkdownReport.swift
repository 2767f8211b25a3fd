/// A compact Markdown summary of a simulation that fits a pull-request
/// comment: the configuration, the objectives as a table, the bill, and
/// what binds.
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
    out.append(
      Format.markdownTable(
        ["", "check", "run", "subject", "observed", "limit", "headroom"],
        result.verdicts.map { verdict in
          [
            verdict.met ? "✅" : "❌", verdict.name, verdict.scenario, verdict.subject,
            TextReport.show(verdict.observed, verdict.unit),
            TextReport.show(verdict.limit, verdict.unit), verdict.margin.map { Format.percent($0) } ?? "",
          ]
        }, rightAligned: [4, 5, 6]))
    let risks = result.runs.compactMap { run -> String? in
      guard let binding = run.bindingLimit else { return nil }
      return
        "- **\(run.scenario)**: \(binding.limit.rawValue) binds first, peak demand \(Format.percent(binding.peakDemand)) of capacity"
    }
    if !risks.isEmpty || !failed.isEmpty {
      out.append("")
      out.append("**Top risks**")
      out.append("")
      for verdict in failed {
        out.append(
          "- ❌ \(verdict.name) (\(verdict.scenario), \(verdict.subject))"
            + (verdict.detail.map { ": \($0)" } ?? ""))
      }
      out.append(contentsOf: risks)
    }
    out.append("")
    out.append("<details><summary>Bill</summary>")
    out.append("")
    out.append(
      Format.markdownTable(
        ["service", "item", "quantity", "unit", "USD/month"],
        result.bill.lines.map {
          [
            $0.service, $0.item, Format.number($0.quantity, decimals: $0.quantity < 100 ? 2 : 0), $0.unit,
            Format.usd($0.amount),
          ]
        }
          + [["", "**total**", "", "", "**\(Format.usd(result.bill.total))**"]], rightAligned: [2, 4]))
    out.append("")
    out.append("</details>")
    return out.joined(separator: "\n") + "\n"
  }
}
