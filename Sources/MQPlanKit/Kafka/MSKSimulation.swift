import SimKit

// Implementation priorities, in order: correctness (AWS's right-sizing
// model and Kafka's retention mechanics), determinism, speed.

/// Simulates an MSK cluster (or MSK Serverless) carrying a Kafka workload
/// over the horizon, one minute at a time, as flows of messages and bytes.
///
/// Each minute, producers offer Poisson-distributed message counts
/// (message sizes summed by the central limit theorem), the cluster accepts
/// what its most loaded broker can carry, and consumer groups read what
/// their consumers and the brokers allow:
///
/// - per broker, the loads of AWS's right-sizing model (reference/msk.md
///   §6.1): produce in T·r/N (leaders and followers), replication out to
///   followers, consumer reads out, storage writes, and disk reads by
///   consumers that are not served from the page cache;
/// - limits per broker: volume throughput (250 MiB/s or provisioned),
///   EBS bandwidth and network per direction at their *baseline* figures,
///   and CPU (``BrokerCPUModel``, burst credits for t3);
/// - when demand exceeds a limit, every flow is scaled by the same factor,
///   so producers back up and consumers lag; no use ever exceeds 100 %, and
///   the limit that capped is recorded. With consumers at the tip this
///   gives exactly Equation 1: T ≤ min(S·N/r, B_ebs·N/r, B_net·N/(g + r − 1)).
///
/// Storage follows ``PartitionLog`` per topic (all partitions of a topic
/// carry the same traffic); a broker holds its replicas' logs, minus what
/// it missed while down and has not yet re-replicated. A full volume halts
/// the broker for good (Kafka halts when all log directories fail, S15e).
///
/// Time lag is exact in the flow model: with cumulative accepted P(t) and
/// consumed C(t), a group at time t reads data produced at t′ where
/// P(t′) = C(t), and its lag is t − t′.
///
/// Assumptions, stated where they bind:
/// - keys spread evenly over partitions; traffic for partitions that cannot
///   take writes (fewer than min.insync.replicas in sync) waits in the
///   producers (keyed semantics);
/// - half of a broker's memory is page cache for recent log data: a group
///   whose lag exceeds what that cache holds reads from disk;
/// - a returning broker re-replicates what it missed with whatever volume,
///   EBS and network-in capacity is left, then leads again.
enum MSKSimulation {
  /// One-minute steps, as CloudWatch keeps metrics.
  static let step = 60.0

  /// Simulates `workload` on `configuration` under `scenario` (or the
  /// baseline when `nil`).
  static func run(
    workload: Workload, configuration: MSKConfiguration, scenario: Scenario?, replication: Int = 0
  ) throws(InputError) -> MSKRunResult {
    guard let kafka = workload.kafka else {
      throw InputError(Diagnostic(message: "the workload has no kafka section"))
    }
    try check(kafka: kafka, configuration: configuration, scenario: scenario)
    return simulate(
      workload: workload, configuration: configuration, scenario: scenario, replication: replication)
  }

  /// Runs a checked workload and configuration.
  ///
  /// - Precondition: ``check(kafka:configuration:scenario:)`` passed.
  static func simulate(
    workload: Workload, configuration: MSKConfiguration, scenario: Scenario?, replication: Int = 0
  ) -> MSKRunResult {
    guard let kafka = workload.kafka else { preconditionFailure("simulate needs a Kafka workload") }
    var state = MSKRunState(
      workload: workload, kafka: kafka, configuration: configuration, scenario: scenario,
      source: RandomSource(seed: workload.seed).replication(replication))
    return state.run()
  }

  /// Mismatches between the workload and the configuration that make the
  /// run impossible: reported as input errors (exit 2).
  static func check(kafka: KafkaWorkload, configuration: MSKConfiguration, scenario: Scenario?)
    throws(InputError)
  {
    var problems = configuration.problems(availabilityZones: kafka.availabilityZones)
    if configuration.useServerless {
      if !problems.isEmpty { throw InputError(problems) }
      return
    }
    let brokers = configuration.brokerCount
    for topic in kafka.topics {
      let rf = topic.replicationFactor ?? kafka.properties.defaultReplicationFactor
      if rf > brokers {
        problems.append(
          Diagnostic(
            path: "kafka.topics[\(topic.name)].replicationFactor",
            message: "replication factor \(rf) needs at least \(rf) brokers; broker_count is \(brokers)"))
      }
    }
    for incident in scenario?.incidents ?? [] {
      if case .brokerDown(let broker) = incident.kind, broker >= brokers {
        problems.append(
          Diagnostic(
            path: "scenarios[\(scenario?.name ?? "")]",
            message:
              "broker \(broker) does not exist in a \(brokers)-broker cluster (brokers are numbered from 0)"))
      }
    }
    if !problems.isEmpty { throw InputError(problems) }
  }
}
