#!/usr/bin/env bash
# Every performance figure of issue 8 (P1…P6) in one run, each as a ratio to its ceiling, written as a dated table
# into docs/performance.md (section "Latest run", replaced on every run; the explanations around it stay).
#   P6  cold start to ready and RSS after the demo data (extracted jar + class-data sharing, as infra/run.sh)
#   P5  p99 of the filtered registry lookup at $SMALL certifications, then at $CERTIFICATIONS
#   P1  /api/v1/verify/{number} against a static file of the same app, P2 the registry page with two filters
#   P3  score commands over HTTP, $CLIENTS concurrent evaluator clients, only acknowledged ones counted
#   P4  rebuild of every projection at once from the whole generated history
# Options (environment): CERTIFICATIONS=10000 SMALL=100 SECONDS_PER_RUN=20 STARTUP_RUNS=2 CLIENTS=8
# A quick check: CERTIFICATIONS=300 SMALL=50 SECONDS_PER_RUN=3 STARTUP_RUNS=1 infra/bench/all.sh
# Build first (./mvnw -DskipTests package); needs wrk, curl, python3, bc.
cd "$(dirname "$0")/../.."
source infra/bench/lib.sh
need_wrk
certifications=${CERTIFICATIONS:-10000}
small=${SMALL:-100}
duration=${SECONDS_PER_RUN:-20}
startup_runs=${STARTUP_RUNS:-2}
clients=${CLIENTS:-8}
port=18183
lookup="/api/v1/certifications?field=TRANSPORT&level=L2&page=0&size=20"
results="$work/results"

figure() { echo "$*" >>"$results"; } # key value...
load=$(cut -d' ' -f1-3 /proc/loadavg) # other work on the machine skews every figure: the table says how much

echo "P6: cold start ($startup_runs runs)" >&2
cds_archive
IFS='|' read -r _ _ ready rss <<<"$(cold_start "$startup_runs" cds java -XX:SharedArchiveFile="$work/app.jsa" \
  -Xmx256m -XX:+UseSerialGC -jar "$work/app/registry.jar")"
figure P6 "$ready" "$rss"

echo "P5: $small certifications" >&2
start "$small"
wait_caught_up
warm "$lookup"
read -r _ small_p99 <<<"$(measure "$lookup" "$duration")"
stop

echo "Generating $certifications certifications" >&2
generation_started=$SECONDS
start "$certifications"
generated=$(grep -o "History generated: .*" "$log")
generation_seconds=$((SECONDS - generation_started))
echo "Waiting for the projections to catch up" >&2
wait_caught_up
caught_up_seconds=$((SECONDS - generation_started))
events=$(curl "${admin[@]}" "localhost:$port/api/v1/admin/projections" | python3 -c '
import json, sys; print(max(p["head"] for p in json.load(sys.stdin)))')
figure GEN "$events" "$generation_seconds" "$caught_up_seconds" "$generated"

echo "P5, P1, P2" >&2
warm "$lookup"
read -r _ large_p99 <<<"$(measure "$lookup" "$duration")"
figure P5 "$small_p99" "$large_p99"
measure_public_reads "$duration"
figure P1 "$static_rps" "$static_p99" "$verify_rps" "$verify_p99"
figure P2 "$static_rps" "$registry_rps" "$registry_p99"

echo "P3: $clients clients scoring" >&2
read -r session_rate session_ok session_refused <<<"$(command_throughput "$duration" "$clients" session)"
read -r basic_rate basic_ok basic_refused <<<"$(command_throughput "$duration" "$clients" basic)"
figure P3 "$session_rate" "$session_ok" "$session_refused" "$basic_rate" "$basic_ok" "$basic_refused"

echo "P4: rebuild" >&2
figure P4 "$(rebuild | tr '\t' ' ')"
stop

python3 infra/bench/report.py "$results" "$(machine), load average at the start $load" "$certifications" "$small" "$duration" "$clients" \
  "$startup_runs" docs/performance.md
echo "Written to docs/performance.md" >&2
