#!/usr/bin/env bash
# The README's install, as a user runs it: packs the tool, installs it into a temporary tool path, and builds a copy
# of the sample site with it, without and with --pdf (the installed tool prints with the machine's Node.js). Also
# checks that the package stays small and that --pdf without Node.js says what to install (exit code 2).
# Run by scripts/test.sh beside the test suite, with --no-build: it packs the Release build test.sh has made.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$SECONDS
fail() { echo "test-installed-tool: FAILED: $*" >&2; exit 1; }

pack_options=()
[ "${1:-}" != "--no-build" ] || pack_options=(--no-build -c Release)
dotnet pack src/UprSite.Cli -o "$work/nupkg" --nologo -v q "${pack_options[@]}"
packed=$((SECONDS - started))
package=$(ls "$work"/nupkg/UprSite.*.nupkg)
bytes=$(stat -c %s "$package")
echo "package: $(basename "$package"), $bytes bytes"
# Playwright's own Node.js would add about 46 MB: the tool leaves it out (README, "Installing the tool").
[ "$bytes" -lt 15000000 ] || fail "the package is $bytes bytes, more than 15 MB: did Playwright's Node.js get back in?"

dotnet tool install --tool-path "$work/tools" --add-source "$work/nupkg" UprSite
uprsite="$work/tools/uprsite"
installed=$((SECONDS - started))

mkdir "$work/site"
cp -r "$repo/input" "$work/site/input"
cd "$work/site"

"$uprsite" build > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "uprsite build exited $?"; }
[ -f _site/en/index.html ] || fail "uprsite build wrote no _site/en/index.html"
[ -z "$(find _site -name '*.pdf')" ] || fail "a build without --pdf wrote PDFs"

"$uprsite" build --pdf > "$work/pdf.log" 2>&1 || { cat "$work/pdf.log"; fail "uprsite build --pdf exited $?"; }
built=$((SECONDS - started))
factsheets=0
for source in input/countries/*/factsheets/*.*.md; do
  name=$(basename "$source" .md); slug=${name%.*}; lang=${name##*.}
  country=$(basename "$(dirname "$(dirname "$source")")")
  pdf="_site/$lang/countries/$country/factsheets/$slug/$slug.pdf"
  [ "$(head -c 5 "$pdf" 2>/dev/null)" = "%PDF-" ] || fail "uprsite build --pdf made no PDF $pdf for $source"
  factsheets=$((factsheets + 1))
done
packs=$(find _site -name '*-factsheets-*.pdf' | wc -l)
[ "$packs" -gt 0 ] || fail "uprsite build --pdf made no print pack"
grep -q '^PDFs: ' "$work/pdf.log" || fail "uprsite build --pdf did not report its PDFs"

dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
code=0
env PATH=/nonexistent DOTNET_ROOT="$dotnet_root" "$uprsite" build --pdf --output _site_without_node > "$work/nonode.log" 2>&1 || code=$?
[ "$code" -eq 2 ] || { cat "$work/nonode.log"; fail "--pdf without Node.js exited $code, not 2"; }
grep -q "error UPR0709: .*install Node.js 20 or later" "$work/nonode.log" || { cat "$work/nonode.log"; fail "--pdf without Node.js did not say what to install"; }
[ ! -e _site_without_node ] || fail "--pdf without Node.js wrote an output folder"

echo "test-installed-tool: passed in $((SECONDS - started)) s (packed at ${packed} s, installed at ${installed} s, both builds done at ${built} s; $factsheets factsheet PDFs and $packs print packs)"
