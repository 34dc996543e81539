#!/usr/bin/env bash
# Cold `ctip check` of sample 01, two checkouts interleaved round by round (the machine's speed drifts by tens of
# percent within minutes, so only interleaved runs compare): each round runs the baseline then this checkout,
# recorded in a throwaway audit log, then both with --no-audit. Prints medians and every run.
#   bench/cold-start-compare.sh BASELINE_CHECKOUT [ROUNDS]     (CTIP_BENCH_SAMPLE=path: another sample)
#   e.g. git worktree add /tmp/base <commit> && (cd /tmp/base && ./ctip --version) && bench/cold-start-compare.sh /tmp/base 21
# Paired differences: python3 -c on the printed lists, or read the medians.
set -euo pipefail
BASE=$(cd "${1:?baseline checkout}" && pwd)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${2:-15}
S=${CTIP_BENCH_SAMPLE:-samples/01-compliant-overseas-services/submission.yaml}
work=$(mktemp -d)
(cd "$HERE" && ./ctip --version >/dev/null); (cd "$BASE" && ./ctip --version >/dev/null)   # build and record the CDS archives first
declare -a A B AN BN
t() { local s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; local e=$(date +%s%N); echo $(( (e-s)/1000000 )); }
for i in $(seq $N); do
  A+=($(cd $BASE && CTIP_AUDIT_DIR=$work/a t ./ctip check $S --as-of 2026-03-01))
  B+=($(cd $HERE && CTIP_AUDIT_DIR=$work/b t ./ctip check $S --as-of 2026-03-01))
  AN+=($(cd $BASE && t ./ctip check $S --as-of 2026-03-01 --no-audit))
  BN+=($(cd $HERE && t ./ctip check $S --as-of 2026-03-01 --no-audit))
done
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "audited:   baseline median $(med "${A[@]}") ms  main median $(med "${B[@]}") ms   (baseline: ${A[*]}; main: ${B[*]})"
echo "no-audit:  baseline median $(med "${AN[@]}") ms  main median $(med "${BN[@]}") ms   (baseline: ${AN[*]}; main: ${BN[*]})"
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf $work
