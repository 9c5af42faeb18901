#!/usr/bin/env bash
# Bulk export throughput and memory, against a peer, with a release build: generates N
# cases (default 100000), loads them into Observa (import + reindex) and into Datasette
# (bench/datasette_load.py), then downloads every case once from each side with curl and
# prints rows/s, MB/s and the server's peak RSS before and after:
#   - Observa: GET /api/v1/export/cases.{csv,jsonl,json}, and cases.csv filtered by
#     `q=digital` (ids from the search index, records from SQL in batches);
#   - Datasette: its streamed CSV of the whole table (`cases.csv?_stream=on`, no size cap).
# The first two Observa downloads run twice, to show whether RSS keeps growing.
# Observa's exports hold every field of each record (38 CSV columns); the peer table has
# six columns, so bytes differ: compare rows/s, and RSS.
# Usage: bench/export.sh [N]
# Environment: SEED (1), OBSERVA_BIN (an observa binary to test instead of building one),
# REPEAT (1: how many times the first two downloads run again).
# RSS is split into heap (RssAnon) and mapped files (RssFile: pages of the database and
# index the kernel may drop at any time).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
SEED=${SEED:-1}
OBSERVA_PORT=${OBSERVA_PORT:-18630}
DATASETTE_PORT=${DATASETTE_PORT:-18631}
WORK=$(mktemp -d /tmp/observa-export-bench.XXXXXX)
OBSERVA=""
DATASETTE=""
stop() { [ -n "$1" ] || return 0; kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
trap 'stop "$OBSERVA"; stop "$DATASETTE"; rm -rf "$WORK"' EXIT

command -v curl >/dev/null || apt-get install -y -qq curl >/dev/null
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
"$PYTHON" -c 'import datasette, sqlite_utils' 2>/dev/null || "$PYTHON" -m pip install -q datasette sqlite-utils
wait_for() {
  for _ in $(seq 600); do curl -sf -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "$1 did not answer within 120 s" >&2
  return 1
}
kib() { awk -v k="$2" '$1 == k":" { print $2 }' "/proc/$1/status"; }

BIN="$WORK/observa"
if [ -n "${OBSERVA_BIN:-}" ]; then
  cp "$OBSERVA_BIN" "$BIN"
else
  cargo build --release -q -p observa-cli
  cp target/release/observa "$BIN"
fi
echo "$(nproc) cores, $N cases, $("$PYTHON" -m datasette --version)"
CASES="$WORK/cases.jsonl"
DATA="$WORK/data"
"$BIN" demo generate --count "$N" --seed "$SEED" --output "$CASES"
"$BIN" --data-dir "$DATA" import jsonl "$CASES" >/dev/null
"$BIN" --data-dir "$DATA" reindex >/dev/null 2>&1
"$PYTHON" bench/datasette_load.py "$CASES" "$WORK/peer.db" >/dev/null
"$BIN" --data-dir "$DATA" serve --bind "127.0.0.1:$OBSERVA_PORT" --api-rate-limit 0 >"$WORK/observa.log" 2>&1 &
OBSERVA=$!
"$PYTHON" -m datasette serve "$WORK/peer.db" --host 127.0.0.1 --port "$DATASETTE_PORT" \
  --setting sql_time_limit_ms 600000 --setting max_csv_mb 0 >"$WORK/datasette.log" 2>&1 &
DATASETTE=$!
O="http://127.0.0.1:$OBSERVA_PORT"
D="http://127.0.0.1:$DATASETTE_PORT/peer"
wait_for "$O/healthz"
wait_for "$D/cases.json?_size=1"
echo "RSS when idle: Observa $(kib "$OBSERVA" VmRSS) KiB (heap $(kib "$OBSERVA" RssAnon), mapped files $(kib "$OBSERVA" RssFile)), Datasette $(kib "$DATASETTE" VmRSS) KiB"

# fetch NAME PID URL ROWS_CMD: one download; prints rows, seconds, rows/s, MB/s, peak RSS.
fetch() {
  local name=$1 pid=$2 url=$3 count=$4 out="$WORK/out" start end rows
  start=$(date +%s%N)
  curl -sf -o "$out" "$url"
  end=$(date +%s%N)
  rows=$(eval "$count")
  awk -v n="$name" -v r="$rows" -v ns=$((end - start)) -v bytes="$(stat -c %s "$out")" \
    -v peak="$(kib "$pid" VmHWM)" -v rss="$(kib "$pid" VmRSS)" \
    -v anon="$(kib "$pid" RssAnon)" -v file="$(kib "$pid" RssFile)" 'BEGIN {
      s = ns / 1e9
      printf "  %-34s %8d rows  %6.2f s  %9.0f rows/s  %6.1f MB/s  peak RSS %7d KiB (now %d: heap %d, mapped files %d)\n",
        n, r, s, r / s, bytes / s / 1e6, peak, rss, anon, file }'
}
csv_rows="$PYTHON -c 'import csv, sys; csv.field_size_limit(1 << 30); print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=\"\"))) - 1)' \$out"
fetch "Observa cases.csv" "$OBSERVA" "$O/api/v1/export/cases.csv" "$csv_rows"
fetch "Observa cases.jsonl" "$OBSERVA" "$O/api/v1/export/cases.jsonl" 'wc -l <"$out"'
fetch "Observa cases.json" "$OBSERVA" "$O/api/v1/export/cases.json" "$PYTHON -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' \$out"
fetch "Observa cases.csv?q=digital" "$OBSERVA" "$O/api/v1/export/cases.csv?q=digital" "$csv_rows"
# Again, to see whether memory keeps growing from one export to the next.
for _ in $(seq "${REPEAT:-1}"); do
  fetch "Observa cases.csv (again)" "$OBSERVA" "$O/api/v1/export/cases.csv" "$csv_rows"
  fetch "Observa cases.jsonl (again)" "$OBSERVA" "$O/api/v1/export/cases.jsonl" 'wc -l <"$out"'
done
fetch "Datasette cases.csv?_stream=on" "$DATASETTE" "$D/cases.csv?_stream=on&_size=max" "$csv_rows"
