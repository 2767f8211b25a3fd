import SimKit
import Testing

@testable import MQPlanKit

/// The monitoring plan on simulated runs. Oracles: a consumer stopped at t₀
/// has a time lag of t − t₀ (it resumes at the data produced when it
/// stopped; t₀ is taken at the model's one-minute step), so a "Maximum over 60 s, N of N > L" alarm on
/// EstimatedMaxTimeLag fires at the first period end τ > t₀ + L plus N − 1
/// periods; the quiet level is the largest M-th largest datapoint of any
/// window of N (computed by brute force in the test).
@Suite("Monitoring plan")
struct MonitoringPlanTests {
  static func kafkaWorkload(stopAt start: Double, lagObjective: Double?) -> Workload {
    var kafka = KafkaWorkload()
    kafka.topics = [
      KafkaTopic(
        name: "events", partitions: 6,
        producers: [KafkaProducer(name: "p", messagesPerSecond: 1_000, messageSize: .constant(500))])
    ]
    kafka.consumerGroups = [
      ConsumerGroup(
        name: "worker", topics: ["events"], consumers: 6, capacityPerConsumer: .messagesPerSecond(250))
    ]
    var workload = Workload(name: "lag", horizon: 6 * 3_600, seed: 3, kafka: kafka)
    workload.objectives.maxConsumerLagSeconds = lagObjective
    workload.scenarios = [
      Scenario(
        name: "stop", incidents: [Incident(.consumerStopped(group: "worker"), start: start, duration: 1_800)])
    ]
    return workload
  }

  @Test(
    "A stopped group: the lag alarm fires at the first evaluation after t₀ + L, plus N − 1 periods",
    arguments: [3_600.0, 3_630.0, 4_000.0])
  func lagDetection(start: Double) throws {
    let workload = Self.kafkaWorkload(stopAt: start, lagObjective: nil)
    let result = try World.simulate(workload, configuration: Configuration())
    let alarm = try #require(result.alarms.first { $0.kind == "consumer lag" })
    // The baseline has no lag: the threshold is the 60 s floor.
    #expect(alarm.quietLevel == 0)
    #expect(alarm.threshold == 60)
    let detection = try #require(alarm.detections.first)
    let threshold = alarm.threshold
    // The Kafka model steps a minute at a time, so the stop takes effect at
    // the first step boundary at or after t₀.
    let stopped = 60 * (start / 60).rounded(.up)
    let firstBreach = 60 * (((stopped + threshold) / 60).rounded(.down) + 1)
    #expect(detection.firedAt == firstBreach + 4 * 60, "fired at \(detection.firedAt as Any)")
    #expect(alarm.falseAlarmsPerMonth == 0)
  }

  @Test("An objective caps the recommended threshold; the floor applies when it is below the cap")
  func objectiveCaps() throws {
    let workload = Self.kafkaWorkload(stopAt: 3_600, lagObjective: 90)
    let alarm = try #require(
      try World.simulate(workload, configuration: Configuration()).alarms.first { $0.kind == "consumer lag" })
    #expect(alarm.threshold == 60)  // the floor is below the cap
    // An objective below the floor caps it: a 45 s age objective over a
    // queue whose normal age stays under it.
    var queued = Workload(name: "cap", horizon: 86_400, seed: 9)
    queued.sqs = SQSWorkload(queues: [
      SQSTestQueues.queue(rate: 20, consumers: 2, processing: .exponential(mean: 0.09))
    ])
    queued.objectives.maxMessageAgeSeconds = 45
    let age = try #require(
      try World.simulate(queued, configuration: Configuration()).alarms.first {
        $0.kind == "age of oldest message"
      })
    #expect((age.quietLevel ?? 0) < 45)
    #expect(age.threshold == 45, "the 60 s floor is capped by the 45 s objective")
    #expect(
      MonitoringPlan.roundUp(1_234) == 1_300 && Swift.abs(MonitoringPlan.roundUp(0.0123) - 0.013) < 1e-15)
    #expect(MonitoringPlan.roundUp(100) == 100 && MonitoringPlan.roundUp(101) == 110)
  }

  @Test("Quiet level: the smallest threshold that never fires, against brute force", arguments: 0..<20)
  func quietLevel(seed: Int) {
    var rng = Xoshiro256StarStar(seed: UInt64(seed))
    let values: [Double?] = (0..<60).map { _ in rng.nextUnit() < 0.1 ? nil : (rng.nextUnit() * 100).rounded()
    }
    let n = 1 + rng.nextIndex(below: 5)
    let m = 1 + rng.nextIndex(below: n)
    let level = QuietLevel.threshold(values, datapointsToAlarm: m, evaluationPeriods: n)
    func fires(_ threshold: Double) -> Bool {
      AlarmEvaluator.evaluate(
        AlarmDefinition(
          name: "q", period: 60, statistic: .maximum, evaluationPeriods: n, datapointsToAlarm: m,
          comparison: .greaterThanThreshold, threshold: threshold, treatMissingData: .notBreaching),
        datapoints: values
      ).transitions.contains { $0.to == .alarm }
    }
    #expect(!fires(level), "m \(m) of n \(n): fires at its quiet level \(level)")
    #expect(
      level == 0 || fires(level - 0.5), "m \(m) of n \(n): a lower threshold \(level - 0.5) stays quiet too")
  }

  @Test("prod-mid: the seed's depth_threshold 1,000 fires under normal load; the DLQ alarm is stuck in ALARM")
  func prodMid() throws {
    let workload = try WorkloadReader.read(
      contentsOf: WorkloadReaderTests.workloads.appendingPathComponent("prod-mid.json").path)
    var configuration = Configuration()
    try configuration.set("broker_count=6")
    try configuration.set("broker_volume_size=2500")
    var short = workload
    short.horizon = 3 * 86_400
    short.scenarios = []
    let result = try World.simulate(short, configuration: configuration)
    let depth = try #require(result.alarms.first { $0.name == "orion-prod-fulfilment-depth" })
    #expect(depth.origin == .configured && depth.threshold == 1_000)
    #expect(depth.falseAlarmsPerMonth > 0)
    let recommended = try #require(depth.recommended)
    #expect(recommended >= (depth.quietLevel ?? 0) * MonitoringPlan.margin)
    let costs = result.bill.lines.filter { $0.item.hasPrefix("alarms beyond the seed's") }
    let added = result.alarms.filter { !$0.kind.hasSuffix("(seed)") }.reduce(0) { $0 + $1.metricsReferenced }
    #expect(costs.count == 1 && Swift.abs(costs[0].amount - Double(added) * 0.10) < 1e-9)
  }
}

extension MonitoringPlanTests {
  @Test("Replications: the quiet level is the largest over the baselines, never below one run's")
  func replications() throws {
    var workload = Workload(name: "r", horizon: 86_400, seed: 9)
    workload.sqs = SQSWorkload(queues: [
      SQSTestQueues.queue(rate: 20, consumers: 2, processing: .exponential(mean: 0.09))
    ])
    let one = try World.simulate(workload, configuration: Configuration())
    var options = World.Options()
    options.replications = 4
    let four = try World.simulate(workload, configuration: Configuration(), options: options)
    for (single, many) in zip(one.alarms, four.alarms) {
      #expect(many.replications == 4 && single.replications == 1)
      #expect((many.quietLevel ?? 0) >= (single.quietLevel ?? 0), "\(many.name)")
    }
    // The reported runs are the same: replications only feed the alarms.
    #expect(one.scenarios.count == four.scenarios.count)
    #expect(one.bill.total == four.bill.total)
  }
}
