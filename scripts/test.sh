#!/usr/bin/env bash
# Runs every test of UprSite on a fresh Debian 12 machine with the .NET SDK: installs what the tests need
# (Chromium for PDFs and browser tests, Noto and Khmer fonts, poppler-utils for page counts) when it is missing,
# then lints the GitHub workflows with actionlint, checks for Node.js 20 or later (the installed tool prints with it),
# and runs the whole test suite and the installed-tool test. Fails loudly when something cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || needed+=(poppler-utils)
command -v npm >/dev/null 2>&1 || needed+=(nodejs npm)
[ -d /usr/share/fonts/truetype/noto ] || needed+=(fonts-noto-core)
[ -d /usr/share/fonts/truetype/khmeros ] || needed+=(fonts-khmeros)
command -v node >/dev/null 2>&1 || needed+=(nodejs)
if [ ${#needed[@]} -gt 0 ]; then
  echo "Installing test dependencies: ${needed[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: these Debian packages are needed and this script is not root: sudo apt-get install -y ${needed[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
fi

# The workflows first (seconds); a failure there is reported again at the end, after the tests have run.
lint_status=0
scripts/lint-workflows.sh || lint_status=$?

# The installed tool prints PDFs with the machine's Node.js, which Playwright's driver needs at version 20 or later.
node_major=$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/')
if [ "${node_major:-0}" -lt 20 ]; then
  echo "error: the printing tests need Node.js 20 or later at /usr/bin/node, found $(node --version 2>/dev/null || echo none) (Debian 12's nodejs is 18: install the Node.js project's 20 LTS)" >&2
  exit 1
fi

# plotly.js's basic bundle, which the sites the tests build serve (the browser tests check it is the one drawn).
scripts/install-plotly.sh

log=$(mktemp)
tool_log=$(mktemp)
lanes=$(mktemp -u)
tool_pid=
trap '[ -z "$tool_pid" ] || kill -- "-$tool_pid" 2>/dev/null || true; rm -rf "$log" "$tool_log" "$lanes"' EXIT
# One Release build of everything; the tests and the installed-tool test both use it (optimised code runs the many
# site builds of the tests faster than Debug's, and the tool's package is packed from it without compiling again).
status=0
dotnet build UprSite.sln -c Release --nologo 2>&1 | tee "$log" || status=$?

# The README's pack-and-install, then the sample built with the installed tool, with and without --pdf: beside the
# test projects, whose files it only reads (it packs the Release build and works in a temporary folder).
if [ "$status" -eq 0 ]; then
  # In its own process group, so that an interrupted run stops it too (the trap above).
  setsid scripts/test-installed-tool.sh --no-build > "$tool_log" 2>&1 &
  tool_pid=$!
  # The test projects in two lanes, one per core, longest first: each lane takes the next project when its own has
  # finished, so the browser tests (the longest) and Build's start at once and the shorter ones go to whichever lane
  # frees first (dotnet test -m on the solution took them in the solution's order, which started the browser tests last).
  projects=()
  for name in Browser Build Cli Printing Import Core; do
    projects+=("tests/UprSite.$name.Tests/UprSite.$name.Tests.csproj")
  done
  for project in tests/*/*.Tests.csproj; do
    [[ " ${projects[*]} " == *" $project "* ]] || projects+=("$project")
  done
  mkdir "$lanes"
  # Each project's output is printed whole when it ends, so that the two lanes' lines do not mix.
  printf '%s\n' "${projects[@]}" | xargs -P 2 -I '{}' bash -c \
    'out="$2/$(basename "$1" .csproj).log"; dotnet test "$1" -c Release --no-build --nologo > "$out" 2>&1; code=$?; cat "$out"; exit $code' \
    _ '{}' "$lanes" || status=$?
  cat "$lanes"/*.log >> "$log"
fi

tool_status=0
if [ -n "$tool_pid" ]; then
  wait "$tool_pid" || tool_status=$?
  tool_pid=
  cat "$tool_log"
else
  tool_status=1
fi

# One closing line over all test projects, in the form CI reads: "N passed, N failed".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if [ "$tool_status" -eq 0 ]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "scripts/test-installed-tool.sh failed"
fi
echo "${passed} passed, ${failed} failed"
if [ "$lint_status" -ne 0 ]; then
  echo "actionlint failed on .github/workflows/ (see its findings above the tests)" >&2
fi
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ] || [ "$lint_status" -ne 0 ] || [ "$tool_status" -ne 0 ]; then
  exit 1
fi
