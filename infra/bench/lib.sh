#!/usr/bin/env bash
# Shared by the benchmark scripts: the packaged jar started with a generated history, and wrk's figures.
# Sourced from the repository root; the caller sets $port.
set -euo pipefail
jar=infra/target/registry.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
admin=(-s -u admin:demo)

measure() { # path, seconds → "requests/s p99-in-ms" (wrk, 2 threads, 8 connections)
  wrk -t2 -c8 -d"$2s" --latency "http://localhost:$port$1" | awk '
    /Requests\/sec/ { rps = $2 }
    / 99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) }
             else if (v ~ /s$/) { sub(/s/, "", v); v = v * 1000 }; p99 = v }
    END { printf "%.0f %.2f", rps, p99 }'
}

machine() {
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%F)"
}

start() { # certifications
  local log="$work/registry-$1.log"
  java -Xmx1g -jar "$jar" --server.port=$port --registry.data-dir="$work/data-$1" \
    --registry.demo.load-data=false --registry.generator.certifications="$1" \
    --registry.rate-limit.enabled=false >"$log" 2>&1 &
  pid=$!
  until grep -q "History generated" "$log"; do
    kill -0 "$pid" 2>/dev/null || { echo "exited early, see $log" >&2; tail -50 "$log" >&2; exit 1; }
    sleep 1
  done
}

caught_up() { # every processor running and at the head of the event store
  curl "${admin[@]}" "localhost:$port/api/v1/admin/projections" | python3 -c '
import json, sys
status = json.load(sys.stdin)
sys.exit(0 if status and all(p["status"] == "running" and p["position"] == p["head"] for p in status) else 1)'
}

wait_caught_up() {
  until caught_up; do sleep 2; done
}

