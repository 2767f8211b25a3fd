#!/bin/bash
# Formats and lints the Swift sources with the toolchain's `swift format`,
# using .swift-format (swift-argument-parser's settings, 110 columns).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Formatting Swift sources in $(pwd)"
git ls-files -z '*.swift' | xargs -0 swift format format --parallel --in-place
git ls-files -z '*.swift' | xargs -0 swift format lint --strict --parallel
