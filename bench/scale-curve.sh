#!/usr/bin/env bash
# The scale curve of `uprsite build` (docs/performance.md, "The scale curve"): for each size, made-up input written by
# bench/UprSite.Synthetic (the sample site for "sample"), the whole `uprsite build` process timed with /usr/bin/time -v,
# in alternation with Hugo building a site of the same number of pages of about the same size, RUNS pairs; prints the
# medians as a Markdown table (also written to WORK/results.md).
#
#   bench/scale-curve.sh [--runs 3] [--timeout 300] [--max-rss-gb 12] [--long 120] [--work DIR] [--uprsite PATH]
#                        [--seed 1] [SIZE ...]
#
# SIZE is "sample" or COUNTRIESxROWS (10x25000); the default is the curve of issue 13:
#   sample 1x1000 1x10000 1x20000 10x25000 50x50000 195x100000
# A build is killed past --timeout seconds or when its resident memory passes --max-rss-gb (the row then says so); a
# size whose first build took more than --long seconds, or was killed, is not repeated. Needs hugo on the PATH (Debian's
# hugo package, 0.111) and GNU time at /usr/bin/time. Generated input and output stay under WORK (default: a new
# folder under ${TMPDIR:-/tmp}); delete it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

runs=3 timeout=300 max_rss_gb=12 long=120 seed=1 work="" uprsite="$repo/src/UprSite.Cli/bin/Release/net10.0/uprsite"
sizes=()
while (($#)); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    --max-rss-gb) max_rss_gb="$2"; shift 2 ;;
    --long) long="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --uprsite) uprsite="$(realpath "$2")"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
((${#sizes[@]})) || sizes=(sample 1x1000 1x10000 1x20000 10x25000 50x50000 195x100000)
command -v hugo >/dev/null || { echo "hugo is not on the PATH (Debian: apt-get install hugo)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "GNU time is not at /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
work="${work:-$(mktemp -d "${TMPDIR:-/tmp}/uprsite-scale.XXXXXX")}"
mkdir -p "$work"
work="$(realpath "$work")"

dotnet build -c Release -v q -nologo bench/UprSite.Synthetic >/dev/null
[[ "$uprsite" != "$repo/"* ]] || dotnet build -c Release -v q -nologo src/UprSite.Cli >/dev/null
synthetic="$repo/bench/UprSite.Synthetic/bin/Release/net10.0/uprsite-synthetic"

# Runs "$@" under /usr/bin/time -v into $1 (the report file), killed past the time or memory bound; prints ok, timeout,
# memory or failed.
timed() {
  local report="$1"; shift
  /usr/bin/time -v -o "$report" timeout --signal=KILL "$timeout" "$@" >"$report.out" 2>&1 &
  local time_pid=$! limit_kb=$((max_rss_gb * 1024 * 1024)) peak_kb=0 verdict=ok
  while kill -0 "$time_pid" 2>/dev/null; do
    local pid rss
    for pid in $(pgrep -P "$(pgrep -P "$time_pid" || true)" 2>/dev/null || true); do
      rss="$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)"
      ((${rss:-0} <= peak_kb)) || peak_kb="$rss"
      if ((${rss:-0} > limit_kb)); then verdict=memory; kill -KILL "$pid" 2>/dev/null || true; fi
    done
    sleep 0.2
  done
  wait "$time_pid" || true
  echo $((peak_kb / 1024)) >"$report.peak" # as last sampled (every 0.2 s): GNU time misses a process killed unreaped
  # timeout --signal=KILL ends itself with the signal: GNU time then says "terminated by signal 9", exit status 0
  if [[ $verdict == ok ]] && grep -q 'Command terminated by signal' "$report"; then
    verdict=timeout
  elif [[ $verdict == ok ]] && ! grep -q 'Exit status: 0' "$report"; then
    verdict=failed
  fi
  echo "$verdict"
}

wall_of() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
cpu_of() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$1"; }
rss_of() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
pages_in() { find "$1" -name '*.html' | wc -l; }
bytes_per_page() { find "$1" -name '*.html' -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f", NR ? s / NR : 0 }'; }

# A Hugo site of N pages in one section (N - 2 content pages, the home page and the section list), each page a header
# listing twelve pages, a title, three paragraphs, a table and a footer; the table has as many rows (about 130 bytes of
# HTML each, at least ten) as bring a page to the average size of UprSite's pages, given in bytes.
hugo_site() {
  local dir="$1" pages="$2" bytes="$3"
  local table_rows=$(( (bytes - 1700) / 130 > 10 ? (bytes - 1700) / 130 : 10 ))
  rm -rf "$dir"; mkdir -p "$dir/layouts/_default" "$dir/content/p" "$dir/static/css"
  cat >"$dir/hugo.toml" <<'TOML'
baseURL = "https://hugo.example.org/"
title = "Hugo yardstick"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
TOML
  echo 'body { font-family: sans-serif; }' >"$dir/static/css/site.css"
  cat >"$dir/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title><link rel="stylesheet" href="{{ "css/site.css" | relURL }}"></head>
<body>
<header><nav><ul>{{ range first 12 site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer><p>{{ site.Title }}</p></footer>
</body>
</html>
HTML
  cat >"$dir/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}
HTML
  cat >"$dir/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
HTML
  awk -v n="$((pages - 2))" -v rows="$table_rows" -v dir="$dir/content/p" 'BEGIN {
    for (i = 1; i <= n; i++) {
      f = sprintf("%s/page-%06d.md", dir, i)
      printf "---\ntitle: \"Page %d\"\n---\n", i > f
      for (p = 1; p <= 3; p++) printf "Paragraph %d of page %d: a recommendation was made, supported and followed up in the review.\n\n", p, i > f
      printf "| cycle | State | response | recommendation |\n| --- | --- | --- | --- |\n" > f
      for (r = 1; r <= rows; r++) printf "| %d | State %d | supported | Adopt a law on the matter %d with the participation of civil society |\n", (r % 4) + 1, r, r > f
      close(f)
    }
  }'
}

input_for() {
  local size="$1" dir="$2"
  if [[ $size == sample ]]; then echo "$repo/input"; return; fi
  local countries="${size%x*}" rows="${size#*x}"
  [[ -f "$dir/input/site.yml" ]] || "$synthetic" --countries "$countries" --rows "$rows" --seed "$seed" --out "$dir/input" >/dev/null
  echo "$dir/input"
}

results="$work/results.md"
{
  echo "<!-- $(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$repo" rev-parse --short HEAD), $(hugo version | cut -d' ' -f2), load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs -->"
  echo "| site | rows | pages | wall | CPU | peak RSS | ms/page | Hugo wall | Hugo CPU | Hugo ms/page | ratio | runs (wall) |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} | tee "$results"

# One untimed build first, so that the JIT profile (src/UprSite.Cli/JitProfile.cs) exists as it would on a second build.
"$uprsite" build --input "$repo/input" --theme "$repo/theme" --output "$work/warm-up" -q >/dev/null 2>&1 || true
rm -rf "$work/warm-up"

for size in "${sizes[@]}"; do
  dir="$work/$size"; mkdir -p "$dir"
  input="$(input_for "$size" "$dir")"
  walls=() cpus=() rsses=() hugo_walls=() hugo_cpus=() ratios=() pages="" rows="" note=""
  for run in $(seq "$runs"); do
    rm -rf "$dir/_site" "$dir/_site.new" "$dir/hugo-out"
    verdict="$(timed "$dir/time-$run.txt" "$uprsite" build --input "$input" --theme "$repo/theme" --output "$dir/_site")"
    wall="$(wall_of "$dir/time-$run.txt")"
    if [[ $verdict != ok ]]; then
      note="killed ($verdict) after ${wall} s, resident memory then $(cat "$dir/time-$run.txt.peak") MB"
      [[ $verdict == failed ]] && note="failed: $(tail -3 "$dir/time-$run.txt.out" | tr '\n' ' ')"
      break
    fi
    walls+=("$wall"); cpus+=("$(cpu_of "$dir/time-$run.txt")"); rsses+=("$(rss_of "$dir/time-$run.txt")")
    if [[ -z $pages ]]; then
      pages="$(pages_in "$dir/_site")" page_bytes="$(bytes_per_page "$dir/_site")"
      hugo_site "$dir/hugo" "$pages" "$page_bytes"
      # the rows the build used, from its "used N of M rows" lines
      rows="$(grep -o 'used [0-9,]* of' "$dir/time-$run.txt.out" | tr -d ',' | awk '{ s += $2 } END { print s + 0 }')"
    fi
    hugo_verdict="$(timed "$dir/hugo-$run.txt" hugo --quiet --source "$dir/hugo" --destination "$dir/hugo-out" --cacheDir "$work/hugo-cache")"
    hugo_wall="$(wall_of "$dir/hugo-$run.txt")"
    hugo_pages="$(pages_in "$dir/hugo-out")"
    [[ $hugo_verdict == ok ]] || note="Hugo killed ($hugo_verdict) after $hugo_wall s with $hugo_pages pages written, resident memory then $(cat "$dir/hugo-$run.txt.peak") MB: its figures are not a build"
    [[ $hugo_verdict != ok || $hugo_pages == "$pages" ]] || note="Hugo built $hugo_pages pages"
    hugo_bytes="$(bytes_per_page "$dir/hugo-out")"
    hugo_walls+=("$hugo_wall"); hugo_cpus+=("$(cpu_of "$dir/hugo-$run.txt")")
    ratios+=("$(awk -v a="$wall" -v b="$hugo_wall" 'BEGIN { printf "%.1f", a / b }')")
    if awk -v w="$wall" -v l="$long" 'BEGIN { exit !(w > l) }'; then break; fi
  done
  if ((${#walls[@]} == 0)); then
    echo "| $size | — | — | ${note} | | | | | | | | |" | tee -a "$results"
    continue
  fi
  wall="$(printf '%s\n' "${walls[@]}" | median)"
  hugo_wall="$(printf '%s\n' "${hugo_walls[@]}" | median)"
  printf '| %s | %s | %s | %s s | %s s | %s MB | %s | %s s | %s s | %s | %s× |%s\n' "$size" "$rows" "$pages" "$wall" \
    "$(printf '%s\n' "${cpus[@]}" | median)" "$(printf '%s\n' "${rsses[@]}" | median)" \
    "$(awk -v w="$wall" -v p="$pages" 'BEGIN { printf "%.1f", w * 1000 / p }')" "$hugo_wall" \
    "$(printf '%s\n' "${hugo_cpus[@]}" | median)" \
    "$(awk -v w="$hugo_wall" -v p="$pages" 'BEGIN { printf "%.2f", w * 1000 / p }')" \
    "$(printf '%s\n' "${ratios[@]}" | median)" " ${note:+$note; }${walls[*]} s; $((page_bytes / 1024)) KB a page, Hugo $((hugo_bytes / 1024)) KB |" | tee -a "$results"
done
echo "results: $results (generated input and output under $work)"
