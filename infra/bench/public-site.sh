#!/usr/bin/env bash
# Public site (issue 6): with 10,000 certifications loaded, the certificate check and a filtered registry page
# against a static file served by the same app, side by side in one run (wrk, 2 threads, 8 connections).
# Targets: /api/v1/verify/{number} ≥ 0.6 × the static file's throughput with p99 < 20 ms; the registry page
# with two filters ≥ 0.4 ×.
# Usage: infra/bench/public-site.sh [seconds-per-run]   (build first: ./mvnw -DskipTests package; needs wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-20}
jar=infra/target/registry.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
port=18182
source "$(dirname "$0")/lib.sh"

run() { # path → "requests/s p99-ms"
  wrk -t2 -c8 -d"${duration}s" --latency "http://localhost:$port$1" | awk '
    /Requests\/sec/ { rps = $2 }
    / 99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) }
             else if (v ~ /s$/) { sub(/s/, "", v); v = v * 1000 }; p99 = v }
    END { printf "%.0f %.2f", rps, p99 }'
}

start 10000
wait_caught_up
number=$(curl -s "localhost:$port/api/v1/certifications?status=ACTIVE&size=1" | python3 -c '
import json, sys; print(json.load(sys.stdin)["items"][0]["certificateNumber"])')
static=/css/site.css
verify=/api/v1/verify/$number
registry="/certifications?field=TRANSPORT&level=L2"
for path in "$static" "$verify" "$registry"; do wrk -t2 -c8 -d3s "http://localhost:$port$path" >/dev/null; done
read -r static_rps static_p99 <<<"$(run "$static")"
read -r verify_rps verify_p99 <<<"$(run "$verify")"
read -r registry_rps registry_p99 <<<"$(run "$registry")"

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%F), 10,000 certifications"
echo
echo "| request | requests/s | p99 | ratio to the static file | target |"
echo "|---|---|---|---|---|"
echo "| static file \`$static\` | $static_rps | $static_p99 ms | 1 | |"
echo "| \`/api/v1/verify/{number}\` | $verify_rps | $verify_p99 ms | $(echo "scale=2; $verify_rps / $static_rps" | bc) | ≥ 0.6, p99 < 20 ms |"
echo "| registry page \`$registry\` | $registry_rps | $registry_p99 ms | $(echo "scale=2; $registry_rps / $static_rps" | bc) | ≥ 0.4 |"
