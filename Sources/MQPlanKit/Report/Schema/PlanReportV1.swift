/// The JSON report of `mqplan plan`, version 1. Described by
/// `Reports/plan-report.schema.json`, which refers to the simulation
/// report's schema for `simulation`: the chosen configuration's runs.
public struct PlanReportV1: Codable, Sendable {
  public static let schemaVersion = 1

  public var schemaVersion: Int
  public var kind: String
  public var tool: String
  /// Whether a configuration meets every objective; if not, why.
  public var feasible: Bool
  public var failure: String?
  /// Replications per candidate and scenario, and the percentile the
  /// objectives are judged at (0.95 is p95).
  public var runsPerScenario: Int
  public var percentile: Double
  public var recommendations: [RecommendationV1]
  /// Every MSK candidate priced, cheapest first.
  public var candidates: [CandidateV1]
  public var simulatedCandidates: Int
  public var notes: [String]
  /// The chosen configuration's simulation, as `simulate --format json`.
  public var simulation: SimulationReportV1

  public struct RecommendationV1: Codable, Sendable {
    public var module: String
    public var variable: String
    /// The value as HCL prints it.
    public var value: String
    public var reason: String
  }

  public struct CandidateV1: Codable, Sendable {
    /// "6 × kafka.t3.small" or "Serverless".
    public var configuration: String
    public var serverless: Bool
    public var brokerInstanceType: String?
    public var brokerCount: Int?
    public var monthlyCostUSD: Double
    /// "chosen", "failed", "pruned" or "untried".
    public var outcome: String
    /// Why a failed or pruned candidate lost.
    public var reason: String?
  }

  public init(_ plan: Plan) {
    schemaVersion = Self.schemaVersion
    kind = "plan"
    tool = "mqplan \(MQPlan.version)"
    feasible = plan.feasible
    failure = plan.failure
    runsPerScenario = plan.runs
    percentile = plan.percentile
    recommendations = plan.reasons.map {
      RecommendationV1(module: $0.module, variable: $0.variable, value: $0.value, reason: $0.reason)
    }
    candidates = plan.candidates.map { candidate in
      let (outcome, reason): (String, String?)
      switch candidate.outcome {
      case .chosen: (outcome, reason) = ("chosen", nil)
      case .failed(let why): (outcome, reason) = ("failed", why)
      case .pruned(let why): (outcome, reason) = ("pruned", why)
      case .untried: (outcome, reason) = ("untried", nil)
      }
      let msk = candidate.configuration
      return CandidateV1(
        configuration: candidate.label, serverless: msk.useServerless,
        brokerInstanceType: msk.useServerless ? nil : msk.brokerInstanceType,
        brokerCount: msk.useServerless ? nil : msk.brokerCount, monthlyCostUSD: candidate.monthlyCost,
        outcome: outcome, reason: reason)
    }
    simulatedCandidates = plan.simulatedCandidates
    notes = plan.notes
    simulation = SimulationReportV1(plan.result)
  }
}
