extension HTMLReport {
  /// The verdict, the key figures, the recommended values with their
  /// reasons, each objective's tightest margin and what binds.
  static func summary(_ result: SimulationResult, plan: Plan?, current: SimulationResult?) -> String {
    var out = "<section id=\"summary\"><h2>Summary</h2>\n"
    let failed = result.verdicts.filter { !$0.met }
    if let failure = plan?.failure {
      out += "<p class=\"status fail\">✗ No configuration meets the objectives: \(esc(failure))</p>\n"
    } else if failed.isEmpty {
      out +=
        "<p class=\"status pass\">✓ All \(result.verdicts.count) objectives and limits hold in every run</p>\n"
    } else {
      out +=
        "<p class=\"status fail\">✗ \(failed.count) of \(result.verdicts.count) objectives and limits not met</p>\n"
    }
    var figures: [(String, String)] = [("Monthly cost", Format.usd(result.bill.total))]
    if let current {
      let change = result.bill.total - current.bill.total
      figures.append(
        (
          "Change against current tfvars",
          (change >= 0 ? "+" : "−") + Format.usd(abs(change))
            + (current.bill.total > 0
              ? " (\(change >= 0 ? "+" : "−")\(Format.percent(abs(change) / current.bill.total)))" : "")
        ))
    }
    if result.workload.kafka != nil {
      figures.append(("MSK cluster", TextReport.describe(result.configuration.msk)))
      if let binding = VerdictSummary.bindingLimit(result) {
        figures.append(
          (
            "Binds first",
            "\(binding.use.limit.rawValue), \(Format.percent(binding.use.peakDemand)) at peak (\(binding.run))"
          ))
      }
    }
    out +=
      "<div class=\"figures\">"
      + figures.map { "<div>\(esc($0.0))<b>\(esc($0.1))</b></div>" }.joined() + "</div>\n"
    if let plan, !plan.reasons.isEmpty {
      let msk = plan.reasons.filter { $0.module == "msk" }
      out += "<h3>Recommended MSK values</h3>\n"
      out += table(["variable", "value", "reason"], msk.map { [$0.variable, $0.value, $0.reason] })
      if msk.count < plan.reasons.count {
        out +=
          "<p>The \(plan.reasons.count - msk.count) sqs, eventbridge and monitoring values, each with its reason, are in <a href=\"#values\">Every recommended value</a>.</p>\n"
      }
    } else if plan == nil {
      out += "<h3>Configuration simulated</h3>\n"
      var rows: [[String]] = []
      if result.workload.kafka != nil { rows.append(["msk", TextReport.describe(result.configuration.msk)]) }
      for queue in result.workload.sqs?.queues ?? [] {
        let settings = result.configuration.queue(queue.name)
        rows.append([
          "sqs \(queue.name)",
          "visibility \(settings.visibilityTimeout) s, retention \(Format.duration(Double(settings.retentionSeconds))), wait \(settings.receiveWaitTime) s, "
            + (settings.enableDLQ ? "DLQ after \(settings.maxReceiveCount) receives" : "no DLQ"),
        ])
      }
      out += table(["module", "values"], rows)
    }
    if let current {
      out +=
        "<p>Against the current tfvars (\(Format.usd(current.bill.total))/month): "
        + "\(current.verdicts.filter { !$0.met }.count) of \(current.verdicts.count) objectives and limits not met there.</p>\n"
    }
    let tightest = VerdictSummary.tightest(result.verdicts)
    out += "<h3>Objectives and limits, tightest run each</h3>\n"
    out += table(
      ["", "check", "subject", "tightest run", "observed", "limit", "headroom"],
      tightest.map { verdict in
        [
          verdict.met ? "✓ pass" : "✗ FAIL", verdict.name, verdict.subject, verdict.scenario,
          TextReport.show(verdict.observed, verdict.unit), TextReport.show(verdict.limit, verdict.unit),
          verdict.margin.map { Format.percent($0) } ?? "",
        ]
      }, numeric: [4, 5, 6], classes: tightest.map { $0.met ? nil : "fail" })
    let details = result.verdicts.filter { !$0.met && $0.detail != nil }
    if !details.isEmpty {
      out +=
        "<ul>" + details.map { "<li>\(esc("\($0.name) (\($0.scenario)): \($0.detail!)"))</li>" }.joined()
        + "</ul>\n"
    }
    return out + "</section>\n"
  }

  /// Every recommended value with its reason, module by module.
  static func valuesSection(_ page: inout Page, plan: Plan) -> String {
    guard !plan.reasons.isEmpty else { return "" }
    return section(
      &page, id: "values", title: "Every recommended value",
      table(
        ["module", "variable", "value", "reason"],
        plan.reasons.map { [$0.module, $0.variable, $0.value, $0.reason] }
      ))
  }
}
