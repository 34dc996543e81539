#!/usr/bin/env bash
# Warm evaluation benchmark: median and p99 of ComplianceEvaluator.evaluate on a sample, in one JVM.
#   bench/warm-evaluation.sh [SUBMISSION] [CALLS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests test-compile
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/test-classes:target/classes:$cp" org.ctipcheck.bench.WarmEvaluationBenchmark "$@"
