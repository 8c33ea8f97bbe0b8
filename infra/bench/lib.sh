#!/usr/bin/env bash
# Shared by the benchmark scripts (all.sh runs every figure; the others run one group each): the packaged jar
# started with a generated history, wrk's figures, the projections' status, cold start. Sourced from the
# repository root; the caller sets $port.
set -euo pipefail
jar=infra/target/registry.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
admin=(-s -u admin:demo)

need_wrk() {
  command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
}

measure() { # path, seconds[, wrk script] → "requests/s p99-in-ms" (wrk, 2 threads, 8 connections)
  wrk -t2 -c8 -d"$2s" --latency ${3:+-s "$3"} "http://localhost:$port$1" | awk '
    /Requests\/sec/ { rps = $2 }
    / 99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) }
             else if (v ~ /s$/) { sub(/s/, "", v); v = v * 1000 }; p99 = v }
    END { printf "%.0f %.2f", rps, p99 }'
}

warm() { # path: a few seconds of load first, so the JIT has compiled the path before it is measured
  curl -s -o /dev/null "http://localhost:$port$1"
  wrk -t2 -c8 -d3s "http://localhost:$port$1" >/dev/null
}

measure_public_reads() { # seconds: the static file, an active certificate's check and the registry page with two
  # filters, one after another, each warmed up first (P1, P2). Sets static, verify, registry (the paths) and
  # static_rps static_p99 verify_rps verify_p99 registry_rps registry_p99.
  local number
  number=$(curl -s "localhost:$port/api/v1/certifications?status=ACTIVE&size=1" | python3 -c '
import json, sys; print(json.load(sys.stdin)["items"][0]["certificateNumber"])')
  static=/css/site.css
  verify=/api/v1/verify/$number
  registry="/certifications?field=TRANSPORT&level=L2"
  for path in "$static" "$verify" "$registry"; do warm "$path"; done
  read -r static_rps static_p99 <<<"$(measure "$static" "$1")"
  read -r verify_rps verify_p99 <<<"$(measure "$verify" "$1")"
  read -r registry_rps registry_p99 <<<"$(measure "$registry" "$1")"
}

machine() {
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%F)"
}

start() { # certifications [more registry options]: returns once the generator has sent the whole history
  local size=$1; shift
  log="$work/registry-$size.log"
  : >"$log"
  java -Xmx1g -jar "$jar" --server.port=$port --registry.data-dir="$work/data-$size" \
    --registry.demo.load-data=false --registry.generator.certifications="$size" \
    --registry.rate-limit.enabled=false "$@" >"$log" 2>&1 &
  pid=$!
  local shown=
  until grep -q "History generated" "$log"; do
    kill -0 "$pid" 2>/dev/null || { echo "exited early, see $log" >&2; tail -50 "$log" >&2; exit 1; }
    if grep -q "History generator stopped" "$log"; then tail -50 "$log" >&2; exit 1; fi
    local line; line=$(grep -o "History generator \[.*" "$log" | tail -1 || true)
    if [ -n "$line" ] && [ "$line" != "$shown" ]; then printf '\r%s' "$line" >&2; shown=$line; fi
    sleep 1
  done
  printf '\r%s\n' "$(grep -o "History generated: .*" "$log")" >&2
}

stop() {
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
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

rebuild() { # rebuilds every projection at once; prints: projections, events, wall seconds, events/s, slowest, each
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
print("%d\t%d\t%.1f\t%d\t%d\t%s" % (len(status), events, wall, events / wall, slowest, names))'
}

open_sheets() { # count → "application:evaluator" of that many committee members' sheets in document evaluation
  curl -s -u operator:demo "localhost:$port/api/v1/applications" | python3 -c '
import json, sys
sheets = ["%s:%s" % (a["applicationId"], e) for a in json.load(sys.stdin) if a["state"] == "DOCUMENT_EVALUATION"
          for e in a["evaluators"]]
print("\n".join(sheets[:int(sys.argv[1])]))' "$1"
}

command_throughput() { # seconds, clients, basic|session → "commands/s acknowledged refused"
  # shellcheck disable=SC2046
  java infra/bench/CommandThroughput.java "http://localhost:$port" "$1" "$3" $(open_sheets "$2")
}

cds_archive() { # Boot's extracted layout plus a class-data sharing archive from one training run, as infra/run.sh
  java -Djarmode=tools -jar "$jar" extract --force --destination "$work/app" >/dev/null
  java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh \
       -jar "$work/app/registry.jar" --registry.data-dir="$work/training" --server.port=0 >/dev/null 2>&1 || true
}

cold_start() { # runs, label, then the java command line → "label|runs|seconds to ready|RSS MiB after demo data"
  local runs=$1 label=$2; shift 2
  local total_ms=0 total_rss=0
  for i in $(seq 1 "$runs"); do
    local dir="$work/run-${label// /_}-$i" log="$work/start-${label// /_}-$i.log"
    : >"$log" # exists before the first look at it
    local began; began=$(date +%s%N)
    "$@" --server.port=0 --registry.data-dir="$dir" >"$log" 2>&1 &
    local started=$!
    local deadline=$((SECONDS + 180))
    until grep -q "Registry ready at" "$log"; do
      kill -0 "$started" 2>/dev/null || { echo "exited early, see $log" >&2; cat "$log" >&2; exit 1; }
      [ $SECONDS -lt $deadline ] || { kill -9 "$started"; echo "not ready in 180 s" >&2; exit 1; }
      sleep 0.05
    done
    local ms=$(( ($(date +%s%N) - began) / 1000000 ))
    until grep -q "Demo data loaded" "$log"; do
      [ $SECONDS -lt $deadline ] || { kill -9 "$started"; echo "demo data not loaded in time" >&2; exit 1; }
      sleep 0.2
    done
    local rss; rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$started/status)
    kill "$started"; wait "$started" 2>/dev/null || true
    total_ms=$((total_ms + ms)); total_rss=$((total_rss + rss))
  done
  printf '%s|%d|%.2f|%d\n' "$label" "$runs" "$(echo "$total_ms / $runs / 1000" | bc -l)" $((total_rss / runs))
}
