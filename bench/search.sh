#!/usr/bin/env bash
# Full-text search against a peer, with a release build: for each N, generates N cases
# (`observa demo generate`), loads the same file into Observa (import, then `observa reindex`,
# timed) and into Datasette (bench/datasette_load.py: FTS5 over title and text, countries,
# year and themes as facets), checks that totals and facet counts agree on the quoted queries
# of bench/search_queries.txt, then loads both servers with wrk from loopback on
# "search + three facets" and on plain search, and prints requests/s, p50, p99 and RSS for
# each and the ratios Observa/Datasette.
# Targets (printed, never asserted): "digital" with three facets over 100 000 cases,
# 8 connections: Observa >= 1200 req/s and p50 <= 5 ms.
# Usage: bench/search.sh [N...]   (N defaults to 10000 100000)
# Environment: DURATION (wrk, default 15s), CONNECTIONS (default 8), THREADS (default 2),
#   WRK_TIMEOUT (default 60s, so that slow answers count instead of being dropped),
#   SEED (default 1), QUERIES (default bench/search_queries.txt), OBSERVA_BIN (an observa
#   binary to test instead of building the release one, e.g. while the tree does not build).
# Each quoted phrase goes to Observa scoped to title:, pitch: and text: (the parts Datasette's
# FTS holds; Observa's unscoped search also matches vocabulary labels, whose total is shown
# beside). Exits non-zero, after printing everything, when the two sides disagree.
# Needs wrk, curl and GNU time (installed with apt-get when missing) and datasette and
# sqlite-utils (installed from PyPI when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 10000 100000
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
WRK_TIMEOUT=${WRK_TIMEOUT:-60s}
SEED=${SEED:-1}
QUERIES=${QUERIES:-bench/search_queries.txt}
OBSERVA_PORT=${OBSERVA_PORT:-18610}
DATASETTE_PORT=${DATASETTE_PORT:-18611}
WORK=$(mktemp -d /tmp/observa-search-bench.XXXXXX)
OBSERVA=""
DATASETTE=""
stop() { # stop PID: ends one server started here
  [ -n "$1" ] || return 0
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
trap 'stop "$OBSERVA"; stop "$DATASETTE"; rm -rf "$WORK"' EXIT

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# The real interpreter (not a pyenv shim), so that the server's PID is Datasette's own.
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
"$PYTHON" -c 'import datasette, sqlite_utils' 2>/dev/null || "$PYTHON" -m pip install -q datasette sqlite-utils

seconds() { local start=$1; echo "scale=2; ($(date +%s%N) - $start) / 1000000000" | bc; }
rss() { ps -o rss= -p "$1" | tr -d ' '; }
wait_for() { # wait_for URL WHAT: until URL answers 200, for at most 120 s
  local i
  for i in $(seq 600); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.2
  done
  echo "$2 did not answer $1 within 120 s" >&2
  return 1
}

# A copy, so that rebuilds during the run do not change the binary under test.
BIN="$WORK/observa"
if [ -n "${OBSERVA_BIN:-}" ]; then
  cp "$OBSERVA_BIN" "$BIN"
  version="binary $OBSERVA_BIN of $(date -r "$OBSERVA_BIN" '+%F %T') (not built by this run)"
else
  cargo build --release -q -p observa-cli
  cp target/release/observa "$BIN"
  version="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- crates Cargo.lock || echo ' + uncommitted changes')"
fi
echo "Observa $version, $("$PYTHON" -m datasette --version), SQLite $("$PYTHON" -c 'import sqlite3; print(sqlite3.sqlite_version)'), $(nproc) cores"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $WRK_TIMEOUT --latency, from loopback"

FACETS_OBSERVA="facets=country,year,sector&facet_limit=1000"
FACETS_DATASETTE="_facet_array=countries&_facet=year&_facet_array=themes"
RESULTS="$WORK/results.tsv"
: >"$RESULTS"
status=0

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# wait_idle PID...: until these processes together use under 5% of a core over a second (at
# most 300 s). Datasette goes on running the queries of connections wrk has closed, which
# would otherwise weigh on the next measurement.
wait_idle() {
  local i p before after
  for i in $(seq 300); do
    before=0; for p in "$@"; do before=$((before + $(cpu_ticks "$p"))); done
    sleep 1
    after=0; for p in "$@"; do after=$((after + $(cpu_ticks "$p"))); done
    if [ $((after - before)) -le $(($(getconf CLK_TCK) / 20)) ]; then
      [ "$i" -le 1 ] || echo "  (waited $i s for both servers to be idle)"
      return 0
    fi
  done
  echo "  (warning: the servers are still busy after 300 s)"
}

# load N WORKLOAD SERVER PID URL: runs wrk and appends a line to $RESULTS:
# N, workload, server, req/s, p50 ms, p99 ms, RSS KiB, requests, matches, bytes, errors,
# load average, latency of a request alone in ms.
load() {
  local n=$1 workload=$2 server=$3 pid=$4 url=$5 out="$WORK/wrk.txt" body="$WORK/body.json"
  wait_idle "$OBSERVA" "$DATASETTE"
  curl -sf -o "$body" "$url" || { echo "  $server $workload: $url fails" >&2; return 1; }
  local matches bytes loadavg alone
  matches=$("$PYTHON" -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d.get("total", d.get("filtered_table_rows_count")))' "$body")
  bytes=$(wc -c <"$body")
  for _ in $(seq 2); do curl -sf -o /dev/null "$url"; done # warm up
  # The latency of a request alone (median of 3), which also tells something when a server
  # is too slow to complete any request under wrk's load.
  alone=$(for _ in 1 2 3; do curl -sf -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n | sed -n 2p)
  loadavg=$(cut -d' ' -f1 /proc/loadavg)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency "$url" >"$out"
  awk -v n="$n" -v w="$workload" -v s="$server" -v rss="$(rss "$pid")" -v matches="$matches" \
    -v bytes="$bytes" -v loadavg="$loadavg" -v alone="$alone" '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /m$/) return substr(v, 1, length(v) - 1) * 60000
      if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
      return v
    }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    $1 == "Requests/sec:" { rps = $2 }
    $2 == "requests" && $3 == "in" { requests = $1 }
    /Socket errors/ { errors = errors $0 }
    /Non-2xx or 3xx responses/ { errors = errors $0 }
    END {
      gsub(/^ +/, "", errors)
      if (requests + 0 == 0) { p50 = "n/a"; p99 = "n/a" } else { p50 = sprintf("%.2f", p50); p99 = sprintf("%.2f", p99) }
      printf "%s\t%s\t%s\t%.1f\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%.2f\n", n, w, s, rps, p50, p99, rss, requests, matches, bytes, (errors == "" ? "-" : errors), loadavg, alone * 1000
    }' "$out" >>"$RESULTS"
  tail -n 1 "$RESULTS" | awk -F'\t' '{
    printf "  %-16s %-9s %8s req/s  p50 %8s ms  p99 %8s ms  RSS %6s KiB  alone %8s ms  (%s requests, %s matches, %s B/response, load average %s before, errors: %s)\n",
      $2, $3, $4, $5, $6, $7, $13, $8, $9, $10, $12, $11 }'
}

