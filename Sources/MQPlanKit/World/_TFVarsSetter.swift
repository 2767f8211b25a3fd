/// Sets the sizing variables of one tfvars file on a configuration, from
/// values already converted to their types (`TerraformType.convert`), and
/// records the file and location of each value in `origins` and
/// `locations`.
///
/// What is left to check here is what Terraform's types cannot say: that
/// a count or a number of seconds is a whole number.
struct _TFVarsSetter {
  let file: String
  var configuration: Configuration
  /// Errors found (whole numbers only), with file, line and column.
  var diagnostics: [Diagnostic] = []

  init(file: String, configuration: Configuration) {
    self.file = file
    self.configuration = configuration
  }

  /// Sets sizing variable `name` from its converted value.
  ///
  /// - Precondition: `name` is a sizing variable of ``SeedModule`` and
  ///   `node` has its type (null only where it is nullable).
  mutating func set(_ name: String, _ node: HCLNode) {
    let path = JSONPath([.key(name)])
    switch name {
    case "kafka_version": if let value = text(node, path) { configuration.msk.kafkaVersion = value }
    case "broker_count": if let value = whole(node, path) { configuration.msk.brokerCount = value }
    case "broker_instance_type":
      if let value = text(node, path) { configuration.msk.brokerInstanceType = value }
    case "broker_volume_size": if let value = whole(node, path) { configuration.msk.brokerVolumeSize = value }
    case "enable_provisioned_throughput":
      if let value = flag(node, path) { configuration.msk.enableProvisionedThroughput = value }
    case "volume_throughput": if let value = whole(node, path) { configuration.msk.volumeThroughput = value }
    case "enhanced_monitoring_level":
      if let value = text(node, path) { configuration.msk.enhancedMonitoringLevel = value }
    case "use_serverless": if let value = flag(node, path) { configuration.msk.useServerless = value }
    case "log_retention_days":
      // null: the log group's events never expire, which CloudWatch spells 0.
      if let value = whole(node, path, null: 0) { configuration.msk.logRetentionDays = value }
    case "archive_retention_days":
      // null: no retention_days, so the archive keeps events indefinitely (0).
      if let value = whole(node, path, null: 0) { configuration.eventBridge.archiveRetentionDays = value }
    case "queues": queues(node, path)
    case "event_rules": eventRules(node, path)
    default: preconditionFailure("\(name) is not a sizing variable")
    }
  }

  /// `queues`: the whole map, replacing every queue set before.
  private mutating func queues(_ node: HCLNode, _ path: JSONPath) {
    guard case .object(let entries) = node.value else { return }
    forget(under: "queues")
    record(path, node)
    var queues: [String: SQSQueueConfiguration] = [:]
    for entry in entries {
      guard case .object(let attributes) = entry.value.value else { continue }
      record(path.appending(entry.key), entry.value)
      var queue = SQSQueueConfiguration()
      for attribute in attributes {
        let at = path.appending(entry.key).appending(attribute.key)
        let given = attribute.value
        // A null among the first five keeps the default, which is AWS's.
        switch attribute.key {
        case "visibility_timeout":
          if let value = whole(given, at, null: queue.visibilityTimeout) { queue.visibilityTimeout = value }
        case "retention_seconds":
          if let value = whole(given, at, null: queue.retentionSeconds) { queue.retentionSeconds = value }
        case "max_message_size":
          if let value = whole(given, at, null: queue.maxMessageSize) { queue.maxMessageSize = value }
        case "delay_seconds":
          if let value = whole(given, at, null: queue.delaySeconds) { queue.delaySeconds = value }
        case "receive_wait_time":
          if let value = whole(given, at, null: queue.receiveWaitTime) { queue.receiveWaitTime = value }
        case "max_receive_count": if let value = whole(given, at) { queue.maxReceiveCount = value }
        case "use_sqs_managed_sse": if let value = flag(given, at) { queue.useSQSManagedSSE = value }
        case "enable_dlq": if let value = flag(given, at) { queue.enableDLQ = value }
        case "fifo": if let value = flag(given, at) { queue.fifo = value }
        case "depth_threshold":
          if case .number(let number) = given.value {
            queue.depthThreshold = number.double
            record(at, given)
          }
        default: break
        }
      }
      queues[entry.key] = queue
    }
    configuration.queues = queues
  }

  /// `event_rules`: every rule's retry policy, replacing all set before.
  /// The rest of each rule (pattern, target, DLQ) stays the workload's.
  private mutating func eventRules(_ node: HCLNode, _ path: JSONPath) {
    guard case .object(let rules) = node.value else { return }
    forget(under: "event_rules")
    record(path, node)
    var policies: [String: EventBridgeConfiguration.RetryPolicy] = [:]
    for rule in rules {
      guard let retry = rule.value.value["retry_policy"] else { continue }
      record(path.appending(rule.key), rule.value)
      let at = path.appending(rule.key).appending("retry_policy")
      // A null policy, or a null attribute of one: AWS's default.
      let retries = retry.value["max_retries"] ?? retry
      let age = retry.value["max_age"] ?? retry
      policies[rule.key] = EventBridgeConfiguration.RetryPolicy(
        maxRetries: whole(retries, at.appending("max_retries"), null: EventBridgeLimits.defaultRetryAttempts),
        maxEventAgeSeconds: whole(age, at.appending("max_age"), null: EventBridgeLimits.defaultEventAge))
    }
    configuration.eventBridge.retryPolicies = policies
  }

  // MARK: - Values

  /// A string, recorded.
  private mutating func text(_ node: HCLNode, _ path: JSONPath) -> String? {
    guard case .string(let value) = node.value else { return nil }
    record(path, node)
    return value
  }

  /// A boolean, recorded.
  private mutating func flag(_ node: HCLNode, _ path: JSONPath) -> Bool? {
    guard case .bool(let value) = node.value else { return nil }
    record(path, node)
    return value
  }

  /// A whole number (what AWS's integer arguments take; Terraform's
  /// `number` also allows fractions), recorded; for `null`, the value
  /// given as `null`. An error, and `nil`, for a fraction.
  private mutating func whole(_ node: HCLNode, _ path: JSONPath, null: Int? = nil) -> Int? {
    let value: Int
    switch node.value {
    case .null:
      guard let null else { return nil }
      value = null
    case .number(let number):
      guard number.double == number.double.rounded(), abs(number.double) <= 9_007_199_254_740_992 else {
        diagnostics.append(
          Diagnostic(
            .error, file: file, location: node.location, path: path,
            message: "must be a whole number, got \(number.text)", hint: "AWS takes an integer here"))
        return nil
      }
      value = Int(number.double)
    default: return nil
    }
    record(path, node)
    return value
  }

  /// Notes that the value at `path` came from this file, at `node`.
  private mutating func record(_ path: JSONPath, _ node: HCLNode) {
    configuration.origins[path.description] = file
    configuration.locations[path.description] = node.location
  }

  /// Drops the origins of a map's entries that a file replaces.
  private mutating func forget(under name: String) {
    for key in configuration.origins.keys
    where key == name || key.hasPrefix(name + ".") || key.hasPrefix(name + "[") {
      configuration.origins[key] = nil
      configuration.locations[key] = nil
    }
  }
}
