import SimKit

extension ReadingContext {
  static let eventBridgeKeys = ["eventTypes", "rules", "archive", "samplesPerType"]
  static let eventTypeKeys = [
    "name", "source", "detailType", "eventsPerSecond", "profile", "entriesPerCall", "size", "samples",
    "fields",
    "onThrottle",
  ]
  static let eventFieldKeys = ["oneOf", "weights", "distribution", "decimals", "ipv4", "presence"]
  static let ruleKeys = ["name", "pattern", "enabled", "targets", "retryPolicy", "deadLetterQueue"]
  static let targetKeys = ["name", "queue", "maxPerSecond", "failureProbability"]
  static let retryPolicyKeys = ["maxAge", "maxRetries"]
  static let archiveKeys = ["pattern", "retentionDays"]
  /// The seed's archive pattern: `{ source = [{ prefix = "orion." }] }`.
  static let seedArchivePattern = #"{"source":[{"prefix":"orion."}]}"#

  func eventBridge(
    _ object: JSONObjectReader, queues: [String], fifoQueues: Set<String> = [], region: String
  ) -> EventBridgeWorkload {
    var bus = EventBridgeWorkload()
    bus.samplesPerType = object.integer("samplesPerType", range: 100...1_000_000) ?? 10_000
    var typeNames: [String: JSONPath] = [:]
    for (node, path) in object.array("eventTypes", required: true) ?? [] {
      guard let type = eventType(node, at: path) else { continue }
      if let first = typeNames[type.name] {
        reader.error("duplicate event type \"\(type.name)\" (first at \(first))", at: node, path: path)
      }
      typeNames[type.name] = path
      bus.eventTypes.append(type)
    }
    var ruleNames: [String: JSONPath] = [:]
    for (node, path) in object.array("rules") ?? [] {
      guard let rule = rule(node, at: path, queues: queues, fifoQueues: fifoQueues) else { continue }
      if let first = ruleNames[rule.name] {
        reader.error("duplicate rule \"\(rule.name)\" (first at \(first))", at: node, path: path)
      }
      ruleNames[rule.name] = path
      bus.rules.append(rule)
    }
    let limit = EventBridgeLimits.rulesPerBus(region: region)
    if bus.rules.count > limit, let node = object["rules"] {
      reader.error(
        "\(bus.rules.count) rules, above the \(limit) rules per event bus of this Region (S16a, adjustable)",
        at: node, path: object.path.appending("rules"), hint: "ask AWS for a quota increase, or split the bus"
      )
    }
    let wildcards = bus.rules.filter(\.pattern.usesWildcard).count
    if wildcards > EventBridgeLimits.wildcardRulesPerBus, let node = object["rules"] {
      reader.error(
        "\(wildcards) rules use wildcards; a bus allows \(EventBridgeLimits.wildcardRulesPerBus) (S16a, not adjustable)",
        at: node, path: object.path.appending("rules"))
    }
    if let archive = object.child("archive", keys: Self.archiveKeys) {
      bus.archive = self.archive(archive)
    }
    return bus
  }

  func eventType(_ node: JSONNode, at path: JSONPath) -> EventType? {
    guard let object = reader.object(node, at: path, keys: Self.eventTypeKeys) else { return nil }
    let name = object.string("name", required: true) ?? ""
    let source = object.string("source", required: true) ?? ""
    let detailType = object.string("detailType", required: true) ?? ""
    let rate = object.number("eventsPerSecond", required: true, range: 0...1e9, unit: "events/s")
    var profile = TimeProfile()
    if let profileReader = object.child("profile", keys: Self.profileKeys) {
      profile = self.profile(profileReader)
    }
    let entries = object.integer("entriesPerCall", range: EventBridgeLimits.entriesPerCall) ?? 1
    var size: Distribution?
    if let sizeNode = object["size"] {
      size = distribution(sizeNode, at: path.appending("size"), positive: true)
      if let mean = size?.mean, mean > Double(EventBridgeLimits.putEventsMaxBytes) {
        reader.error(
          "mean entry size \(Int(mean)) bytes exceeds PutEvents' 1 MB (S18)", at: sizeNode,
          path: path.appending("size"))
      }
    } else {
      object.missing("size", hint: "entry bytes (S35: source, detail-type, detail), e.g. 1200")
    }
    var samples: [JSONNode] = []
    for (sample, samplePath) in object.array("samples") ?? [] {
      guard case .object = sample.value else {
        reader.error(
          "a sample is an event's detail object, got \(sample.value.kindDescription)", at: sample,
          path: samplePath)
        continue
      }
      samples.append(sample)
    }
    var fields: [EventField] = []
    if let fieldsReader = object.child("fields", keys: object.node.fieldKeys(of: "fields")) {
      for member in fieldsReader.object.members {
        if let field = eventField(member.value, name: member.key, at: fieldsReader.path.appending(member.key))
        {
          fields.append(field)
        }
      }
    }
    if object.has("samples") && object.has("fields") {
      reader.error(
        "give samples or fields, not both", at: node, path: path,
        hint: "samples are drawn as they are; fields generate the detail")
    }
    let onThrottle = object.string("onThrottle", allowed: ["retry", "drop"]).flatMap(
      EventType.OnThrottle.init)
    guard let rate, let size else { return nil }
    return EventType(
      name: name, source: source, detailType: detailType, eventsPerSecond: rate, profile: profile,
      entriesPerCall: entries, size: size, samples: samples, fields: fields, onThrottle: onThrottle ?? .retry)
  }

