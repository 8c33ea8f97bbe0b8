#!/usr/bin/env bash
# Cold start to ready, and resident memory once the demo data has loaded, of the embedded default.
# Each run starts the packaged jar on an empty data directory, times it to the "Registry ready"
# log line, then waits for "Demo data loaded" (it loads in the background) and reads RSS from /proc.
# Usage: infra/bench/startup.sh [runs]   (build first: ./mvnw -DskipTests package)
# Prints a Markdown table for docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=infra/target/registry.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Class-data sharing: Boot's extracted layout plus an archive from one training run.
java -Djarmode=tools -jar "$jar" extract --force --destination "$work/app" >/dev/null
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh \
     -jar "$work/app/registry.jar" --registry.data-dir="$work/training" --server.port=0 >/dev/null 2>&1 || true

measure() { # label, then the java command line
  local label=$1; shift
  local total_ms=0 total_rss=0
  for i in $(seq 1 "$runs"); do
    local dir="$work/run-$label-$i" log="$work/$label-$i.log"
    local start; start=$(date +%s%N)
    "$@" --server.port=0 --registry.data-dir="$dir" >"$log" 2>&1 &
    local pid=$!
    local deadline=$((SECONDS + 180))
    until grep -q "Registry ready at" "$log"; do
      kill -0 "$pid" 2>/dev/null || { echo "exited early, see $log" >&2; cat "$log" >&2; exit 1; }
      [ $SECONDS -lt $deadline ] || { kill -9 "$pid"; echo "not ready in 120 s" >&2; exit 1; }
      sleep 0.05
    done
    local ms=$(( ($(date +%s%N) - start) / 1000000 ))
    until grep -q "Demo data loaded" "$log"; do
      [ $SECONDS -lt $deadline ] || { kill -9 "$pid"; echo "demo data not loaded in time" >&2; exit 1; }
      sleep 0.2
    done
    local rss; rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    total_ms=$((total_ms + ms)); total_rss=$((total_rss + rss))
  done
  printf '| %s | %d | %.2f s | %d MiB |\n' "$label" "$runs" "$(echo "$total_ms / $runs / 1000" | bc -l)" \
    $((total_rss / runs))
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%F)"
echo
echo "| launch | runs | start to ready (mean) | RSS after demo data (mean) |"
echo "|---|---|---|---|"
measure "java -jar (defaults)" java -jar "$jar"
measure "extracted + CDS + -Xmx256m" java -XX:SharedArchiveFile="$work/app.jsa" -Xmx256m -XX:+UseSerialGC \
  -XX:TieredStopAtLevel=1 -jar "$work/app/registry.jar"
measure "extracted + CDS + -Xmx256m, C2 on" java -XX:SharedArchiveFile="$work/app.jsa" -Xmx256m -XX:+UseSerialGC \
  -jar "$work/app/registry.jar"
