#!/usr/bin/env bash
# Cold-start benchmark of `ctip check` on one sample: wall time of whole processes, median of N runs each,
#   A. ./ctip as shipped: rules precompiled at build time, AppCDS archive, C1 only, audit log written
#   N. the same with --no-audit
#   B. the same jar without the CDS archive (java -jar, default JIT)
#   C. rules compiled from DRL at run time (a copy of rules/ with an empty compiled-rules cache every run)
#   D. a copy of rules/ compiled once, then loaded from the compiled-rules cache (kjar)
#   bench/cold-start.sh [RUNS] [SUBMISSION]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-11}
sample=${2:-samples/01-compliant-overseas-services/submission.yaml}
args=(check "$sample" --as-of 2026-03-01)

./ctip --version >/dev/null            # builds if needed and records the CDS archive
./ctip "${args[@]}" >/dev/null || true

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CTIP_AUDIT_DIR="$work/audit"      # every check is recorded in the audit log: a throwaway one here
cp -r rules "$work/rules"
echo "// benchmark copy" >> "$work/rules/plan/ctip-plan-09-provided-on-request.drl"   # a different fingerprint

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
measure() { # label, command...
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f", (e-s)/1e9}')")
  done
  local med
  med=$(printf '%s\n' "${times[@]}" | median)
  printf '%-58s median %ss  (runs: %s)\n' "$label" "$med" "${times[*]}"
  echo "$med" > "$work/$(echo "$label" | cut -c1)"
}

measure "A ./ctip (precompiled + AppCDS + C1), recorded in the audit log" ./ctip "${args[@]}"
measure "N ./ctip --no-audit (the same, not recorded)" ./ctip "${args[@]}" --no-audit
measure "B java -jar (precompiled, no CDS, default JIT)" java -Dctip.home=. -jar target/ctip-check.jar "${args[@]}"
measure "C DRL compiled at run time (empty cache each run)" \
  bash -c 'CTIP_CACHE_DIR=$(mktemp -d) ./ctip "$@"; ' _ "${args[@]}" --rules "$work/rules"
CTIP_CACHE_DIR="$work/cache" ./ctip "${args[@]}" --rules "$work/rules" >/dev/null 2>&1 || true
measure "D DRL copy loaded from the compiled-rules cache" env CTIP_CACHE_DIR="$work/cache" ./ctip "${args[@]}" --rules "$work/rules"

awk -v a="$(cat "$work/A")" -v c="$(cat "$work/C")" -v b="$(cat "$work/B")" \
  'BEGIN {printf "ratio C/A (run-time DRL compile vs shipped): %.1fx; B/A (no CDS vs CDS): %.2fx\n", c/a, b/a}'
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
