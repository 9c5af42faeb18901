#!/usr/bin/env bash
# Measures issue 6's analytics with a release build:
#   theme discovery over N generated cases (k chosen automatically, and k given),
#   label suggestion time per draft (trained on N generated cases),
#   and, when the PSTW releases are beside the checkout, the held-out suggestion accuracy,
#   duplicate detection across the two releases and the themes of the newer one.
# Usage: bench/insight.sh [N]   (N defaults to 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
PSTW=${PSTW:-../shared/data/pstw}
WORK=$(mktemp -d /tmp/observa-insight-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

cargo build --release -q -p observa-cli
BIN=${CARGO_TARGET_DIR:-target}/release/observa
"$BIN" demo generate --count "$N" --output "$WORK/cases.jsonl"

echo "== theme discovery, $N generated cases, k chosen by silhouette among 4..=12"
"$BIN" eval themes --input "$WORK/cases.jsonl" | sed -n 1,2p
echo "== theme discovery, $N generated cases, k = 8"
"$BIN" eval themes --input "$WORK/cases.jsonl" --k 8 | sed -n 1,2p
echo "== label suggestion, trained on $N generated cases less 200 drafts"
"$BIN" eval suggest --input "$WORK/cases.jsonl"

if [ -f "$PSTW/PSTW_Dataset_Nov2025.csv" ] && [ -f "$PSTW/PSTW_Dataset_Jun2025.csv" ]; then
  echo "== label suggestion on PSTW, 20 % held out"
  "$BIN" eval tags --data "$PSTW" --seed 1 --test-share 0.2
  echo "== duplicates across the PSTW releases"
  "$BIN" eval duplicates --old "$PSTW/PSTW_Dataset_Jun2025.csv" --new "$PSTW/PSTW_Dataset_Nov2025.csv"
  echo "== themes of the November 2025 release (trend test up to 2024, the last complete year)"
  "$BIN" eval themes --input "$PSTW/PSTW_Dataset_Nov2025.csv" --last-year 2024
else
  echo "PSTW figures: skipped, $PSTW/PSTW_Dataset_{Jun,Nov}2025.csv not found"
fi