for N in "$@"; do
  echo
  echo "== $N cases (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  CASES="$WORK/cases-$N.jsonl"
  "$BIN" demo generate --count "$N" --seed "$SEED" --output "$CASES"
  DATA="$WORK/observa-$N"
  start=$(date +%s%N)
  "$BIN" --data-dir "$DATA" import jsonl "$CASES" >/dev/null
  echo "Observa import: $(seconds "$start") s"
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$BIN" --data-dir "$DATA" reindex >/dev/null 2>"$WORK/reindex.log" ||
    { cat "$WORK/reindex.log" >&2; exit 1; }
  read -r elapsed peak <"$WORK/time.txt"
  echo "Observa reindex (search index for $N cases): $elapsed s, peak RSS $peak KiB, index $(du -sh "$DATA/index" | cut -f1)"
  sed 's/\x1b\[[0-9;]*m//g; s/^/  (reindex log) /' "$WORK/reindex.log"
  PEER="$WORK/peer.db"
  start=$(date +%s%N)
  "$PYTHON" bench/datasette_load.py "$CASES" "$PEER" >/dev/null
  echo "Datasette load (bench/datasette_load.py, insert + FTS5): $(seconds "$start") s, database $(du -h "$PEER" | cut -f1)"

  "$BIN" --data-dir "$DATA" serve --bind "127.0.0.1:$OBSERVA_PORT" --api-rate-limit 0 >"$WORK/observa.log" 2>&1 &
  OBSERVA=$!
  "$PYTHON" -m datasette serve "$PEER" --host 127.0.0.1 --port "$DATASETTE_PORT" \
    --setting default_facet_size 1000 --setting sql_time_limit_ms 60000 \
    --setting facet_time_limit_ms 60000 --setting suggest_facets off \
    >"$WORK/datasette.log" 2>&1 &
  DATASETTE=$!
  O="http://127.0.0.1:$OBSERVA_PORT"
  D="http://127.0.0.1:$DATASETTE_PORT/peer/cases.json"
  start=$(date +%s%N)
  wait_for "$O/healthz" Observa || { cat "$WORK/observa.log" >&2; exit 1; }
  # Ready means every case is searchable: wait until the index holds all N (it should at once).
  for _ in $(seq 600); do
    total=$(curl -sf "$O/api/v1/cases?facets=none&per_page=1" | "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)["total"])' 2>/dev/null || echo 0)
    [ "$total" = "$N" ] && break
    sleep 0.2
  done
  echo "Observa serving: all $N cases searchable after $(seconds "$start") s (total $total), RSS $(rss "$OBSERVA") KiB"
  wait_for "$D?_size=1" Datasette || { cat "$WORK/datasette.log" >&2; exit 1; }
  echo "Datasette serving, RSS $(rss "$DATASETTE") KiB"

  echo "Agreement on $QUERIES (total, then country, year and sector/themes facet counts):"
  "$PYTHON" - "$O" "$D" "$QUERIES" <<'PY' || status=1
import json, sys, urllib.parse, urllib.request
observa, datasette, queries = sys.argv[1:]

def get(url):
    with urllib.request.urlopen(url, timeout=120) as r:
        return json.load(r)

def compare(ours_q, theirs_q):
    """The differences between Observa on ours_q and Datasette on theirs_q, and both totals."""
    o = get(f"{observa}/api/v1/cases?q={urllib.parse.quote(ours_q, safe='')}"
            "&facets=country,year,sector&facet_limit=1000&per_page=1")
    d = get(f"{datasette}?_search={urllib.parse.quote(theirs_q, safe='')}"
            "&_facet_array=countries&_facet=year&_facet_array=themes&_size=1")
    problems = []
    if o["total"] != d["filtered_table_rows_count"]:
        problems.append(f"total: Observa {o['total']}, Datasette {d['filtered_table_rows_count']}")
    values = 0
    for ours, theirs in (("country", "countries"), ("year", "year"), ("sector", "themes")):
        a = {str(v["value"]): v["count"] for v in o["facets"].get(ours, [])}
        facet = d["facet_results"].get(theirs, {})
        if facet.get("truncated"):
            problems.append(f"{theirs}: Datasette's facet is truncated")
        b = {str(v["value"]): v["count"] for v in facet.get("results", [])}
        values += len(a)
        diff = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if diff:
            shown = ", ".join(f"{k} {a.get(k, 0)}/{b.get(k, 0)}" for k in diff[:12])
            more = f" and {len(diff) - 12} more" if len(diff) > 12 else ""
            problems.append(f"{ours} ({len(a)}/{len(b)} values), Observa/Datasette differ on "
                            f"{len(diff)}: {shown}{more}")
    return problems, o["total"], d["filtered_table_rows_count"], values

failed = False
for line in open(queries, encoding="utf-8"):
    q = line.strip()
    if not q or q.startswith("#"):
        continue
    # Datasette's FTS holds the title and the texts; Observa's unscoped search also looks in
    # the vocabulary labels (tags, technologies, sectors in four languages: "santé" finds the
    # health sector), so the same question to Observa is the phrase scoped to those parts.
    scoped = f"title:{q} OR pitch:{q} OR text:{q}"
    problems, ours, theirs, values = compare(scoped, q)
    unscoped = get(f"{observa}/api/v1/cases?q={urllib.parse.quote(q, safe='')}&facets=none&per_page=1")["total"]
    if not problems:
        print(f"  {q}: agree, {ours} cases, {values} facet values "
              f"(unscoped, with vocabulary labels: {unscoped})")
        continue
    failed = True
    print(f"  {q}: DISAGREE (Observa {ours}, Datasette {theirs})")
    for p in problems:
        print(f"    {p}")
sys.exit(1 if failed else 0)
PY

  # Publish to searchable: another process imports a new case while the server runs; the time
  # from the import's exit to the first search that finds it (the server polls every 200 ms).
  for probe in 1 2 3; do
    word="probe$RANDOM$probe"
    head -1 "$CASES" | "$PYTHON" -c 'import json, sys
case = json.loads(sys.stdin.read())
case["slug"] = sys.argv[1]
case["title"] = "Latency " + sys.argv[1]
print(json.dumps(case))' "$word" >"$WORK/probe.jsonl"
    "$BIN" --data-dir "$DATA" import jsonl "$WORK/probe.jsonl" >/dev/null 2>&1
    start=$(date +%s%N)
    until [ "$(curl -sf "$O/api/v1/cases?q=title:$word&facets=none&per_page=1" | "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)["total"])')" = 1 ]; do
      [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 30 ] || { echo "probe $word never found" >&2; exit 1; }
      sleep 0.01
    done
    echo "Publish to searchable (probe $probe): $(( ($(date +%s%N) - start) / 1000000 )) ms after the import committed"
  done

  q=digital
  load "$N" "search+3 facets" Observa "$OBSERVA" "$O/api/v1/cases?q=$q&$FACETS_OBSERVA&per_page=20"
  load "$N" "search+3 facets" Datasette "$DATASETTE" "$D?_search=$q&$FACETS_DATASETTE&_size=20"
  load "$N" "plain search" Observa "$OBSERVA" "$O/api/v1/cases?q=$q&facets=none&per_page=20"
  load "$N" "plain search" Datasette "$DATASETTE" "$D?_search=$q&_size=20"
  stop "$OBSERVA"; OBSERVA=""
  stop "$DATASETTE"; DATASETTE=""
  rm -rf "$DATA" "$PEER" "$CASES"
