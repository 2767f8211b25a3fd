/// Whether one objective or hard limit holds in one run.
public struct Verdict: Sendable, Hashable, Codable {
  /// An objective from the workload, or a limit AWS imposes.
  public enum Kind: String, Sendable, Hashable, Codable {
    case objective
    case limit
  }

  public var kind: Kind
  /// What is checked, e.g. "consumer time lag".
  public var name: String
  /// The run: "baseline" or a scenario's name.
  public var scenario: String
  /// What it is about: a consumer group, a broker, the cluster.
  public var subject: String
  /// The observed value and the limit, in `unit`.
  public var observed: Double
  public var limit: Double
  public var unit: String
  public var met: Bool
  /// Why it failed, or a remark.
  public var detail: String?

  /// (limit − observed) / limit: the share of headroom left, negative when
  /// exceeded. `nil` when the limit is zero.
  public var margin: Double? { limit != 0 ? (limit - observed) / limit : nil }
}
