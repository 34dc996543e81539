#!/usr/bin/env bash
# JMH microbenchmarks of the warm path (issue 15): evaluate (sample 01, bundled full pack, ruleset reused) and JSON
# intake (bytes -> validated, mapped submission). Median = the p0.50 line of each benchmark.
#   bench/jmh.sh                       both, 2 forks x (5 x 2 s warm-up + 5 x 2 s measured)
#   bench/jmh.sh Evaluate -prof stack  other JMH options pass through (a benchmark regex, -prof gc|stack|jfr, -rf json ...)
#   JMH_RUN='-f 1 -wi 3 -w 1s -i 3 -r 1s' bench/jmh.sh   shorter runs (forks, iterations and their lengths)
# Run under the shared Maven lock: flock /tmp/ctip-mvn.lock bash bench/jmh.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -o -B -q -DskipTests test-compile
cpfile=$(mktemp); trap 'rm -f "$cpfile"' EXIT
mvn -o -B -q dependency:build-classpath -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test
cp=$(cat "$cpfile")
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(org.ctipcheck.bench.jmh)
read -r -a run <<< "${JMH_RUN:--f 2 -wi 5 -w 2s -i 5 -r 2s}"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
java -cp "target/test-classes:target/classes:$cp" org.openjdk.jmh.Main "${run[@]}" "${args[@]}"
