#!/bin/sh
# Scripts/fuzz.sh TARGET [RUNS]: builds one libFuzzer target (FuzzWorkload,
# FuzzTFVars or FuzzPattern) with AddressSanitizer in .build-fuzz and runs
# it RUNS executions (default 1,000,000) from the seed corpus in
# Fuzz/Corpus/TARGET. New inputs go to .build-fuzz/corpus/TARGET; a crash is
# written to .build-fuzz/crash-TARGET-* and becomes a file in
# Fuzz/Regressions/TARGET, which FuzzRegressionTests replays.
set -eu
cd "$(dirname "$0")/.."
target=$1
runs=${2:-1000000}
MQPLAN_FUZZ=1 swift build -c release --scratch-path .build-fuzz --product "$target" \
  -Xswiftc -sanitize=fuzzer,address
mkdir -p ".build-fuzz/corpus/$target"
LSAN_OPTIONS="suppressions=Fuzz/lsan.supp:print_suppressions=0" \
  exec ".build-fuzz/release/$target" ".build-fuzz/corpus/$target" "Fuzz/Corpus/$target" \
  -runs="$runs" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix=".build-fuzz/crash-$target-"
