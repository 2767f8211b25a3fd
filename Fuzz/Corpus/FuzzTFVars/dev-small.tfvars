# dev-small's configuration, as an environment's tfvars would hold it:
# the same values as SimulateCommandTests.devConfiguration, plus the
# identity inputs mqplan checks and leaves alone.
project     = "orion"
environment = "dev"

# msk
broker_count         = 2
broker_instance_type = "kafka.t3.small"
broker_volume_size   = 50
private_subnet_ids   = ["subnet-0a1", "subnet-0b2"]
kms_key_arn          = null
tags                 = { team = "platform" }

# sqs
queues = {
  jobs = {
    visibility_timeout  = 30
    retention_seconds   = 345600
    max_message_size    = 1048576
    delay_seconds       = 0
    receive_wait_time   = 0
    use_sqs_managed_sse = true
    enable_dlq          = true
    max_receive_count   = 10
    fifo                = false
    depth_threshold     = 1000
  }
}

# eventbridge: the workload's own retention and retry policies
archive_retention_days = 7
event_rules = {
  new-jobs = {
    description      = "Requested jobs to the jobs queue"
    pattern          = { source = ["orion.jobs"], detail = { state = ["requested"] } }
    enabled          = true
    target_arn       = "arn:aws:sqs:us-east-1:123456789012:orion-dev-jobs"
    target_type      = "sqs"
    message_group_id = null
    retry_policy     = null
    dlq_arn          = null
  }
  job-failures = {
    description      = "Failed jobs to the alert webhook"
    pattern          = { detail = { state = ["failed"] } }
    enabled          = true
    target_arn       = "arn:aws:events:us-east-1:123456789012:api-destination/alerts"
    target_type      = "api-destination"
    message_group_id = null
    retry_policy     = { max_age = 3600, max_retries = 10 }
    dlq_arn          = null
  }
}
