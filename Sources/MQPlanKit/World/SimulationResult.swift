/// Everything one `simulate` evaluates: the runs (baseline first, then
/// each scenario), the bill, and the verdicts.
public struct SimulationResult: Sendable {
  public var workload: Workload
  public var configuration: Configuration
  public var prices: PriceBook
  public var runs: [MSKRunResult]
  public var bill: Bill
  public var verdicts: [Verdict]
  public var warnings: [String]

  /// Whether every objective and limit holds in every run.
  public var passed: Bool { verdicts.allSatisfy(\.met) }

  /// The baseline run.
  public var baseline: MSKRunResult { runs[0] }
}
