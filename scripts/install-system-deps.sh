#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing: Chromium for the
# browser journeys and metric-compatible Times New Roman (fonts-liberation2) for documents.
# Browsers come only from Debian's apt, never downloaded by a test tool.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-liberation2 >/dev/null 2>&1 || missing+=(fonts-liberation2)
if [ ${#missing[@]} -eq 0 ]; then
  echo "system deps: present"
  exit 0
fi
echo "system deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
