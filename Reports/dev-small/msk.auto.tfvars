# Serverless would cost $1,166.61/month
use_serverless = false

# cheapest size and count that meet every objective with one AZ down; no cheaper candidate exists
broker_instance_type = "kafka.t3.small"

# a multiple of 2 AZs; busiest limit: CPU peaks at 3 % of capacity in zone-down-at-peak; $69.87/month for MSK
broker_count = 2

# the fullest broker's peak storage at p95 over the runs stays within 85 % (volumes never shrink: sized for the horizon's end)
broker_volume_size = 7

# writes per broker at peak stay within the default 250 MiB/s volume throughput (S3)
enable_provisioned_throughput = false

# the lag alarms need only MaxOffsetLag, SumOffsetLag and EstimatedMaxTimeLag, free at DEFAULT (S6b); higher levels bill per metric
enhanced_monitoring_level = "DEFAULT"
