#!/usr/bin/env bash
# HTTP throughput of `ctip serve` on loopback with wrk (issue 15): POST /api/v1/evaluations of sample 01 as JSON, and a
# trivial authenticated GET (/api/v1/rules/CTIP-PLAN-06) against the same server in the same run; prints requests/s,
# p50/p99 latency and the ratio POST/GET. Runs with the audit log off, then recorded in PostgreSQL (a throwaway
# database ctip_bench_wrk on 127.0.0.1:5432, dropped afterwards), each with two users: a `{noop}` password and a bcrypt
# hash (cost 10), because HTTP Basic checks the password on every request.
#   flock /tmp/ctip-mvn.lock bash bench/serve-wrk.sh [SECONDS] [CONNECTIONS] [MODES] [USERS]
#   defaults: 20 s per measurement (after a 120 s warm-up, CTIP_BENCH_WARMUP=seconds; C2 needs it for the rules: the
#   server's CPU per POST still fell from 10 ms to 2.6 ms between 1 and 2 minutes of load), 16 connections, 2 wrk
#   threads, MODES=off,postgres,
#   USERS=noop,bcrypt
#   CTIP_BENCH_PG=postgresql://postgres@127.0.0.1:5432  the server (psql URL) to create the throwaway database in
# In postgres mode it prints the records, the batches (signed checkpoints: one a batch) and the transactions the
# throwaway database committed (pg_stat_database.xact_commit), to tell per-record from grouped writing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
D=${1:-20}; W=${CTIP_BENCH_WARMUP:-120}; C=${2:-16}; MODES=${3:-off,postgres}; USERS=${4:-noop,bcrypt}
PG=${CTIP_BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }
./ctip --version >/dev/null                     # builds the jar when stale
work=$(mktemp -d); server=; trap '[ -n "$server" ] && kill $server 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

# sample 01 as the JSON body a client sends, and a bcrypt hash, with the jar's own Jackson and Spring Security
cat > "$work/Prep.java" <<'JAVA'
public class Prep {
    public static void main(String[] a) throws Exception {
        Object tree = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(new java.io.File(a[0]));
        java.nio.file.Files.write(java.nio.file.Path.of(a[1]), tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsBytes(tree));
        System.out.print(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(10).encode("bench-secret"));
    }
}
JAVA
hash=$(java -cp "target/lib/*" "$work/Prep.java" samples/01-compliant-overseas-services/submission.yaml "$work/body.json")
cat > "$work/users.yaml" <<YAML
users:
  - name: bench-noop
    password: "{noop}bench-secret"
    role: CONTRACTING_OFFICER
  - name: bench-bcrypt
    password: "$hash"
    role: CONTRACTING_OFFICER
YAML
cat > "$work/post.lua" <<'LUA'
local f = io.open(os.getenv("BODY"), "rb"); wrk.body = f:read("*a"); f:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("AUTH")
local statuses = {}
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
-- 201 when recorded, 200 with the audit log off (nothing to point a Location at)
done = function() for s, n in pairs(statuses) do if s ~= 201 and s ~= 200 then io.write("non-2xx responses: ", s, " x", n, "\n") end end end
LUA
cat > "$work/get.lua" <<'LUA'
wrk.headers["Authorization"] = os.getenv("AUTH")
LUA

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
post="$base/api/v1/evaluations?asOf=2026-03-01"
get="$base/api/v1/rules/CTIP-PLAN-06"

start() { # arguments: ctip serve options
  ./ctip serve --port "$port" --users "$work/users.yaml" "$@" 2> "$work/serve.log" > /dev/null & server=$!
  for _ in $(seq 300); do grep -q 'listening on' "$work/serve.log" && return; sleep 0.2; done
  cat "$work/serve.log" >&2; exit 1
}
stop() { kill $server; wait $server 2>/dev/null || true; server=; }
auth() { printf 'Basic %s' "$(printf '%s:bench-secret' "$1" | base64 -w0)"; }
# the server's CPU time (user + system, clock ticks) so far: wrk and other processes share the cores, this does not
server_cpu() { awk '{print $14+$15}' "/proc/$(pgrep -P "$server" java || echo "$server")/stat"; }
# one wrk run; prints "rps p50 p99 server-CPU-ms-per-request"
measure() { # user url script seconds
  local out c0 c1 n; c0=$(server_cpu)
  out=$(AUTH=$(auth "$1") BODY="$work/body.json" wrk -t2 -c"$C" -d"$4"s --latency -s "$3" "$2"); c1=$(server_cpu)
  echo "$out" | grep -i 'non-2xx\|errors' >&2 || true
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "$rps $p50 $p99 $(echo "($c1 - $c0) * 1000 / $(getconf CLK_TCK) / $n" | bc -l)"
}
report() { # label user
  measure "$2" "$post" "$work/post.lua" "$W" > /dev/null        # warm-up: JIT, pools
  measure "$2" "$get" "$work/get.lua" 5 > /dev/null
  read -r prps pp50 pp99 pcpu <<< "$(measure "$2" "$post" "$work/post.lua" "$D")"
  read -r grps gp50 gp99 gcpu <<< "$(measure "$2" "$get" "$work/get.lua" "$D")"
  printf '%-28s POST %8.0f/s p50 %7s p99 %7s cpu %6.2f ms | GET %8.0f/s p50 %7s p99 %7s cpu %5.2f ms | POST/GET %5.1f %%\n' \
    "$1" "$prps" "$pp50" "$pp99" "$pcpu" "$grps" "$gp50" "$gp99" "$gcpu" "$(echo "100 * $prps / $grps" | bc -l)"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg); wrk -t2 -c$C, ${D}s each; commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
for mode in ${MODES//,/ }; do
  case $mode in
    off) start --no-audit ;;
    postgres)
      psql -q "$PG/postgres" -c 'DROP DATABASE IF EXISTS ctip_bench_wrk' -c 'CREATE DATABASE ctip_bench_wrk'
      start --audit-dir "$work/audit" --audit-db "jdbc:${PG/postgres@/}/ctip_bench_wrk?user=postgres" ;;
    *) echo "unknown mode $mode (off, postgres)" >&2; exit 2 ;;
  esac
  for user in ${USERS//,/ }; do report "audit $mode, $user user" "bench-$user"; done
  stop
  if [ "$mode" = postgres ]; then
    echo "  recorded in PostgreSQL: $(psql -tAq "$PG/ctip_bench_wrk" -c 'SELECT count(*) FROM audit_evaluation' 2>/dev/null || echo '?') evaluations" \
      "in $(psql -tAq "$PG/ctip_bench_wrk" -c 'SELECT count(*) FROM audit_checkpoint' 2>/dev/null || echo '?') batches (signed checkpoints)," \
      "$(psql -tAq "$PG/postgres" -c "SELECT xact_commit FROM pg_stat_database WHERE datname = 'ctip_bench_wrk'" 2>/dev/null || echo '?') transactions committed"
    psql -q "$PG/postgres" -c 'DROP DATABASE IF EXISTS ctip_bench_wrk'
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
