#!/usr/bin/env bash
# Draws the theme's default share image, a bar chart with no words, (og:image, 1200×630) from the SVG below with Chromium.
# Run from the repository root: scripts/make-share-image.sh  →  theme/assets/images/share.png
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/share.html" <<'HTML'
<!DOCTYPE html><html><head><style>html,body{margin:0;width:1200px;height:630px;overflow:hidden}</style></head><body>
<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#0b5cab"/>
  <rect x="0" y="560" width="1200" height="70" fill="#173f6e"/>
  <!-- No words: the image is shared from pages in every language. -->
  <g fill="#ffffff">
    <rect x="330" y="330" width="100" height="200" rx="10"/>
    <rect x="470" y="250" width="100" height="280" rx="10"/>
    <rect x="610" y="170" width="100" height="360" rx="10"/>
    <rect x="750" y="90" width="100" height="440" rx="10" fill="#9ec5e8"/>
  </g>
</svg></body></html>
HTML
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,630 \
  --screenshot="$work/share.png" "file://$work/share.html" 2>/dev/null
cp "$work/share.png" theme/assets/images/share.png
