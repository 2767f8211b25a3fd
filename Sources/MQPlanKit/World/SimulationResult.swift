/// One scenario's run (or the baseline's): what each service model predicts.
public struct ScenarioRun: Sendable {
  /// "baseline" or the scenario's name.
  public var scenario: String
  /// The MSK cluster, when the workload has Kafka traffic.
  public var msk: MSKRunResult?
  /// The SQS queues, in the workload's order.
  public var queues: [SQSQueueResult]
  /// The EventBridge bus, when the workload has one.
  public var eventBridge: EventBridgeRunResult?
}

/// Everything one `simulate` evaluates: the runs (baseline first, then
/// each scenario), the bill, and the verdicts.
public struct SimulationResult: Sendable {
  public var workload: Workload
  public var configuration: Configuration
  public var prices: PriceBook
  public var scenarios: [ScenarioRun]
  public var bill: Bill
  public var verdicts: [Verdict]
  public var warnings: [String]
  /// The monitoring plan's alarms, evaluated in every run.
  public var alarms: [AlarmReport] = []
  /// Further baseline runs with other seeds (`--replications`, the plan's
  /// runs): the Monte Carlo bands of the HTML report.
  public var replications: [ScenarioRun] = []

  /// Whether every objective and limit holds in every run.
  public var passed: Bool { verdicts.allSatisfy(\.met) }

  /// The MSK runs, baseline first.
  public var runs: [MSKRunResult] { scenarios.compactMap(\.msk) }

  /// The baseline MSK run.
  ///
  /// - Precondition: the workload has Kafka traffic.
  public var baseline: MSKRunResult {
    guard let msk = scenarios.first?.msk else { preconditionFailure("The workload has no Kafka traffic") }
    return msk
  }
}
