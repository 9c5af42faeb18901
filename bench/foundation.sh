#!/usr/bin/env bash
# Measures the foundation's figures on this machine, with a release build:
#   clean build time, binary size, PSTW import time, import time for N generated cases,
#   peak RSS of generating 1 000 000 cases, and RSS while serving the demo.
# Usage: bench/foundation.sh [N]   (N defaults to 100000)
# Needs GNU time (/usr/bin/time, Debian package "time") and curl; installs sqlite-utils from
# PyPI for the peer run (a plain load of the same JSON Lines file into SQLite).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
PSTW=${PSTW:-../shared/data/pstw/PSTW_Dataset_Nov2025.csv}
WORK=$(mktemp -d /tmp/observa-bench.XXXXXX)
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
command -v curl >/dev/null || apt-get install -y -qq curl >/dev/null

seconds() { local start=$1; echo "scale=2; ($(date +%s%N) - $start) / 1000000000" | bc; }

start=$(date +%s%N)
CARGO_TARGET_DIR="$WORK/target" cargo build --release -q -p observa-cli
echo "clean release build: $(seconds "$start") s"
BIN="$WORK/observa"
cp "$WORK/target/release/observa" "$BIN"
rm -rf "$WORK/target"
echo "binary size: $(du -h "$BIN" | cut -f1) ($(stat -c %s "$BIN") bytes)"

if [ -f "$PSTW" ]; then
  start=$(date +%s%N)
  "$BIN" --data-dir "$WORK/pstw" import pstw "$PSTW" >/dev/null
  echo "PSTW import ($(basename "$PSTW")): $(seconds "$start") s"
else
  echo "PSTW import: skipped, $PSTW not found"
fi

/usr/bin/time -f "generate 1000000 cases: %e s, peak RSS %M KiB" "$BIN" demo generate --count 1000000 >/dev/null
"$BIN" demo generate --count "$N" --output "$WORK/cases.jsonl"
start=$(date +%s%N)
/usr/bin/time -f "  (import peak RSS %M KiB)" "$BIN" --data-dir "$WORK/gen" import jsonl "$WORK/cases.jsonl" >/dev/null
ours=$(seconds "$start")
echo "import of $N generated cases: $ours s ($(echo "$N / $ours" | bc) cases/s)"
command -v sqlite-utils >/dev/null || pip install -q sqlite-utils
start=$(date +%s%N)
sqlite-utils insert "$WORK/peer.db" cases "$WORK/cases.jsonl" --nl --pk slug
peer=$(seconds "$start")
echo "peer: sqlite-utils insert of the same file: $peer s; Observa takes $(echo "scale=2; $ours / $peer" | bc)x as long" \
  "(it also validates every record and writes its filter projections and an outbox row)"

"$BIN" --data-dir "$WORK/demo" serve --demo --bind 127.0.0.1:18080 --api-rate-limit 0 2>/dev/null &
SERVER=$!
until curl -sf http://127.0.0.1:18080/healthz >/dev/null; do sleep 0.2; done
for _ in $(seq 200); do curl -sf -o /dev/null http://127.0.0.1:18080/cases; curl -sf -o /dev/null "http://127.0.0.1:18080/api/v1/cases?per_page=100"; done
echo "RSS serving the demo after 400 requests: $(ps -o rss= -p "$SERVER" | tr -d ' ') KiB"