done

echo
echo "Summary (query \"digital\", wrk -t$THREADS -c$CONNECTIONS -d$DURATION; RSS after the run)"
echo "Ratios are Observa/Datasette: above 1 for req/s and below 1 for p50, p99 and RSS favour Observa."
echo "\"alone\" is the median latency of 3 requests sent one at a time, without load."
printf '%-8s %-16s %-9s %10s %9s %9s %10s %9s %9s\n' N workload server "req/s" "p50 ms" "p99 ms" "RSS KiB" "alone ms" requests
awk -F'\t' '{ printf "%-8s %-16s %-9s %10s %9s %9s %10s %9s %9s\n", $1, $2, $3, $4, $5, $6, $7, $13, $8 }' "$RESULTS"
awk -F'\t' '
  function ratio(a, b) { return (a == "n/a" || b == "n/a" || b + 0 == 0) ? "n/a" : sprintf("%.3gx", a / b) }
  $3 == "Observa" { o[$1 "\t" $2] = $0 }
  $3 == "Datasette" { d[$1 "\t" $2] = $0 }
  END {
    for (k in o) if (k in d) {
      split(o[k], a, "\t"); split(d[k], b, "\t")
      printf "%-8s %-16s ratio     %10s %9s %9s %10s %9s\n", a[1], a[2], ratio(a[4], b[4]), ratio(a[5], b[5]), ratio(a[6], b[6]), ratio(a[7], b[7]), ratio(a[13], b[13])
    }
  }' "$RESULTS" | sort -n -k1,1 -k2,2
awk -F'\t' -v c="$CONNECTIONS" '$1 == 100000 && $2 == "search+3 facets" && $3 == "Observa" {
  printf "Target for 100000 cases, search + three facets, %s connections: Observa >= 1200 req/s (%s: %s), p50 <= 5 ms (%s: %s)\n",
    c, $4, ($4 >= 1200 ? "met" : "NOT met"), $5, ($5 != "n/a" && $5 <= 5 ? "met" : "NOT met") }' "$RESULTS"
if [ "$status" -ne 0 ]; then
  echo "The two sides DISAGREE on some queries (see above)."
fi
exit "$status"
