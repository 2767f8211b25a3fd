import Testing

@testable import MQPlanKit

/// A result with these verdicts and bill lines, and nothing simulated.
private func result(_ verdicts: [Verdict], bill: [(String, Double)]) -> SimulationResult {
  SimulationResult(
    workload: Workload(name: "w"), configuration: Configuration(), prices: .usEast1, scenarios: [],
    bill: Bill(
      lines: bill.map { BillLine(service: $0.0, item: "x", quantity: $0.1, unit: "unit", unitPrice: 1) }),
    verdicts: verdicts, warnings: [])
}

private func verdict(_ name: String, _ subject: String, met: Bool, scenario: String = "baseline") -> Verdict {
  Verdict(
    kind: .objective, name: name, scenario: scenario, subject: subject, observed: met ? 1 : 2, limit: 1.5,
    unit: "%", met: met)
}

/// How `compare` matches objectives, sums the bill by service and words
/// its conclusion. Oracle: hand-built results whose answers are evident
/// (the bills' totals subtracted; which checks flip).
@Suite("Comparison: objectives matched across sides, the bill by service, the conclusion")
struct ComparisonTests {
  @Test("The fullest broker is one subject whichever broker it is; one-sided checks stay one-sided")
  func matching() {
    let a = result(
      [verdict("disk used", "broker 0", met: true), verdict("Serverless partitions", "cluster", met: true)],
      bill: [])
    let b = result(
      [verdict("disk used", "broker 4", met: true), verdict("CPU", "broker 2", met: true)], bill: [])
    let rows = Comparison(a: a, b: b).objectives
    #expect(rows.count == 3)
    #expect(rows[0].a?.subject == "broker 0" && rows[0].b?.subject == "broker 4")
    #expect(rows[1].b == nil && rows[2].a == nil)
    #expect(ComparisonReport.subject(rows[0]) == "broker 0 / broker 4")
  }

  @Test("The bill by service, in first-appearance order, with B − A and its share of A")
  func services() {
    let a = result([], bill: [("MSK", 100), ("SQS", 5), ("MSK", 20)])
    let b = result([], bill: [("MSK", 90), ("EventBridge", 3)])
    let comparison = Comparison(a: a, b: b)
    let services = comparison.services
    #expect(services.map(\.service) == ["MSK", "SQS", "EventBridge"])
    #expect(services.map(\.a) == [120, 5, 0] && services.map(\.b) == [90, 0, 3])
    #expect(services[0].relativeDifference == -0.25 && services[2].relativeDifference == nil)
    #expect(comparison.difference == 93 - 125)
    #expect(ComparisonReport.change(120, 90) == ["-$30.00", "-25.0 %"])
    #expect(ComparisonReport.change(0, 3) == ["+$3.00", "new"])
  }

  @Test(
    "The conclusion: cheaper or dearer, and which objectives B breaks, mends or shares",
    arguments: [
      (true, true, true, true, "B costs $10.00/month less than A and meets every objective A meets."),
      (
        true, true, true, false,
        "B costs $10.00/month less than A but fails 1 objective A meets: lag (baseline, group g)."
      ),
      (
        true, false, true, true,
        "B costs $10.00/month less than A and meets every objective A meets, and 1 objective A fails: lag (baseline, group g)."
      ),
      (
        false, true, false, true,
        "B costs $10.00/month less than A and meets every objective A meets; both fail 1 objective: disk (baseline, broker 1)."
      ),
    ])
  func conclusion(diskA: Bool, lagA: Bool, diskB: Bool, lagB: Bool, expected: String) {
    let a = result(
      [verdict("disk", "broker 0", met: diskA), verdict("lag", "group g", met: lagA)], bill: [("MSK", 50)])
    let b = result(
      [verdict("disk", "broker 1", met: diskB), verdict("lag", "group g", met: lagB)], bill: [("MSK", 40)])
    let comparison = Comparison(a: a, b: b)
    #expect(comparison.conclusion == expected)
    #expect(comparison.passed == (a.passed && b.passed))
  }

  @Test("The same cost, and a long list cut at three")
  func sameCostAndLongList() {
    let names = ["a", "b", "c", "d", "e"]
    let a = result(names.map { verdict($0, "cluster", met: true) }, bill: [("MSK", 10)])
    let b = result(names.map { verdict($0, "cluster", met: false) }, bill: [("MSK", 10)])
    #expect(
      Comparison(a: a, b: b).conclusion
        == "B costs the same as A but fails 5 objectives A meets: a (baseline, cluster), b (baseline, cluster), c (baseline, cluster) and 2 more."
    )
  }
}
