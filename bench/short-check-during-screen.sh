#!/usr/bin/env bash
# Issue 11: a short check's audit write on PostgreSQL alone vs while another connection records a 10^6-row
# supply-chain screen into the same store (ShortCheckDuringScreenBenchmark; results go to docs/benchmarks.md by hand).
#   CTIP_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test?user=postgres bench/short-check-during-screen.sh [ALONE_RUNS] [LONG_RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${CTIP_TEST_POSTGRES_URL:?set CTIP_TEST_POSTGRES_URL, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
mvn -B -q -o test-compile >/dev/null
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
mkdir -p target/bench
[ -f target/bench/att-1000000.csv ] || java -cp "$cp" org.ctipcheck.supplychain.AttestationGenerator --rows 1000000 --seed 42 target/bench/att-1000000.csv
java -version 2>&1 | head -1; nproc; grep -m1 "model name" /proc/cpuinfo || true; uptime
java -Xms512m -Xmx512m -cp "$cp" org.ctipcheck.bench.ShortCheckDuringScreenBenchmark target/bench/att-1000000.csv "${1:-15}" "${2:-3}"
uptime
