import Foundation
import SimKit

extension ReadingContext {
  static let kafkaKeys = [
    "availabilityZones", "properties", "clientConnections", "rackAwareConsumers",
    "brokerLogGBPerBrokerPerDay",
    "cpuModel", "topics", "consumerGroups",
  ]
  static let propertyKeys = [
    "default.replication.factor", "min.insync.replicas", "num.partitions", "log.retention.hours",
    "log.segment.bytes", "log.roll.ms", "log.retention.check.interval.ms", "auto.create.topics.enable",
    "message.max.bytes",
  ]
  static let topicKeys = [
    "name", "partitions", "replicationFactor", "config", "compressionRatio", "producers",
  ]
  static let topicConfigKeys = ["retention.ms", "retention.bytes", "segment.bytes", "segment.ms"]
  static let producerKeys = ["name", "messagesPerSecond", "messageSize", "profile"]
  static let groupKeys = ["name", "topics", "consumers", "capacityPerConsumer", "readsFromTip"]
  static let cpuKeys = ["networkBytesPerCoreSecond", "messagesPerCoreSecond", "idleFraction"]

  /// Kafka's `segment.bytes` is an int with a minimum of 14 (LogConfig, S15d).
  static let segmentBytesRange = 14.0...2_147_483_647.0

  func kafka(_ object: JSONObjectReader) -> KafkaWorkload {
    var kafka = KafkaWorkload()
    if let zones = object.integer("availabilityZones"), let zonesNode = object["availabilityZones"] {
      if MSKLimits.availabilityZoneCounts.contains(zones) {
        kafka.availabilityZones = zones
      } else {
        reader.error(
          "must be 2 or 3, got \(zones)", at: zonesNode, path: object.path.appending("availabilityZones"),
          hint: "MSK Standard clusters span 2 or 3 availability zones (S10b, S20)")
      }
    }
    if let properties = object.child("properties", keys: Self.propertyKeys) {
      kafka.properties = self.properties(properties)
    }
    kafka.clientConnections = object.integer("clientConnections", range: 0...10_000_000) ?? 0
    kafka.rackAwareConsumers = object.bool("rackAwareConsumers") ?? false
    kafka.brokerLogGBPerBrokerPerDay = object.number(
      "brokerLogGBPerBrokerPerDay", range: 0...10_000, unit: "GB")
    if let cpu = object.child("cpuModel", keys: Self.cpuKeys) {
      if let value = cpu.number("networkBytesPerCoreSecond", range: 1e3...1e12) {
        kafka.cpuModel.networkBytesPerCoreSecond = value
      }
      if let value = cpu.number("messagesPerCoreSecond", range: 1...1e10) {
        kafka.cpuModel.messagesPerCoreSecond = value
      }
      if let value = cpu.number("idleFraction", range: 0...0.9) { kafka.cpuModel.idleFraction = value }
    }
    for (node, path) in object.array("topics", required: true) ?? [] {
      if let topic = topic(node, at: path, properties: kafka.properties) { kafka.topics.append(topic) }
    }
    if object.has("topics") && kafka.topics.isEmpty && !reader.hasErrors {
      reader.error("needs at least one topic", at: object["topics"], path: object.path.appending("topics"))
    }
    var names: [String: JSONPath] = [:]
    for (topic, (node, path)) in zip(kafka.topics, object.array("topics") ?? []) {
      if let first = names[topic.name] {
        reader.error("duplicate topic \"\(topic.name)\" (first at \(first))", at: node, path: path)
      }
      names[topic.name] = path
    }
    let topicNames = kafka.topics.map(\.name)
    var groupNames: Set<String> = []
    for (node, path) in object.array("consumerGroups") ?? [] {
      guard let group = consumerGroup(node, at: path, topics: topicNames) else { continue }
      if !groupNames.insert(group.name).inserted {
        reader.error("duplicate consumer group \"\(group.name)\"", at: node, path: path)
      }
      kafka.consumerGroups.append(group)
    }
    return kafka
  }

