import SimKit

/// Chooses the MSK variables: the cheapest broker size × count × volume ×
/// provisioned throughput (or Serverless) that meets every objective in
/// every scenario at the workload's percentile over the runs.
///
/// 1. A probe run on a cluster too large to limit anything measures what
///    the workload offers: peak bytes and messages per topic, the peak
///    minute, retained bytes per partition.
/// 2. Every candidate is priced with ``MSKCost`` on the probe's traffic and
///    checked against analytic bounds at the peak (with one zone down unless
///    the workload opts out): AWS's Equation 1 per broker (volume
///    throughput, EBS bandwidth, network in and out: the model reproduces it
///    exactly, msk.md §6), CPU at the model's cost per byte and message
///    (the mean broker, so the bound is necessary, not sufficient),
///    partition replicas per broker, the 16 TiB volume ceiling, and
///    Serverless quotas. A candidate that fails a bound by more than 2 % is
///    pruned (the margin covers run-to-run noise in the peak).
/// 3. The rest are simulated in order of cost, each with every Kafka
///    scenario and `runs` replications, on 16 TiB volumes so that no disk
///    fills; the first whose objectives hold at the percentile wins. Its
///    volume is then the smallest whole GiB that keeps the fullest broker's
///    peak (at the percentile) within the disk objective: storage does not
///    depend on the volume size until it fills, so no rerun is needed.
struct MSKPlanner {
  let workload: Workload
  let kafka: KafkaWorkload
  let prices: PriceBook
  let runs: Int
  let percentile: Double
  let base: MSKConfiguration
  var progress: RunProgress? = nil
  /// Candidates simulated at most before giving up.
  static let simulationLimit = 6

  struct Outcome {
    var configuration: MSKConfiguration
    /// runs[replication][scenario]: baseline first, then the Kafka scenarios.
    var runs: [[MSKRunResult]]
    var verdicts: [Verdict]
    var candidates: [Plan.Candidate]
    var simulated: Int
    var reasons: [Plan.Reason]
    var notes: [String]
    var failure: String?
    /// The limit closest to its capacity in the chosen runs, as a phrase.
    var binding: String?
  }

  /// Per-topic traffic at the probe's peak.
  struct Traffic {
    var bytes: Double
    var messages: Double
    var replication: Int
    var readers: Int
    var partitions: Int
    var partitionBytes: Double
  }

  static let gib = 1_073_741_824.0
  static let mib = 1_048_576.0

  /// The probe: the largest size, two brokers per zone, 16 TiB volumes.
  func probe() -> MSKRunResult {
    var configuration = base
    configuration.useServerless = false
    configuration.brokerInstanceType =
      MSKBrokerType.all.max { $0.networkBaselineGbps < $1.networkBaselineGbps }!.name
    configuration.brokerCount = Swift.min(
      kafka.availabilityZones * 4, MSKLimits.brokersPerCluster(kafkaVersion: base.kafkaVersion))
    configuration.brokerVolumeSize = MSKLimits.maximumVolumeGiB
    configuration.enableProvisionedThroughput = false
    progress?.expect(1)
    defer { progress?.finish(simulating: workload.horizon) }
    return MSKSimulation.simulate(workload: workload, configuration: configuration, scenario: nil)
  }

  func traffic(_ probe: MSKRunResult) -> [Traffic] {
    probe.topics.map { topic in
      let readers = kafka.consumerGroups.filter { $0.topics.contains(topic.name) }.count
      let perByte = topic.offered.bytes > 0 ? topic.offered.count / topic.offered.bytes : 0
      return Traffic(
        bytes: topic.peakOfferedBytesPerSecond, messages: topic.peakOfferedBytesPerSecond * perByte,
        replication: topic.replicationFactor, readers: readers, partitions: topic.partitions,
        partitionBytes: topic.peakPartitionBytes)
    }
  }

