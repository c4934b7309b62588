#!/usr/bin/env bash
# Installs the Debian packages FormFold builds against, only those missing. Idempotent and
# non-interactive; safe to run on every `make` call.
#
#   scripts/install-system-packages.sh              what the build needs
#   scripts/install-system-packages.sh --for-tests  also what the tests check the written workbooks with:
#                                                   LibreOffice (headless) and python3's openpyxl
set -euo pipefail

packages=(pkg-config zlib1g-dev libxlsxwriter-dev libopencc-dev libopencc-data libfreexl-dev)
for_tests=0
[ "${1:-}" = "--for-tests" ] && for_tests=1
[ $for_tests = 1 ] && packages+=(libreoffice-calc-nogui poppler-utils fonts-wqy-zenhei python3-pip)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# python3-pip may come from elsewhere (pyenv): only ask apt for it when pip is really missing.
if command -v pip3 >/dev/null 2>&1 || python3 -m pip --version >/dev/null 2>&1; then
    missing=("${missing[@]/python3-pip}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))

if [ ${#missing[@]} -gt 0 ]; then
    echo "installing Debian packages: ${missing[*]}" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ $for_tests = 1 ] && ! python3 -c "import openpyxl" 2>/dev/null; then
    echo "installing python3 package: openpyxl" >&2
    python3 -m pip install --quiet openpyxl 2>/dev/null || python3 -m pip install --quiet --break-system-packages openpyxl
fi
