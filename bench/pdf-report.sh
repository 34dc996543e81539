#!/usr/bin/env bash
# PDF report benchmark: median render time of a synthetic report with N findings, warm, heap capped at 256 MB.
#   bench/pdf-report.sh [FINDINGS...]   (default: 1000 10000; add 100000 for the 10x scaling check)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -o -DskipTests test-compile
cp=$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -Xmx256m -cp "target/test-classes:target/classes:$cp" org.ctipcheck.bench.PdfReportBenchmark "$@"
