import Foundation
import SimKit
import Testing

@testable import MQPlanKit

/// The planner's recommendation against independent checks:
/// - it holds when simulated again by ``World/simulate`` with fresh seeds
///   (the planner never saw those runs);
/// - it is minimal: one step cheaper along each axis (one broker per zone
///   fewer, the next smaller size of the family, one GiB less of volume)
///   breaks an objective in the planner's own runs, or cannot be deployed;
/// - the volume is Kafka's storage arithmetic: the fullest broker's peak
///   over the disk objective, rounded up to a whole GiB;
/// - every tfvars file it writes parses with python-hcl2 (an independent
///   HCL implementation) to the values our reader reads.
@Suite("Planner")
struct PlannerTests {
  /// 80 MB/s into one topic with two reading groups, one day: more than
  /// three of the smallest sizes carry with a zone down, far less than the
  /// largest.
  static func workload(horizon: Double = 86_400) -> Workload {
    var kafka = KafkaWorkload()
    kafka.topics = [
      KafkaTopic(
        name: "events", partitions: 24,
        producers: [KafkaProducer(name: "p", messagesPerSecond: 80_000, messageSize: .constant(1_000))])
    ]
    kafka.consumerGroups = [
      ConsumerGroup(
        name: "a", topics: ["events"], consumers: 12, capacityPerConsumer: .messagesPerSecond(10_000)),
      ConsumerGroup(
        name: "b", topics: ["events"], consumers: 12, capacityPerConsumer: .messagesPerSecond(10_000)),
    ]
    var workload = Workload(name: "plan", horizon: horizon, seed: 11, kafka: kafka)
    workload.objectives.maxConsumerLagSeconds = 120
    workload.planning.runs = 2
    workload.sqs = SQSWorkload(queues: [
      SQSTestQueues.queue(rate: 50, consumers: 4, processing: .exponential(mean: 0.05))
    ])
    return workload
  }

  static let plan: Result<Plan, InputError> = Result { () throws(InputError) in try Planner.plan(workload()) }

  @Test("The recommendation meets every objective; the zone-outage scenario was added at the peak")
  func feasible() throws {
    let plan = try Self.plan.get()
    #expect(plan.feasible, "\(plan.failure ?? "")")
    #expect(plan.workload.scenarios.contains { $0.name == Planner.zoneOutageScenario })
    #expect(plan.result.verdicts.allSatisfy { $0.met })
    #expect(plan.candidates.filter { $0.outcome == .chosen }.count == 1)
    // Nothing cheaper than the choice was left untried.
    let chosen = try #require(plan.candidates.firstIndex { $0.outcome == .chosen })
    #expect(plan.candidates[..<chosen].allSatisfy { $0.outcome != .untried })
    #expect(plan.configuration.msk.enhancedMonitoringLevel == "DEFAULT")
    #expect(plan.reasons.contains { $0.variable == "broker_count" })
    #expect(plan.reasons.contains { $0.variable.hasSuffix(".depth_threshold") })
  }

  @Test("The added zone outage is an hour that covers the probe's busiest minute")
  func zoneOutageAtPeak() throws {
    var probeConfiguration = MSKConfiguration()
    probeConfiguration.brokerInstanceType = "kafka.m5.24xlarge"
    probeConfiguration.brokerCount = 6
    probeConfiguration.brokerVolumeSize = MSKLimits.maximumVolumeGiB
    var workload = Self.workload()
    workload.kafka!.topics[0].producers[0].profile.diurnal = TimeProfile.Diurnal(peakToMean: 1.5, peakHour: 9)
    let probe = MSKSimulation.simulate(workload: workload, configuration: probeConfiguration, scenario: nil)
    let scenario = try #require(Planner.zoneOutageScenario(probe: probe, horizon: workload.horizon))
    let incident = try #require(scenario.incidents.first)
    #expect(incident.duration == 3_600)
    // The diurnal peak is at 09:00: the outage spans it.
    #expect(incident.start <= 9 * 3_600 && incident.end >= 9 * 3_600, "\(incident.start)")
  }