  func properties(_ object: JSONObjectReader) -> KafkaServerProperties {
    var properties = KafkaServerProperties()
    if let value = object.integer("default.replication.factor", range: 1...32) {
      properties.defaultReplicationFactor = value
    }
    if let value = object.integer("min.insync.replicas", range: 1...32) {
      properties.minInsyncReplicas = value
    }
    if let value = object.integer("num.partitions", range: 1...100_000) { properties.numPartitions = value }
    if let value = object.number("log.retention.hours", range: 0.001...1e7, unit: "hours") {
      properties.retentionHours = value
    }
    if let value = bytes(object, "log.segment.bytes", range: Self.segmentBytesRange) {
      properties.segmentBytes = value
    }
    if let value = object.number("log.roll.ms", range: 1...1e13, unit: "ms") { properties.segmentMs = value }
    if let value = object.number("log.retention.check.interval.ms", range: 1...1e10, unit: "ms") {
      properties.retentionCheckIntervalMs = value
    }
    if let value = object.bool("auto.create.topics.enable") { properties.autoCreateTopics = value }
    if let value = bytes(object, "message.max.bytes", range: 1...1e9) { properties.messageMaxBytes = value }
    if properties.minInsyncReplicas > properties.defaultReplicationFactor,
      let node = object["min.insync.replicas"]
    {
      reader.error(
        "min.insync.replicas \(properties.minInsyncReplicas) exceeds default.replication.factor \(properties.defaultReplicationFactor): no write with acks=all could succeed",
        at: node, path: object.path.appending("min.insync.replicas"),
        hint: "AWS recommends min.insync.replicas ≤ RF − 1 (S2a)")
    }
    return properties
  }

  func topic(_ node: JSONNode, at path: JSONPath, properties: KafkaServerProperties) -> KafkaTopic? {
    guard let object = reader.object(node, at: path, keys: Self.topicKeys) else { return nil }
    let name = object.string("name", required: true) ?? ""
    if let nameNode = object["name"], !name.isEmpty, !Self.isValidTopicName(name) {
      reader.error(
        "\"\(name)\" is not a valid Kafka topic name", at: nameNode, path: path.appending("name"),
        hint: "up to 249 characters from a-z, A-Z, 0-9, '.', '_' and '-', not \".\" or \"..\"")
    }
    var topic = KafkaTopic(name: name)
    topic.partitions = object.integer("partitions", range: 1...200_000)
    if topic.partitions == nil && !object.has("partitions") && !properties.autoCreateTopics {
      reader.error(
        "needs \"partitions\": auto.create.topics.enable is false, so the topic must be created explicitly",
        at: node, path: path)
    }
    topic.replicationFactor = object.integer("replicationFactor", range: 1...32)
    let replication = topic.replicationFactor ?? properties.defaultReplicationFactor
    if replication < properties.minInsyncReplicas {
      reader.warning(
        "replication factor \(replication) is below min.insync.replicas \(properties.minInsyncReplicas): producers with acks=all cannot write",
        at: object["replicationFactor"] ?? node, path: path.appending("replicationFactor"))
    }
    if let config = object.child("config", keys: Self.topicConfigKeys) {
      if let node = config["retention.ms"] {
        if case .number(let number) = node.value, number.double == -1 {
          topic.retentionHours = .infinity
        } else if let ms = config.number("retention.ms", range: 1...1e13, unit: "ms") {
          topic.retentionHours = ms / 3_600_000
        }
      }
      if let node = config["retention.bytes"], case .number(let number) = node.value, number.double == -1 {
        topic.retentionBytes = nil
      } else {
        topic.retentionBytes = bytes(config, "retention.bytes", range: 1...1e15)
      }
      topic.segmentBytes = bytes(config, "segment.bytes", range: Self.segmentBytesRange)
      topic.segmentMs = config.number("segment.ms", range: 1...1e13, unit: "ms")
    }
    if topic.retentionHours == .infinity && topic.retentionBytes == nil {
      reader.warning(
        "retention.ms is -1 and retention.bytes is unset: the topic is never deleted and storage grows for ever",
        at: node, path: path.appending("config"))
    }
    topic.compressionRatio = object.number("compressionRatio", range: 0.01...1) ?? 1
    for (producerNode, producerPath) in object.array("producers") ?? [] {
      if let producer = producer(producerNode, at: producerPath, properties: properties) {
        topic.producers.append(producer)
      }
    }
    return topic
  }

