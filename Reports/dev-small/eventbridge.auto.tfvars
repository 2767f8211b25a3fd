# no replay scenario: the workload's value
archive_retention_days = 7
