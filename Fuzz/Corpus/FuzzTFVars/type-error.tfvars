broker_count   = 2
use_serverless = "no"
queues = {
  jobs = {
    visibility_timeout  = "thirty"
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
