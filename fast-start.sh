#!/usr/bin/env bash
# Builds the fast-start layout of UniRegion in target/fast-start: the fat jar extracted (an application jar and its
# libraries side by side, which the JVM opens faster than jars nested in a jar) and a cache of what a start loads,
# made by a training run (one start on a throw-away data directory, stopped once its start-up work is done):
#  - with the `java` on PATH (Java 17 and later): a class-data-sharing archive of the classes a start loads;
#  - with FAST_START_JAVA naming a Java 25 or later: its ahead-of-time cache (JEP 483/514/515), which holds the
#    classes loaded and linked and the method profiles of the training run, so that the JIT compiles the hot paths
#    sooner after a start. The training run then loads the demo data and warms up longer (searches, pages, lists),
#    so that the profiles are those of real work.
# A restart on an existing data directory takes about half the time of `java -jar target/uniregion-*.jar`.
#
#   ./fast-start.sh                     builds it (the fat jar first, when the sources are newer than it)
#   FAST_START_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java ./fast-start.sh
#                                       the same with a Java 25's ahead-of-time cache (uniregion.sh then runs that Java)
#   target/fast-start/uniregion.sh      runs it; arguments are passed on (e.g. --server.port=9090)
#
# The archive or cache belongs to the Java that made it: build again after changing Java (a different one ignores it
# with a warning and starts as fast as the extracted jar alone). JAVA_OPTS (default -Xmx768m) holds the JVM options
# of the training run and of uniregion.sh. FAST_START_TRAINING_ROUNDS: warm-up rounds of the Java 25 training run
# (default 200). Maven arguments (e.g. offline): MAVEN_ARGS=-o ./fast-start.sh
set -euo pipefail
cd "$(dirname "$0")"

say() { printf 'fast-start.sh: %s\n' "$*" >&2; }

case "${1:-}" in -h|--help) sed -n '2,20p' "$0" | cut -c3-; exit 0 ;; esac
command -v curl >/dev/null || { say "needs curl (to see when the training run is healthy)"; exit 2; }

jar=$(ls target/uniregion-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -type f -print -quit)" ]; then
  say "building the fat jar (./mvnw -DskipTests package)"
  ./mvnw -B -q -DskipTests -Djacoco.skip=true package
  jar=$(ls target/uniregion-*.jar | grep -v -- '-plain\.jar$' | head -1)
fi

# The Java that makes and runs the layout: FAST_START_JAVA, else the `java` on PATH. A Java that knows
# -XX:AOTCacheOutput (25 and later) makes an ahead-of-time cache, an older one a class-data-sharing archive.
java=${FAST_START_JAVA:-$(command -v java || true)}
[ -n "$java" ] && [ -x "$java" ] || { say "no java (FAST_START_JAVA=${FAST_START_JAVA:-unset}, PATH has none)"; exit 2; }
java_version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p' | head -1)
if "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q '[[:space:]]AOTCacheOutput[[:space:]]'; then
  cache=uniregion.aot
  kind="ahead-of-time cache (classes and method profiles)"
  # The training run: the demo data (so that searches find something), then many warm-up rounds, so that the
  # profiles the cache records are those of the searches, pages and lists users ask for.
  record=(-XX:AOTCacheOutput=uniregion.aot)
  training_args=(--uniregion.startup.warm-up-rounds="${FAST_START_TRAINING_ROUNDS:-200}")
  use="-XX:AOTCache=\$here/uniregion.aot"
  wait_background=1200
else
  cache=uniregion.jsa
  kind="class-data archive"
  record=(-XX:ArchiveClassesAtExit=uniregion.jsa -Xlog:cds=off -Xlog:cds+dynamic=off)
  training_args=(--uniregion.demo.enabled=false --uniregion.startup.warm-up-rounds=1)
  use="-XX:SharedArchiveFile=\$here/uniregion.jsa"
  wait_background=120
fi

# Absolute paths: the archive records the class path it was made with, and is used only with the same one.
out=$PWD/target/fast-start
training=$PWD/target/fast-start-training
rm -rf "$out" "$training"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out" --application-filename uniregion.jar >/dev/null
say "extracted $jar to target/fast-start"

# The training run: a first start on a fresh data directory (its own embedded PostgreSQL), then a graceful stop
# (SIGTERM), at which the JVM writes the classes it loaded (on Java 25 also the method profiles) to the archive; a
# Java 25 then starts a second JVM that assembles the cache, which takes a while. It runs in $out, where the
# archive's relative name puts it.
# shellcheck disable=SC2086
(cd "$out" && exec "$java" ${JAVA_OPTS:--Xmx768m} "${record[@]}" -jar "$out/uniregion.jar" \
  --uniregion.data-dir="$training" --server.port=0 "${training_args[@]}" >"$out/training.log" 2>&1) &
pid=$!
stop() { if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" || true; fi; }
trap 'stop; exit 130' INT TERM
say "training run with Java $java_version for its $kind (pid $pid, log $out/training.log)"
port=""
for _ in $(seq 600); do
  kill -0 "$pid" 2>/dev/null || { say "the training run stopped; see $out/training.log"; exit 2; }
  port=${port:-$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$out/training.log" | head -1)}
  if [ -n "$port" ] && curl -sf -o /dev/null "http://localhost:$port/actuator/health"; then break; fi
  sleep 0.5
done
[ -n "$port" ] || { stop; say "the training run was not healthy within 5 minutes; see $out/training.log"; exit 2; }
# Let the background start-up work (demo data, index check, warm-up, OpenAPI) load its classes too.
for _ in $(seq "$wait_background"); do
  grep -q "Background start-up task api-docs done" "$out/training.log" && break
  sleep 0.5
done
stop
trap - INT TERM
rm -rf "$training"
[ -s "$out/$cache" ] || { say "no $kind written; see $out/training.log"; exit 2; }

{
  printf '#!/usr/bin/env bash\n'
  printf '# UniRegion from its fast-start layout (made by ./fast-start.sh with Java %s: %s);\n' "$java_version" "$kind"
  printf '# arguments are passed on to the product.\n'
  printf 'java=%q\n' "$java"
  printf 'here=$(cd "$(dirname "$0")" && pwd)\n'
  printf 'archive=%s\n' "$use"
} >"$out/uniregion.sh"
cat >>"$out/uniregion.sh" <<'END'
opts=${JAVA_OPTS:--Xmx768m}
# Java 17 crashes at start-up (SIGSEGV in check_shared_class_file_load_hook) when a flight recording or an agent
# watches class loading while classes come from a dynamic archive: start without the archive then.
case " $opts ${JAVA_TOOL_OPTIONS:-} " in
  *StartFlightRecording*|*-javaagent*|*-agentlib*|*-agentpath*)
    echo "uniregion.sh: a flight recording or an agent is on: starting without the class-data archive" >&2
    archive=-Xshare:auto ;;
esac
# shellcheck disable=SC2086
exec "$java" $opts "$archive" -jar "$here/uniregion.jar" "$@"
END
chmod +x "$out/uniregion.sh"
printf 'Java %s, %s\n' "$java_version" "$kind" >"$out/layout.txt"
say "done: $out/uniregion.sh starts UniRegion with Java $java_version ($(du -sh "$out/$cache" | cut -f1) $kind)"
