#!/usr/bin/env bash
# The web page's result page for sample 01 (issue 17: <= 200 ms server time): `ctip serve` on loopback, sample 01
# submitted once, then the result page requested by a signed-in browser session, over one kept-alive connection.
# Reports the median and 95th percentile of the time to first byte (the server's time plus loopback) and of the
# whole response, after warm-up requests; and the compressed size of the first page (sign in) with its assets.
#   bench/web-result-page.sh [WARMUP] [MEASURED]      (default 200 500; needs the jar: ./ctip builds it)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
warmup=${1:-200}; measured=${2:-500}
work=$(mktemp -d); port=$((20000 + RANDOM % 20000)); base="http://127.0.0.1:$port"
cat > "$work/users.yaml" <<'YAML'
users:
  - name: officer
    password: "{noop}bench-secret"
    role: CONTRACTING_OFFICER
YAML
./ctip serve --port "$port" --users "$work/users.yaml" --audit-dir "$work/audit" 2> "$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do grep -q "listening" "$work/serve.log" 2>/dev/null && break; sleep 0.5; done
grep -q "listening" "$work/serve.log" || { cat "$work/serve.log" >&2; exit 1; }

location=$(curl -s -o /dev/null -D - -u officer:bench-secret -H 'Content-Type: application/yaml' \
  --data-binary @samples/01-compliant-overseas-services/submission.yaml "$base/api/v1/evaluations?asOf=2026-03-01" \
  | tr -d '\r' | sed -n 's/^Location: //Ip')
id=${location##*/}
jar="$work/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=officer" --data-urlencode "password=bench-secret" \
  --data-urlencode "_csrf=$csrf" "$base/login"
page="$base/evaluations/$id"
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$jar" "$page")
grep -q 'Determination:' "$work/page.html" || { echo "not the result page (HTTP $status)" >&2; exit 1; }

urls() { for _ in $(seq 1 "$1"); do printf 'url = "%s"\noutput = "/dev/null"\n' "$page"; done; }
urls "$warmup" > "$work/warmup.cfg"; urls "$measured" > "$work/measured.cfg"
curl -s -b "$jar" -H 'Accept-Encoding: gzip' -K "$work/warmup.cfg" -w '%{time_starttransfer}\n' > /dev/null
curl -s -b "$jar" -H 'Accept-Encoding: gzip' -K "$work/measured.cfg" -w '%{time_starttransfer} %{time_total} %{size_download}\n' \
  > "$work/times"
stat() { sort -n | awk -v p="$1" '{v[NR]=$1} END {i=int(NR*p); if (i<1) i=1; printf "%.1f", v[i]*1000}'; }
echo "result page of sample 01 ($measured requests after $warmup warm-up, one connection, gzip):"
echo "  time to first byte: median $(cut -d' ' -f1 "$work/times" | stat 0.5) ms, p95 $(cut -d' ' -f1 "$work/times" | stat 0.95) ms"
echo "  whole response:     median $(cut -d' ' -f2 "$work/times" | stat 0.5) ms, p95 $(cut -d' ' -f2 "$work/times" | stat 0.95) ms"
echo "  compressed size:    $(head -1 "$work/times" | cut -d' ' -f3) bytes (uncompressed $(wc -c < "$work/page.html") bytes)"

total=0
for path in /login /vendor/uswds/css/uswds.min.css /css/ctip.css /vendor/htmx/htmx.min.js /vendor/uswds/js/uswds.min.js \
    /vendor/uswds/fonts/source-sans-pro/sourcesanspro-regular-webfont.woff2 \
    /vendor/uswds/fonts/source-sans-pro/sourcesanspro-bold-webfont.woff2; do
  size=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$base$path")
  total=$((total + size))
done
echo "first page (sign in) with its stylesheets, scripts and the two body fonts, compressed: $((total / 1024)) KB"
