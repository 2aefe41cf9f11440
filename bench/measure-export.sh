#!/usr/bin/env bash
# Times reading and computing over the 35,996-row DIHR export (../shared/data/dihr-sdg-explorer/upr2.xlsx), five runs
# each under /usr/bin/time -v, and prints the median wall time and maximum resident set size of the whole process:
#   1. bench/UprSite.Bench: every row of every State under Review parsed and checked, and the Core statistics a build
#      computes for its country (cycles, issues, States, groups, categories, trends, issue leaders) computed per State;
#   2. the same over more than 40,000 rows: the export plus the 8,343-row UPR Info export of sessions 6-9 (44,339 rows);
#   3. `uprsite check` of a copy of input/ whose countries/kh/recommendations/ also holds the export (a full build
#      without writing: parse, validate, render every page, check links).
# The copy lives in a temporary folder and is deleted afterwards; the export is never copied into the project.
set -euo pipefail
cd "$(dirname "$0")/.."
export="${1:-../shared/data/dihr-sdg-explorer/upr2.xlsx}"
second="${2:-../shared/data/upr-info-2015/6-9.csv}"
runs=5

dotnet build -c Release -v q -nologo src/UprSite.Cli >/dev/null
dotnet build -c Release -v q -nologo bench/UprSite.Bench >/dev/null

site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
cp -r input "$site/input"
cp "$export" "$site/input/countries/kh/recommendations/"

measure() {
  local label="$1"; shift
  local walls=() rss=() cpu=()
  for _ in $(seq "$runs"); do
    local report
    /usr/bin/time -v -o "$site/time.txt" "$@" >/dev/null 2>&1 || true
    report="$(cat "$site/time.txt")"
    if ! grep -q 'Exit status: 0' <<<"$report"; then
      echo "$label failed:" >&2; "$@" >&2 || true; exit 1
    fi
    cpu+=("$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' <<<"$report")")
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' <<<"$report")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' <<<"$report")")
  done
  local wall_median rss_median cpu_median
  cpu_median="$(printf '%s\n' "${cpu[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")"
  wall_median="$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")"
  rss_median="$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")"
  echo "$label: median wall ${wall_median} s (runs: ${walls[*]}), median CPU ${cpu_median} s (runs: ${cpu[*]}), median max RSS ${rss_median} MB (runs: ${rss[*]})"
}

measure "bench (whole export)" dotnet bench/UprSite.Bench/bin/Release/net10.0/UprSite.Bench.dll "$export"
measure "bench (export + second export)" dotnet bench/UprSite.Bench/bin/Release/net10.0/UprSite.Bench.dll "$export" "$second"
measure "uprsite check (site + export)" src/UprSite.Cli/bin/Release/net10.0/uprsite check \
  --input "$site/input" --theme theme
