import SimKit
import TestSupport
import Testing

@testable import MQPlanKit

/// Oracle: AWS's right-sizing Equation 1 (reference/msk.md §6.1, S1):
///
///   T_max = min{ S_vol·N/r, B_ebs·N/r, B_net·N/(g + r − 1) }
///
/// with S_vol = 250 MiB/s (MSK's default volume throughput), B_ebs and B_net
/// the EC2 baseline figures of the broker size (S9), N brokers, replication
/// factor r and g consumer groups reading from the tip. A cluster offered
/// more than T_max must accept exactly T_max (producers back up beyond it),
/// and the limit named as binding must be the argmin. Tolerance 0.5 %
/// (Poisson noise in the offered rate does not matter: every minute is
/// capped).
@Suite("MSK throughput vs Equation 1")
struct EquationOneTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var type: String
    var brokers: Int
    var zones: Int
    var replicationFactor: Int
    var groups: Int
    var binding: MSKRunResult.Limit
    var testDescription: String { "\(brokers) × \(type), RF \(replicationFactor), \(groups) group(s)" }
  }

  static let cases: [Case] = [
    // reference/msk.md E7: 3 × m5.large, RF 3, 2 groups → 70.3 MB/s, network out.
    Case(type: "kafka.m5.large", brokers: 3, zones: 3, replicationFactor: 3, groups: 2, binding: .networkOut),
    Case(
      type: "kafka.m5.xlarge", brokers: 3, zones: 3, replicationFactor: 3, groups: 1, binding: .ebsBandwidth),
    Case(
      type: "kafka.m5.2xlarge", brokers: 6, zones: 3, replicationFactor: 3, groups: 1,
      binding: .volumeThroughput),
    Case(
      type: "kafka.m5.4xlarge", brokers: 4, zones: 2, replicationFactor: 2, groups: 3,
      binding: .volumeThroughput),
    Case(
      type: "kafka.m7g.large", brokers: 2, zones: 2, replicationFactor: 2, groups: 1, binding: .ebsBandwidth),
    Case(
      type: "kafka.m7g.xlarge", brokers: 3, zones: 3, replicationFactor: 2, groups: 4, binding: .networkOut),
  ]

  static func equationOne(_ testCase: Case) -> (bytesPerSecond: Double, limit: MSKRunResult.Limit) {
    let type = MSKBrokerType.named(testCase.type)!
    let n = Double(testCase.brokers)
    let r = Double(testCase.replicationFactor)
    let g = Double(testCase.groups)
    let candidates: [(Double, MSKRunResult.Limit)] = [
      (250 * 1_048_576 * n / r, .volumeThroughput),
      (type.ebsBaselineMBps * 1e6 * n / r, .ebsBandwidth),
      (type.networkBaselineMBps * 1e6 * n / (g + r - 1), .networkOut),
    ]
    let best = candidates.min { $0.0 < $1.0 }!
    return (best.0, best.1)
  }

  @Test("The cluster saturates at Equation 1's throughput, bound by its argmin", arguments: cases)
  func saturatesAtEquationOne(testCase: Case) throws {
    let expected = Self.equationOne(testCase)
    #expect(expected.limit == testCase.binding, "the case table names the limit Equation 1 picks")
    let workload = KafkaTestWorkloads.saturating(
      offeredMBps: expected.bytesPerSecond / 1e6 * 1.5, partitions: testCase.brokers * 4,
      replicationFactor: testCase.replicationFactor, groups: testCase.groups, zones: testCase.zones)
    let configuration = KafkaTestWorkloads.configuration(testCase.type, brokers: testCase.brokers)
    let result = try World.simulate(workload, configuration: configuration)
    let run = result.baseline
    let accepted = run.topics[0].accepted.bytes / workload.horizon
    let check = Closeness(
      "\(testCase.testDescription): accepted throughput (B/s)", observed: accepted,
      expected: expected.bytesPerSecond,
      relativeTolerance: 0.005)
    #expect(check.holds, "\(check)")
    #expect(run.bindingLimit?.limit == testCase.binding)
    #expect(run.throttledMinutes == Int(workload.horizon / 60), "every minute is capped")
    // Consumers at the tip keep up with what is accepted.
    for group in run.groups {
      #expect(group.maxLagSeconds <= 60, "group \(group.name) lags \(group.maxLagSeconds) s")
    }
    // Never a silent use above 100 %.
    for limit in run.limits { #expect(limit.peak <= 1 + 1e-9, "\(limit.limit) used \(limit.peak)") }
  }

  @Test("Below Equation 1 nothing is throttled")
  func belowCapacity() throws {
    let testCase = Self.cases[0]
    let expected = Self.equationOne(testCase)
    let workload = KafkaTestWorkloads.saturating(
      offeredMBps: expected.bytesPerSecond / 1e6 * 0.9, partitions: 12, replicationFactor: 3, groups: 2)
    let result = try World.simulate(
      workload, configuration: KafkaTestWorkloads.configuration(testCase.type, brokers: 3))
    #expect(result.baseline.throttledMinutes == 0)
    let accepted = result.baseline.topics[0].accepted.bytes
    let offered = result.baseline.topics[0].offered.bytes
    #expect(accepted == offered)
  }

  /// With one zone down, Equation 1 applies to the N′ = N·(A − 1)/A
  /// survivors. reference/msk.md §6.2 also keeps r (E7: 46.9 MB/s for
  /// 3 × m5.large), but a partition whose replicas span the zones loses one
  /// replica with the zone, and Kafka does not re-create it elsewhere, so the
  /// survivors replicate to r′ = r − 1 replicas: B_net·N′/(g + r′ − 1) =
  /// 93.75·2/(2 + 2 − 1) = 62.5 MB/s. The model follows the mechanics; the
  /// reference's figure is the conservative bound.
  @Test("With one zone down the survivors carry it: Equation 1 with N′ = 2 and r′ = 2 gives 62.5 MB/s")
  func zoneDown() throws {
    var workload = KafkaTestWorkloads.saturating(
      offeredMBps: 100, partitions: 12, replicationFactor: 3, groups: 2, hours: 3)
    workload.kafka!.properties.minInsyncReplicas = 2
    workload.scenarios = [
      Scenario(
        name: "az", incidents: [Incident(.availabilityZoneDown(zone: 0), start: 3_600, duration: 3_600)])
    ]
    let result = try World.simulate(
      workload, configuration: KafkaTestWorkloads.configuration("kafka.m5.large", brokers: 3))
    let ingress = try #require(result.runs[1].series["ingress"])
    var accepted = 0.0
    for minute in 61..<119 { accepted += ingress.datapoint(at: minute)!.average }  // away from the edges
    let check = Closeness(
      "zone down: accepted B/s", observed: accepted / 58, expected: 62.5e6, relativeTolerance: 0.005)
    #expect(check.holds, "\(check)")
    var before = 0.0
    for minute in 10..<50 { before += ingress.datapoint(at: minute)!.average }
    let full = Closeness(
      "all zones up: accepted B/s", observed: before / 40, expected: 70.3125e6, relativeTolerance: 0.005)
    #expect(full.holds, "\(full)")
  }
}