  @Test("Fresh seeds: the recommendation still meets every objective")
  func freshSeeds() throws {
    let plan = try Self.plan.get()
    for seed: UInt64 in [101, 202] {
      var workload = plan.workload
      workload.seed = seed
      let result = try World.simulate(workload, configuration: plan.configuration)
      let failed = result.verdicts.filter { !$0.met }
      #expect(failed.isEmpty, "seed \(seed): \(failed.map { "\($0.name) \($0.scenario) \($0.observed)" })")
    }
  }

  /// The planner's own runs of a configuration on 16 TiB volumes: the worst
  /// verdicts over its replications.
  static func judged(_ configuration: MSKConfiguration, plan: Plan) -> [Verdict] {
    var kafkaOnly = plan.workload
    kafkaOnly.sqs = nil
    kafkaOnly.eventBridge = nil
    kafkaOnly.scenarios = plan.workload.scenarios.filter { $0.incidents.contains { $0.kind.touchesKafka } }
    let planner = MSKPlanner(
      workload: kafkaOnly, kafka: kafkaOnly.kafka!, prices: .usEast1, runs: plan.runs,
      percentile: plan.percentile, base: configuration)
    let scenarios: [Scenario?] = [nil] + kafkaOnly.scenarios.map { Optional($0) }
    let runs = planner.simulate(configuration, scenarios: scenarios, replications: 0..<plan.runs)
    return planner.judge(configuration, runs: runs).2
  }

  @Test("Minimal: one zone's brokers fewer, or the next smaller size, breaks an objective")
  func minimal() throws {
    let plan = try Self.plan.get()
    let chosen = plan.configuration.msk
    let zones = plan.workload.kafka!.availabilityZones
    var fewer = chosen
    fewer.brokerCount -= zones
    if fewer.brokerCount >= zones {
      let verdicts = Self.judged(fewer, plan: plan)
      #expect(verdicts.contains { !$0.met }, "\(fewer.brokerCount) brokers hold")
    } else {
      // No brokers left in a zone: MSK refuses it.
      #expect(!fewer.problems(availabilityZones: zones).isEmpty)
    }
    let family = MSKBrokerType.all.filter { $0.family == chosen.brokerType!.family }
    let index = try #require(family.firstIndex { $0.name == chosen.brokerInstanceType })
    // The workload is sized so that a smaller size exists to try.
    #expect(index > 0, "\(chosen.brokerCount) × \(chosen.brokerInstanceType)")
    if index > 0 {
      var smaller = chosen
      smaller.brokerInstanceType = family[index - 1].name
      let verdicts = Self.judged(smaller, plan: plan)
      #expect(verdicts.contains { !$0.met }, "\(smaller.brokerInstanceType) holds")
    }
  }

  @Test(
    "The volume: the fullest broker's peak at the percentile over 85 %, rounded up to a GiB; one GiB less fails"
  )
  func volume() throws {
    let plan = try Self.plan.get()
    let chosen = plan.configuration.msk
    var kafkaOnly = plan.workload
    kafkaOnly.sqs = nil
    kafkaOnly.scenarios = plan.workload.scenarios.filter { $0.incidents.contains { $0.kind.touchesKafka } }
    var roomy = chosen
    roomy.brokerVolumeSize = MSKLimits.maximumVolumeGiB
    var peak = 0.0
    for replication in 0..<plan.runs {
      for scenario in [nil] + kafkaOnly.scenarios.map({ Optional($0) }) {
        let run = MSKSimulation.simulate(
          workload: kafkaOnly, configuration: roomy, scenario: scenario, replication: replication)
        peak = Swift.max(peak, run.brokers.map(\.peakStorageBytes).max() ?? 0)
      }
    }
    // p95 over 2 runs is the worse one: the largest peak.
    let gib = 1_073_741_824.0
    let expected = Int((peak / 0.85 / gib).rounded(.up))
    #expect(chosen.brokerVolumeSize == expected)
    #expect(peak / (Double(expected - 1) * gib) > 0.85, "one GiB less breaks the disk objective")
    #expect(peak / (Double(expected) * gib) <= 0.85)
  }