  static func isValidTopicName(_ name: String) -> Bool {
    name.count <= 249 && name != "." && name != ".."
      && name.unicodeScalars.allSatisfy {
        $0.isASCII
          && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-")
      }
  }

  func producer(_ node: JSONNode, at path: JSONPath, properties: KafkaServerProperties) -> KafkaProducer? {
    guard let object = reader.object(node, at: path, keys: Self.producerKeys) else { return nil }
    let name = object.string("name", required: true) ?? ""
    let rate = object.number("messagesPerSecond", range: 0...1e10, unit: "messages/s")
    var profile = TimeProfile()
    if let profileReader = object.child("profile", keys: Self.profileKeys) {
      profile = self.profile(profileReader)
    }
    if profile.trace == nil && rate == nil && !object.has("messagesPerSecond") {
      object.missing("messagesPerSecond", hint: "give a mean rate, or a \"trace\" of rates in the profile")
    }
    if profile.trace != nil && object.has("messagesPerSecond") {
      reader.error(
        "give either messagesPerSecond or a trace, not both: the trace holds the rates",
        at: object["messagesPerSecond"],
        path: path.appending("messagesPerSecond"))
    }
    guard let sizeNode = object["messageSize"] else {
      object.missing(
        "messageSize", hint: "bytes, e.g. 512 or {\"lognormal\": {\"mean\": 800, \"p99\": 4000}}")
      return nil
    }
    guard let size = distribution(sizeNode, at: path.appending("messageSize"), positive: true) else {
      return nil
    }
    if let mean = size.mean, mean > properties.messageMaxBytes {
      reader.error(
        "mean message size \(Int(mean)) bytes exceeds message.max.bytes \(Int(properties.messageMaxBytes))",
        at: sizeNode,
        path: path.appending("messageSize"))
    }
    return KafkaProducer(name: name, messagesPerSecond: rate, messageSize: size, profile: profile)
  }

  func consumerGroup(_ node: JSONNode, at path: JSONPath, topics: [String]) -> ConsumerGroup? {
    guard let object = reader.object(node, at: path, keys: Self.groupKeys) else { return nil }
    let name = object.string("name", required: true) ?? ""
    var subscribed: [String] = []
    for (topicNode, topicPath) in object.array("topics", required: true) ?? [] {
      guard let topic = reader.string(topicNode, at: topicPath) else { continue }
      if !topics.contains(topic) {
        var hint = "topics: " + topics.joined(separator: ", ")
        if let guess = Suggestions.closest(to: topic, in: topics) { hint = "did you mean \"\(guess)\"?" }
        reader.error("no topic \"\(topic)\" in kafka.topics", at: topicNode, path: topicPath, hint: hint)
      }
      subscribed.append(topic)
    }
    let consumers = object.integer("consumers", required: true, range: 1...100_000) ?? 1
    var capacity = ConsumerGroup.Capacity.messagesPerSecond(1)
    if let capacityReader = object.child(
      "capacityPerConsumer", required: true, keys: ["messagesPerSecond", "megabytesPerSecond"])
    {
      let messages = capacityReader.number("messagesPerSecond", range: 1e-6...1e9, unit: "messages/s")
      let megabytes = capacityReader.number("megabytesPerSecond", range: 1e-6...1e6, unit: "MB/s")
      switch (messages, megabytes) {
      case (let m?, nil): capacity = .messagesPerSecond(m)
      case (nil, let mb?): capacity = .megabytesPerSecond(mb)
      case (.some, .some):
        reader.error(
          "give messagesPerSecond or megabytesPerSecond, not both", at: capacityReader.node,
          path: capacityReader.path)
      case (nil, nil):
        if !capacityReader.has("messagesPerSecond") && !capacityReader.has("megabytesPerSecond") {
          reader.error(
            "needs messagesPerSecond or megabytesPerSecond", at: capacityReader.node,
            path: capacityReader.path)
        }
      }
    }
    let tip = object.bool("readsFromTip") ?? true
    return ConsumerGroup(
      name: name, topics: subscribed, consumers: consumers, capacityPerConsumer: capacity, readsFromTip: tip)
  }
}
