#!/usr/bin/env bash
# Netlify's build command (netlify.toml). Builds the site and its PDFs into _site/ for this deploy's address:
#   production (CONTEXT=production)       → $URL, the site's main address
#   deploy previews and branch deploys    → $DEPLOY_PRIME_URL, their own address
# Diagnostics are printed as file(line,col): error UPRnnnn: …; any error fails the deploy and nothing is published.
#
# Everything downloaded is kept in Netlify's build cache, the folder Netlify saves after a build and puts back before
# the next one (/opt/build/cache, where Netlify's own cache utilities write too), so the second build of an unchanged
# site downloads nothing and prints no PDF again:
#   dotnet/              the .NET SDK global.json asks for, chosen as actions/setup-dotnet chooses it in GitHub Actions
#   nuget-packages/      NuGet packages (NUGET_PACKAGES)
#   uprsite-tool/<key>/  the compiled uprsite, keyed by a hash of the sources it is built from
#   playwright-core-<v>/ and ms-playwright/   Playwright's Chromium, the version Microsoft.Playwright in
#                        Directory.Packages.props drives
#   fonts-npm/           the theme's npm packages (theme/package.json): web fonts copied into theme/assets/fonts/,
#                        plotly.js's basic bundle into theme/assets/js/plotly.min.js
#   pdf-cache/           printed PDFs (.uprsite/pdf-cache links here)
#   npm/                 npm's download cache
# Environment: NETLIFY_CACHE_DIR overrides the cache folder (scripts/simulate-netlify.sh uses it). When a download
# cannot be made, an SDK or Chromium already installed on the machine is used instead, with a warning saying so.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

if [ -n "${NETLIFY_CACHE_DIR:-}" ]; then
  cache="$NETLIFY_CACHE_DIR"
elif [ "${NETLIFY:-}" = "true" ]; then
  cache=/opt/build/cache
else
  cache="$repo/.uprsite/netlify-cache"
fi
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
echo "Build cache: $cache"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NUGET_PACKAGES="$cache/nuget-packages"
export npm_config_cache="$cache/npm"

step() { echo "[$(date +%H:%M:%S)] $*"; }

# --- .NET SDK -------------------------------------------------------------------------------------------------------
# global.json's version, read as actions/setup-dotnet reads it: with rollForward latestFeature the newest SDK of that
# major.minor (10.0.100 → channel 10.0), otherwise exactly that version.
sdk_version=$(sed -n 's/.*"version" *: *"\([^"]*\)".*/\1/p' global.json | head -n 1)
roll_forward=$(sed -n 's/.*"rollForward" *: *"\([^"]*\)".*/\1/p' global.json | head -n 1)
if [ "$roll_forward" = "latestFeature" ]; then
  sdk_request=(--channel "${sdk_version%.*}")
else
  sdk_request=(--version "$sdk_version")
fi

step "SDK: global.json asks for ${sdk_request[*]}"
dotnet_dir="$cache/dotnet"
install_script="$cache/dotnet-install.sh"
sdk_ready=false
if curl --silent --show-error --fail --location --retry 2 --max-time 60 https://dot.net/v1/dotnet-install.sh --output "$install_script.new" 2>/dev/null; then
  mv "$install_script.new" "$install_script"
  # Skips the download when that version is already in the cache.
  if bash "$install_script" "${sdk_request[@]}" --install-dir "$dotnet_dir" --no-path; then
    sdk_ready=true
  fi
else
  rm -f "$install_script.new"
fi
if [ "$sdk_ready" = true ] || { [ -x "$dotnet_dir/dotnet" ] && DOTNET_ROOT="$dotnet_dir" "$dotnet_dir/dotnet" --version >/dev/null 2>&1; }; then
  [ "$sdk_ready" = true ] || echo "warning: the SDK could not be checked online; using the one in the build cache"
  export DOTNET_ROOT="$dotnet_dir"
  export PATH="$dotnet_dir:$PATH"
elif command -v dotnet >/dev/null 2>&1 && dotnet --version >/dev/null 2>&1; then
  echo "warning: the .NET SDK could not be downloaded; using the SDK already installed at $(command -v dotnet)"
else
  echo "error: the .NET SDK (${sdk_request[*]}) could not be downloaded and none is installed" >&2
  exit 2
