#!/usr/bin/env bash
# Installs plotly.js's basic bundle (theme/package.json: plotly.js-basic-dist-min, MIT licence) with npm and copies it
# to theme/assets/js/plotly.min.js (git-ignored) with its licence beside it. The basic bundle holds the bar, pie and
# scatter traces, all the site's charts use: about a third of the full bundle a phone would otherwise download. Its
# version is the plotly.js that Plotly.NET writes its traces for (docs/charts.md, "plotly.js"). Without this file the
# build serves the full bundle Plotly.NET carries, so a site built without running this still draws every chart.
#   scripts/install-plotly.sh [npm folder]     (default: .uprsite/theme-npm; the Netlify build passes its cache)
set -euo pipefail
cd "$(dirname "$0")/.."
npm_dir="${1:-.uprsite/theme-npm}"
out=theme/assets/js

mkdir -p "$npm_dir"
cp theme/package.json "$npm_dir/package.json"
npm install --silent --no-audit --no-fund --no-package-lock --prefer-offline --prefix "$npm_dir"

bundle="$npm_dir/node_modules/plotly.js-basic-dist-min"
version=$(node -p "require('./$bundle/package.json').version")
head -c 200 "$bundle/plotly-basic.min.js" | grep -q "plotly.js (basic - minified) v$version" \
  || { echo "error: $bundle/plotly-basic.min.js is not plotly.js's basic bundle $version" >&2; exit 1; }
cp "$bundle/plotly-basic.min.js" "$out/plotly.min.js.new"
cp "$bundle/LICENSE" "$out/plotly.min.js.LICENSE.txt"
mv "$out/plotly.min.js.new" "$out/plotly.min.js"
echo "plotly.js basic $version: $(wc -c < "$out/plotly.min.js") bytes in $out/plotly.min.js"
