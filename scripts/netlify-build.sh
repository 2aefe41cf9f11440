#!/usr/bin/env bash
# Netlify's build command (netlify.toml). Installs the .NET SDK that global.json pins into ./.dotnet with
# Microsoft's dotnet-install script, then builds the site into _site/ for this deploy's address:
#   production (CONTEXT=production)       → $URL, the site's main address
#   deploy previews and branch deploys    → $DEPLOY_PRIME_URL, their own address
# Diagnostics are printed as file(line,col): error UPRnnnn: …; any error fails the deploy and nothing is published.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet_dir="$PWD/.dotnet"
if [ ! -x "$dotnet_dir/dotnet" ]; then
  echo "Installing the .NET SDK pinned in global.json into $dotnet_dir"
  curl --silent --show-error --fail --location --retry 3 https://dot.net/v1/dotnet-install.sh --output /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir "$dotnet_dir" --no-path
fi
export DOTNET_ROOT="$dotnet_dir"
export PATH="$dotnet_dir:$PATH"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet --version

case "${CONTEXT:-}" in
  production) base_url="${URL:-}" ;;
  *) base_url="${DEPLOY_PRIME_URL:-${URL:-}}" ;;
esac

if [ -n "$base_url" ]; then
  echo "Building for $base_url (context: ${CONTEXT:-none})"
  dotnet run --project src/UprSite.Cli -c Release -- build --base-url "$base_url"
else
  echo "No Netlify address in the environment; building with base_url from input/site.yml"
  dotnet run --project src/UprSite.Cli -c Release -- build
fi