fi
step "SDK $(dotnet --version) at $(dirname "$(readlink -f "$(command -v dotnet)")")"

# --- uprsite, compiled once per version of its sources -------------------------------------------------------------
key=$( { dotnet --version
         find src Directory.Build.props Directory.Packages.props global.json -type f \
           -not -path '*/bin/*' -not -path '*/obj/*' -print0 | sort -z | xargs -0 sha256sum; } | sha256sum | cut -c1-16)
tool_dir="$cache/uprsite-tool/$key"
if [ -f "$tool_dir/uprsite.dll" ]; then
  step "uprsite: reusing the build of these sources ($key)"
else
  step "uprsite: compiling ($key)"
  rm -rf "$cache/uprsite-tool"
  dotnet build src/UprSite.Cli -c Release --nologo -v quiet -o "$tool_dir"
fi

# --- Chromium for --pdf ---------------------------------------------------------------------------------------------
playwright_version=$(sed -n 's/.*Include="Microsoft.Playwright" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
export PLAYWRIGHT_BROWSERS_PATH="$cache/ms-playwright"
playwright_dir="$cache/playwright-core-$playwright_version"
chromium=""
step "Chromium: Playwright $playwright_version's build"
if [ -f "$playwright_dir/node_modules/playwright-core/cli.js" ] \
   || npm install --silent --no-audit --no-fund --no-save --prefix "$playwright_dir" "playwright-core@$playwright_version"; then
  # Does nothing when that Chromium is already in the cache.
  if node "$playwright_dir/node_modules/playwright-core/cli.js" install chromium; then
    chromium=$(cd "$playwright_dir" && node -e 'console.log(require("playwright-core").chromium.executablePath())')
  fi
fi
if [ -n "$chromium" ] && [ -x "$chromium" ]; then
  missing=$(ldd "$chromium" 2>/dev/null | awk '/not found/ {print $1}' | tr '\n' ' ')
  if [ -n "$missing" ]; then
    echo "error: Chromium ($chromium) cannot start on this build image; missing libraries: $missing" >&2
    exit 2
  fi
else
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -x "$candidate" ]; then chromium="$candidate"; break; fi
  done
  if [ -z "$chromium" ]; then
    echo "error: Playwright's Chromium could not be downloaded and no Chromium is installed; the PDFs cannot be printed" >&2
    exit 2
  fi
  echo "warning: Playwright's Chromium could not be downloaded; printing with the Chromium installed at $chromium"
fi
export UPRSITE_CHROMIUM="$chromium"
step "Chromium: $chromium"

# --- the theme's web fonts (Khmer and Latin), which the build image does not have --------------------------------
step "Web fonts: theme/package.json"
scripts/install-fonts.sh "$cache/fonts-npm"
# Chromium draws the PDFs' running header and footer with installed fonts only: install the same faces for this user.
mkdir -p "${XDG_DATA_HOME:-$HOME/.local/share}/fonts/uprsite"
cp .uprsite/system-fonts/*.ttf "${XDG_DATA_HOME:-$HOME/.local/share}/fonts/uprsite/"

# --- plotly.js's basic bundle (bar, pie and scatter), a third of the full one Plotly.NET carries ---------------------
step "plotly.js basic bundle: theme/package.json"
scripts/install-plotly.sh "$cache/fonts-npm"

# --- PDFs already printed --------------------------------------------------------------------------------------------
mkdir -p "$cache/pdf-cache" .uprsite
if [ ! -e .uprsite/pdf-cache ] || [ -L .uprsite/pdf-cache ]; then
  ln -sfn "$cache/pdf-cache" .uprsite/pdf-cache
fi

# --- the build ------------------------------------------------------------------------------------------------------
case "${CONTEXT:-}" in
  production) base_url="${URL:-}" ;;
  *) base_url="${DEPLOY_PRIME_URL:-${URL:-}}" ;;
esac
if [ -n "$base_url" ]; then
  step "Building for $base_url (context: ${CONTEXT:-none})"
  dotnet "$tool_dir/uprsite.dll" build --pdf --base-url "$base_url"
else
  step "No Netlify address in the environment; building with base_url from input/site.yml"
  dotnet "$tool_dir/uprsite.dll" build --pdf
fi
step "Done"
