import SimKit
import Testing

@testable import MQPlanKit

/// The models' per-step invariants (compiled with SIMKIT_INTERNAL_CHECKS,
/// which the README's test command defines) hold on a healthy state and
/// trap on a corrupted one: proof that each check can fail. Each corruption
/// is the kind of bookkeeping slip the check exists for (a message counted
/// twice, a negative backlog, an event lost between counters).
@Suite("Model invariants: hold on a healthy state, trap on a corrupted one")
struct ModelInvariantTrapTests {
  #if SIMKIT_INTERNAL_CHECKS
  static func mskState() -> MSKRunState {
    let workload = KafkaTestWorkloads.saturating(
      offeredMBps: 50, partitions: 6, replicationFactor: 3, groups: 2, hours: 1)
    var state = MSKRunState(
      workload: workload, kafka: workload.kafka!,
      configuration: KafkaTestWorkloads.configuration("kafka.m7g.large", brokers: 3).msk, scenario: nil,
      source: RandomSource(seed: 1))
    for minute in 0..<10 { state.advance(from: Double(minute) * 60, duration: 60) }
    return state
  }

  static func cohortQueue() -> SQSCohortSimulation {
    let queue = SQSTestQueues.queue(
      rate: 50, consumers: 2, processing: .exponential(mean: 0.05), failure: 0.1)
    var simulation = SQSCohortSimulation(
      queue: queue, configuration: SQSTestQueues.longPolling(), horizon: 3_600, incidents: [],
      source: RandomSource(seed: 3))
    for minute in 0..<10 { simulation.advance(from: Double(minute) * 60, duration: 60) }
    return simulation
  }

  @Test("Healthy MSK and SQS cohort states pass their checks")
  func healthy() {
    Self.mskState()._checkInvariants(scale: 1, at: 600)
    Self.cohortQueue()._checkInvariants(now: 600)
  }

  @Test("MSK: a negative backlog traps")
  func mskBacklog() async {
    await #expect(processExitsWith: .failure) {
      var state = ModelInvariantTrapTests.mskState()
      state.backlog[0] = Quantity(count: -1, bytes: -100)
      state._checkInvariants(scale: 1, at: 600)
    }
  }

  @Test("MSK: a message consumed twice (consumed + lag > accepted) traps")
  func mskConsumedTwice() async {
    await #expect(processExitsWith: .failure) {
      var state = ModelInvariantTrapTests.mskState()
      state.groups[0].consumed[0] += 1
      state._checkInvariants(scale: 1, at: 600)
    }
  }

  @Test("MSK: an accepted share above 1 traps")
  func mskScale() async {
    await #expect(processExitsWith: .failure) {
      ModelInvariantTrapTests.mskState()._checkInvariants(scale: 1.5, at: 600)
    }
  }

  @Test("SQS cohorts: a message sent but in no counter traps")
  func cohortLost() async {
    await #expect(processExitsWith: .failure) {
      var simulation = ModelInvariantTrapTests.cohortQueue()
      simulation.result.sent += 1
      simulation._checkInvariants(now: 600)
    }
  }

  @Test("EventBridge: an offered event neither published, dropped nor waiting traps")
  func eventBridgeLost() async {
    await #expect(processExitsWith: .failure) {
      let type = EventBridgeRunResult.TypeResult(
        name: "t", offered: 10, published: 9, throttledRequests: 0, droppedByThrottle: 0, pendingAtEnd: 0,
        maxThrottleDelay: 0, chunks: 9, ruleShares: [], archiveShare: 0, samples: 0, example: "{}")
      EventBridgeSimulation._checkInvariants(minute: 0, types: [type], throttled: [[]], targets: [])
    }
  }

  @Test("EventBridge: the same counts balanced pass")
  func eventBridgeBalanced() {
    let type = EventBridgeRunResult.TypeResult(
      name: "t", offered: 10, published: 9, throttledRequests: 0, droppedByThrottle: 1, pendingAtEnd: 0,
      maxThrottleDelay: 0, chunks: 9, ruleShares: [], archiveShare: 0, samples: 0, example: "{}")
    EventBridgeSimulation._checkInvariants(minute: 0, types: [type], throttled: [[]], targets: [])
  }
  #endif
}
