#!/usr/bin/env bash
# Rebuilds src/main/resources/fonts/NotoSansKR-Hangul.ttf: the Hangul of Noto Sans CJK KR Regular, with TrueType
# outlines (OpenPDF 2.0.5 embeds a subset of the CFF original that viewers draw blank).
# Needs the Debian packages fonts-noto-cjk (1:20220127+repack1-1 was used) and python3-fonttools.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../main/resources/fonts/NotoSansKR-Hangul.ttf"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# face 1 of the collection is Noto Sans CJK KR
/usr/bin/python3 -m fontTools.subset /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc --font-number=1 \
  --unicodes="U+0020,U+1100-11FF,U+3130-318F,U+A960-A97F,U+AC00-D7A3,U+D7B0-D7FF" \
  --layout-features='*' --no-hinting --desubroutinize --output-file="$tmp/kr.otf"
/usr/bin/python3 "$here/otf2ttf.py" "$tmp/kr.otf" "$out"
sha256sum "$out"
