#!/usr/bin/env bash
# Supply-chain streaming benchmark: generates 10^5 and 10^6-row attestation files from a fixed seed, then for
# each runs SupplyChainBenchmark (parse-only vs end-to-end, alternating, median of REPS) with -Xmx512m.
#   bench/supply-chain.sh [REPS]     (results go to docs/benchmarks.md by hand)
#   bench/supply-chain.sh REPS h2,postgres   the 10^6-row CSV only, each repetition also recorded in the audit
#                                     log (issue 6: audit logging adds <= 25 %); postgres needs CTIP_TEST_POSTGRES_URL
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-5}"
audit="${2:-}"
mvn -B -q -o test-compile >/dev/null
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
mkdir -p target/bench
for rows in 100000 1000000; do
  [ -f "target/bench/att-$rows.csv" ] || java -cp "$cp" org.ctipcheck.supplychain.AttestationGenerator --rows "$rows" --seed 42 "target/bench/att-$rows.csv"
done
[ -f target/bench/att-1000000.jsonl ] || java -cp "$cp" org.ctipcheck.supplychain.AttestationGenerator --rows 1000000 --seed 42 target/bench/att-1000000.jsonl
java -version 2>&1 | head -1; nproc; grep -m1 "model name" /proc/cpuinfo || true
if [ -n "$audit" ]; then
  uptime
  java -Xms512m -Xmx512m -cp "$cp" org.ctipcheck.bench.SupplyChainBenchmark target/bench/att-1000000.csv "$reps" 512 "$audit"
  uptime
  exit 0
fi
for file in target/bench/att-100000.csv target/bench/att-1000000.csv target/bench/att-1000000.jsonl; do
  echo "== $file"
  java -Xms512m -Xmx512m -cp "$cp" org.ctipcheck.bench.SupplyChainBenchmark "$file" "$reps"
done
