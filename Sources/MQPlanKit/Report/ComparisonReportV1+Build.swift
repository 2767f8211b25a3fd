extension ComparisonReportV1 {
  /// The report of a comparison.
  public init(_ comparison: Comparison) {
    schemaVersion = Self.schemaVersion
    kind = "comparison"
    tool = "mqplan \(MQPlan.version)"
    let run = comparison.a.workload
    workload = SimulationReportV1.WorkloadV1(
      name: run.name, seed: run.seed, horizonSeconds: run.horizon, region: run.region)
    func side(_ result: SimulationResult, _ sources: [String]) -> SideV1 {
      SideV1(
        sources: sources,
        configuration: result.configuration.variables(for: result.workload).map {
          SimulationReportV1.VariableV1(module: $0.module, name: $0.name, value: $0.value, origin: $0.origin)
        },
        bill: SimulationReportV1.BillV1(
          currency: result.prices.currency, hoursPerMonth: PriceBook.hoursPerMonth, lines: result.bill.lines,
          totalUSD: result.bill.total),
        passed: result.passed)
    }
    a = side(comparison.a, comparison.sourcesA)
    b = side(comparison.b, comparison.sourcesB)
    differences = comparison.differences.map {
      DifferenceV1(
        module: $0.module, name: $0.name, a: $0.a, originA: $0.originA, b: $0.b, originB: $0.originB)
    }
    func predicted(_ value: Comparison.Prediction.Value?) -> PredictedV1? {
      value.map { PredictedV1(value: $0.value, run: $0.run, detail: $0.detail) }
    }
    predictions = comparison.predictions.map {
      PredictionV1(name: $0.name, subject: $0.subject, unit: $0.unit, a: predicted($0.a), b: predicted($0.b))
    }
    objectives = comparison.objectives.map { ObjectiveV1(a: $0.a, b: $0.b) }
    services = comparison.services.map {
      ServiceV1(
        service: $0.service, aUSD: $0.a, bUSD: $0.b, differenceUSD: $0.difference,
        differencePercent: $0.relativeDifference.map { $0 * 100 })
    }
    differenceUSD = comparison.difference
    differencePercent =
      comparison.a.bill.total != 0 ? comparison.difference / comparison.a.bill.total * 100 : nil
    conclusion = comparison.conclusion
    passed = comparison.passed
  }
}
