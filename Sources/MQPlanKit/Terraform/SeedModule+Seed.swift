extension SeedModule {
  /// The four modules mqplan writes tfvars for, in that order.
  package static let all = [msk, sqs, eventbridge, monitoring]

  /// The names every module builds its resource names and tags from.
  private static func naming(declared: Bool) -> [Variable] {
    [
      Variable("project", .string, declared: declared),
      Variable("environment", .string, declared: declared),
      // `merge(var.tags, {...})` skips a null argument.
      Variable("tags", .map(.string), declared: declared, nullable: true),
    ]
  }

  /// `modules/msk`: its `variables.tf` is the only one the seed shows.
  /// Its `main.tf` and `security.tf` also use eight variables that file
  /// does not declare.
  package static let msk = SeedModule(
    name: "msk",
    variables: [
      Variable("project", .string, declared: true),
      Variable("environment", .string, declared: true),
      Variable("kafka_version", .string, declared: true, use: .sizing),
      Variable("broker_count", .number, declared: true, use: .sizing),
      Variable("broker_instance_type", .string, declared: true, use: .sizing),
      Variable("broker_volume_size", .number, declared: true, use: .sizing),
      Variable("private_subnet_ids", .list(.string), declared: true),
      Variable("msk_security_group_id", .string, declared: true),
      // Optional encryption_at_rest_kms_key_arn: null is the AWS-managed key.
      Variable("kms_key_arn", .string, declared: true, nullable: true),
      Variable("enhanced_monitoring_level", .string, declared: true, use: .sizing),
      Variable("use_serverless", .bool, declared: true, use: .sizing),
      Variable("tags", .map(.string), declared: true, nullable: true),
      // Used, not declared.
      Variable("enable_provisioned_throughput", .bool, declared: false, use: .sizing),
      Variable("volume_throughput", .number, declared: false, use: .sizing),
      // Optional retention_in_days: null keeps the log group's events forever.
      Variable("log_retention_days", .number, declared: false, nullable: true, use: .sizing),
      Variable("enable_scram_auth", .bool, declared: false, nullable: true),
      Variable("enable_s3_logs", .bool, declared: false),
      Variable("s3_logs_bucket", .string, declared: false, nullable: true),
      Variable("vpc_id", .string, declared: false, nullable: true),
      Variable("eks_nodes_security_group_id", .string, declared: false),
    ])

  /// The attributes of one entry of the sqs module's `queues` map. The
  /// five numbers go to optional arguments of `aws_sqs_queue`, so a null
  /// gives AWS's default; the booleans are conditions, and
  /// `max_receive_count` and `depth_threshold` go where AWS needs a number.
  package static let queueAttributes: [TerraformType.Attribute] = [
    .init("visibility_timeout", .number, nullable: true),
    .init("retention_seconds", .number, nullable: true),
    .init("max_message_size", .number, nullable: true),
    .init("delay_seconds", .number, nullable: true),
    .init("receive_wait_time", .number, nullable: true),
    .init("use_sqs_managed_sse", .bool),
    .init("enable_dlq", .bool),
    .init("max_receive_count", .number),
    .init("fifo", .bool),
    .init("depth_threshold", .number),
  ]

  /// `modules/sqs`: every variable is used without a declaration.
  package static let sqs = SeedModule(
    name: "sqs",
    variables: [
      Variable("queues", .map(.object(queueAttributes)), declared: false, use: .sizing),
      // Used only when use_sqs_managed_sse is false, for an optional argument.
      Variable("kms_key_id", .string, declared: false, nullable: true),
      Variable("allowed_principal_arns", .list(.string), declared: false),
      // Optional alarm_actions.
      Variable("alarm_sns_topic_arns", .list(.string), declared: false, nullable: true),
    ] + naming(declared: false))

  /// The attributes of the eventbridge module's `retry_policy` object: the
  /// seed reads `retry_policy.value.max_age` and `.max_retries` into the
  /// target's `maximum_event_age_in_seconds` and `maximum_retry_attempts`,
  /// both optional in the AWS provider.
  package static let retryPolicyAttributes: [TerraformType.Attribute] = [
    .init("max_age", .number, nullable: true, alsoKnownAs: "maximum_event_age_in_seconds"),
    .init("max_retries", .number, nullable: true, alsoKnownAs: "maximum_retry_attempts"),
  ]

  /// The attributes of one entry of the eventbridge module's `event_rules`
  /// map. The seed tests `retry_policy` and `dlq_arn` against null;
  /// `message_group_id`, `description` and `target_type` may be null (an
  /// optional argument, or a comparison).
  package static let eventRuleAttributes: [TerraformType.Attribute] = [
    .init("description", .string, nullable: true),
    .init("pattern", .any),
    .init("enabled", .bool),
    .init("target_arn", .string),
    .init("target_type", .string, nullable: true),
    .init("message_group_id", .string, nullable: true),
    .init("retry_policy", .object(retryPolicyAttributes), nullable: true),
    .init("dlq_arn", .string, nullable: true),
  ]

  /// `modules/eventbridge`: every variable is used without a declaration.
  package static let eventbridge = SeedModule(
    name: "eventbridge",
    variables: [
      // Optional retention_days: null (like 0) keeps events indefinitely.
      Variable("archive_retention_days", .number, declared: false, nullable: true, use: .sizing),
      Variable("event_rules", .map(.object(eventRuleAttributes)), declared: false, use: .sizing),
      // for_each over each.value.schema_content and .description.
      Variable("event_schemas", .any, declared: false),
    ] + naming(declared: false))

  /// Thresholds the seed has no variable for (alarms it lacks): what the
  /// planner writes to `monitoring.auto.tfvars` (``MonitoringVariables``).
  /// The thresholds are read back type-checked but not simulated (the
  /// alarm plan derives its own), hence `.identity`.
  package static let monitoring = SeedModule(
    name: "monitoring",
    variables: [
      Variable("consumer_lag_alarm_seconds", .map(.number), declared: false),
      Variable("message_age_alarm_seconds", .map(.number), declared: false),
      Variable("under_replicated_partitions_alarm", .number, declared: false),
      Variable("disk_used_alarm_percent", .number, declared: false),
      Variable("cpu_alarm_percent", .number, declared: false),
      Variable("eventbridge_failed_invocations_alarm", .number, declared: false),
      Variable("eventbridge_dlq_alarm", .number, declared: false),
    ])
}
