#!/usr/bin/env bash
# Audit write throughput: rule-hit rows per second into a fresh H2 or PostgreSQL store, median of RUNS.
#   bench/audit-write.sh h2|postgres [RECORDS] [HITS_PER_RECORD] [RUNS] [WARMUP]  (defaults 2000 100 5 5)
# postgres: CTIP_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test?user=postgres (a schema per run, dropped after)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests test-compile
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/test-classes:target/classes:$cp" org.ctipcheck.bench.AuditWriteBenchmark "$@"
