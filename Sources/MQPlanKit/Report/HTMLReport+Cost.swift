extension HTMLReport {
  /// The bill by service (chart) and by line (table), and the candidates
  /// the planner priced around its choice.
  static func costSection(_ page: inout Page, plan: Plan?) -> String {
    let result = page.result
    let services = VerdictSummary.services(result.bill)
    let total = result.bill.total
    let chart = BarChart(
      id: "cost", title: "Monthly cost by service", valueTitle: "cost per month", unit: .usd,
      bars: services.map {
        .init(
          label: $0.service, value: $0.amount,
          text: "\(Format.usd($0.amount)) · \(Format.percent(total > 0 ? $0.amount / total : 0))")
      })
    var body = figure(
      chart.svg(),
      caption: "Total \(Format.usd(total)) a month (730 h) at \(result.prices.region) prices.")
    body += "<details open=\"open\"><summary>Every bill line</summary>\n"
    body += table(
      ["service", "item", "quantity", "unit", "unit price", "USD/month"],
      result.bill.lines.map {
        [
          $0.service, $0.item, Format.number($0.quantity, decimals: $0.quantity < 100 ? 2 : 0), $0.unit,
          Format.unitPrice($0.unitPrice), Format.usd($0.amount),
        ]
      } + [["", "total", "", "", "", Format.usd(total)]], numeric: [2, 4, 5])
    body += "</details>\n"
    var out = section(&page, id: "cost", title: "Monthly cost", body)
    if let plan, !plan.candidates.isEmpty { out += candidatesSection(&page, plan: plan) }
    return out
  }

  /// The candidates around the choice: the cheapest eight below it and
  /// the next three dearer, with why each lost.
  static func candidatesSection(_ page: inout Page, plan: Plan) -> String {
    let shown = plan.candidatesAroundChoice
    func outcome(_ candidate: Plan.Candidate) -> (short: String, long: String) {
      switch candidate.outcome {
      case .chosen: return ("chosen", "meets every objective: chosen")
      case .failed(let why): return ("fails", "simulated: " + why)
      case .pruned(let why): return ("ruled out", why)
      case .untried: return ("not tried", "not simulated: dearer than the choice")
      }
    }
    let chart = BarChart(
      id: "candidates", title: "MSK candidates and their monthly cost", valueTitle: "MSK cost per month",
      unit: .usd,
      bars: shown.map { candidate in
        .init(
          label: candidate.label, value: candidate.monthlyCost,
          text: "\(Format.usd(candidate.monthlyCost)) · \(outcome(candidate).short)",
          emphasised: candidate.outcome == .chosen,
          muted: { if case .chosen = candidate.outcome { return false } else { return true } }())
      })
    let pruned = plan.candidates.filter { if case .pruned = $0.outcome { return true } else { return false } }
    var body = figure(
      chart.svg(),
      caption:
        "\(plan.candidates.count) candidates priced, \(pruned.count) ruled out by bounds, \(plan.simulatedCandidates) simulated; the hatched bar is the choice. Shown: the cheapest eight below it and the next three dearer."
    )
    body += table(
      ["configuration", "USD/month", "outcome"],
      shown.map { [$0.label, Format.usd($0.monthlyCost), outcome($0).long] }, numeric: [1],
      classes: shown.map { $0.outcome == .chosen ? "chosen" : nil })
    return section(&page, id: "candidates", title: "Runner-up configurations", body)
  }
}
