/// What `mqplan plan` recommends: the configuration, the reason for every
/// value, the candidates it weighed, and the simulated proof.
public struct Plan: Sendable {
  /// One recommended variable value and why.
  public struct Reason: Sendable, Hashable {
    /// "msk", "sqs", "eventbridge" or "monitoring".
    public var module: String
    /// The variable, e.g. "broker_count" or "queues.orders.visibility_timeout".
    public var variable: String
    /// The value as HCL prints it.
    public var value: String
    /// One line: the binding constraint or the rule that set it.
    public var reason: String
  }

  /// One MSK configuration the search weighed.
  public struct Candidate: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
      /// The recommendation.
      case chosen
      /// Simulated, and an objective failed (the worst one, at the percentile).
      case failed(String)
      /// Ruled out without simulating: an analytic bound says it cannot hold.
      case pruned(String)
      /// Feasible by the bounds, dearer than the chosen one: not simulated.
      case untried
    }

    public var configuration: MSKConfiguration
    /// The MSK part of the monthly bill, USD (volume as estimated before
    /// simulating, or as sized for the chosen one).
    public var monthlyCost: Double
    public var outcome: Outcome

    /// "6 × kafka.m5.2xlarge, 900 GiB" or "MSK Serverless".
    public var label: String {
      if configuration.useServerless { return "MSK Serverless" }
      var text =
        "\(configuration.brokerCount) × \(configuration.brokerInstanceType), \(Format.number(Double(configuration.brokerVolumeSize))) GiB"
      if configuration.enableProvisionedThroughput {
        text += ", \(configuration.volumeThroughput) MiB/s provisioned"
      }
      return text
    }
  }

  /// The workload as planned: with the planner's zone-outage scenario when
  /// it added one.
  public var workload: Workload
  public var configuration: Configuration
  /// The chosen configuration's runs (replication 0), bill, verdicts and
  /// alarms.
  public var result: SimulationResult
  public var reasons: [Reason]
  /// MSK candidates in order of cost: the chosen one, the cheaper ones and
  /// why they fail, and the next dearer ones.
  public var candidates: [Candidate]
  /// The MSK objectives at the workload's percentile over the runs.
  public var mskVerdicts: [Verdict]
  /// Runs (replications) per candidate and scenario.
  public var runs: Int
  public var percentile: Double
  /// Candidates simulated before one held.
  public var simulatedCandidates: Int
  public var notes: [String]
  /// Why no configuration meets the objectives, when none does.
  public var failure: String?

  public var feasible: Bool { failure == nil }
}

extension Plan {
  /// The candidates a report shows: the eight cheapest below the choice
  /// and the three next dearer (the first eight when nothing was chosen).
  var candidatesAroundChoice: [Candidate] {
    guard let chosen = candidates.firstIndex(where: { $0.outcome == .chosen }) else {
      return Array(candidates.prefix(8))
    }
    return Array(candidates[Swift.max(0, chosen - 8)..<Swift.min(candidates.count, chosen + 4)])
  }
}
