extension PlanReport {
  /// The plan for a pull-request comment: the chosen values, the monthly
  /// cost and its change against the current tfvars (`current`, when
  /// `--tfvars` was given), the objectives, the top risks, and the reasons
  /// and bill folded away.
  public static func markdown(_ plan: Plan, current: SimulationResult? = nil) -> String {
    let result = plan.result
    var out: [String] = []
    if let failure = plan.failure {
      out.append("### mqplan plan: \(plan.workload.name) — ❌ no configuration meets the objectives")
      out.append("")
      out.append(failure)
    } else {
      out.append(
        "### mqplan plan: \(plan.workload.name) — ✅ \(TextReport.describe(result.configuration.msk))")
    }
    out.append("")
    var cost = "**Monthly cost:** \(Format.usd(result.bill.total)) (730 h, \(result.prices.region))"
    if let current {
      let change = result.bill.total - current.bill.total
      let sign = change >= 0 ? "+" : "−"
      cost +=
        "; current tfvars \(Format.usd(current.bill.total)), change **\(sign)\(Format.usd(abs(change)))**"
        + (current.bill.total > 0 ? " (\(sign)\(Format.percent(abs(change) / current.bill.total)))" : "")
      let failing = current.verdicts.filter { !$0.met }.count
      cost +=
        failing == 0 ? "; the current values meet every objective" : "; the current values fail \(failing)"
    }
    out.append(cost + ".")
    out.append("")
    out.append(
      Format.markdownTable(
        ["module", "variable", "value"],
        plan.reasons.map { [$0.module, "`\($0.variable)`", "`\($0.value)`"] }))
    out.append("")
    out.append(
      "**Objectives** (\(plan.runs) run\(plan.runs == 1 ? "" : "s") per scenario, at p\(Format.number(plan.percentile * 100)))"
    )
    out.append("")
    out.append(MarkdownReport.objectives(result))
    var risks = MarkdownReport.risks(result)
    if let chosen = plan.candidates.firstIndex(where: { $0.outcome == .chosen }),
      let cheaper = plan.candidates[..<chosen].last(where: {
        if case .failed = $0.outcome { return true } else { return false }
      }), case .failed(let why) = cheaper.outcome
    {
      if risks.isEmpty { risks = ["", "**Top risks**", ""] }
      risks.append(
        "- The next cheaper simulated candidate, \(cheaper.label) (\(Format.usd(cheaper.monthlyCost))), fails: \(why)"
      )
    }
    out.append(contentsOf: risks)
    out.append("")
    out.append("<details><summary>Why each value</summary>")
    out.append("")
    out.append(
      Format.markdownTable(
        ["variable", "value", "reason"],
        plan.reasons.map { ["`\($0.variable)`", "`\($0.value)`", $0.reason] }))
    out.append("")
    out.append("</details>")
    out.append("")
    out.append(MarkdownReport.bill(result))
    return out.joined(separator: "\n") + "\n"
  }
}