  @Test("Every tfvars file parses with python-hcl2 to the values our reader reads; JSON form equal")
  func tfvarsOracle() throws {
    let plan = try Self.plan.get()
    let files = PlanFiles.tfvars(plan, json: false)
    #expect(Set(files.map(\.name)) == ["msk.auto.tfvars", "sqs.auto.tfvars", "monitoring.auto.tfvars"])
    let results: [Result<JSONNode, PythonHCL2.Failure>]
    do {
      results = try PythonHCL2.parse(files.map(\.text))
    } catch {
      Issue.record(Comment(rawValue: error.description))
      return
    }
    let json = PlanFiles.tfvars(plan, json: true)
    for ((file, result), jsonFile) in zip(zip(files, results), json) {
      let ours = try TFVarsReader.parse(file.text, file: file.name)
      switch result {
      case .success(let theirs):
        #expect(PythonHCL2.differences(ours, theirs).isEmpty, "\(file.name)")
      case .failure(let failure):
        Issue.record("python-hcl2 rejects \(file.name): \(failure)\n\(file.text)")
      }
      let fromJSON = try TFVarsReader.parseJSON(jsonFile.text, file: jsonFile.name)
      #expect(fromJSON.canonicalJSON == ours.canonicalJSON, "\(jsonFile.name)")
      // Every value has its reason on the line above it.
      for attribute in ours.attributes {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[attribute.nameLocation.line - 2].hasPrefix("#"), "\(file.name): \(attribute.name)")
      }
    }
    let msk = try TFVarsReader.parse(files[0].text, file: "msk.auto.tfvars")
    if case .number(let count)? = msk["broker_count"]?.value.value {
      #expect(Int(count.double) == plan.configuration.msk.brokerCount)
    } else {
      Issue.record("broker_count missing")
    }
  }

  @Test("No candidate: a budget below any cluster is infeasible, with the objective named")
  func infeasible() throws {
    var workload = Self.workload()
    workload.objectives.monthlyBudget = 10
    let plan = try Planner.plan(workload)
    #expect(!plan.feasible)
    #expect(plan.failure?.contains("monthly budget") == true, "\(plan.failure ?? "")")
  }

  @Test("Every generated variable is the seed module's, and its value converts to the module's type")
  func seedTypes() throws {
    let plan = try Self.plan.get()
    for file in PlanFiles.tfvars(plan, json: false) {
      let moduleName = String(file.name.prefix { $0 != "." })
      let module = try #require(SeedModule.all.first { $0.name == moduleName }, "\(file.name)")
      let parsed = try TFVarsReader.parse(file.text, file: file.name)
      for attribute in parsed.attributes {
        let variable = try #require(module[attribute.name], "\(moduleName) has no \(attribute.name)")
        var diagnostics: [Diagnostic] = []
        let converted = variable.type.convert(
          attribute.value, nullable: variable.nullable, at: JSONPath([.key(attribute.name)]), file: file.name,
          diagnostics: &diagnostics)
        #expect(converted != nil && diagnostics.isEmpty, "\(file.name) \(attribute.name): \(diagnostics)")
      }
    }
    // What the msk module uses without declaring is said in the report.
    #expect(plan.result.warnings.contains { $0.contains("without declaring") })
  }
}

/// The bus's recommendations: the archive keeps the oldest replayed event
/// plus a day; a rule whose target a scenario takes down for longer than
/// its maximum event age gets 1.5 × the outage in whole hours (and 185
/// retries); the others keep their policy. Oracle: prod-mid's scenarios,
/// read by hand (replay of a window 26 h before the replay; fraud-check
/// down 3 h against a 2 h policy).
@Suite("Planner: EventBridge")
struct EventBridgePlannerTests {
  @Test("prod-mid: archive 3 days, payment-declines 5 h and 185 retries, the rest unchanged")
  func prodMid() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let workload = try WorkloadReader.read(
      contentsOf: root.appendingPathComponent("Workloads/prod-mid.json").path)
    let (days, reason) = EventBridgePlanner.archiveRetentionDays(workload: workload)
    #expect(days == 3, "\(reason?.reason ?? "")")
    let (policies, reasons) = EventBridgePlanner.retryPolicies(workload: workload)
    #expect(policies == ["payment-declines": .init(maxRetries: 185, maxEventAgeSeconds: 5 * 3_600)])
    #expect(reasons.count == workload.eventBridge?.rules.count)
  }
}
