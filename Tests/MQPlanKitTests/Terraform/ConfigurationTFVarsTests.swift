import Testing

@testable import MQPlanKit

/// A complete `queues` entry for tfvars, with some attributes replaced.
func queueEntry(_ overrides: [String: String] = [:]) -> String {
  let values = SQSQueueConfiguration().variables.map { ($0.name, overrides[$0.name] ?? $0.value) }
  return "{\n" + values.map { "    \($0.0) = \($0.1)" }.joined(separator: "\n") + "\n  }"
}

/// Reading tfvars into a configuration. Oracle: Terraform's layering
/// rules (later `-var-file`s win variable by variable; a map set again is
/// replaced whole, not merged; `-var` wins over files), the seed's
/// modules for which variables exist, and hand-written expected values.
@Suite("Configuration from tfvars: precedence, origins, warnings and errors")
struct ConfigurationTFVarsTests {
  static let base = """
    project              = "orion"
    kafka_version        = "3.6.0"
    broker_count         = 6
    broker_volume_size   = 1000
    private_subnet_ids   = ["subnet-a", "subnet-b", "subnet-c"]
    queues = {
      orders = \(queueEntry(["visibility_timeout": "120"]))
      jobs   = \(queueEntry())
    }
    """
  static let prod = """
    broker_count = "9"
    environment  = "prod"
    queues = {
      orders = \(queueEntry(["visibility_timeout": "300", "max_receive_count": "3"]))
    }
    """

