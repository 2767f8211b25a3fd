import Testing

@testable import MQPlanKit

/// The catalog of the seed's module variables. Oracle: the seed itself
/// (shared/seed/000_a98a1f2aba0a52fb.txt): the names in msk's
/// `variables.tf` in its order, and the `var.` references of each
/// module's `main.tf` (and msk's `security.tf`), listed here by hand.
@Suite("Seed modules: the variables each module declares or uses")
struct SeedModuleTests {
  @Test("msk: the twelve variables of variables.tf, in its order, with its types")
  func mskDeclared() {
    let declared = SeedModule.msk.variables.filter(\.declared)
    #expect(
      declared.map(\.name) == [
        "project", "environment", "kafka_version", "broker_count", "broker_instance_type",
        "broker_volume_size",
        "private_subnet_ids", "msk_security_group_id", "kms_key_arn", "enhanced_monitoring_level",
        "use_serverless", "tags",
      ])
    #expect(
      declared.map(\.type.description) == [
        "string", "string", "string", "number", "string", "number", "list(string)", "string", "string",
        "string",
        "bool", "map(string)",
      ])
  }

  @Test(
    "Every var. reference of the seed's modules is in the catalog; the undeclared ones are marked",
    arguments: [
      (
        "msk",
        [
          "enable_provisioned_throughput", "volume_throughput", "log_retention_days", "enable_scram_auth",
          "enable_s3_logs", "s3_logs_bucket", "vpc_id", "eks_nodes_security_group_id",
        ]
      ),
      (
        "sqs",
        [
          "queues", "kms_key_id", "allowed_principal_arns", "alarm_sns_topic_arns", "project", "environment",
          "tags",
        ]
      ),
      (
        "eventbridge",
        ["archive_retention_days", "event_rules", "event_schemas", "project", "environment", "tags"]
      ),
    ])
  func undeclared(module name: String, used: [String]) throws {
    let module = try #require(SeedModule.all.first { $0.name == name })
    #expect(module.undeclared.map(\.name) == used)
  }

  @Test("The object types use the seed's attribute names (retry_policy.value.max_age, not the provider's)")
  func objectAttributes() {
    #expect(
      SeedModule.sqs["queues"]?.type.description
        == "map(object({ visibility_timeout = number, retention_seconds = number, max_message_size = number, delay_seconds = number, receive_wait_time = number, use_sqs_managed_sse = bool, enable_dlq = bool, max_receive_count = number, fifo = bool, depth_threshold = number }))"
    )
    #expect(
      SeedModule.eventbridge["event_rules"]?.type.description
        == "map(object({ description = string, pattern = any, enabled = bool, target_arn = string, target_type = string, message_group_id = string, retry_policy = object({ max_age = number, max_retries = number }), dlq_arn = string }))"
    )
    // The monitoring module is the planner's: none of it is the seed's.
    #expect(SeedModule.monitoring.variables.allSatisfy { !$0.declared })
  }

  @Test("The variables --set knows are the msk module's sizing variables (and the archive's)")
  func setNamesAreSizing() throws {
    for name in Configuration.variableNames {
      let (_, variable) = try #require(SeedModule.variable(named: name))
      #expect(variable.use == .sizing, "\(name)")
    }
    #expect(Set(SeedModule.allVariableNames).count == SeedModule.allVariableNames.count)
  }

  @Test("What mqplan would write for the defaults fits the declared types")
  func defaultsFitTheTypes() throws {
    let configuration = Configuration()
    var text = configuration.mskVariables.map { "\($0.name) = \($0.value)" }.joined(separator: "\n")
    text +=
      "\nqueues = {\n  jobs = {\n"
      + SQSQueueConfiguration().variables.map { "    \($0.name) = \($0.value)" }.joined(separator: "\n")
      + "\n  }\n}\n"
    let file = try TFVarsReader.parse(text, file: "defaults.tfvars")
    var diagnostics: [Diagnostic] = []
    for attribute in file.attributes {
      let (_, variable) = try #require(SeedModule.variable(named: attribute.name))
      let converted = variable.type.convert(
        attribute.value, nullable: variable.nullable, at: JSONPath([.key(attribute.name)]), file: file.file,
        diagnostics: &diagnostics)
      #expect(converted?.value.canonicalJSON == attribute.value.value.canonicalJSON)
    }
    #expect(diagnostics.isEmpty, "\(diagnostics)")
  }
}
