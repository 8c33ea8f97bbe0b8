#!/usr/bin/env bash
# Starts the registry in its embedded default: builds the jar if needed, prepares class-data
# sharing once (an archive of the classes loaded at start, which halves the start time), then
# runs it. Extra arguments go to the registry, e.g. --server.port=8081 --registry.data-dir=/srv/data
set -euo pipefail
cd "$(dirname "$0")/.."
jar=infra/target/registry.jar
app=infra/target/app
if [ ! -f "$jar" ]; then
  ./mvnw -q -DskipTests package
fi
if [ ! -f "$app/registry.jsa" ] || [ "$jar" -nt "$app/registry.jsa" ]; then
  echo "Preparing class-data sharing (once per build)..."
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
  training=$(mktemp -d)
  java -XX:ArchiveClassesAtExit="$app/registry.jsa" -Dspring.context.exit=onRefresh \
       -jar "$app/registry.jar" --server.port=0 --registry.data-dir="$training" >/dev/null 2>&1 || true
  rm -rf "$training"
fi
exec java -XX:SharedArchiveFile="$app/registry.jsa" -Xmx256m -XX:+UseSerialGC -jar "$app/registry.jar" "$@"
