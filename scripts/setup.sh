#!/usr/bin/env bash
# Installs what Zhiqiao needs to build, test and run its demo on Debian 12 (apt-get).
# Installs only what is missing; uses sudo when not root. Other systems: see README.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qtkeychain-qt6-dev libqt6svg6 libqt6opengl6-dev libgl-dev
    libpqxx-dev libpq-dev libssl-dev libeigen3-dev
    postgresql postgresql-contrib
    fonts-noto-cjk xvfb xauth xdotool imagemagick
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing packages: ${missing[*]}" >&2
    echo "This script installs them with apt-get (Debian 12). Install the equivalents by hand." >&2
    exit 1
fi
sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
