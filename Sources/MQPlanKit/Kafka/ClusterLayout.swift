/// Where a cluster's partition replicas live, and which broker leads each
/// partition for a given set of healthy brokers.
///
/// **Placement.** Brokers alternate over availability zones (broker b is in
/// zone b mod A), as MSK spreads them evenly over the client subnets (S20);
/// numbered that way they form Kafka's rack-alternated broker list. Replicas
/// are placed by Kafka's rack-aware assignment
/// (`AdminUtils.assignReplicasToBrokersRackAware`): the leader of partition
/// p is broker (p + start) mod N; followers step through the list from a
/// shift that grows by one every N partitions, skipping a broker whose zone
/// already holds a replica while some zone holds none. A partition's
/// replicas therefore span min(RF, A) zones, leaders spread evenly, and when
/// a broker fails its partitions' leadership spreads over several
/// survivors. Kafka picks `start` and the first shift at random; here both
/// are the topic's index, so placement is deterministic.
///
/// **Failover.** The leader is the first replica in the list that is up and
/// in sync (preferred-leader order). A partition takes writes only while at
/// least `min.insync.replicas` replicas are up and in sync (producers with
/// acks=all, the safe default).
///
/// All partitions of a topic carry the same traffic (keys spread evenly), so
/// per topic it is enough to count, for each broker, how many leaders,
/// followers and replication fetches it serves.
struct ClusterLayout: Sendable {
  struct TopicPlacement: Sendable {
    let partitions: Int
    let replicationFactor: Int
    /// replicas[p] = broker ids, preferred leader first.
    let replicas: [[Int]]
  }

  let brokerCount: Int
  let zones: Int
  let minInsyncReplicas: Int
  let topics: [TopicPlacement]

  init(
    brokerCount: Int, zones: Int, minInsyncReplicas: Int, topics: [(partitions: Int, replicationFactor: Int)]
  ) {
    precondition(brokerCount >= 1 && zones >= 1, "A cluster needs brokers and zones")
    self.brokerCount = brokerCount
    self.zones = zones
    self.minInsyncReplicas = minInsyncReplicas
    self.topics = topics.enumerated().map { index, topic in
      precondition(topic.replicationFactor <= brokerCount, "Replication factor exceeds broker count")
      let replicas = Self.rackAwareAssignment(
        partitions: topic.partitions, replicationFactor: topic.replicationFactor, brokers: brokerCount,
        zones: zones,
        start: index % brokerCount)
      return TopicPlacement(
        partitions: topic.partitions, replicationFactor: topic.replicationFactor, replicas: replicas)
    }
  }

  /// Kafka's rack-aware replica assignment over brokers 0 ..< N whose zone
  /// is b mod A.
  static func rackAwareAssignment(
    partitions: Int, replicationFactor: Int, brokers: Int, zones: Int, start: Int
  ) -> [[Int]] {
    var assignment: [[Int]] = []
    var shift = start
    for partition in 0..<partitions {
      if partition > 0 && partition % brokers == 0 { shift += 1 }
      let first = (partition + start) % brokers
      var replicas = [first]
      var zonesUsed: Set<Int> = [first % zones]
      var k = 0
      while replicas.count < replicationFactor {
        let step = 1 + (shift * zones + k) % (brokers - 1)
        let broker = (first + step) % brokers
        k += 1
        let zoneFree = !zonesUsed.contains(broker % zones) || zonesUsed.count == zones
        let brokerFree = !replicas.contains(broker) || replicas.count == brokers
        if zoneFree && brokerFree {
          replicas.append(broker)
          zonesUsed.insert(broker % zones)
        }
      }
      assignment.append(replicas)
    }
    return assignment
  }

  func zone(of broker: Int) -> Int { broker % zones }

  /// Partition replicas hosted per broker, over all topics.
  var replicasPerBroker: [Int] {
    var counts = [Int](repeating: 0, count: brokerCount)
    for topic in topics {
      for replicas in topic.replicas { for broker in replicas { counts[broker] += 1 } }
    }
    return counts
  }

  /// Replicas of each topic on each broker: `[topic][broker]`.
  var replicaCounts: [[Double]] {
    topics.map { topic in
      var counts = [Double](repeating: 0, count: brokerCount)
      for replicas in topic.replicas { for broker in replicas { counts[broker] += 1 } }
      return counts
    }
  }

  /// Per-topic, per-broker counts for one health state.
  struct Regime: Sendable {
    /// Writable partitions led by the broker.
    var leaders: [[Double]]
    /// Replicas of writable partitions the broker follows (in sync or
    /// catching up, but up).
    var followers: [[Double]]
    /// Replication fetches the broker serves as leader: Σ over the writable
    /// partitions it leads of their up followers.
    var replicationFanOut: [[Double]]
    /// Consumer fetch share: partitions with a leader the broker leads; with
    /// rack-aware consumers, the share of reads served by each up replica.
    var consumerShare: [[Double]]
    /// Replicas of writable partitions on brokers that are down: data they
    /// miss, per broker.
    var missing: [[Double]]
    /// Writable partitions per topic.
    var writable: [Int]
    /// Readable partitions (with a leader) per topic.
    var readable: [Int]
    /// Partitions with a leader and a replica that is down or catching up:
    /// what Kafka's UnderReplicatedPartitions counts, summed over brokers.
    var underReplicated = 0
  }

  /// Leaders and followers when only the brokers in `up` serve, and only
  /// those in `inSync` may lead or count towards min.insync.replicas.
  func regime(up: [Bool], inSync: [Bool], rackAwareConsumers: Bool) -> Regime {
    let empty = [Double](repeating: 0, count: brokerCount)
    var regime = Regime(
      leaders: [], followers: [], replicationFanOut: [], consumerShare: [], missing: [], writable: [],
      readable: [])
    for topic in topics {
      var leaders = empty
      var followers = empty
      var fanOut = empty
      var share = empty
      var missing = empty
      var writable = 0
      var readable = 0
      for replicas in topic.replicas {
        let syncReplicas = replicas.filter { up[$0] && inSync[$0] }
        guard let leader = syncReplicas.first else { continue }
        readable += 1
        if syncReplicas.count < replicas.count { regime.underReplicated += 1 }
        let upReplicas = replicas.filter { up[$0] }
        if rackAwareConsumers {
          for broker in upReplicas { share[broker] += 1 / Double(upReplicas.count) }
        } else {
          share[leader] += 1
        }
        guard syncReplicas.count >= minInsyncReplicas else { continue }
        writable += 1
        leaders[leader] += 1
        for broker in upReplicas where broker != leader { followers[broker] += 1 }
        fanOut[leader] += Double(upReplicas.count - 1)
        for broker in replicas where !up[broker] { missing[broker] += 1 }
      }
      regime.leaders.append(leaders)
      regime.followers.append(followers)
      regime.replicationFanOut.append(fanOut)
      regime.consumerShare.append(share)
      regime.missing.append(missing)
      regime.writable.append(writable)
      regime.readable.append(readable)
    }
    return regime
  }
}
