# Serverless would cost $4,198.17/month
use_serverless = false

# cheapest size and count that meet every objective with one AZ down; the next cheaper, 3 × kafka.t3.small, 3,655 GiB at $1,758.44/month: producers never throttled 4.0 min over 0.0 min (cluster, etl-outage)
broker_instance_type = "kafka.t3.small"

# a multiple of 3 AZs; busiest limit: network out peaks at 64 % of capacity in etl-outage; $1,864.10/month for MSK
broker_count = 6

# the fullest broker's peak storage at p95 over the runs stays within 85 % (volumes never shrink: sized for the horizon's end)
broker_volume_size = 1828

# writes per broker at peak stay within the default 250 MiB/s volume throughput (S3)
enable_provisioned_throughput = false

# the lag alarms need only MaxOffsetLag, SumOffsetLag and EstimatedMaxTimeLag, free at DEFAULT (S6b); higher levels bill per metric
enhanced_monitoring_level = "DEFAULT"
