# one entry per queue of the workload; kms_key_id, allowed_principal_arns and alarm_sns_topic_arns stay in your own tfvars
queues = {
  fulfilment = {
    # AWS's default 30 s already covers 1.25 × the p99.99 time to process a batch of 10 (18.1 s)
    visibility_timeout = 30
    # AWS's 4-day default is more than twice the longest consumer stop (2 h) and its drain; retention is free
    retention_seconds = 345600
    # AWS's default (S1)
    max_message_size = 1048576
    # no delay: the workload's producers send for immediate delivery
    delay_seconds = 0
    # long polling: an idle consumer makes 3 receives a minute instead of one per poll, and empty receives are billed (S2c)
    receive_wait_time = 20
    # SSE-SQS: encryption at no request cost (SSE-KMS bills a KMS call per data key, S2e)
    use_sqs_managed_sse = true
    # the seed's Definition of Done asks for a DLQ on every queue; poison messages go there
    enable_dlq = true
    # transient failures 0.5 % per attempt: 105,120,000/month × 0.005^5 < 0.01 healthy messages in the DLQ a month; at least 5 (S11)
    max_receive_count = 5
    # the workload's queue is standard
    fifo = false
    # normal level 3,179 over 2 runs, plus 25 %, rounded up; fires 15 min into fulfilment-outage
    depth_threshold = 4000
  }
  emails = {
    # AWS's default 30 s already covers 1.25 × the p99.99 time to process a batch of 10 (6.2 s)
    visibility_timeout = 30
    # no scenario stops this queue's consumers; AWS's 4-day default, free
    retention_seconds = 345600
    # AWS's default (S1)
    max_message_size = 1048576
    # no delay: the workload's producers send for immediate delivery
    delay_seconds = 0
    # long polling: an idle consumer makes 3 receives a minute instead of one per poll, and empty receives are billed (S2c)
    receive_wait_time = 20
    # SSE-SQS: encryption at no request cost (SSE-KMS bills a KMS call per data key, S2e)
    use_sqs_managed_sse = true
    # the seed's Definition of Done asks for a DLQ on every queue; poison messages go there
    enable_dlq = true
    # transient failures 1.0 % per attempt: 21,024,000/month × 0.010^5 < 0.01 healthy messages in the DLQ a month; at least 5 (S11)
    max_receive_count = 5
    # the workload's queue is FIFO; the seed's module never sets fifo_queue, so it would create a standard queue: fix the module
    fifo = true
    # normal level 0.4 over 2 runs, plus 25 %, rounded up
    depth_threshold = 10
  }
  webhooks = {
    # 1.25 × the p99.99 time to process a batch of 5 (40.9 s)
    visibility_timeout = 52
    # no scenario stops this queue's consumers; AWS's 4-day default, free
    retention_seconds = 345600
    # AWS's default (S1)
    max_message_size = 1048576
    # no delay: the workload's producers send for immediate delivery
    delay_seconds = 0
    # long polling: an idle consumer makes 3 receives a minute instead of one per poll, and empty receives are billed (S2c)
    receive_wait_time = 20
    # SSE-SQS: encryption at no request cost (SSE-KMS bills a KMS call per data key, S2e)
    use_sqs_managed_sse = true
    # the seed's Definition of Done asks for a DLQ on every queue; poison messages go there
    enable_dlq = true
    # transient failures 3.0 % per attempt: 39,420,000/month × 0.030^7 < 0.01 healthy messages in the DLQ a month; at least 5 (S11)
    max_receive_count = 7
    # the workload's queue is standard
    fifo = false
    # normal level 10 over 2 runs, plus 25 %, rounded up
    depth_threshold = 13
  }
}
