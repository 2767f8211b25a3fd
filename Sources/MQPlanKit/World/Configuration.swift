/// The modules' variable values a run evaluates: defaults, then tfvars,
/// then `--set`, later ones winning.
public struct Configuration: Sendable, Hashable {
  public var msk = MSKConfiguration()
  /// The sqs module's `queues` map: queues without an entry use the defaults.
  public var queues: [String: SQSQueueConfiguration] = [:]
  /// The eventbridge module's archive retention and retry policies, which
  /// override the workload's bus.
  public var eventBridge = EventBridgeConfiguration()
  /// Where each variable's value came from ("default", "--set", a file),
  /// by variable path (`broker_count`, `queues.orders.visibility_timeout`,
  /// `event_rules.r.retry_policy.max_retries`). A variable without an
  /// entry has its default. `queues` and `event_rules` themselves have an
  /// entry when a tfvars file set the whole map.
  public var origins: [String: String] = [:]
  /// Where in its tfvars file each value set from a file starts, by the
  /// same paths as ``origins``: for diagnostics about the value.
  package var locations: [String: SourceLocation] = [:]

  public init() {}

  /// The msk variables in the module's order, with their values as HCL
  /// would print them.
  public var mskVariables: [(name: String, value: String)] {
    [
      ("kafka_version", "\"\(msk.kafkaVersion)\""), ("broker_count", "\(msk.brokerCount)"),
      ("broker_instance_type", "\"\(msk.brokerInstanceType)\""),
      ("broker_volume_size", "\(msk.brokerVolumeSize)"),
      ("enable_provisioned_throughput", "\(msk.enableProvisionedThroughput)"),
      ("volume_throughput", "\(msk.volumeThroughput)"),
      ("enhanced_monitoring_level", "\"\(msk.enhancedMonitoringLevel)\""),
      ("use_serverless", "\(msk.useServerless)"),
      ("log_retention_days", "\(msk.logRetentionDays)"),
    ]
  }

  /// The configuration of queue `name` (defaults unless set).
  public func queue(_ name: String) -> SQSQueueConfiguration { queues[name] ?? SQSQueueConfiguration() }

  /// Variables the configuration understands, for "did you mean".
  public static let variableNames = [
    "kafka_version", "broker_count", "broker_instance_type", "broker_volume_size",
    "enable_provisioned_throughput",
    "volume_throughput", "enhanced_monitoring_level", "use_serverless", "log_retention_days",
    "archive_retention_days",
  ]

  /// Sets one variable from its text, as `--set name=value` gives it.
  ///
  /// - Throws: ``InputError`` naming the variable, what was wrong and what
  ///   would be valid.
  public mutating func set(_ assignment: String, origin: String = "--set") throws(InputError) {
    guard let equals = assignment.firstIndex(of: "=") else {
      throw InputError(
        Diagnostic(
          path: origin, message: "\"\(assignment)\" is not name=value",
          hint: "for example --set broker_count=6"))
    }
    let name = String(assignment[..<equals]).trimmingCharacters(in: .whitespaces)
    var value = String(assignment[assignment.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
    if value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") {
      value = String(value.dropFirst().dropLast())
    }
    func fail(_ message: String, _ hint: String? = nil) -> InputError {
      InputError(Diagnostic(path: "\(origin) \(name)", message: message, hint: hint))
    }
    if name.hasPrefix("queues.") {
      let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 3, !parts[1].isEmpty else {
        throw fail(
          "queue attributes are set as queues.<queue>.<attribute>",
          "for example --set queues.orders.visibility_timeout=60")
      }
      var queue = self.queue(parts[1])
      try queue.set(parts[2], value, path: "\(origin) \(name)")
      queues[parts[1]] = queue
      origins[name] = origin
      locations[name] = nil
      return
    }
    if name == "archive_retention_days" || name.hasPrefix("event_rules.") {
      let key = try eventBridge.set(name, value, path: "\(origin) \(name)")
      origins[key] = origin
      locations[key] = nil
      return
    }
    func integer() throws(InputError) -> Int {
      guard let number = Int(value) else { throw fail("must be a whole number, got \"\(value)\"") }
      return number
    }
    func boolean() throws(InputError) -> Bool {
      switch value {
      case "true": return true
      case "false": return false
      default: throw fail("must be true or false, got \"\(value)\"")
      }
    }
    switch name {
    case "kafka_version": msk.kafkaVersion = value
    case "broker_count": msk.brokerCount = try integer()
    case "broker_instance_type": msk.brokerInstanceType = value
    case "broker_volume_size": msk.brokerVolumeSize = try integer()
    case "enable_provisioned_throughput": msk.enableProvisionedThroughput = try boolean()
    case "volume_throughput": msk.volumeThroughput = try integer()
    case "enhanced_monitoring_level": msk.enhancedMonitoringLevel = value
    case "use_serverless": msk.useServerless = try boolean()
    case "log_retention_days": msk.logRetentionDays = try integer()
    default:
      var hint =
        "variables: " + Self.variableNames.joined(separator: ", ")
        + ", queues.<queue>.<attribute>, event_rules.<rule>.maximum_retry_attempts, event_rules.<rule>.maximum_event_age_in_seconds"
      if let guess = Suggestions.closest(to: name, in: Self.variableNames) { hint = "did you mean \(guess)?" }
      throw fail("unknown variable", hint)
    }
    origins[name] = origin
    locations[name] = nil
  }

  /// `error` with file, line and column added to each diagnostic about a
  /// value that came from a tfvars file (the validators name variables by
  /// path only).
  package func locating(_ error: InputError) -> InputError {
    InputError(
      error.diagnostics.map { diagnostic in
        guard diagnostic.file == nil, let path = diagnostic.path, let location = locations[path],
          let file = origins[path]
        else { return diagnostic }
        var located = diagnostic
        located.file = file
        located.line = location.line
        located.column = location.column
        return located
      })
  }
}
