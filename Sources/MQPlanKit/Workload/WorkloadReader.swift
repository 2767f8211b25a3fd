import Foundation

/// Reads and validates a workload file.
///
/// Every problem is reported at once, each with file, line:column, JSON
/// path, what would be valid, and "did you mean" for mistyped keys; nothing
/// is simulated or written when there is an error. Ranges come from AWS's
/// limits (shared/reference) where AWS sets them.
public enum WorkloadReader {
  /// Reads the workload at `path`. Relative trace files are resolved
  /// against the workload's directory.
  public static func read(contentsOf path: String) throws(InputError) -> Workload {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw InputError(
        Diagnostic(file: path, message: "cannot read the workload file: \(Self.describe(error))"))
    }
    let directory = (path as NSString).deletingLastPathComponent
    return try read(text: text, file: path, baseDirectory: directory.isEmpty ? "." : directory)
  }

  /// Reads a workload from `text`; `file` names it in messages.
  public static func read(text: String, file: String, baseDirectory: String = ".") throws(InputError)
    -> Workload
  {
    let root: JSONNode
    do {
      root = try JSONParser.parse(text)
    } catch {
      throw InputError(Diagnostic(file: file, location: error.location, path: nil, message: error.message))
    }
    let reader = JSONReader(file: file)
    let context = ReadingContext(reader: reader, baseDirectory: baseDirectory)
    let workload = context.workload(root)
    // In source order, whatever order the checks ran in.
    let diagnostics = reader.diagnostics.enumerated().sorted { a, b in
      let left = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
      let right = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
      return left < right
    }.map(\.element)
    if reader.hasErrors || workload == nil { throw InputError(diagnostics) }
    guard var result = workload else { throw InputError(diagnostics) }
    result.warnings = diagnostics.filter { $0.severity == .warning }
    return result
  }

  static func describe(_ error: Error) -> String {
    let nsError = error as NSError
    if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoSuchFileError {
      return "no such file"
    }
    return nsError.localizedDescription
  }
}

/// The state shared while reading one document.
struct ReadingContext {
  let reader: JSONReader
  let baseDirectory: String

  static let topKeys = [
    "schemaVersion", "name", "description", "region", "horizon", "seed", "project", "environment",
    "objectives", "planning", "scenarios", "kafka", "sqs", "eventbridge",
  ]

  func workload(_ root: JSONNode) -> Workload? {
    guard let object = reader.object(root, at: .root, keys: Self.topKeys) else { return nil }
    if let version = object.integer("schemaVersion", required: true), version != Workload.schemaVersion {
      reader.error(
        "this mqplan reads schemaVersion \(Workload.schemaVersion), the file has \(version)",
        at: object["schemaVersion"],
        path: JSONPath.root.appending("schemaVersion"))
    }
    let name = object.string("name", required: true) ?? ""
    if let nameNode = object["name"], !name.isEmpty,
      !name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
    {
      reader.error(
        "must use only letters, digits, '-', '_' and '.' (it names report folders)", at: nameNode,
        path: JSONPath.root.appending("name"))
    }
    var workload = Workload(name: name)
    workload.description = object.string("description") ?? ""
    workload.region = object.string("region") ?? "us-east-1"
    if let horizon = duration(object, "horizon", range: 60...(366 * 86_400)) { workload.horizon = horizon }
    if let seed = object.integer("seed", range: 0...Int.max) { workload.seed = UInt64(seed) }
    workload.project = object.string("project") ?? ""
    workload.environment = object.string("environment") ?? ""
    if let objectives = object.child("objectives", keys: Self.objectiveKeys) {
      workload.objectives = self.objectives(objectives)
    }
    if let planning = object.child("planning", keys: ["percentile", "runs", "zoneOutage"]) {
      if let percentile = planning.number("percentile", range: 1...100, unit: "%") {
        workload.planning.percentile = percentile / 100
      }
      if let runs = planning.integer("runs", range: 1...100) { workload.planning.runs = runs }
      if let zoneOutage = planning.bool("zoneOutage") { workload.planning.zoneOutage = zoneOutage }
    }
    if let kafka = object.child("kafka", keys: Self.kafkaKeys) {
      workload.kafka = self.kafka(kafka)
    }
    if let sqs = object.child("sqs", keys: Self.sqsKeys) {
      workload.sqs = self.sqs(sqs)
    }
    if let eventBridge = object.child("eventbridge", keys: Self.eventBridgeKeys) {
      workload.eventBridge = self.eventBridge(
        eventBridge, queues: workload.sqs?.queues.map(\.name) ?? [],
        fifoQueues: Set(workload.sqs?.queues.filter(\.fifo).map(\.name) ?? []), region: workload.region)
    }
    if let scenarios = object.array("scenarios") {
      workload.scenarios = scenarios.compactMap { scenario($0.0, at: $0.1, workload: workload) }
      var seen: Set<String> = []
      for (scenario, (node, path)) in zip(workload.scenarios, scenarios)
      where !seen.insert(scenario.name).inserted {
        reader.error("duplicate scenario name \"\(scenario.name)\"", at: node, path: path)
      }
    }
    if workload.kafka == nil && workload.sqs == nil && workload.eventBridge == nil {
      reader.error(
        "the workload describes no traffic", at: root, path: .root,
        hint: "add a \"kafka\", an \"sqs\" or an \"eventbridge\" section")
    }
    return workload
  }

