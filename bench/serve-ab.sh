#!/usr/bin/env bash
# A/B of ctip serve throughput, audit off: a baseline jar (BASE, default /tmp/svc-base/ctip-check.jar, with its lib/ beside it) vs this build,
# same session, alternating base/new twice. POST /api/v1/evaluations of sample 01 as JSON ({noop} user),
# wrk -t2 -c16, W s warm-up, D s measured; then GET /api/v1/rules/CTIP-PLAN-06 for D/2 s.
#   flock /tmp/ctip-mvn.lock env W=120 D=20 BASE=/tmp/base/ctip-check.jar bash bench/serve-ab.sh   (after mvn -DskipTests package)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
W=${W:-120}; D=${D:-20}; C=16
work=$(mktemp -d); server=
trap '[ -n "$server" ] && kill $server 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
python3 -c 'import sys,yaml,json; json.dump(yaml.safe_load(open(sys.argv[1])), open(sys.argv[2],"w"), default=str)' \
  samples/01-compliant-overseas-services/submission.yaml "$work/body.json"
cat > "$work/users.yaml" <<YAML
users:
  - name: bench
    password: "{noop}bench-secret"
    role: CONTRACTING_OFFICER
YAML
cat > "$work/post.lua" <<'LUA'
local f = io.open(os.getenv("BODY"), "rb"); wrk.body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"; wrk.headers["Authorization"] = os.getenv("AUTH")
local statuses = {}
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
done = function() for s, n in pairs(statuses) do if s ~= 200 then io.write("non-200: ", s, " x", n, "\n") end end end
LUA
echo 'wrk.headers["Authorization"] = os.getenv("AUTH")' > "$work/get.lua"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
AUTH="Basic $(printf 'bench:bench-secret' | base64 -w0)"; export AUTH BODY="$work/body.json"
# the server's CPU time (user + system, clock ticks) so far: wrk shares the cores, this counts the server's alone
server_cpu() { awk '{print $14+$15}' "/proc/$server/stat"; }
measure() { # url script seconds -> "rps p50 p99 server-CPU-ms-per-request"
  local out c0 c1 n; c0=$(server_cpu); out=$(wrk -t2 -c$C -d"$3"s --latency -s "$2" "$1"); c1=$(server_cpu)
  echo "$out" | grep -i 'non-200\|errors' >&2 || true
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1=="50%" {print $2}') $(echo "$out" | awk '$1=="99%" {print $2}') $(echo "($c1 - $c0) * 1000 / $(getconf CLK_TCK) / $n" | bc -l)"
}
run() { # label jar
  java -XX:-UsePerfData -Xlog:disable -Xlog:all=error:stderr -jar "$2" serve --port "$port" --users "$work/users.yaml" --no-audit \
    2> "$work/serve.log" > /dev/null & server=$!
  for _ in $(seq 300); do grep -q 'listening on' "$work/serve.log" && break; sleep 0.2; done
  local post="http://127.0.0.1:$port/api/v1/evaluations?asOf=2026-03-01" get="http://127.0.0.1:$port/api/v1/rules/CTIP-PLAN-06"
  measure "$post" "$work/post.lua" "$W" > /dev/null
  read -r prps pp50 pp99 pcpu <<< "$(measure "$post" "$work/post.lua" "$D")"
  read -r grps gp50 gp99 gcpu <<< "$(measure "$get" "$work/get.lua" $((D / 2)))"
  printf '%-5s POST %7.0f/s p50 %7s p99 %7s cpu %5.2f ms | GET %7.0f/s p50 %7s p99 %7s cpu %5.2f ms | POST/GET %5.1f %%\n' \
    "$1" "$prps" "$pp50" "$pp99" "$pcpu" "$grps" "$gp50" "$gp99" "$gcpu" "$(echo "100 * $prps / $grps" | bc -l)"
  kill $server; wait $server 2>/dev/null; server=
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg); wrk -t2 -c$C, warm-up ${W}s, ${D}s POST; this build $(git rev-parse --short HEAD)"
for round in 1 2; do
  run base "${BASE:-/tmp/svc-base/ctip-check.jar}"
  run new target/ctip-check.jar
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
