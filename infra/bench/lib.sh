#!/usr/bin/env bash
# Shared by the benchmark scripts: start the packaged jar with a generated history and wait for it.
# Expects: $jar, $work, $port; sets $pid.
admin=(-s -u admin:demo)

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

