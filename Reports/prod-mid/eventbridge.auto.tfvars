# the oldest replayed event is 26 h old at its replay; one day of margin (archive storage is billed per GB-month)
archive_retention_days = 3
