# 3 brokers over dev-small's 2 zones: MSK refuses it.
broker_count = 3
broker_instance_type = "kafka.t3.small"