  @Test("defaults ← first file ← second file ← --set, each value's origin recorded")
  func precedence() throws {
    let files = [
      try TFVarsReader.parse(Self.base, file: "base.tfvars"),
      try TFVarsReader.parse(Self.prod, file: "prod.tfvars"),
    ]
    let (configuration, warnings, unused) = try Configuration.layered(
      files, sets: ["broker_volume_size=2000", "queues.orders.delay_seconds=5"])
    #expect(configuration.msk.kafkaVersion == "3.6.0")
    #expect(configuration.msk.brokerCount == 9)
    #expect(configuration.msk.brokerVolumeSize == 2000)
    #expect(configuration.msk.brokerInstanceType == "kafka.m5.large")
    #expect(configuration.origins["kafka_version"] == "base.tfvars")
    #expect(configuration.origins["broker_count"] == "prod.tfvars")
    #expect(configuration.origins["broker_volume_size"] == "--set")
    #expect(configuration.origins["broker_instance_type"] == nil)
    // prod.tfvars sets queues again: Terraform replaces the whole map, so
    // jobs is gone and orders has prod's values, then --set's.
    #expect(configuration.queues.keys.sorted() == ["orders"])
    let orders = configuration.queue("orders")
    #expect(orders.visibilityTimeout == 300 && orders.maxReceiveCount == 3 && orders.delaySeconds == 5)
    #expect(configuration.origins["queues.orders.visibility_timeout"] == "prod.tfvars")
    #expect(configuration.origins["queues.orders.delay_seconds"] == "--set")
    #expect(configuration.origins["queues.jobs.visibility_timeout"] == nil)
    #expect(configuration.locations["broker_count"] == SourceLocation(line: 1, column: 16))
    // No warnings; the identity and naming variables of both files, once.
    #expect(warnings.isEmpty)
    #expect(unused == ["project", "private_subnet_ids", "environment"])
    #expect(
      Configuration.unusedNote(unused)?.description
        == "note: type-checked but not simulated (identity, network and naming inputs, and what the workload's rules decide): project, private_subnet_ids, environment"
    )
  }

  @Test("An unknown variable: a warning at its name, with a suggestion; the rest still applies")
  func unknownVariable() throws {
    var configuration = Configuration()
    let file = try TFVarsReader.parse(
      "broker_count = 6\n  broker_cuont = 9\nzzz_unrelated = 1\n", file: "u.tfvars")
    let outcome = try configuration.apply(file)
    #expect(configuration.msk.brokerCount == 6)
    #expect(
      outcome.warnings.map(\.description) == [
        "u.tfvars:2:3: warning: broker_cuont: no module of the seed uses this variable; it is ignored (did you mean broker_count?)",
        "u.tfvars:3:1: warning: zzz_unrelated: no module of the seed uses this variable; it is ignored (mqplan knows the variables of the seed's msk, sqs and eventbridge modules)",
      ])
  }

  @Test("A type error: every error with file, line, column and path; the configuration is unchanged")
  func typeErrors() throws {
    var configuration = Configuration()
    let file = try TFVarsReader.parse(
      "broker_count = 6\nuse_serverless = \"yes\"\nqueues = { orders = { fifo = true } }\nbroker_volume_size = 10.5\n",
      file: "e.tfvars")
    let error = try #require(throws: InputError.self) { try configuration.apply(file) }
    #expect(
      error.diagnostics.map(\.description) == [
        #"e.tfvars:2:18: error: use_serverless: expected bool, found a string ("yes") (write true or false)"#,
        "e.tfvars:3:21: error: queues.orders: missing visibility_timeout, retention_seconds, max_message_size, delay_seconds, receive_wait_time, use_sqs_managed_sse, enable_dlq, max_receive_count, depth_threshold: the seed's object type has no optional attributes, so Terraform requires every one",
        "e.tfvars:4:22: error: broker_volume_size: must be a whole number, got 10.5 (AWS takes an integer here)",
      ])
    #expect(configuration == Configuration())
  }

  @Test("A .tfvars.json file gives the same configuration as its HCL form")
  func jsonEqualsHCL() throws {
    let hcl = """
      broker_count = 6
      enhanced_monitoring_level = "DEFAULT"
      log_retention_days = null
      queues = { orders = \(queueEntry(["retention_seconds": "null", "depth_threshold": "2.5"])) }
      archive_retention_days = 7
      event_rules = {
        r = {
          description = null, pattern = { source = ["orion.orders"] }, enabled = true
          target_arn = "arn:aws:sqs:us-east-1:1:q", target_type = "sqs", message_group_id = null
          retry_policy = { max_age = 600, max_retries = "3" }, dlq_arn = null
        }
      }
      """
    let json = """
      {
        "broker_count": 6, "enhanced_monitoring_level": "DEFAULT", "log_retention_days": null,
        "queues": {"orders": {"visibility_timeout": 30, "retention_seconds": null, "max_message_size": 1048576,
          "delay_seconds": 0, "receive_wait_time": 0, "use_sqs_managed_sse": true, "enable_dlq": true,
          "max_receive_count": 10, "fifo": false, "depth_threshold": 2.5}},
        "archive_retention_days": 7,
        "event_rules": {"r": {"description": null, "pattern": {"source": ["orion.orders"]}, "enabled": true,
          "target_arn": "arn:aws:sqs:us-east-1:1:q", "target_type": "sqs", "message_group_id": null,
          "retry_policy": {"max_age": 600, "max_retries": "3"}, "dlq_arn": null}}
      }
      """
    var fromHCL = Configuration()
    var fromJSON = Configuration()
    _ = try fromHCL.apply(try TFVarsReader.parse(hcl, file: "v.tfvars"))
    _ = try fromJSON.apply(try TFVarsReader.parseJSON(json, file: "v.tfvars.json"))
    #expect(fromHCL.msk == fromJSON.msk)
    #expect(fromHCL.queues == fromJSON.queues)
    #expect(fromHCL.eventBridge == fromJSON.eventBridge)
    #expect(fromHCL.origins.keys.sorted() == fromJSON.origins.keys.sorted())
    #expect(Set(fromJSON.origins.values) == ["v.tfvars.json"])
    // And the values are the ones written, nulls giving AWS's defaults.
    #expect(fromHCL.msk.brokerCount == 6 && fromHCL.msk.logRetentionDays == 0)
    #expect(fromHCL.queue("orders").retentionSeconds == SQSLimits.defaultRetention)
    #expect(fromHCL.queue("orders").depthThreshold == 2.5)
    #expect(fromHCL.eventBridge.archiveRetentionDays == 7)
    #expect(
      fromHCL.eventBridge.retryPolicies == ["r": .init(maxRetries: 3, maxEventAgeSeconds: 600)])
  }

  @Test("A null retry_policy, or a null attribute of one, is AWS's default, not the workload's")
  func nullRetryPolicy() throws {
    var configuration = Configuration()
    let rule =
      #"pattern = {}, enabled = true, target_arn = "x", target_type = "sqs", message_group_id = null, dlq_arn = null, description = "d""#
    _ = try configuration.apply(
      try TFVarsReader.parse(
        """
        event_rules = {
          a = { \(rule), retry_policy = null }
          b = { \(rule), retry_policy = { max_age = 120, max_retries = null } }
        }
        """, file: "r.tfvars"))
    #expect(configuration.eventBridge.retryPolicies["a"] == .awsDefault)
    #expect(configuration.eventBridge.retryPolicies["b"] == .init(maxRetries: 185, maxEventAgeSeconds: 120))
    #expect(configuration.origins["event_rules.a.retry_policy.max_age"] == "r.tfvars")
  }

  @Test("--set accepts the archive and both spellings of a rule's retry attributes")
  func setEventBridge() throws {
    var configuration = Configuration()
    try configuration.set("archive_retention_days=0")
    try configuration.set("event_rules.orders.v2.maximum_retry_attempts=4")
    try configuration.set("event_rules.orders.v2.retry_policy.max_age=900")
    try configuration.set("event_rules.audit.maximum_event_age_in_seconds=60")
    #expect(configuration.eventBridge.archiveRetentionDays == 0)
    #expect(
      configuration.eventBridge.retryPolicies["orders.v2"] == .init(maxRetries: 4, maxEventAgeSeconds: 900))
    #expect(configuration.eventBridge.retryPolicies["audit"] == .init(maxEventAgeSeconds: 60))
    #expect(configuration.origins[#"event_rules["orders.v2"].retry_policy.max_retries"#] == "--set")
    let error = try #require(throws: InputError.self) {
      try configuration.set("event_rules.orders.max_retry=four")
    }
    #expect(
      error.diagnostics.first?.hint
        == "for example --set event_rules.orders-to-queue.maximum_retry_attempts=3")
    #expect(throws: InputError.self) { try configuration.set("archive_retention_days=seven") }
  }

  @Test("The validators' problems point at the tfvars value they are about")
  func locatedProblems() throws {
    var configuration = Configuration()
    _ = try configuration.apply(
      try TFVarsReader.parse(
        "broker_count = 4\nqueues = { jobs = \(queueEntry(["visibility_timeout": "50000"])) }\n",
        file: "p.tfvars"))
    let problems =
      configuration.msk.problems(availabilityZones: 3) + configuration.queue("jobs").problems(queue: "jobs")
    let located = configuration.locating(InputError(problems)).diagnostics
    #expect(
      located.map { "\($0.file ?? ""):\($0.line ?? 0):\($0.column ?? 0)" } == [
        "p.tfvars:1:16", "p.tfvars:3:26",
      ])
    #expect(located.first?.path == "broker_count")
  }
}
