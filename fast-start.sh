#!/usr/bin/env bash
# Builds the fast-start layout of UniRegion in target/fast-start: the fat jar extracted (an application jar and its
# libraries side by side, which the JVM opens faster than jars nested in a jar) and a class-data-sharing archive of
# the classes a start loads (made by a training run: one start on a throw-away data directory, stopped when healthy).
# A restart on an existing data directory takes about half the time of `java -jar target/uniregion-*.jar`.
#
#   ./fast-start.sh                     builds it (the fat jar first, when the sources are newer than it)
#   target/fast-start/uniregion.sh      runs it; arguments are passed on (e.g. --server.port=9090)
#
# The archive belongs to the Java that made it: build again after changing Java (a different one ignores the archive
# with a warning and starts as fast as the extracted jar alone). JAVA_OPTS (default -Xmx768m) holds the JVM options of
# the training run and of uniregion.sh. Maven arguments (e.g. offline): MAVEN_ARGS=-o ./fast-start.sh
set -euo pipefail
cd "$(dirname "$0")"

say() { printf 'fast-start.sh: %s\n' "$*" >&2; }

case "${1:-}" in -h|--help) sed -n '2,12p' "$0" | cut -c3-; exit 0 ;; esac
command -v curl >/dev/null || { say "needs curl (to see when the training run is healthy)"; exit 2; }

jar=$(ls target/uniregion-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -type f -print -quit)" ]; then
  say "building the fat jar (./mvnw -DskipTests package)"
  ./mvnw -B -q -DskipTests -Djacoco.skip=true package
  jar=$(ls target/uniregion-*.jar | grep -v -- '-plain\.jar$' | head -1)
fi

# Absolute paths: the archive records the class path it was made with, and is used only with the same one.
out=$PWD/target/fast-start
training=$PWD/target/fast-start-training
rm -rf "$out" "$training"
java -Djarmode=tools -jar "$jar" extract --destination "$out" --application-filename uniregion.jar >/dev/null
say "extracted $jar to target/fast-start"

# The training run: a first start on a fresh data directory (its own embedded PostgreSQL), then a graceful stop
# (SIGTERM), at which the JVM writes the classes it loaded to the archive.
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx768m} -XX:ArchiveClassesAtExit="$out/uniregion.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -jar "$out/uniregion.jar" --uniregion.data-dir="$training" --server.port=0 --uniregion.demo.enabled=false \
  --uniregion.startup.warm-up-rounds=1 >"$out/training.log" 2>&1 &
pid=$!
stop() { if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" || true; fi; }
trap 'stop; exit 130' INT TERM
say "training run (pid $pid, log $out/training.log)"
port=""
for _ in $(seq 600); do
  kill -0 "$pid" 2>/dev/null || { say "the training run stopped; see $out/training.log"; exit 2; }
  port=${port:-$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$out/training.log" | head -1)}
  if [ -n "$port" ] && curl -sf -o /dev/null "http://localhost:$port/actuator/health"; then break; fi
  sleep 0.5
done
[ -n "$port" ] || { stop; say "the training run was not healthy within 5 minutes; see $out/training.log"; exit 2; }
# Let the background start-up work (index check, OpenAPI, one warm-up round) load its classes too.
for _ in $(seq 120); do
  grep -q "Background start-up task warm-up done" "$out/training.log" && break
  sleep 0.5
done
stop
trap - INT TERM
rm -rf "$training"
[ -s "$out/uniregion.jsa" ] || { say "no archive written; see $out/training.log"; exit 2; }

cat >"$out/uniregion.sh" <<'EOF'
#!/usr/bin/env bash
# UniRegion from its fast-start layout (made by ./fast-start.sh); arguments are passed on to the product.
here=$(cd "$(dirname "$0")" && pwd)
opts=${JAVA_OPTS:--Xmx768m}
archive=-XX:SharedArchiveFile="$here/uniregion.jsa"
# Java 17 crashes at start-up (SIGSEGV in check_shared_class_file_load_hook) when a flight recording or an agent
# watches class loading while classes come from a dynamic archive: start without the archive then.
case " $opts ${JAVA_TOOL_OPTIONS:-} " in
  *StartFlightRecording*|*-javaagent*|*-agentlib*|*-agentpath*)
    echo "uniregion.sh: a flight recording or an agent is on: starting without the class-data archive" >&2
    archive=-Xshare:auto ;;
esac
# shellcheck disable=SC2086
exec java $opts "$archive" -jar "$here/uniregion.jar" "$@"
EOF
chmod +x "$out/uniregion.sh"
say "done: $out/uniregion.sh starts UniRegion ($(du -sh "$out/uniregion.jsa" | cut -f1) class-data archive)"
