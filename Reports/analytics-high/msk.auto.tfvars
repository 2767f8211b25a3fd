# Serverless does not fit: ingress 220.4 MB/s over Serverless's 200 MB/s (S4)
use_serverless = false

# cheapest size and count that meet every objective with one AZ down; the next cheaper, 15 × kafka.m5.large, 5,946 GiB at $15,578.52/month: CPU (user + system) 63.6 % over 60.0 % (broker 4, campaign-spike)
broker_instance_type = "kafka.m7g.xlarge"

# a multiple of 3 AZs; busiest limit: EBS bandwidth peaks at 74 % of capacity in campaign-spike; $15,972.99/month for MSK
broker_count = 9

# the fullest broker's peak storage at p95 over the runs stays within 80 % (volumes never shrink: sized for the horizon's end)
broker_volume_size = 9786

# writes per broker at peak stay within the default 250 MiB/s volume throughput (S3)
enable_provisioned_throughput = false

# the lag alarms need only MaxOffsetLag, SumOffsetLag and EstimatedMaxTimeLag, free at DEFAULT (S6b); higher levels bill per metric
enhanced_monitoring_level = "DEFAULT"
