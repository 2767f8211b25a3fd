/// The plan's summary for a terminal: chosen values with their reasons,
/// the candidates weighed, the monthly bill by service, and each objective
/// with its margin. The full report (``TextReport`` of the chosen
/// configuration's runs) follows it in the report file.
public enum PlanReport {
  public static func summary(_ plan: Plan) -> String {
    var out: [String] = []
    let workload = plan.workload
    out.append(
      "mqplan plan: \(workload.name) (seed \(workload.seed), horizon \(Format.duration(workload.horizon)), \(workload.region); "
        + "\(plan.runs) run\(plan.runs == 1 ? "" : "s") per scenario, objectives at p\(Format.number(plan.percentile * 100)))"
    )
    if let failure = plan.failure {
      out.append("")
      out.append("NO CONFIGURATION MEETS THE OBJECTIVES: \(failure)")
    }
    out.append("")
    out.append("Recommended values")
    out.append(
      Format.table(
        ["module", "variable", "value", "reason"],
        plan.reasons.map { [$0.module, $0.variable, $0.value, $0.reason] }))
    if !plan.candidates.isEmpty {
      out.append("")
      let pruned = plan.candidates.filter {
        if case .pruned = $0.outcome { return true } else { return false }
      }
      out.append(
        "MSK candidates, cheapest first (\(plan.simulatedCandidates) simulated, \(pruned.count) ruled out by bounds; the cheapest 8 shown, then the next 3 dearer)"
      )
      let shown = plan.candidatesAroundChoice
      out.append(
        Format.table(
          ["", "configuration", "USD/month", "outcome"],
          shown.map { candidate in
            let (mark, text): (String, String)
            switch candidate.outcome {
            case .chosen: (mark, text) = ("→", "meets every objective: chosen")
            case .failed(let why): (mark, text) = ("✗", "simulated: " + why)
            case .pruned(let why): (mark, text) = ("✗", why)
            case .untried: (mark, text) = ("", "not simulated: dearer than the choice")
            }
            return [mark, candidate.label, Format.usd(candidate.monthlyCost), text]
          }, rightAligned: [2]))
    }
    out.append("")
    let services = VerdictSummary.services(plan.result.bill)
    out.append(
      "Monthly cost: \(Format.usd(plan.result.bill.total)) (730 h, \(plan.result.prices.region) prices)")
    out.append(
      Format.table(
        ["service", "USD/month"], services.map { [$0.service, Format.usd($0.amount)] }, rightAligned: [1]))
    out.append("")
    let failed = plan.result.verdicts.filter { !$0.met }.count
    out.append(
      "Objectives and limits, tightest run each: \(failed == 0 ? "all hold" : "\(failed) not met")"
        + (plan.mskVerdicts.isEmpty
          ? "" : " (MSK at p\(Format.number(plan.percentile * 100)) over \(plan.runs) runs)"))
    out.append(
      Format.table(
        ["", "check", "subject", "tightest run", "observed", "limit", "headroom"],
        VerdictSummary.tightest(plan.result.verdicts).map { verdict in
          [
            verdict.met ? "PASS" : "FAIL", verdict.name, verdict.subject, verdict.scenario,
            TextReport.show(verdict.observed, verdict.unit), TextReport.show(verdict.limit, verdict.unit),
            verdict.margin.map { Format.percent($0) } ?? "",
          ]
        }, rightAligned: [4, 5, 6]))
    if !plan.notes.isEmpty {
      out.append("")
      out.append("Notes")
      for note in plan.notes { out.append("  - " + note) }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The report file: the summary, then the full simulation report of the
  /// chosen configuration.
  public static func full(_ plan: Plan) -> String {
    summary(plan) + "\n" + String(repeating: "=", count: 100) + "\n\n" + TextReport.render(plan.result)
  }
}
