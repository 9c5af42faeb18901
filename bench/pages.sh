#!/usr/bin/env bash
# Page rendering against a peer, with a release build: generates N cases (`observa demo
# generate`, default 10000), loads them into Observa (import + reindex) and into Datasette
# (bench/datasette_load.py), then loads both with wrk from loopback on the HTML pages people
# read, and prints requests/s, p50, p99 and the ratio Observa/Datasette for each:
#   - a case page (Observa: record, metadata panel, similar cases, citations) against
#     Datasette's row page;
#   - the case library with search words and facets (Observa: all ten facets, highlighted
#     cards, pagination) against Datasette's table page searched with three facets;
#   - the first page of the library, without words, likewise;
#   - Observa's home page (no peer page: it counts cases and countries live).
#   - Observa's trends dashboard, whole and for a search (no peer page: eight charts, a
#     world map and their tables, counted live, then themes and emerging trends, cached per
#     search once computed; target: under 200 ms at 100 000 cases), with five themes, and
#     its printable report;
#   - POST /api/v1/suggest-tags with one draft (bench/suggest-tags.lua; target: under 50 ms).
# The first answer of each trends address computes its themes: that time is printed as
# "first answer" before the runs.
# Every page is asked for in Spanish (cookie `lang=es`) as well as English where it says so.
# Usage: bench/pages.sh [N]
# Environment: PEER (datasette, the default, or none: Observa's pages only, no Datasette),
#   DURATION (default 10s), CONNECTIONS (8), THREADS (2), SEED (1), WRK_TIMEOUT
#   (60s, so that slow answers count instead of being dropped),
#   OBSERVA_BIN (an observa binary to test instead of building the release one).
# Needs wrk and curl (installed with apt-get when missing) and datasette and sqlite-utils
# (installed from PyPI when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
WRK_TIMEOUT=${WRK_TIMEOUT:-60s}
SEED=${SEED:-1}
OBSERVA_PORT=${OBSERVA_PORT:-18620}
DATASETTE_PORT=${DATASETTE_PORT:-18621}
WORK=$(mktemp -d /tmp/observa-pages-bench.XXXXXX)
OBSERVA=""
DATASETTE=""
stop() { [ -n "$1" ] || return 0; kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
trap 'stop "$OBSERVA"; stop "$DATASETTE"; rm -rf "$WORK"' EXIT

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
[ ${#missing[@]} -eq 0 ] || apt-get install -y -qq "${missing[@]}" >/dev/null
PEER=${PEER:-datasette}
peer() { [ "$PEER" != none ]; }
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
if peer; then
  "$PYTHON" -c 'import datasette, sqlite_utils' 2>/dev/null || "$PYTHON" -m pip install -q datasette sqlite-utils
fi

wait_for() {
  for _ in $(seq 600); do curl -sf -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "$1 did not answer within 120 s" >&2
  return 1
}

BIN="$WORK/observa"
if [ -n "${OBSERVA_BIN:-}" ]; then
  cp "$OBSERVA_BIN" "$BIN"
  version="binary $OBSERVA_BIN (not built by this run)"
else
  cargo build --release -q -p observa-cli
  cp target/release/observa "$BIN"
  version="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- crates Cargo.lock || echo ' + uncommitted changes')"
fi
echo "Observa $version, $(peer && "$PYTHON" -m datasette --version || echo 'no peer'), $(nproc) cores, $N cases"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $WRK_TIMEOUT --latency, from loopback"

CASES="$WORK/cases.jsonl"
DATA="$WORK/data"
"$BIN" demo generate --count "$N" --seed "$SEED" --output "$CASES"
"$BIN" --data-dir "$DATA" import jsonl "$CASES" >/dev/null
"$BIN" --data-dir "$DATA" reindex >/dev/null 2>&1
peer && "$PYTHON" bench/datasette_load.py "$CASES" "$WORK/peer.db" >/dev/null
"$BIN" --data-dir "$DATA" serve --bind "127.0.0.1:$OBSERVA_PORT" --api-rate-limit 0 >"$WORK/observa.log" 2>&1 &
OBSERVA=$!
if peer; then
  "$PYTHON" -m datasette serve "$WORK/peer.db" --host 127.0.0.1 --port "$DATASETTE_PORT" \
    --setting sql_time_limit_ms 60000 --setting facet_time_limit_ms 60000 \
    --setting suggest_facets off >"$WORK/datasette.log" 2>&1 &
  DATASETTE=$!
fi
O="http://127.0.0.1:$OBSERVA_PORT"
D="http://127.0.0.1:$DATASETTE_PORT/peer/cases"
wait_for "$O/healthz"
peer && wait_for "$D.json?_size=1"
SLUG=$(head -1 "$CASES" | "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)["slug"])')

# run NAME URL [HEADER] [WRK_SCRIPT]: one wrk run; prints and records req/s and latencies.
# With a wrk script (a POST), the check before the run posts its body with curl.
declare -A RPS
run() {
  local name=$1 url=$2 header=${3:-} script=${4:-} out="$WORK/wrk.txt" args=() curl_args=()
  [ -z "$header" ] || args=(-H "$header")
  curl_args=("${args[@]}")
  if [ -n "$script" ]; then
    curl_args+=(-H "Content-Type: application/json" --data "$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$script")")
    args+=(-s "$script")
  fi
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' "${curl_args[@]}" "$url")
  [ "$code" = 200 ] || { echo "$name: $url answers $code" >&2; exit 1; }
  for _ in 1 2 3; do curl -sf -o /dev/null "${curl_args[@]}" "$url"; done
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency "${args[@]}" "$url" >"$out"
  local rps p50 p99
  rps=$(awk '$1 == "Requests/sec:" { print $2 }' "$out")
  p50=$(awk '$1 == "50%" { print $2 }' "$out")
  p99=$(awk '$1 == "99%" { print $2 }' "$out")
  RPS[$name]=$rps
  printf "  %-34s %9s req/s  p50 %8s  p99 %8s  %s\n" "$name" "$rps" "$p50" "$p99" \
    "$(grep -E 'Non-2xx|Socket errors' "$out" | tr -s ' ' || true)"
}
ratio() { echo "scale=1; ${RPS[$1]} / ${RPS[$2]}" | bc; }

run "Observa case page" "$O/cases/$SLUG"
run "Observa case page (es)" "$O/cases/$SLUG" "Cookie: lang=es"
peer && run "Datasette row page" "$D/$SLUG"
run "Observa library, digital + facets" "$O/cases?q=digital"
run "Observa library (es)" "$O/cases?q=digital" "Cookie: lang=es"
peer && run "Datasette table, digital + 3 facets" "$D?_search=digital&_facet_array=countries&_facet=year&_facet_array=themes"
run "Observa library, first page" "$O/cases"
peer && run "Datasette table, first page" "$D?_facet_array=countries&_facet=year&_facet_array=themes"
run "Observa home" "$O/"
# first NAME URL: the time of one answer (a trends address computes its themes on its first).
first() {
  printf "  %-34s first answer %s s\n" "$1" "$(curl -s -o /dev/null -w '%{time_total}' "${@:3}" "$2")"
}
first "Observa trends" "$O/trends"
first "Observa trends, digital (es)" "$O/trends?q=digital" -H "Cookie: lang=es"
first "Observa trends, 5 themes" "$O/trends?themes=5"
first "Observa suggest-tags (trains)" "$O/api/v1/suggest-tags" -H "Content-Type: application/json" \
  --data "$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" bench/suggest-tags.lua)"
run "Observa trends" "$O/trends"
run "Observa trends, digital (es)" "$O/trends?q=digital" "Cookie: lang=es"
run "Observa trends, 5 themes" "$O/trends?themes=5"
run "Observa trends report" "$O/trends/report"
run "Observa suggest-tags (POST)" "$O/api/v1/suggest-tags" "" bench/suggest-tags.lua
echo "RSS after the runs: Observa $(ps -o rss= -p "$OBSERVA" | tr -d ' ') KiB$(peer && echo ", Datasette $(ps -o rss= -p "$DATASETTE" | tr -d ' ') KiB")"
peer || exit 0
echo "Ratios Observa/Datasette (req/s):"
echo "  case page: $(ratio "Observa case page" "Datasette row page")x"
echo "  library with words and facets: $(ratio "Observa library, digital + facets" "Datasette table, digital + 3 facets")x"
echo "  library first page: $(ratio "Observa library, first page" "Datasette table, first page")x"
