#!/usr/bin/env bash
# Runs Netlify's build (scripts/netlify-build.sh) twice the way Netlify runs it, and prints how long each took:
# each build starts from a fresh clone of the committed branch in <work>/repo (Netlify: /opt/build/repo) with a fresh
# HOME and TMPDIR and only Netlify's environment variables; only the build cache folder <work>/cache (Netlify:
# /opt/build/cache) is kept from the first build to the second. The second build is the one every push of an
# unchanged site pays.
#   scripts/simulate-netlify.sh [work folder]     (default: a new temporary folder, removed at the end)
# What it cannot show on a machine without internet access: see docs/publishing.md ("Simulating a Netlify build").
set -euo pipefail
cd "$(dirname "$0")/.."
source_repo="$PWD"
branch=$(git rev-parse --abbrev-ref HEAD)

if [ $# -gt 0 ]; then
  work="$1"
  keep=true
else
  work=$(mktemp -d)
  keep=false
fi
mkdir -p "$work"
work=$(cd "$work" && pwd)
[ "$keep" = true ] || trap 'rm -rf "$work"' EXIT
rm -rf "$work/cache"
mkdir -p "$work/cache"

# A site's variables as Netlify sets them for a production deploy (docs: build environment variables).
netlify_env=(
  NETLIFY=true CI=true CONTEXT=production BRANCH=main HEAD=main
  URL=https://your-coalition.netlify.app DEPLOY_PRIME_URL=https://main--your-coalition.netlify.app
  DEPLOY_URL=https://0123456789abcdef--your-coalition.netlify.app SITE_NAME=your-coalition
  NETLIFY_CACHE_DIR="$work/cache"
  DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
)

# This machine's own way out to the package registries (its certificate authority, any proxy) is passed through:
# Netlify's build image has its own; nothing else of this machine's environment is.
passthrough=()
for name in SSL_CERT_FILE SSL_CERT_DIR NODE_EXTRA_CA_CERTS CURL_CA_BUNDLE NUGET_CERT_REVOCATION_MODE \
            http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
  if [ -n "${!name:-}" ]; then passthrough+=("$name=${!name}"); fi
done

# Netlify's build image promises no Khmer (nor Noto) font: Chromium here sees only DejaVu and the user's own font
# folder (as fontconfig's default does), so a Khmer PDF can get its letters only from the theme's fonts.
mkdir -p "$work/fontconfig"
cat > "$work/fontconfig/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <dir>~/.local/share/fonts</dir>
  <cachedir>~/.cache/fontconfig</cachedir>
</fontconfig>
XML

declare -a seconds
for run in 1 2; do
  rm -rf "$work/repo" "$work/home" "$work/tmp"
  mkdir -p "$work/home" "$work/tmp"
  git clone --quiet --branch "$branch" "$source_repo" "$work/repo"
  echo "=== Netlify build $run of 2 (commit $(git -C "$work/repo" rev-parse --short HEAD), cache $(du -sh "$work/cache" | cut -f1)) ==="
  start=$(date +%s.%N)
  status=0
  (cd "$work/repo" && env -i PATH="/usr/local/bin:/usr/bin:/bin" HOME="$work/home" TMPDIR="$work/tmp" LANG=C.UTF-8 \
     FONTCONFIG_FILE="$work/fontconfig/fonts.conf" \
     "${passthrough[@]}" "${netlify_env[@]}" COMMIT_REF="$(git rev-parse HEAD)" bash scripts/netlify-build.sh) > "$work/build-$run.log" 2>&1 || status=$?
  end=$(date +%s.%N)
  seconds[$run]=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  sed 's/^/    /' "$work/build-$run.log"
  if [ "$status" -ne 0 ]; then
    echo "Netlify build $run failed (exit $status); log: $work/build-$run.log" >&2
    keep=true
    trap - EXIT
    exit "$status"
  fi
  pdfs=$(find "$work/repo/_site" -name '*.pdf' | wc -l)
  echo "=== build $run: ${seconds[$run]} s wall, $pdfs PDFs in _site/, cache now $(du -sh "$work/cache" | cut -f1) ==="
  if command -v pdffonts >/dev/null 2>&1; then
    khmer_pdf="$work/repo/_site/km/countries/kh/factsheets/land/land.pdf"
    [ -f "$khmer_pdf" ] && echo "    fonts in km/…/land.pdf: $(pdffonts "$khmer_pdf" | awk 'NR > 2 {print $1}' | sed 's/^[A-Z]*+//' | sort -u | tr '\n' ' ')"
  fi
done

echo
echo "first build (empty cache): ${seconds[1]} s; second build (same commit, cache kept): ${seconds[2]} s"
du -sh "$work/cache"/* 2>/dev/null | sed 's/^/  cache: /'
