#!/usr/bin/env bash
# The load test (a command, not a test): builds the fat jar when the sources are newer, starts UniRegion on a fresh
# data directory under target/load-test with N research results (the demo catalog grown by synthetic copies), drives
# pages, API calls and the raw baselines (the API answer of the same query; the same page's SQL by plain JDBC) with
# concurrent clients, restarts it (the fat jar, then the fast-start layout of ./fast-start.sh) to measure the first
# minute, and writes target/load-test-report.md.
#
#   ./load-test.sh                               100,000 results, 20 clients, 30 s per scenario (about 25 minutes)
#   ./load-test.sh --rows 10000 --duration 15    a quick run
#
# Options: --rows N (research results, default 100000), --clients C (default 20), --duration D (measured seconds per
# scenario, default 30), --warmup W (unmeasured seconds before each, default D/3 and at least 5), --restart-window S
# (seconds measured after the restart, default 60), --jvm "OPTIONS" (the product's JVM options, default
# "-Xmx768m", the heap the README documents; --jvm "" for the JVM's default), --only "agreements,/search" (a quick
# look: only the pairs whose path contains one of these words; the restarts only with the word "restart"), --lists
# grown|demo (default grown: 5,000 partner organizations, 1,000 agreements, 10,000 demands, synthetic copies of the
# demo ones; demo: the demo data's dozen rows each).
# FAST_START_JAVA=/path/to/java-25/bin/java: the fast-start layout made and run with that Java (./fast-start.sh).
# Exits 1 if a request answered other than 2xx (never because of a ratio), 2 if the run itself failed.
# Maven arguments (e.g. offline): MAVEN_ARGS=-o ./load-test.sh
set -euo pipefail
cd "$(dirname "$0")"

say() { printf 'load-test.sh: %s\n' "$*" >&2; }

for a in "$@"; do
  case "$a" in -h|--help) sed -n '2,20p' "$0" | cut -c3-; exit 0 ;; esac
done

work=target/load-test
pidfile=$work/product.pid
mkdir -p "$work"

# Whatever ends this script (done, failure, Ctrl-C), the product it started does not outlive it.
generator=""
cleanup() {
  if [ -n "$generator" ] && kill -0 "$generator" 2>/dev/null; then kill "$generator" 2>/dev/null || true; fi
  if [ -f "$pidfile" ]; then
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      say "stopping the product (pid $pid)"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

jar=$(ls target/uniregion-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)
classpath=$work/classpath.txt
newer() { [ -n "$(find src/main src/test pom.xml -newer "$1" -type f -print -quit)" ]; }
if [ -z "$jar" ] || newer "$jar" || [ ! -d target/test-classes ]; then
  say "building the fat jar and the load generator (./mvnw -DskipTests package)"
  ./mvnw -B -q -DskipTests -Djacoco.skip=true package
  jar=$(ls target/uniregion-*.jar | grep -v -- '-plain\.jar$' | head -1)
fi
if [ ! -f "$classpath" ] || [ pom.xml -nt "$classpath" ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
fi

restarts=yes
prev=""
for a in "$@"; do
  if [ "$prev" = "--only" ] && [[ ",$a," != *",restart,"* ]]; then restarts=no; fi
  prev=$a
done
# The layout is made again when the jar is newer, or when it was made with another Java than FAST_START_JAVA (or the
# `java` on PATH): a Java 25 makes an ahead-of-time cache, which the restart from the layout then uses.
layout_java() { sed -n 's/^java=//p' target/fast-start/uniregion.sh 2>/dev/null; }
wanted_java=${FAST_START_JAVA:-$(command -v java)}
if [ "$restarts" = yes ] && { [ ! -f target/fast-start/layout.txt ] || [ "$jar" -nt target/fast-start/layout.txt ] \
    || [ "$(layout_java)" != "$(printf '%q' "$wanted_java")" ]; }; then
  say "building the fast-start layout (./fast-start.sh)"
  ./fast-start.sh
fi

java -cp "target/test-classes:target/classes:$(cat "$classpath")" org.uniregion.benchmark.LoadTestCommand \
  --jar "$jar" --fast-start target/fast-start "$@" &
generator=$!
set +e
wait "$generator"
status=$?
set -e
generator=""
exit "$status"
