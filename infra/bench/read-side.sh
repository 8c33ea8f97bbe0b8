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
duration=${1:-20}
port=18181
page="/api/v1/certifications?field=TRANSPORT&level=L2&page=0&size=20"

rebuild() { # prints: events, wall seconds, events/s over all projections, slowest projection's rate
  curl "${admin[@]}" -X POST "localhost:$port/api/v1/admin/projections/rebuild" >/dev/null
  until curl "${admin[@]}" "localhost:$port/api/v1/admin/projections" | python3 -c '
import json, sys
status = json.load(sys.stdin)
sys.exit(0 if all(p["lastRebuild"] and p["rebuild"] is None for p in status) else 1)'; do sleep 2; done
  curl "${admin[@]}" "localhost:$port/api/v1/admin/projections" | python3 -c '
import json, sys
from datetime import datetime
status = json.load(sys.stdin)
at = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
begin = min(at(p["lastRebuild"]["startedAt"]) for p in status)
end = max(at(p["lastRebuild"]["finishedAt"]) for p in status)
events = max(p["lastRebuild"]["events"] for p in status)
wall = (end - begin).total_seconds()
slowest = min(p["lastRebuild"]["eventsPerSecond"] for p in status)
names = ", ".join("%s %d/s" % (p["name"], p["lastRebuild"]["eventsPerSecond"]) for p in status)
print("| %d | %d | %.1f s | %d | %d | %s |" % (len(status), events, wall, events / wall, slowest, names))'
}

machine
declare -A latency
for size in 100 10000; do
  start "$size"
  wait_caught_up
  curl -s -o /dev/null "http://localhost:$port$page" # warm-up
  wrk -t2 -c8 -d5s "http://localhost:$port$page" >/dev/null
  read -r _ latency[$size] <<<"$(measure "$page" "$duration")"
  if [ "$size" = 10000 ]; then
    echo
    echo "Rebuild of every projection at once ($size certifications):"
    echo
    echo "| projections | event-store positions | wall time | events/s (positions ÷ wall time) | slowest projection, events/s | each |"
    echo "|---|---|---|---|---|---|"
    rebuild
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
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
