import SimKit
import TestSupport
import Testing

/// The engine proven against queueing theory: an M/M/c queue simulated on
/// SimKit reproduces Erlang C (oracle: `ErlangC`, itself checked against a
/// published vector in ErlangCTests), and Little's law L = λW holds on
/// every run.
///
/// Tolerances, fixed in advance: mean wait Wq within 3 % of Erlang C,
/// P(wait) within 0.01 absolute, Little's law within 1 %.
///
/// Sample sizes are set from the variance of the estimators, not by trial
/// and error: a pilot (16 replications × 200,000 customers, seed 99)
/// measured the relative standard deviation of Wq per customer for each
/// case; each case below simulates enough customers that the standard error
/// of the pooled Wq is at most 0.75 % (a 4 σ margin to the 3 % tolerance),
/// rounded up by about 15 %. Near saturation the waits are strongly
/// autocorrelated, which is why c = 1, ρ = 0.9 needs 14 million customers
/// and ρ = 0.5 needs 400,000. The P(wait) tolerance needs fewer in every
/// case. Warm-up: 20,000 customers per replication, about 60 relaxation
/// times at the heaviest load (1/(μ(1 − √ρ)²) ≈ 380 service times for
/// M/M/1 at ρ = 0.9).
@Suite("M/M/c on SimKit vs Erlang C")
struct MMcTheoryTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var servers: Int
    var utilization: Double
    /// Customers over all replications.
    var customers: Int
    var testDescription: String { "c = \(servers), ρ = \(utilization)" }
  }

  static let replications = 8
  static let warmUp = 20_000

  static let cases: [Case] = [
    Case(servers: 1, utilization: 0.5, customers: 400_000),
    Case(servers: 1, utilization: 0.8, customers: 3_600_000),
    Case(servers: 1, utilization: 0.9, customers: 14_000_000),
    Case(servers: 4, utilization: 0.5, customers: 1_400_000),
    Case(servers: 4, utilization: 0.8, customers: 5_600_000),
    Case(servers: 4, utilization: 0.9, customers: 18_000_000),
    Case(servers: 10, utilization: 0.5, customers: 14_000_000),
    Case(servers: 10, utilization: 0.8, customers: 10_000_000),
    Case(servers: 10, utilization: 0.9, customers: 24_000_000),
  ]

  @Test(
    "Mean wait within 3 % and P(wait) within 0.01 of Erlang C; Little's law within 1 % on every run",
    arguments: cases)
  func matchesErlangC(testCase: Case) throws {
    let mu = 1.0
    let lambda = testCase.utilization * Double(testCase.servers) * mu
    let theory = try #require(ErlangC(arrivalRate: lambda, serviceRate: mu, servers: testCase.servers))
    let perReplication = testCase.customers / Self.replications
    let root = RandomSource(seed: UInt64(1_000 * testCase.servers) + UInt64(testCase.utilization * 100))
    let runs = Replications.run(count: Self.replications, source: root) { _, source in
      MMcSimulation.run(
        arrivalRate: lambda, serviceRate: mu, servers: testCase.servers,
        customers: perReplication, warmUpCustomers: Self.warmUp, source: source)
    }

    for (index, run) in runs.enumerated() {
      let little = Closeness(
        "Little's law, replication \(index): L vs λW", observed: run.meanInSystem,
        expected: run.arrivalRate * run.meanSojourn, relativeTolerance: 0.01)
      #expect(little.holds, "\(little)")
    }

    // Every replication measures the same number of customers, so the pooled
    // per-customer mean is the mean of the replication means.
    let meanWait = runs.map(\.meanWait).reduce(0, +) / Double(runs.count)
    let probabilityOfWaiting = runs.map(\.probabilityOfWaiting).reduce(0, +) / Double(runs.count)
    let wait = Closeness(
      "\(testCase.testDescription): Wq", observed: meanWait, expected: theory.meanWait,
      relativeTolerance: 0.03)
    let waiting = Closeness(
      "\(testCase.testDescription): P(wait)", observed: probabilityOfWaiting,
      expected: theory.probabilityOfWaiting, absoluteTolerance: 0.01)
    #expect(wait.holds, "\(wait)")
    #expect(waiting.holds, "\(waiting)")
  }

  @Test("The same seed gives the identical run; another seed a different one")
  func determinism() {
    let a = MMcSimulation.run(
      arrivalRate: 3.6, serviceRate: 1, servers: 4, customers: 20_000, warmUpCustomers: 100,
      source: RandomSource(seed: 5))
    let b = MMcSimulation.run(
      arrivalRate: 3.6, serviceRate: 1, servers: 4, customers: 20_000, warmUpCustomers: 100,
      source: RandomSource(seed: 5))
    let c = MMcSimulation.run(
      arrivalRate: 3.6, serviceRate: 1, servers: 4, customers: 20_000, warmUpCustomers: 100,
      source: RandomSource(seed: 6))
    #expect(a == b)
    #expect(a != c)
  }
}
