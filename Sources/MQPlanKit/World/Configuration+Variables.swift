/// One module variable's value in a configuration, for reports.
public struct ConfigurationVariable: Sendable, Hashable {
  /// `msk`, `sqs` or `eventbridge`.
  public var module: String
  /// The variable's path: `broker_count`, `queues.jobs.visibility_timeout`,
  /// `event_rules.r.retry_policy.max_retries`.
  public var name: String
  /// The value as HCL prints it.
  public var value: String
  /// "default", "workload" (an EventBridge value the workload gives),
  /// "--set", or the tfvars file.
  public var origin: String
}

extension Configuration {
  /// Every variable that matters for `workload`, with its value and where
  /// it came from: the msk variables when it has Kafka traffic, each of
  /// its queues' attributes, and its bus's archive retention and retry
  /// policies after the overrides.
  ///
  /// - Complexity: O(*n*) in the number of queues and rules.
  public func variables(for workload: Workload) -> [ConfigurationVariable] {
    var variables: [ConfigurationVariable] = []
    if workload.kafka != nil {
      variables += mskVariables.map {
        ConfigurationVariable(
          module: "msk", name: $0.name, value: $0.value, origin: origins[$0.name] ?? "default")
      }
    }
    for queue in workload.sqs?.queues ?? [] {
      for attribute in self.queue(queue.name).variables {
        let name = JSONPath([.key("queues"), .key(queue.name), .key(attribute.name)]).description
        variables.append(
          ConfigurationVariable(
            module: "sqs", name: name, value: attribute.value, origin: origins[name] ?? "default"))
      }
    }
    if let bus = workload.eventBridge.map(eventBridge.applied(to:)) {
      if let archive = bus.archive {
        let days = archive.retentionDays.map { HCLNumber.canonicalText($0) } ?? "0"
        variables.append(
          ConfigurationVariable(
            module: "eventbridge", name: "archive_retention_days", value: days,
            origin: origins["archive_retention_days"] ?? "workload"))
      }
      for rule in bus.rules {
        for (attribute, value) in [
          ("max_retries", Double(rule.maxRetries)), ("max_age", rule.maxEventAgeSeconds),
        ] {
          let name = EventBridgeConfiguration.path(rule: rule.name, attribute: attribute)
          variables.append(
            ConfigurationVariable(
              module: "eventbridge", name: name, value: HCLNumber.canonicalText(value),
              origin: origins[name] ?? "workload"))
        }
      }
    }
    return variables
  }
}
