#!/usr/bin/env bash
# Makes sure a Chromium-family browser and its ChromeDriver are here before the robot or the tests
# need them. On Debian/Ubuntu as root it installs them; otherwise it says exactly what to install.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

have() { command -v "$1" >/dev/null 2>&1; }

browser_found() {
  have chromium || have chromium-browser || have google-chrome || have google-chrome-stable
}

driver_found() {
  have chromedriver || [ -x "$here/drivers/chromedriver" ] || [ -n "${DPI_DRIVER:-}" ]
}

if browser_found && driver_found; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && have apt-get; then
  echo "Installerer Chromium og ChromeDriver (apt-get install -y chromium chromium-driver) ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  if browser_found && driver_found; then
    echo "Chromium og ChromeDriver er installert."
    exit 0
  fi
fi

echo "Mangler nettleser eller driver: roboten trenger Chromium (eller Chrome) og ChromeDriver i samme versjon." >&2
echo "Installer dem med: sudo apt-get install -y chromium chromium-driver (Debian/Ubuntu)," >&2
echo "eller legg chromedriver i mappen drivers/ (se drivers/README.md)." >&2
exit 1
