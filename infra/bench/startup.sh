#!/usr/bin/env bash
# Cold start to ready, and resident memory once the demo data has loaded, of the embedded default.
# Each run starts the packaged jar on an empty data directory, times it to the "Registry ready"
# log line, then waits for "Demo data loaded" (it loads in the background) and reads RSS from /proc.
# Usage: infra/bench/startup.sh [runs]   (build first: ./mvnw -DskipTests package)
# Prints a Markdown table for docs/performance.md.
cd "$(dirname "$0")/../.."
source infra/bench/lib.sh
runs=${1:-3}

cds_archive
machine
echo
echo "| launch | runs | start to ready (mean) | RSS after demo data (mean) |"
echo "|---|---|---|---|"
row() { IFS='|' read -r label n seconds rss; printf '| %s | %s | %s s | %s MiB |\n' "$label" "$n" "$seconds" "$rss"; }
cold_start "$runs" "java -jar (defaults)" java -jar "$jar" | row
cold_start "$runs" "extracted + CDS + -Xmx256m" java -XX:SharedArchiveFile="$work/app.jsa" -Xmx256m -XX:+UseSerialGC \
  -XX:TieredStopAtLevel=1 -jar "$work/app/registry.jar" | row
cold_start "$runs" "extracted + CDS + -Xmx256m, C2 on" java -XX:SharedArchiveFile="$work/app.jsa" -Xmx256m \
  -XX:+UseSerialGC -jar "$work/app/registry.jar" | row
