# the seed defines no variable for this alarm yet: add it to the module
message_age_alarm_seconds = {
  # normal level 30 over 2 runs, plus 25 %, rounded up
  jobs = 60
}

# the seed defines no variable for this alarm yet: add it to the module
consumer_lag_alarm_seconds = {
  # normal level 0.0 over 2 runs, plus 25 %, rounded up
  order-service = 60
  # normal level 0.0 over 2 runs, plus 25 %, rounded up
  audit-sink = 60
}

# fires on any occurrence; fires 5 min into broker-restart
under_replicated_partitions_alarm = 0

# AWS's guidance (S2a)
disk_used_alarm_percent = 85

# AWS's guidance (S2a)
cpu_alarm_percent = 60

# normal level 4.0 over 2 runs, plus 25 %, rounded up
eventbridge_failed_invocations_alarm = 5

# fires on any occurrence
eventbridge_dlq_alarm = 0