  static let objectiveKeys = [
    "maxConsumerLag", "maxDiskUsedPercent", "maxCpuPercent", "monthlyBudgetUSD", "maxMessageAge",
    "maxEndToEndLatency", "noExpiredMessages", "dlqOnlyPoison",
  ]

  func objectives(_ object: JSONObjectReader) -> Objectives {
    var objectives = Objectives()
    objectives.maxConsumerLagSeconds = duration(object, "maxConsumerLag", range: 0.001...(366 * 86_400))
    if let disk = object.number("maxDiskUsedPercent", range: 1...100, unit: "%") {
      objectives.maxDiskUsedFraction = disk / 100
    }
    if let cpu = object.number("maxCpuPercent", range: 1...100, unit: "%") {
      objectives.maxCpuFraction = cpu / 100
    }
    objectives.monthlyBudget = object.number("monthlyBudgetUSD", range: 0...1e12, unit: "USD")
    objectives.maxMessageAgeSeconds = duration(object, "maxMessageAge", range: 1...(14 * 86_400))
    if let latency = object.child("maxEndToEndLatency", keys: ["percentile", "value"]) {
      let percentile = latency.number("percentile", required: true, range: 1...99.99, unit: "%")
      let value = duration(latency, "value", required: true, range: 0.001...(14 * 86_400))
      if let percentile, let value {
        objectives.endToEndLatency = LatencyObjective(percentile: percentile / 100, seconds: value)
      }
    }
    if let value = object.bool("noExpiredMessages") { objectives.noExpiredMessages = value }
    if let value = object.bool("dlqOnlyPoison") { objectives.dlqOnlyPoisonUnderNormalLoad = value }
    return objectives
  }

  // MARK: Scenarios

  static let scenarioKeys = ["name", "incidents"]
  static let incidentKeys = [
    "kind", "start", "duration", "broker", "zone", "group", "topic", "queue", "multiplier", "share", "from",
    "to",
    "target",
  ]
  static let incidentKinds = [
    "brokerDown", "azDown", "consumerStopped", "trafficBurst", "poisonBurst", "replay", "targetDown",
  ]

  func scenario(_ node: JSONNode, at path: JSONPath, workload: Workload) -> Scenario? {
    guard let object = reader.object(node, at: path, keys: Self.scenarioKeys) else { return nil }
    let name = object.string("name", required: true) ?? ""
    var incidents: [Incident] = []
    for (incidentNode, incidentPath) in object.array("incidents", required: true) ?? [] {
      if let incident = incident(incidentNode, at: incidentPath, workload: workload) {
        incidents.append(incident)
      }
    }
    if object.has("incidents") && incidents.isEmpty && !reader.hasErrors {
      reader.error("a scenario needs at least one incident", at: node, path: path.appending("incidents"))
    }
    return Scenario(name: name, incidents: incidents)
  }

