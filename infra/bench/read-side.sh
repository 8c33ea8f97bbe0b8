#!/usr/bin/env bash
# Read side (issue 5): how fast every projection is rebuilt from the event store, and whether a filtered
# registry page stays as fast at 10,000 certifications as at 100.
# For each size it starts the packaged jar on an empty data directory with the history generator
# (registry.generator.certifications: imports, monitoring checks, suspensions, revocations, re-issues through
# the real commands), waits until every projection has caught up, then
#   - measures GET /api/v1/certifications with two filters and a page with wrk (2 threads, 8 connections)
#     and reports its p99 latency;
#   - rebuilds every projection at once and reports the event-store positions replayed, the wall time until
#     the last one finished and the events per second, from the registry's own status list.
# Usage: infra/bench/read-side.sh [seconds-per-wrk-run]   (build first: ./mvnw -DskipTests package;
# needs wrk: apt-get install wrk). Prints Markdown tables for docs/performance.md.
cd "$(dirname "$0")/../.."
source infra/bench/lib.sh
need_wrk
duration=${1:-20}
port=18181
page="/api/v1/certifications?field=TRANSPORT&level=L2&page=0&size=20"

machine
declare -A latency
for size in 100 10000; do
  start "$size"
  wait_caught_up
  warm "$page"
  read -r _ latency[$size] <<<"$(measure "$page" "$duration")"
  if [ "$size" = 10000 ]; then
    echo
    echo "Rebuild of every projection at once ($size certifications):"
    echo
    echo "| projections | event-store positions | wall time | events/s (positions ÷ wall time) | slowest projection, events/s | each |"
    echo "|---|---|---|---|---|---|"
    rebuild | awk -F'\t' '{ printf "| %s | %s | %s s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }'
  fi
  stop
done
echo
echo "Filtered registry page \`$page\`, wrk -t2 -c8 -d${duration}s:"
echo
echo "| certifications | p99 |"
echo "|---|---|"
echo "| 100 | ${latency[100]} ms |"
echo "| 10,000 | ${latency[10000]} ms |"
echo
echo "p99 at 10,000 ÷ p99 at 100: $(echo "scale=2; ${latency[10000]} / ${latency[100]}" | bc)"