  /// Why the candidate cannot hold at the peak, or nil; and the provisioned
  /// throughput it needs (MiB/s per broker), if any.
  func bound(_ configuration: MSKConfiguration, traffic: [Traffic], zoneOutage: Bool) -> (String?, Int?) {
    let slack = 1.02
    if configuration.useServerless {
      let ingress = traffic.reduce(0) { $0 + $1.bytes }
      let egress = traffic.reduce(0) { $0 + $1.bytes * Double($1.readers) }
      let partitions = traffic.reduce(0) { $0 + $1.partitions }
      if ingress > MSKServerlessLimits.maxIngressMBps * 1e6 * slack {
        return (
          "ingress \(Format.number(ingress / 1e6, decimals: 1)) MB/s over Serverless's 200 MB/s (S4)", nil
        )
      }
      if egress > MSKServerlessLimits.maxEgressMBps * 1e6 * slack {
        return (
          "egress \(Format.number(egress / 1e6, decimals: 1)) MB/s over Serverless's 400 MB/s (S4)", nil
        )
      }
      if partitions > MSKServerlessLimits.maxPartitions {
        return ("\(partitions) partitions over Serverless's 2,400 (S4)", nil)
      }
      if let hot = traffic.first(where: {
        $0.bytes / Double($0.partitions) > MSKServerlessLimits.maxIngressPerPartitionMBps * 1e6 * slack
      }) {
        return (
          "\(Format.number(hot.bytes / Double(hot.partitions) / 1e6, decimals: 1)) MB/s per partition over Serverless's 5 MB/s (S4)",
          nil
        )
      }
      return (nil, nil)
    }
    guard let type = configuration.brokerType else { return ("unknown size", nil) }
    let zones = kafka.availabilityZones
    let count = Double(configuration.brokerCount)
    let up = zoneOutage ? count - count / Double(zones) : count
    let when = zoneOutage ? "at peak with one AZ down" : "at peak"
    var write = 0.0
    var out = 0.0
    var messages = 0.0
    var replicas = 0.0
    for topic in traffic {
      let r = Double(zoneOutage ? Swift.min(topic.replication, zones - 1) : topic.replication)
      write += topic.bytes * r / up
      out += topic.bytes * (Double(topic.readers) + r - 1) / up
      messages += topic.messages * (1 + Double(topic.readers)) / up
      replicas += Double(topic.partitions * topic.replication) / count
    }
    let network = type.networkBaselineMBps * 1e6
    let ebs = type.ebsBaselineMBps * 1e6
    if replicas > Double(type.maxPartitionsForUpdates) {
      return (
        "\(Format.number(replicas)) partition replicas per broker over the \(type.maxPartitionsForUpdates) MSK allows for updates (S2)",
        nil
      )
    }
    if out > network * slack {
      return (
        "network out \(Format.number(out / 1e6, decimals: 1)) MB/s per broker \(when), over \(Format.number(network / 1e6)) MB/s (Equation 1)",
        nil
      )
    }
    if write > network * slack {
      return (
        "network in \(Format.number(write / 1e6, decimals: 1)) MB/s per broker \(when), over \(Format.number(network / 1e6)) MB/s (Equation 1)",
        nil
      )
    }
    if write > ebs * slack {
      return (
        "EBS bandwidth \(Format.number(write / 1e6, decimals: 1)) MB/s per broker \(when), over \(Format.number(ebs / 1e6)) MB/s (Equation 1)",
        nil
      )
    }
    let cpu = kafka.cpuModel
    let work =
      ((write + out) / cpu.networkBytesPerCoreSecond + messages / cpu.messagesPerCoreSecond)
      / Double(type.vcpus)
    let cpuShare = cpu.idleFraction + work
    if cpuShare > workload.objectives.maxCpuFraction * slack {
      return (
        "CPU \(Format.percent(cpuShare)) per broker \(when), over the \(Format.percent(workload.objectives.maxCpuFraction)) objective",
        nil
      )
    }
    var throughput: Int?
    let needed = write / Self.mib
    if needed > MSKBrokerType.defaultVolumeThroughputMiBps * slack {
      guard let max = type.maxProvisionedThroughputMiBps else {
        return (
          "volume throughput \(Format.number(needed)) MiB/s per broker \(when), over the default 250 MiB/s, and \(type.name) cannot provision more (S3)",
          nil
        )
      }
      let value = Swift.max(
        MSKBrokerType.minimumProvisionedThroughputMiBps, ((needed * 1.05) / 10).rounded(.up) * 10)
      if value > max {
        return (
          "volume throughput \(Format.number(needed)) MiB/s per broker \(when), over \(type.name)'s \(Format.number(max)) MiB/s (S3)",
          nil
        )
      }
      throughput = Int(value)
    }
    let storage =
      traffic.reduce(0) { $0 + $1.partitionBytes * Double($1.partitions * $1.replication) } / count
    if storage / workload.objectives.maxDiskUsedFraction > Double(MSKLimits.maximumVolumeGiB) * Self.gib {
      return (
        "\(Format.bytes(storage)) per broker needs more than the 16 TiB volume maximum at \(Format.percent(workload.objectives.maxDiskUsedFraction)) (S4)",
        throughput
      )
    }
    return (nil, throughput)
  }

