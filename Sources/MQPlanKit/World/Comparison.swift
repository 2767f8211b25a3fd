/// Two configurations of one workload, each simulated with the same seed
/// (common random numbers: the same traffic, failures and draws, so that
/// every difference comes from the configurations), side by side.
///
/// ```swift
/// let a = try World.simulate(workload, configuration: current)
/// let b = try World.simulate(workload, configuration: proposed)
/// let comparison = Comparison(a: a, b: b, sourcesA: ["prod.tfvars"], sourcesB: ["--set broker_count=6"])
/// print(comparison.conclusion)  // "B costs $123.45/month more than A and meets every objective A meets."
/// ```
///
/// Objectives are matched by check, run and subject; the fullest or
/// busiest broker counts as one subject whichever broker it is. A check
/// that exists on one side only (a Serverless quota against a
/// provisioned cluster) is shown with the other side empty.
public struct Comparison: Sendable {
  /// A variable whose value differs.
  public struct Difference: Sendable, Hashable {
    public var module: String
    public var name: String
    public var a: String
    public var originA: String
    public var b: String
    public var originB: String
  }

  /// One check on both sides; `nil` where a side does not have it.
  public struct Objective: Sendable {
    public var a: Verdict?
    public var b: Verdict?
    /// The side that has it (A's when both do).
    public var verdict: Verdict {
      guard let verdict = a ?? b else { preconditionFailure("An objective row has a verdict on one side") }
      return verdict
    }
    /// B fails it, and A meets it or does not have it.
    public var brokenByB: Bool { b.map { !$0.met } == true && a?.met != false }
    /// A fails it, and B meets it or does not have it.
    public var fixedByB: Bool { a.map { !$0.met } == true && b?.met != false }
  }

  /// One service's monthly cost on both sides.
  public struct ServiceCost: Sendable, Hashable {
    public var service: String
    public var a: Double
    public var b: Double
    /// B − A, USD per month.
    public var difference: Double { b - a }
    /// (B − A) / A, or `nil` when A costs nothing.
    public var relativeDifference: Double? { a != 0 ? (b - a) / a : nil }
  }

  public var a: SimulationResult
  public var b: SimulationResult
  /// Where each side's values come from, in order ("prod.tfvars",
  /// "--set broker_count=6"); empty for the defaults.
  public var sourcesA: [String]
  public var sourcesB: [String]

  public init(a: SimulationResult, b: SimulationResult, sourcesA: [String] = [], sourcesB: [String] = []) {
    self.a = a
    self.b = b
    self.sourcesA = sourcesA
    self.sourcesB = sourcesB
  }

  /// The variables that matter for the workload and differ, in the
  /// modules' order.
  public var differences: [Difference] {
    let other = Dictionary(
      b.configuration.variables(for: b.workload).map { ($0.name, $0) },
      uniquingKeysWith: { first, _ in first })
    return a.configuration.variables(for: a.workload).compactMap { variable in
      guard let theirs = other[variable.name], theirs.value != variable.value else { return nil }
      return Difference(
        module: variable.module, name: variable.name, a: variable.value, originA: variable.origin,
        b: theirs.value,
        originB: theirs.origin)
    }
  }

  /// Every check of either side: A's in its order, then those only B has.
  public var objectives: [Objective] {
    func key(_ verdict: Verdict) -> String {
      // The fullest or busiest broker is one subject, whichever it is.
      let subject =
        verdict.subject.hasPrefix("broker ") && verdict.subject.dropFirst(7).allSatisfy(\.isNumber)
        ? "broker" : verdict.subject
      return [verdict.kind.rawValue, verdict.name, verdict.scenario, subject].joined(separator: "\u{1F}")
    }
    var rows: [Objective] = []
    var index: [String: Int] = [:]
    for verdict in a.verdicts where index[key(verdict)] == nil {
      index[key(verdict)] = rows.count
      rows.append(Objective(a: verdict, b: nil))
    }
    for verdict in b.verdicts {
      if let row = index[key(verdict)], rows[row].b == nil {
        rows[row].b = verdict
      } else {
        rows.append(Objective(a: nil, b: verdict))
      }
    }
    return rows
  }

  /// The bill by service, services in the order they first appear (A's
  /// lines, then B's).
  public var services: [ServiceCost] {
    var order: [String] = []
    var amounts: [String: (a: Double, b: Double)] = [:]
    for (side, lines) in [(0, a.bill.lines), (1, b.bill.lines)] {
      for line in lines {
        if amounts[line.service] == nil {
          order.append(line.service)
          amounts[line.service] = (0, 0)
        }
        if side == 0 {
          amounts[line.service]?.a += line.amount
        } else {
          amounts[line.service]?.b += line.amount
        }
      }
    }
    return order.map { ServiceCost(service: $0, a: amounts[$0]?.a ?? 0, b: amounts[$0]?.b ?? 0) }
  }

  /// B's monthly bill less A's, USD.
  public var difference: Double { b.bill.total - a.bill.total }

  /// Whether both sides meet every objective and limit: the exit status
  /// of `mqplan compare` is 0 only then.
  public var passed: Bool { a.passed && b.passed }

  /// One sentence: what B costs against A, and which objectives it breaks
  /// or mends.
  public var conclusion: String {
    let cost: String
    if abs(difference) < 0.005 {
      cost = "B costs the same as A"
    } else {
      cost = "B costs \(Format.usd(abs(difference)))/month \(difference < 0 ? "less" : "more") than A"
    }
    let rows = objectives
    let broken = rows.filter(\.brokenByB).compactMap(\.b)
    let fixed = rows.filter(\.fixedByB).compactMap(\.a)
    let failedByBoth = rows.filter { $0.a?.met == false && $0.b?.met == false }.compactMap(\.b)
    if !broken.isEmpty {
      return cost + " but fails \(Self.count(broken.count)) A meets: \(Self.list(broken))."
    }
    var sentence = cost + " and meets every objective A meets"
    if !fixed.isEmpty { sentence += ", and \(Self.count(fixed.count)) A fails: \(Self.list(fixed))" }
    if !failedByBoth.isEmpty {
      sentence += "; both fail \(Self.count(failedByBoth.count)): \(Self.list(failedByBoth))"
    }
    return sentence + "."
  }

  /// "1 objective", "3 objectives".
  private static func count(_ n: Int) -> String { "\(n) objective\(n == 1 ? "" : "s")" }

  /// The first three checks by name, run and subject, and how many more.
  private static func list(_ verdicts: [Verdict]) -> String {
    let shown = verdicts.prefix(3).map { "\($0.name) (\($0.scenario), \($0.subject))" }
    let more = verdicts.count > 3 ? " and \(verdicts.count - 3) more" : ""
    return shown.joined(separator: ", ") + more
  }
}