  func incident(_ node: JSONNode, at path: JSONPath, workload: Workload) -> Incident? {
    guard let object = reader.object(node, at: path, keys: Self.incidentKeys) else { return nil }
    guard let kindName = object.string("kind", required: true, allowed: Self.incidentKinds) else {
      return nil
    }
    let start = duration(object, "start", required: true, range: 0...(366 * 86_400))
    var length = duration(object, "duration", required: kindName != "replay", range: 1...(366 * 86_400))
    if let start, start >= workload.horizon {
      reader.error(
        "starts at \(Quantities.describe(seconds: start)), after the horizon of \(Quantities.describe(seconds: workload.horizon))",
        at: object["start"], path: path.appending("start"))
    }
    let kind: Incident.Kind?
    let allowed: [String: [String]] = [
      "brokerDown": ["broker"], "azDown": ["zone"], "consumerStopped": ["group"],
      "trafficBurst": ["topic", "multiplier"], "replay": ["from", "to"], "targetDown": ["target"],
    ]
    for key in ["broker", "zone", "group", "topic", "multiplier", "from", "to", "target"]
    where object.has(key) && !(allowed[kindName] ?? []).contains(key) {
      reader.error(
        "\"\(key)\" does not apply to a \(kindName) incident", at: object[key], path: path.appending(key))
    }
    switch kindName {
    case "brokerDown":
      kind = object.integer("broker", required: true, range: 0...(MSKLimits.brokersPerClusterKRaft - 1)).map {
        .brokerDown(broker: $0)
      }
    case "azDown":
      let zones = workload.kafka?.availabilityZones ?? 3
      kind = object.integer("zone", required: true, range: 0...(zones - 1)).map {
        .availabilityZoneDown(zone: $0)
      }
    case "consumerStopped":
      if object.has("queue") {
        kind = queueName(object, "queue", at: path, workload: workload).map {
          .queueConsumersStopped(queue: $0)
        }
      } else if let group = object.string("group", required: true) {
        let groups = workload.kafka?.consumerGroups.map(\.name) ?? []
        if !groups.contains(group) {
          var hint = "consumer groups: " + groups.joined(separator: ", ")
          if let guess = Suggestions.closest(to: group, in: groups) { hint = "did you mean \"\(guess)\"?" }
          reader.error(
            "no consumer group \"\(group)\"", at: object["group"], path: path.appending("group"), hint: hint)
        }
        kind = .consumerStopped(group: group)
      } else {
        kind = nil
      }
    case "replay":
      let from = duration(object, "from", required: true, range: 0...(366 * 86_400))
      let to = duration(object, "to", required: true, range: 1...(366 * 86_400))
      kind = replay(object, from: from, to: to, start: start, at: path, workload: workload)
      if length == nil, let from, let to { length = Swift.max(1, to - from) }
    case "targetDown":
      let targets = (workload.eventBridge?.rules ?? []).flatMap { $0.targets.map(\.name) }
      if let target = object.string("target", required: true) {
        if !targets.contains(target) {
          var hint =
            targets.isEmpty
            ? "the workload has no eventbridge rules" : "targets: " + targets.joined(separator: ", ")
          if let guess = Suggestions.closest(to: target, in: targets) { hint = "did you mean \"\(guess)\"?" }
          reader.error(
            "no rule target \"\(target)\"", at: object["target"], path: path.appending("target"), hint: hint)
        }
        kind = .eventTargetDown(target: target)
      } else {
        kind = nil
      }
    case "poisonBurst":
      let queue = queueName(object, "queue", at: path, workload: workload, required: true)
      let share = object.number("share", required: true, range: 0...1)
      kind = queue.flatMap { name in share.map { .poisonBurst(queue: name, share: $0) } }
    default:  // trafficBurst
      let multiplier = object.number("multiplier", required: true, range: 0...1_000)
      if object.has("topic") && object.has("queue") {
        reader.error("name a topic or a queue, not both", at: node, path: path)
      }
      if object.has("queue") {
        let queue = queueName(object, "queue", at: path, workload: workload)
        kind = multiplier.flatMap { value in queue.map { .queueTrafficBurst(queue: $0, multiplier: value) } }
      } else {
        let topics = workload.kafka?.topics.map(\.name) ?? []
        let topic = object.string("topic")
        if let topic, !topics.contains(topic) {
          var hint = "topics: " + topics.joined(separator: ", ")
          if let guess = Suggestions.closest(to: topic, in: topics) { hint = "did you mean \"\(guess)\"?" }
          reader.error(
            "no topic \"\(topic)\"", at: object["topic"], path: path.appending("topic"), hint: hint)
        }
        kind = multiplier.map { .trafficBurst(topic: topic, multiplier: $0) }
      }
    }
    guard let kind, let start, let length else { return nil }
    return Incident(kind, start: start, duration: length)
  }

