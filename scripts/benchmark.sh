#!/usr/bin/env bash
# The performance benchmark (issue 6), never part of ./mvnw verify: generates the datasets, imports each
# into a fresh data directory with the application's own `import` command, starts the packaged service on
# it, and measures every canonical query (Q1-Q6) over HTTP against its hand-tuned Cypher through the Neo4j
# driver, on 127.0.0.1 only. Writes docs/performance/README.md and docs/performance/latency.svg.
#
# Usage: scripts/benchmark.sh [--sizes shipped,100000,1000000] [--seed 42] [--runs 3] [--iterations 100] [--run-seconds 1]
#                             [--warmup 30] [--jit-warmup 180] [--jit-warmup-max 420] [--jit-quiet 0.02] [--malloc-arena-max 2] [--seconds 5] [--queries Q1,Q2,...] [--jvm-args "-Xmx512m ..."] [--work target/benchmark]
#                             [--service-args "--some.property=value ..."] [--starts 3] [--http-client socket|jdk] [--out docs/performance]
# Skip the build with BENCHMARK_SKIP_BUILD=1 (the jar and test classes must then exist). Without --jvm-args the
# service runs with the README's JVM options (memory limits, class data archive); --jvm-args replaces them all.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/benchmark
if [ "${BENCHMARK_SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -q -DskipTests package
fi
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark/classpath.txt >/dev/null
JAR=$(ls target/adaptation-graph-*.jar | grep -v original | head -1)
# The build also extracts the jar and trains a class data archive beside it (pom.xml); the README runs that.
if [ -f target/app/application.jsa ]; then
  JAR=target/app/adaptation-graph.jar
fi
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)" \
  dev.adaptations.benchmark.BenchmarkRunner --jar "$JAR" "$@"
