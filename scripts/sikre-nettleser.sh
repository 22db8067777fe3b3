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

# The tests also show a real, visible browser (assisted mode) on a virtual screen: Xvfb.
want_xvfb="${1:-}"
xvfb_ok() { [ "$want_xvfb" != "--med-xvfb" ] || have Xvfb; }

# The tests' own browsers are Chromium's headless shell where it can be had: the same pages for a
# fifth less work. Without it they use Chromium.
shell_ok() { [ "$want_xvfb" != "--med-xvfb" ] || have chromium-headless-shell; }

if browser_found && driver_found && xvfb_ok && shell_ok; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && have apt-get; then
  export DEBIAN_FRONTEND=noninteractive
  if ! browser_found || ! driver_found || ! xvfb_ok; then
    packages="chromium chromium-driver"
    [ "$want_xvfb" = "--med-xvfb" ] && packages="$packages xvfb"
    echo "Installerer $packages (apt-get install -y $packages) ..."
    apt-get update -qq
    apt-get install -y -qq $packages >/dev/null
    echo "Installert: $packages."
  fi
  if ! shell_ok; then
    echo "Installerer chromium-headless-shell for testene (apt-get install -y chromium-headless-shell) ..."
    { apt-get update -qq && apt-get install -y -qq chromium-headless-shell; } >/dev/null 2>&1 ||
      echo "chromium-headless-shell kunne ikke installeres: testene bruker Chromium."
  fi
  if browser_found && driver_found && xvfb_ok; then
    exit 0
  fi
elif browser_found && driver_found && xvfb_ok; then
  echo "Testene bruker Chromium; med chromium-headless-shell (apt-get install -y chromium-headless-shell) bruker de en femdel mindre CPU."
  exit 0
fi

if ! browser_found || ! driver_found; then
  echo "Mangler nettleser eller driver: roboten trenger Chromium (eller Chrome) og ChromeDriver i samme versjon." >&2
  echo "Installer dem med: sudo apt-get install -y chromium chromium-driver (Debian/Ubuntu)," >&2
  echo "eller legg chromedriver i mappen drivers/ (se drivers/README.md)." >&2
else
  echo "Testene trenger en virtuell skjerm for den synlige nettleseren: sudo apt-get install -y xvfb" >&2
fi
exit 1
