#!/usr/bin/env bash
# Times `uprsite build --pdf` on the sample site: 5 runs, each with an empty PDF cache so that every PDF is printed,
# and prints the medians of the browser start and of the printing that follows it, per PDF and per factsheet.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
dotnet build src/UprSite.Cli -c Release --nologo -v q >/dev/null
tool=src/UprSite.Cli/bin/Release/net10.0/uprsite
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
factsheets=$(find input/countries -path '*/factsheets/*.md' | wc -l)
starts=(); prints=(); singles=(); pdfs=0
for i in $(seq "$runs"); do
  line=$("$tool" build --pdf --output "$work/_site" | grep '^PDFs:')
  [[ $line =~ ([0-9]+)\ printed.*browser\ start\ ([0-9]+)\ ms,\ printing\ ([0-9]+)\ ms\ \(([0-9]+)\ factsheets\ ([0-9]+)\ ms ]]
  pdfs=${BASH_REMATCH[1]}; starts+=("${BASH_REMATCH[2]}"); prints+=("${BASH_REMATCH[3]}"); singles+=("${BASH_REMATCH[5]}")
  echo "run $i: $line"
  rm -rf "$work/.uprsite"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
start=$(median "${starts[@]}"); print=$(median "${prints[@]}"); single=$(median "${singles[@]}")
echo "median over $runs runs: browser start ${start} ms; the ${factsheets} factsheet PDFs ${single} ms; all ${pdfs} PDFs (with the print packs) ${print} ms"
echo "per factsheet: $(awk -v p="$single" -v n="$factsheets" 'BEGIN {printf "%.0f", p/n}') ms (factsheet PDFs only), $(awk -v p="$print" -v n="$factsheets" 'BEGIN {printf "%.0f", p/n}') ms (counting the print packs); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