  /// A replay of the archived window [from, to) starting at `start`,
  /// checked against the archive: it must exist, and the window must be
  /// archived (ended 10 minutes before the replay starts, S21a) and still
  /// retained.
  func replay(
    _ object: JSONObjectReader, from: Double?, to: Double?, start: Double?, at path: JSONPath,
    workload: Workload
  ) -> Incident.Kind? {
    guard let from, let to, let start else { return nil }
    guard let archive = workload.eventBridge?.archive else {
      reader.error(
        "a replay needs an archive", at: object.node, path: path,
        hint: "add \"archive\" to the eventbridge section")
      return nil
    }
    guard from < to else {
      reader.error("the window ends before it starts", at: object["to"], path: path.appending("to"))
      return nil
    }
    if to + EventBridgeLimits.archiveLagSeconds > start {
      reader.error(
        "the window must end at least 10 minutes before the replay starts (events reach the archive late, S21a)",
        at: object["to"], path: path.appending("to"),
        hint: "end it by \(Quantities.describe(seconds: start - EventBridgeLimits.archiveLagSeconds))")
    }
    if let days = archive.retentionDays, from < start - days * 86_400 {
      reader.error(
        "the window starts before the archive's \(Quantities.describe(seconds: days * 86_400)) retention reaches back",
        at: object["from"], path: path.appending("from"))
    }
    return .eventReplay(from: from, to: to)
  }

  /// A queue named in an incident, checked against the workload's queues.
  func queueName(
    _ object: JSONObjectReader, _ key: String, at path: JSONPath, workload: Workload, required: Bool = false
  ) -> String? {
    guard let name = object.string(key, required: required) else { return nil }
    let queues = workload.sqs?.queues.map(\.name) ?? []
    if !queues.contains(name) {
      var hint =
        queues.isEmpty ? "the workload has no sqs section" : "queues: " + queues.joined(separator: ", ")
      if let guess = Suggestions.closest(to: name, in: queues) { hint = "did you mean \"\(guess)\"?" }
      reader.error("no queue \"\(name)\"", at: object[key], path: path.appending(key), hint: hint)
    }
    return name
  }

  // MARK: Values

  /// A duration: a number of seconds or a string such as "1d12h".
  func duration(
    _ object: JSONObjectReader, _ key: String, required: Bool = false, range: ClosedRange<Double>
  ) -> Double? {
    guard let node = object[key] else {
      if required { object.missing(key) }
      return nil
    }
    return duration(node, at: object.path.appending(key), range: range)
  }

  func duration(_ node: JSONNode, at path: JSONPath, range: ClosedRange<Double>) -> Double? {
    let seconds: Double
    switch node.value {
    case .number(let number): seconds = number.double
    case .string(let text):
      guard let value = Quantities.duration(text) else {
        reader.error(
          "\"\(text)\" is not a duration", at: node, path: path,
          hint: "use seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\"")
        return nil
      }
      seconds = value
    default:
      reader.error(
        "must be a duration (seconds, or a string like \"2h\"), got \(node.value.kindDescription)", at: node,
        path: path)
      return nil
    }
    guard range.contains(seconds) else {
      reader.error(
        "must be between \(Quantities.describe(seconds: range.lowerBound)) and \(Quantities.describe(seconds: range.upperBound)), got \(Quantities.describe(seconds: seconds))",
        at: node, path: path)
      return nil
    }
    return seconds
  }

  /// A byte size: a number of bytes or a string such as "1GiB".
  func bytes(_ object: JSONObjectReader, _ key: String, range: ClosedRange<Double>) -> Double? {
    guard let node = object[key] else { return nil }
    let path = object.path.appending(key)
    let value: Double
    switch node.value {
    case .number(let number): value = number.double
    case .string(let text):
      guard let parsed = Quantities.bytes(text) else {
        reader.error(
          "\"\(text)\" is not a byte size", at: node, path: path,
          hint: "use bytes, or a number with a unit: \"512B\", \"64KiB\", \"500MB\", \"1GiB\"")
        return nil
      }
      value = parsed
    default:
      reader.error(
        "must be a byte size (bytes, or a string like \"1GiB\"), got \(node.value.kindDescription)", at: node,
        path: path)
      return nil
    }
    guard range.contains(value) else {
      reader.error("must be \(JSONReader.describe(range, unit: "bytes")), got \(value)", at: node, path: path)
      return nil
    }
    return value
  }
}