  func eventField(_ node: JSONNode, name: String, at path: JSONPath) -> EventField? {
    guard let object = reader.object(node, at: path, keys: Self.eventFieldKeys) else { return nil }
    let components = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    if components.contains(where: \.isEmpty) {
      reader.error(
        "\"\(name)\" is not a dotted path under detail", at: node, path: path,
        hint: "for example \"order.status\"")
      return nil
    }
    let presence = object.number("presence", range: 0...1) ?? 1
    let kinds = ["oneOf", "distribution", "ipv4"].filter(object.has)
    guard kinds.count == 1 else {
      reader.error(
        kinds.isEmpty
          ? "a field needs a generator" : "a field has one generator, got \(kinds.joined(separator: ", "))",
        at: node, path: path,
        hint:
          "\"oneOf\": [values] (with \"weights\"), \"distribution\": a number distribution, or \"ipv4\": \"10.0.0.0/8\""
      )
      return nil
    }
    switch kinds[0] {
    case "oneOf":
      guard let values = object.array("oneOf"), !values.isEmpty else {
        if object.has("oneOf") {
          reader.error("needs at least one value", at: object["oneOf"], path: path.appending("oneOf"))
        }
        return nil
      }
      var weights: [Double] = []
      if let weightNodes = object.array("weights") {
        for (weightNode, weightPath) in weightNodes {
          if let weight = reader.number(weightNode, at: weightPath, range: 0...1e12, unit: "") {
            weights.append(weight)
          }
        }
        if weights.count != values.count {
          reader.error(
            "\(weights.count) weights for \(values.count) values", at: object["weights"],
            path: path.appending("weights"))
          return nil
        }
        if weights.reduce(0, +) <= 0 {
          reader.error("the weights sum to zero", at: object["weights"], path: path.appending("weights"))
          return nil
        }
      }
      return EventField(
        path: components, generator: .oneOf(values: values.map(\.0), weights: weights), presence: presence)
    case "distribution":
      guard let distributionNode = object["distribution"],
        let distribution = distribution(distributionNode, at: path.appending("distribution"), positive: false)
      else { return nil }
      let decimals = object.integer("decimals", range: 0...6) ?? 0
      return EventField(
        path: components, generator: .number(distribution, decimals: decimals), presence: presence)
    default:
      guard let text = object.string("ipv4") else { return nil }
      guard let (network, prefix) = Self.ipv4Block(text) else {
        reader.error(
          "\"\(text)\" is not an IPv4 CIDR block", at: object["ipv4"], path: path.appending("ipv4"),
          hint: "for example \"10.0.0.0/8\"")
        return nil
      }
      return EventField(
        path: components, generator: .ipv4(network: network, prefixLength: prefix), presence: presence)
    }
  }

