#!/usr/bin/env bash
# Public site (issue 6): with 10,000 certifications loaded, the certificate check and a filtered registry page
# against a static file served by the same app, side by side in one run (wrk, 2 threads, 8 connections).
# Targets: /api/v1/verify/{number} ≥ 0.6 × the static file's throughput with p99 < 20 ms; the registry page
# with two filters ≥ 0.4 ×.
# Besides the saturating runs: the registry page when no rendered page is kept for its address (unseen-query.lua:
# rendered on every request), and the p99 of the check and of the static file under a steady load below saturation
# (paced.lua, each connection waits PACE_MS, 40 by default: about 200 requests/s).
# The certifications are imported ones only (registry.generator.full-case-percent=0): what these requests read is the
# registry, not the evaluations behind it, and the ten-year history with full cases is all.sh's.
# Usage: infra/bench/public-site.sh [seconds-per-run]   (build first: ./mvnw -DskipTests package; needs wrk)
cd "$(dirname "$0")/../.."
source infra/bench/lib.sh
need_wrk
duration=${1:-20}
port=18182

start 10000 --registry.generator.full-case-percent=0
wait_caught_up
measure_public_reads "$duration"
read -r unseen_rps unseen_p99 <<<"$(measure "$registry" "$duration" infra/bench/unseen-query.lua)"
read -r _ static_paced_p99 <<<"$(measure "$static" "$duration" infra/bench/paced.lua)"
read -r verify_paced_rps verify_paced_p99 <<<"$(measure "$verify" "$duration" infra/bench/paced.lua)"

machine
echo "10,000 certifications"
echo
echo "| request | requests/s | p99 | ratio to the static file | target |"
echo "|---|---|---|---|---|"
echo "| static file \`$static\` | $static_rps | $static_p99 ms | 1 | |"
echo "| \`/api/v1/verify/{number}\` | $verify_rps | $verify_p99 ms | $(echo "scale=2; $verify_rps / $static_rps" | bc) | ≥ 0.6, p99 < 20 ms |"
echo "| registry page \`$registry\` | $registry_rps | $registry_p99 ms | $(echo "scale=2; $registry_rps / $static_rps" | bc) | ≥ 0.4 |"
echo "| the same page, a new address each time (rendered on every request) | $unseen_rps | $unseen_p99 ms | $(echo "scale=2; $unseen_rps / $static_rps" | bc) | |"
echo
echo "Steady load below saturation (paced.lua, ${PACE_MS:-40} ms between a connection's requests):"
echo
echo "| request | requests/s | p99 | target |"
echo "|---|---|---|---|"
echo "| static file \`$static\` | | $static_paced_p99 ms | |"
echo "| \`/api/v1/verify/{number}\` | $verify_paced_rps | $verify_paced_p99 ms | p99 < 20 ms |"
