# the seed defines no variable for this alarm yet: add it to the module
consumer_lag_alarm_seconds = {
  # normal level 0.0 over 2 runs, plus 25 %, rounded up
  flink-enrichment = 60
  # normal level 0.0 over 2 runs, plus 25 %, rounded up; fires 6 min into sink-outage
  s3-sink = 60
  # normal level 0.0 over 2 runs, plus 25 %, rounded up
  ml-features = 60
  # normal level 0.0 over 2 runs, plus 25 %, rounded up
  realtime-dashboards = 60
  # normal level 0.0 over 2 runs, plus 25 %, rounded up
  nightly-backfill = 60
}

# fires on any occurrence; fires 5 min into az-outage
under_replicated_partitions_alarm = 0

# AWS's guidance (S2a)
disk_used_alarm_percent = 85

# AWS's guidance (S2a)
cpu_alarm_percent = 60
