/// The JSON report of `mqplan compare`, version 1: two configurations of
/// one workload on the same seed. Readers decode ``ReportHeader`` first
/// (`kind` is "comparison") and refuse versions they do not know.
///
/// Units are in the key names, as in ``SimulationReportV1``; differences
/// are B − A.
public struct ComparisonReportV1: Codable, Sendable {
  public static let schemaVersion = 1

  public var schemaVersion: Int
  public var kind: String
  public var tool: String
  public var workload: SimulationReportV1.WorkloadV1
  public var a: SideV1
  public var b: SideV1
  /// The variables whose values differ.
  public var differences: [DifferenceV1]
  public var predictions: [PredictionV1]
  public var objectives: [ObjectiveV1]
  /// The bill by service; the totals are in each side's `bill`.
  public var services: [ServiceV1]
  public var differenceUSD: Double
  /// (B − A) / A × 100; absent when A costs nothing.
  public var differencePercent: Double?
  public var conclusion: String
  /// Whether both sides meet every objective and limit.
  public var passed: Bool

  /// One side: where its values come from, all of them, its bill, and
  /// whether it meets every objective.
  public struct SideV1: Codable, Sendable {
    /// The tfvars files and `--set` assignments, in order; empty for the
    /// defaults.
    public var sources: [String]
    public var configuration: [SimulationReportV1.VariableV1]
    public var bill: SimulationReportV1.BillV1
    public var passed: Bool
  }

  public struct DifferenceV1: Codable, Sendable {
    public var module: String
    public var name: String
    public var a: String
    public var originA: String
    public var b: String
    public var originB: String
  }

  /// A side's worst value of a prediction over its runs.
  public struct PredictedV1: Codable, Sendable {
    public var value: Double
    public var run: String
    public var detail: String?
  }

  public struct PredictionV1: Codable, Sendable {
    public var name: String
    public var subject: String
    public var unit: String
    public var a: PredictedV1?
    public var b: PredictedV1?
  }

  /// One check; a side without it has no entry.
  public struct ObjectiveV1: Codable, Sendable {
    public var a: Verdict?
    public var b: Verdict?
  }

  public struct ServiceV1: Codable, Sendable {
    public var service: String
    public var aUSD: Double
    public var bUSD: Double
    public var differenceUSD: Double
    public var differencePercent: Double?
  }
}
