import SimKit

extension ReadingContext {
  static let sqsKeys = ["queues"]
  static let queueKeys = ["name", "fifo", "producers", "consumers"]
  static let sqsProducerKeys = [
    "name", "messagesPerSecond", "messageSize", "batchSize", "profile", "messageGroups",
  ]
  static let sqsConsumerKeys = [
    "count", "scaling", "receiveBatchSize", "processingTime", "failureProbability", "poisonShare",
    "pollInterval",
  ]
  static let scalingKeys = ["min", "max", "targetBacklogPerConsumer", "reactionDelay"]

  func sqs(_ object: JSONObjectReader) -> SQSWorkload {
    var sqs = SQSWorkload()
    var seen: [String: JSONPath] = [:]
    for (node, path) in object.array("queues", required: true) ?? [] {
      guard let queue = queue(node, at: path) else { continue }
      if let first = seen[queue.name] {
        reader.error("duplicate queue \"\(queue.name)\" (first at \(first))", at: node, path: path)
      }
      seen[queue.name] = path
      sqs.queues.append(queue)
    }
    if object.has("queues") && sqs.queues.isEmpty && !reader.hasErrors {
      reader.error("needs at least one queue", at: object["queues"], path: object.path.appending("queues"))
    }
    return sqs
  }

  func queue(_ node: JSONNode, at path: JSONPath) -> SQSQueueWorkload? {
    guard let object = reader.object(node, at: path, keys: Self.queueKeys) else { return nil }
    let name = object.string("name", required: true) ?? ""
    if let nameNode = object["name"], !name.isEmpty,
      !(name.count <= 75
        && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    {
      // The module names the queue "<project>-<environment>-<key>": the key
      // must leave room within SQS's 80 characters of [A-Za-z0-9_-].
      reader.error(
        "\"\(name)\" cannot be part of an SQS queue name", at: nameNode, path: path.appending("name"),
        hint:
          "letters, digits, '-' and '_' only, and short enough for <project>-<environment>-\(name) to fit in 80"
      )
    }
    let fifo = object.bool("fifo") ?? false
    var producers: [SQSProducer] = []
    for (producerNode, producerPath) in object.array("producers") ?? [] {
      if let producer = sqsProducer(producerNode, at: producerPath, fifo: fifo) { producers.append(producer) }
    }
    guard let consumersReader = object.child("consumers", required: true, keys: Self.sqsConsumerKeys),
      let consumers = sqsConsumers(consumersReader)
    else { return nil }
    return SQSQueueWorkload(name: name, fifo: fifo, producers: producers, consumers: consumers)
  }

  func sqsProducer(_ node: JSONNode, at path: JSONPath, fifo: Bool) -> SQSProducer? {
    guard let object = reader.object(node, at: path, keys: Self.sqsProducerKeys) else { return nil }
    let name = object.string("name", required: true) ?? ""
    let rate = object.number("messagesPerSecond", required: true, range: 0...1e9, unit: "messages/s")
    let batch = object.integer("batchSize", range: 1...10) ?? 1
    var profile = TimeProfile()
    if let profileReader = object.child("profile", keys: Self.profileKeys) {
      profile = self.profile(profileReader)
    }
    if profile.trace != nil {
      reader.error(
        "SQS producers take a mean rate and a shape, not a trace (traces are for Kafka producers in this version)",
        at: object["profile"], path: path.appending("profile"))
    }
    let groups = object.integer("messageGroups", range: 1...1_000_000) ?? 1
    if object.has("messageGroups") && !fifo {
      reader.error(
        "message groups apply to FIFO queues only", at: object["messageGroups"],
        path: path.appending("messageGroups"), hint: "set \"fifo\": true on the queue")
    }
    guard let sizeNode = object["messageSize"] else {
      object.missing(
        "messageSize", hint: "bytes, e.g. 2048 or {\"lognormal\": {\"mean\": 2000, \"p99\": 9000}}")
      return nil
    }
    guard let size = distribution(sizeNode, at: path.appending("messageSize"), positive: true), let rate
    else { return nil }
    if let mean = size.mean, mean > Double(SQSLimits.maxMessageSize.upperBound) {
      reader.error(
        "mean message size \(Int(mean)) bytes exceeds SQS's 1 MiB limit (S1)", at: sizeNode,
        path: path.appending("messageSize"))
    }
    return SQSProducer(
      name: name, messagesPerSecond: rate, messageSize: size, batchSize: batch, profile: profile,
      messageGroups: groups)
  }

  func sqsConsumers(_ object: JSONObjectReader) -> SQSConsumers? {
    var count = object.integer("count", range: 0...100_000)
    var scaling: SQSConsumers.Scaling?
    if let scalingReader = object.child("scaling", keys: Self.scalingKeys) {
      let minimum = scalingReader.integer("min", required: true, range: 0...100_000)
      let maximum = scalingReader.integer("max", required: true, range: 1...100_000)
      let target = scalingReader.number(
        "targetBacklogPerConsumer", required: true, range: 0.001...1e9, unit: "messages")
      let delay = duration(scalingReader, "reactionDelay", range: 0...86_400) ?? 300
      if let minimum, let maximum, let target {
        if minimum > maximum {
          reader.error(
            "min (\(minimum)) is above max (\(maximum))", at: scalingReader.node, path: scalingReader.path)
        } else {
          scaling = SQSConsumers.Scaling(
            minimum: minimum, maximum: maximum, targetBacklogPerConsumer: target, reactionDelay: delay)
          if count == nil { count = minimum }
        }
      }
    }
    if count == nil && scaling == nil && !object.has("scaling") {
      object.missing(
        "count",
        hint: "a fixed number of consumers, or \"scaling\": {\"min\", \"max\", \"targetBacklogPerConsumer\"}")
    }
    let batch = object.integer("receiveBatchSize", range: 1...10) ?? 10
    guard let timeNode = object["processingTime"] else {
      object.missing(
        "processingTime",
        hint: "seconds per message, e.g. 0.2 or {\"lognormal\": {\"mean\": 0.2, \"p99\": 1.5}}")
      return nil
    }
    guard let processing = distribution(timeNode, at: object.path.appending("processingTime"), positive: true)
    else { return nil }
    let failure = object.number("failureProbability", range: 0...1) ?? 0
    let poison = object.number("poisonShare", range: 0...1) ?? 0
    let poll = duration(object, "pollInterval", range: 0.001...3_600) ?? 1
    return SQSConsumers(
      count: count ?? 0, scaling: scaling, receiveBatchSize: batch, processingTime: processing,
      failureProbability: failure,
      poisonShare: poison, pollIntervalSeconds: poll)
  }
}
