/// The tightest verdict per check and subject, in first-seen order: the
/// margins people act on (a failure wins over a pass, then the smaller
/// headroom).
enum VerdictSummary {
  static func tightest(_ verdicts: [Verdict]) -> [Verdict] {
    var tightest: [String: Verdict] = [:]
    var order: [String] = []
    for verdict in verdicts {
      let key = verdict.name + "|" + verdict.subject
      if let current = tightest[key] {
        if (!verdict.met && current.met)
          || (verdict.met == current.met && (verdict.margin ?? 1) < (current.margin ?? 1))
        {
          tightest[key] = verdict
        }
      } else {
        tightest[key] = verdict
        order.append(key)
      }
    }
    return order.compactMap { tightest[$0] }
  }

  /// The bill's lines summed by service, in first-seen order.
  static func services(_ bill: Bill) -> [(service: String, amount: Double)] {
    var services: [(service: String, amount: Double)] = []
    for line in bill.lines {
      if let index = services.firstIndex(where: { $0.service == line.service }) {
        services[index].amount += line.amount
      } else {
        services.append((line.service, line.amount))
      }
    }
    return services
  }

  /// The limit with the highest peak demand over every run, and the run.
  static func bindingLimit(_ result: SimulationResult) -> (use: MSKRunResult.LimitUse, run: String)? {
    var best: (use: MSKRunResult.LimitUse, run: String)?
    for run in result.runs {
      guard let binding = run.bindingLimit else { continue }
      if best == nil || binding.peakDemand > best!.use.peakDemand { best = (binding, run.scenario) }
    }
    return best
  }
}