  /// The volume (GiB) that keeps `storage` bytes within the disk objective.
  func volume(for storage: Double) -> Int {
    let gib = (storage / workload.objectives.maxDiskUsedFraction / Self.gib).rounded(.up)
    return Swift.max(MSKLimits.minimumVolumeGiB, Int(Swift.min(gib, Double(MSKLimits.maximumVolumeGiB))))
  }

  func cost(_ configuration: MSKConfiguration, probe: MSKRunResult) -> Double {
    MSKCost.bill(configuration: configuration, kafka: kafka, baseline: probe, prices: prices).lines.reduce(0)
    {
      $0 + $1.amount
    }
  }

  /// Every candidate with its estimated volume, cost and analytic verdict.
  func candidates(probe: MSKRunResult, zoneOutage: Bool) -> [(MSKConfiguration, Double, String?)] {
    let traffic = traffic(probe)
    let zones = kafka.availabilityZones
    let quota = MSKLimits.brokersPerCluster(kafkaVersion: base.kafkaVersion)
    var list: [(MSKConfiguration, Double, String?)] = []
    for type in MSKBrokerType.all where prices.mskBrokerHour[type.name] != nil {
      for count in stride(from: zones, through: quota, by: zones) {
        var configuration = base
        configuration.useServerless = false
        configuration.brokerInstanceType = type.name
        configuration.brokerCount = count
        configuration.enableProvisionedThroughput = false
        configuration.volumeThroughput = Int(MSKBrokerType.defaultVolumeThroughputMiBps)
        configuration.enhancedMonitoringLevel = "DEFAULT"
        let storage = traffic.reduce(0) { $0 + $1.partitionBytes * Double($1.partitions * $1.replication) }
        configuration.brokerVolumeSize = volume(for: storage / Double(count))
        let (problem, throughput) = bound(configuration, traffic: traffic, zoneOutage: zoneOutage)
        if let throughput {
          configuration.enableProvisionedThroughput = true
          configuration.volumeThroughput = throughput
        }
        list.append((configuration, cost(configuration, probe: probe), problem))
      }
    }
    var serverless = base
    serverless.useServerless = true
    let (problem, _) = bound(serverless, traffic: traffic, zoneOutage: false)
    list.append((serverless, cost(serverless, probe: probe), problem))
    return list.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.brokerCount < $1.0.brokerCount) }
  }

  /// Runs the candidate: every scenario × replication, in parallel, on
  /// 16 TiB volumes.
  func simulate(_ configuration: MSKConfiguration, scenarios: [Scenario?], replications: Range<Int>)
    -> [[MSKRunResult]]
  {
    var volume = configuration
    if !volume.useServerless { volume.brokerVolumeSize = MSKLimits.maximumVolumeGiB }
    let roomy = volume
    let total = replications.count * scenarios.count
    let first = replications.lowerBound
    progress?.expect(total)
    let flat = Parallel.map(count: total) { index in
      defer { progress?.finish(simulating: workload.horizon) }
      var run = MSKSimulation.simulate(
        workload: workload, configuration: roomy, scenario: scenarios[index % scenarios.count],
        replication: first + index / scenarios.count)
      // Only the first replication's runs and the other baselines feed the
      // report and the alarms: the rest keep their summaries, not their
      // per-minute series (memory: each series is a month of minutes).
      if first + index / scenarios.count > 0 && index % scenarios.count > 0 {
        run.series = [:]
        run.topicLags = []
      }
      return run
    }
    return (0..<replications.count).map { r in
      Array(flat[(r * scenarios.count)..<((r + 1) * scenarios.count)])
    }
  }

  /// The candidate sized and judged on `runs`: its volume from the peak
  /// storage at the percentile, the runs at that volume, the verdicts at
  /// the percentile.
  func judge(_ configuration: MSKConfiguration, runs: [[MSKRunResult]]) -> (
    MSKConfiguration, [[MSKRunResult]], [Verdict]
  ) {
    var sized = configuration
    var sizedRuns = runs
    if !configuration.useServerless {
      let peaks = runs.map { replication in
        replication.map { $0.brokers.map(\.peakStorageBytes).max() ?? 0 }.max() ?? 0
      }.sorted()
      let rank = Swift.max(1, Int((percentile * Double(peaks.count)).rounded(.up)))
      sized.brokerVolumeSize = volume(for: peaks[rank - 1])
      let bytes = Double(sized.brokerVolumeSize) * Self.gib
      sizedRuns = runs.map { $0.map { $0.resized(volumeBytes: bytes) } }
    }
    var configurationForVerdicts = Configuration()
    configurationForVerdicts.msk = sized
    let perRun = sizedRuns.map { replication in
      replication.enumerated().flatMap { index, run in
        Objectives.evaluate(
          workload: workload, configuration: configurationForVerdicts, msk: run, isBaseline: index == 0)
      }
    }
    return (sized, sizedRuns, Self.atPercentile(perRun, percentile: percentile))
  }

  /// The verdicts at the percentile: per check, the runs' verdicts ordered
  /// from best to worst, and the one at the nearest rank.
  static func atPercentile(_ perRun: [[Verdict]], percentile: Double) -> [Verdict] {
    guard let first = perRun.first else { return [] }
    let rank = Swift.max(1, Int((percentile * Double(perRun.count)).rounded(.up)))
    return first.indices.map { index in
      let all = perRun.compactMap { index < $0.count ? $0[index] : nil }
      let ordered = all.sorted { a, b in
        if a.met != b.met { return a.met }
        return (a.margin ?? 0) > (b.margin ?? 0)
      }
      return ordered[Swift.min(rank, ordered.count) - 1]
    }
  }

  func plan(probe: MSKRunResult, zoneOutage: Bool, scenarios: [Scenario]) -> Outcome {
    let all: [Scenario?] = [nil] + scenarios.map { Optional($0) }
    var outcome = Outcome(
      configuration: base, runs: [], verdicts: [], candidates: [], simulated: 0, reasons: [], notes: [],
      binding: nil)
    let list = candidates(probe: probe, zoneOutage: zoneOutage)
    var chosenIndex: Int?
    var simulated = 0
    var candidates: [Plan.Candidate] = []
    for (configuration, cost, problem) in list {
      if let problem {
        candidates.append(.init(configuration: configuration, monthlyCost: cost, outcome: .pruned(problem)))
        continue
      }
      if chosenIndex != nil || simulated >= Self.simulationLimit {
        candidates.append(.init(configuration: configuration, monthlyCost: cost, outcome: .untried))
        continue
      }
      do {
        try MSKSimulation.check(kafka: kafka, configuration: configuration, scenario: nil)
      } catch {
        candidates.append(
          .init(configuration: configuration, monthlyCost: cost, outcome: .pruned(error.description)))
        continue
      }
      simulated += 1
      // When the percentile is the worst run (p95 with up to 20 runs), one
      // failing run rejects the candidate: try the first run alone first.
      var runs = simulate(configuration, scenarios: all, replications: 0..<1)
      var (sized, sizedRuns, verdicts) = judge(configuration, runs: runs)
      let worstDecides = Int((percentile * Double(self.runs)).rounded(.up)) >= self.runs
      if self.runs > 1 && (!worstDecides || verdicts.allSatisfy(\.met)) {
        runs += simulate(configuration, scenarios: all, replications: 1..<self.runs)
        (sized, sizedRuns, verdicts) = judge(configuration, runs: runs)
      }
      if let worst = verdicts.filter({ !$0.met }).min(by: { ($0.margin ?? 0) < ($1.margin ?? 0) }) {
        candidates.append(
          .init(
            configuration: sized, monthlyCost: cost,
            outcome: .failed(Self.describe(worst))))
        continue
      }
      chosenIndex = candidates.count
      candidates.append(
        .init(configuration: sized, monthlyCost: self.cost(sized, probe: probe), outcome: .chosen))
      outcome.configuration = sized
      outcome.runs = sizedRuns
      outcome.verdicts = verdicts
    }
    outcome.candidates = candidates
    outcome.simulated = simulated
    guard let chosenIndex else {
      let failures = candidates.compactMap { candidate -> String? in
        switch candidate.outcome {
        case .failed(let why): return "\(candidate.label): \(why)"
        default: return nil
        }
      }
      outcome.failure =
        failures.isEmpty
        ? "no MSK configuration passes the analytic bounds: the cheapest fails with \(candidates.first.map { "\($0.label): \(Self.reason($0.outcome))" } ?? "nothing to try")"
        : "none of the \(simulated) cheapest MSK configurations that pass the bounds meets every objective: "
          + failures.prefix(3).joined(separator: "; ")
      return outcome
    }
    outcome.binding = Self.binding(outcome.runs.first ?? [])
    outcome.reasons = reasons(
      chosen: candidates[chosenIndex], cheaper: Array(candidates[..<chosenIndex]), zoneOutage: zoneOutage,
      binding: outcome.binding, serverless: candidates.first { $0.configuration.useServerless })

    if let growth = storageGrowth(outcome.runs.first?.first), growth > 1.25 {
      outcome.notes.append(
        "storage per broker grows \(Format.percent(growth - 1)) after retention has filled; MSK volumes never shrink (S8), so the volume is sized for the end. Storage auto-scaling (target 50–60 %, S8) could start smaller and grow instead"
      )
    }
    return outcome
  }

  /// How much the fullest broker's storage grows after every topic's
  /// retention has filled: the last day's peak over the peak of the day
  /// after the longest finite retention (or the first day, when some topic
  /// keeps data forever). `nil` when the horizon ends before that day.
  func storageGrowth(_ run: MSKRunResult?) -> Double? {
    guard let series = run?.series["storage.max"] else { return nil }
    let values = series.datapoints.map { $0?.maximum ?? 0 }
    let day = Int(86_400 / series.interval)
    let retentions = kafka.topics.map { ($0.retentionHours ?? kafka.properties.retentionHours) * 3_600 }
    let filled = retentions.contains { !$0.isFinite || $0 <= 0 } ? 0 : (retentions.max() ?? 0)
    let from = Int(filled / series.interval)
    guard from + day < values.count - day, let early = values[from..<(from + day)].max(), early > 0,
      let late = values[(values.count - day)...].max()
    else { return nil }
    return late / early
  }

  /// "network out peaks at 78 % of capacity in az-outage": the limit with
  /// the highest peak demand over the runs.
  static func binding(_ runs: [MSKRunResult]) -> String? {
    var best: (MSKRunResult.LimitUse, String)?
    for run in runs {
      if let limit = run.bindingLimit, limit.peakDemand > (best?.0.peakDemand ?? -1) {
        best = (limit, run.scenario)
      }
    }
    guard let (limit, scenario) = best else { return nil }
    return "\(limit.limit.rawValue) peaks at \(Format.percent(limit.peakDemand)) of capacity in \(scenario)"
  }

  static func reason(_ outcome: Plan.Candidate.Outcome) -> String {
    switch outcome {
    case .chosen: return "chosen"
    case .failed(let why), .pruned(let why): return why
    case .untried: return "not simulated (dearer than the choice)"
    }
  }

  static func describe(_ verdict: Verdict) -> String {
    "\(verdict.name) \(Format.number(verdict.observed, decimals: 1)) \(verdict.unit) over \(Format.number(verdict.limit, decimals: 1)) \(verdict.unit) (\(verdict.subject), \(verdict.scenario))"
  }

  func reasons(
    chosen: Plan.Candidate, cheaper: [Plan.Candidate], zoneOutage: Bool, binding: String?,
    serverless: Plan.Candidate?
  ) -> [Plan.Reason] {
    let configuration = chosen.configuration
    func reason(_ variable: String, _ value: String, _ text: String) -> Plan.Reason {
      Plan.Reason(module: "msk", variable: variable, value: value, reason: text)
    }
    // The cheapest rejected candidate of another count or size: what the
    // choice buys.
    let rejected =
      cheaper.last.map {
        "; the next cheaper, \($0.label) at \(Format.usd($0.monthlyCost))/month: \(Self.reason($0.outcome))"
      } ?? "; no cheaper candidate exists"
    if configuration.useServerless {
      return [
        reason(
          "use_serverless", "true",
          "MSK Serverless is the cheapest option that meets every objective at \(Format.usd(chosen.monthlyCost))/month\(rejected)"
        )
      ]
    }
    var list = [
      reason(
        "use_serverless", "false",
        serverless.map { candidate -> String in
          switch candidate.outcome {
          case .pruned(let why), .failed(let why): return "Serverless does not fit: \(why)"
          default: return "Serverless would cost \(Format.usd(candidate.monthlyCost))/month"
          }
        } ?? "provisioned brokers"),
      reason(
        "broker_instance_type", "\"\(configuration.brokerInstanceType)\"",
        "cheapest size and count that meet every objective\(zoneOutage ? " with one AZ down" : "")\(rejected)"
      ),
      reason(
        "broker_count", "\(configuration.brokerCount)",
        "a multiple of \(kafka.availabilityZones) AZs; \(binding.map { "busiest limit: \($0); " } ?? "")\(Format.usd(chosen.monthlyCost))/month for MSK"
      ),
      reason(
        "broker_volume_size", "\(configuration.brokerVolumeSize)",
        "the fullest broker's peak storage at p\(Format.number(percentile * 100)) over the runs stays within \(Format.percent(workload.objectives.maxDiskUsedFraction)) (volumes never shrink: sized for the horizon's end)"
      ),
      reason(
        "enable_provisioned_throughput", "\(configuration.enableProvisionedThroughput)",
        configuration.enableProvisionedThroughput
          ? "writes per broker at peak exceed the default 250 MiB/s volume throughput (S3)"
          : "writes per broker at peak stay within the default 250 MiB/s volume throughput (S3)"),
    ]
    if configuration.enableProvisionedThroughput {
      list.append(
        reason(
          "volume_throughput", "\(configuration.volumeThroughput)",
          "peak writes per broker plus 5 %, in steps of 10 MiB/s (S3)"))
    }
    list.append(
      reason(
        "enhanced_monitoring_level", "\"DEFAULT\"",
        "the lag alarms need only MaxOffsetLag, SumOffsetLag and EstimatedMaxTimeLag, free at DEFAULT (S6b); higher levels bill per metric"
      ))
    return list
  }
}

extension MSKRunResult {
  /// The same run on volumes of `volumeBytes`: storage does not depend on
  /// the volume until one fills, so only the shares change.
  func resized(volumeBytes: Double) -> MSKRunResult {
    var copy = self
    for index in copy.brokers.indices {
      copy.brokers[index].peakDiskFraction = copy.brokers[index].peakStorageBytes / volumeBytes
      copy.brokers[index].reachedDiskObjectiveAt = nil
    }
    return copy
  }
}
