#!/bin/sh
# Vendors the web page's browser assets into the jar (run by the Maven build, exec-maven-plugin, before resources
# are packaged): `npm ci` of this folder's package-lock.json in target/frontend (again only when the lock changed),
# then copies the files the pages use into target/classes/static/vendor. Nothing is fetched at run time (no CDN).
# Usage: vendor-assets.sh FRONTEND_DIR BUILD_DIR OUTPUT_DIR
set -eu
frontend=$1; work=$2/frontend; out=$3/static/vendor
if ! command -v npm >/dev/null 2>&1; then
  echo "ctip-check build: npm was not found on PATH. It is needed to vendor the web page's assets (USWDS 3, htmx 2)" >&2
  echo "from src/main/frontend/package-lock.json into the jar. Install Node.js and npm (Debian: apt-get install nodejs npm)." >&2
  exit 1
fi
mkdir -p "$work"
if [ ! -d "$work/node_modules" ] || ! cmp -s "$frontend/package-lock.json" "$work/package-lock.json"; then
  cp "$frontend/package.json" "$frontend/package-lock.json" "$work/"
  (cd "$work" && npm ci --prefer-offline --ignore-scripts --no-audit --no-fund --loglevel=error) || {
    echo "ctip-check build: npm ci failed in $work (see npm's message above)" >&2; exit 1; }
fi
uswds=$work/node_modules/@uswds/uswds/dist
rm -rf "$out"
mkdir -p "$out/uswds/css" "$out/uswds/js" "$out/htmx"
# Only what the pages use: the compiled stylesheet and the files it names (the woff2 fonts, which every supported
# browser takes first, and the icons), the components' script, and the banner's images; not the 40 MB package.
cp "$uswds/css/uswds.min.css" "$out/uswds/css/"
cp "$uswds/js/uswds.min.js" "$out/uswds/js/"
for used in $(grep -o 'url(\.\./[^)]*)' "$uswds/css/uswds.min.css" | sed 's/^url(\.\.\///; s/)$//' | sort -u) \
    img/us_flag_small.png img/icon-dot-gov.svg img/icon-https.svg; do
  case "$used" in img/hero*) continue ;; esac  # the hero image: no page has a hero
  if [ -f "$uswds/$used" ]; then
    mkdir -p "$out/uswds/$(dirname "$used")"
    cp "$uswds/$used" "$out/uswds/$used"
  fi
done
cp "$work/node_modules/htmx.org/dist/htmx.min.js" "$out/htmx/"
for license in "$work/node_modules/@uswds/uswds/LICENSE.md" "$work/node_modules/htmx.org/LICENSE"; do
  [ -f "$license" ] && cp "$license" "$out/$(basename "$(dirname "$license")" | tr -d '@')-$(basename "$license")"
done
echo "ctip-check build: web assets vendored into $out"
