import SimKit

/// Wires the service models together and runs a workload on a
/// configuration: the baseline, then each scenario, then the bill and the
/// verdicts.
public enum World {
  /// Simulates `workload` on `configuration`.
  ///
  /// - Throws: ``InputError`` when the configuration cannot carry the
  ///   workload at all (a replication factor above the broker count, an
  ///   incident on a broker that does not exist, an invalid variable).
  public static func simulate(
    _ workload: Workload, configuration: Configuration, prices: PriceBook = .usEast1
  ) throws(InputError) -> SimulationResult {
    guard let kafka = workload.kafka else {
      throw InputError(Diagnostic(message: "the workload describes no Kafka traffic"))
    }
    // Check everything first, then run the baseline and the scenarios in
    // parallel: they are independent, and each draws from its own streams.
    let scenarios: [Scenario?] = [nil] + workload.scenarios.map { Optional($0) }
    for scenario in scenarios {
      try MSKSimulation.check(kafka: kafka, configuration: configuration.msk, scenario: scenario)
    }
    let msk = configuration.msk
    let runs = Parallel.map(count: scenarios.count) { index in
      MSKSimulation.simulate(workload: workload, configuration: msk, scenario: scenarios[index])
    }
    let (lines, costWarnings) = MSKCost.bill(
      configuration: configuration.msk, kafka: kafka, baseline: runs[0], prices: prices)
    let bill = Bill(lines: lines)
    var warnings = workload.warnings.map(\.description) + costWarnings
    warnings += seedWarnings(configuration: configuration)
    let verdicts = Objectives.evaluate(
      workload: workload, configuration: configuration, runs: runs, bill: bill)
    return SimulationResult(
      workload: workload, configuration: configuration, prices: prices, runs: runs, bill: bill,
      verdicts: verdicts,
      warnings: warnings)
  }

  /// Defects of the seed module that the values depend on.
  static func seedWarnings(configuration: Configuration) -> [String] {
    var warnings: [String] = []
    let undeclared = ["enable_provisioned_throughput", "volume_throughput", "log_retention_days"]
    warnings.append(
      "the seed's msk module uses \(undeclared.joined(separator: ", ")) without declaring them in variables.tf; declare them before applying these values"
    )
    if let type = configuration.msk.brokerType, type.family == "t3" {
      warnings.append(
        "kafka.t3.small brokers earn CPU credits at 20 % per vCPU; sustained load above that drains them (S9)"
      )
    }
    return warnings
  }
}
