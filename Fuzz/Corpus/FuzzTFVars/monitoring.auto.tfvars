# the seed defines no variable for this alarm yet: add it to the module
message_age_alarm_seconds = {
  # normal level 90 over 2 runs, plus 25 %, rounded up; fires 6 min into fulfilment-outage
  fulfilment = 120
  # normal level 30 over 2 runs, plus 25 %, rounded up
  emails = 60
  # normal level 90 over 2 runs, plus 25 %, rounded up
  webhooks = 120
}

# the seed defines no variable for this alarm yet: add it to the module
consumer_lag_alarm_seconds = {
  # normal level 0.0 over 2 runs, plus 25 %, rounded up
  order-service = 60
  # normal level 0.0 over 2 runs, plus 25 %, rounded up
  search-indexer = 60
  # normal level 0.0 over 2 runs, plus 25 %, rounded up; fires 6 min into etl-outage
  analytics-etl = 60
  # normal level 0.0 over 2 runs, plus 25 %, rounded up
  audit-archiver = 60
  # normal level 0.0 over 2 runs, plus 25 %, rounded up
  notification-sender = 60
}

# fires on any occurrence; fires 5 min into az-outage
under_replicated_partitions_alarm = 0

# AWS's guidance (S2a)
disk_used_alarm_percent = 85

# AWS's guidance (S2a)
cpu_alarm_percent = 60

# normal level 4.0 over 2 runs, plus 25 %, rounded up; fires 5 min into fraud-check-down
eventbridge_failed_invocations_alarm = 5

# fires on any occurrence; does not fire in fraud-check-down: the incident never takes InvocationsSentToDlq past 0.0 for 1 of 1 periods
eventbridge_dlq_alarm = 0