  /// "a.b.c.d/n" → (network with host bits cleared, n); the address is read
  /// by the pattern matcher's parser (``PatternIPAddress``). Unlike a
  /// pattern's `cidr`, /32 is allowed: it generates one address.
  static func ipv4Block(_ text: String) -> (UInt32, Int)? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let prefix = Int(parts[1]), (0...32).contains(prefix), !parts[0].contains(":"),
      let address = PatternIPAddress.parse(String(parts[0])), address.isIPv4
    else { return nil }
    let mask: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << (32 - prefix)
    return (UInt32(truncatingIfNeeded: address.low) & mask, prefix)
  }

  func rule(_ node: JSONNode, at path: JSONPath, queues: [String], fifoQueues: Set<String>) -> EventRule? {
    guard let object = reader.object(node, at: path, keys: Self.ruleKeys) else { return nil }
    let name = object.string("name", required: true) ?? ""
    let enabled = object.bool("enabled") ?? true
    let pattern = self.pattern(object, at: path)
    var targets: [EventTarget] = []
    for (targetNode, targetPath) in object.array("targets", required: true) ?? [] {
      if let target = target(targetNode, at: targetPath, queues: queues) { targets.append(target) }
    }
    if let targetsNode = object["targets"] {
      if targets.count > EventBridgeLimits.targetsPerRule {
        reader.error(
          "\(targets.count) targets; a rule has at most \(EventBridgeLimits.targetsPerRule) (S16a, not adjustable)",
          at: targetsNode, path: path.appending("targets"))
      } else if targets.isEmpty && !reader.hasErrors {
        reader.error("a rule needs at least one target", at: targetsNode, path: path.appending("targets"))
      }
      var seen: Set<String> = []
      for target in targets where !seen.insert(target.name).inserted {
        reader.error(
          "two targets named \"\(target.name)\"", at: targetsNode, path: path.appending("targets"),
          hint: "give each target a \"name\"")
      }
    }
    var maxRetries = EventBridgeLimits.defaultRetryAttempts
    var maxAge = Double(EventBridgeLimits.defaultEventAge)
    if let policy = object.child("retryPolicy", keys: Self.retryPolicyKeys) {
      maxRetries = policy.integer("maxRetries", range: EventBridgeLimits.retryAttempts) ?? maxRetries
      let range =
        Double(EventBridgeLimits.eventAge.lowerBound)...Double(EventBridgeLimits.eventAge.upperBound)
      maxAge = duration(policy, "maxAge", range: range) ?? maxAge
    }
    var deadLetterQueue: String?
    if let dlq = object.string("deadLetterQueue") {
      deadLetterQueue = dlq
      if fifoQueues.contains(dlq) {
        reader.error(
          "a rule target's DLQ must be a standard queue, and \"\(dlq)\" is FIFO (S20)",
          at: object["deadLetterQueue"],
          path: path.appending("deadLetterQueue"))
      } else if !queues.contains(dlq) {
        reader.warning(
          "\"\(dlq)\" is not a queue of this workload: events sent to it are counted, not simulated",
          at: object["deadLetterQueue"], path: path.appending("deadLetterQueue"),
          hint: queues.isEmpty ? nil : "queues: " + queues.joined(separator: ", "))
      }
    }
    guard let pattern else { return nil }
    return EventRule(
      name: name, patternText: pattern.text, pattern: pattern.pattern, enabled: enabled, targets: targets,
      maxRetries: maxRetries, maxEventAgeSeconds: maxAge, deadLetterQueue: deadLetterQueue)
  }

  /// The `pattern` member compiled, its compact text within the quota.
  func pattern(_ object: JSONObjectReader, at path: JSONPath, required: Bool = true) -> (
    text: String, pattern: EventPattern
  )? {
    guard let node = object["pattern"] else {
      if required {
        object.missing("pattern", hint: "an event pattern, e.g. {\"source\": [\"orion.orders\"]}")
      }
      return nil
    }
    let text = node.compactText
    if text.count > EventBridgeLimits.patternCharacters {
      reader.error(
        "the pattern is \(text.count) characters; EventBridge allows \(EventBridgeLimits.patternCharacters) (S16a)",
        at: node, path: path.appending("pattern"))
    }
    do {
      return (text, try EventPattern(node, file: reader.file, path: path.appending("pattern")))
    } catch {
      reader.append(error.diagnostics)
      return nil
    }
  }

  func target(_ node: JSONNode, at path: JSONPath, queues: [String]) -> EventTarget? {
    guard let object = reader.object(node, at: path, keys: Self.targetKeys) else { return nil }
    if let queue = object.string("queue") {
      if !queues.contains(queue) {
        var hint =
          queues.isEmpty ? "the workload has no sqs section" : "queues: " + queues.joined(separator: ", ")
        if let guess = Suggestions.closest(to: queue, in: queues) { hint = "did you mean \"\(guess)\"?" }
        reader.error("no queue \"\(queue)\"", at: object["queue"], path: path.appending("queue"), hint: hint)
        return nil
      }
      for key in ["maxPerSecond", "failureProbability"] where object.has(key) {
        reader.error(
          "\"\(key)\" is for a sink; a queue target takes what SQS takes", at: object[key],
          path: path.appending(key))
      }
      return EventTarget(name: object.string("name") ?? queue, kind: .queue(queue))
    }
    guard let name = object.string("name", required: true) else { return nil }
    let limit = object.number("maxPerSecond", range: 0.001...1e9, unit: "invocations/s")
    let failure = object.number("failureProbability", range: 0...1) ?? 0
    return EventTarget(name: name, kind: .sink(maxPerSecond: limit, failureProbability: failure))
  }

  func archive(_ object: JSONObjectReader) -> EventArchive? {
    let retention = object.number("retentionDays", range: 1...36_500, unit: "days")
    if let compiled = pattern(object, at: object.path, required: false) {
      return EventArchive(patternText: compiled.text, pattern: compiled.pattern, retentionDays: retention)
    }
    if object.has("pattern") { return nil }
    // The seed's pattern: every event whose source starts with "orion.".
    guard let seed = try? EventPattern.parse(Self.seedArchivePattern) else { return nil }
    return EventArchive(patternText: Self.seedArchivePattern, pattern: seed, retentionDays: retention)
  }
}

extension JSONNode {
  /// The keys of the object under `key`, so that a map's own keys (field
  /// paths, which are free) are not reported as unknown.
  fileprivate func fieldKeys(of key: String) -> [String] {
    guard case .object(let object) = value, case .object(let inner)? = object[key]?.value else { return [] }
    return inner.keys
  }
}
