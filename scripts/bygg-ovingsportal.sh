#!/usr/bin/env bash
# Builds the practice portal's Altinn 3 components (React and Altinn's component library) into the
# given folder. Needs Node.js and npm: on Debian/Ubuntu as root it installs them; otherwise it says
# exactly what to install. Usage: scripts/bygg-ovingsportal.sh UTMAPPE [festet|nyeste ARBEIDSMAPPE]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

have() { command -v "$1" >/dev/null 2>&1; }

if ! have node || ! have npm; then
  if [ "$(id -u)" = "0" ] && have apt-get; then
    echo "Installerer Node.js og npm (apt-get install -y nodejs npm) ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq nodejs npm >/dev/null
  fi
fi
if ! have node || ! have npm; then
  echo "Øvingsportalen bygges med Node.js og npm. Installer dem med: sudo apt-get install -y nodejs npm (Debian/Ubuntu), eller fra https://nodejs.org (versjon 18 eller nyere)." >&2
  exit 1
fi

exec node "$here/src/main/practiceportal/altinn3/build.mjs" "$@"
