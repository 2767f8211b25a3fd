#!/bin/sh
# Regenerates Reports/<name>/ for every workload in Workloads/: mqplan plan
# writes the tfvars, plan.txt, plan.md, plan.json, report.html, series.csv
# and bill.csv. The test ReportsFolderTests checks the committed folders
# are exactly this (MQPLAN_RECORD=1 on the test suite does the same).
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product mqplan
for workload in Workloads/*.json; do
  [ "$workload" = Workloads/schema.json ] && continue
  status=0
  .build/release/mqplan plan "$workload" --force --quiet > /dev/null || status=$?
  # 4: no configuration meets the objectives; the reports say why.
  [ "$status" -eq 0 ] || [ "$status" -eq 4 ] || exit "$status"
  echo "Reports/$(basename "$workload" .json)/"
done
