#!/usr/bin/env bash
# The oldest Firefox ESR that Debian's archive offers (140 on Debian 12 today, the
# version the manifest claims), unpacked into .cache/browsers/ so the Firefox e2e
# tests run on it beside the system's firefox-esr, which security updates move on.
# Needs dpkg and apt (Debian or Ubuntu); elsewhere it says so and does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v apt-cache >/dev/null || ! command -v dpkg-deb >/dev/null; then
  echo "get-oldest-firefox: no apt/dpkg here; the Firefox tests use the Firefox on PATH only" >&2
  exit 0
fi
oldest() { apt-cache madison firefox-esr 2>/dev/null | awk -F'|' '{gsub(/ /, "", $2); print $2}' | sort -V | head -n 1; }
version="$(oldest)"
if [ -z "$version" ]; then
  apt-get update -qq
  version="$(oldest)"
fi
if [ -z "$version" ]; then
  echo "get-oldest-firefox: the package archive offers no firefox-esr" >&2
  exit 1
fi
dir=".cache/browsers/firefox-esr-${version%%esr*}"
if [ -x "$dir/usr/lib/firefox-esr/firefox-esr" ]; then
  echo "get-oldest-firefox: $dir (already there)"
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# apt-get download writes to the working directory; as root it warns that _apt cannot read it.
(cd "$tmp" && apt-get download -qq "firefox-esr=$version" 2>/dev/null)
mkdir -p "$dir"
dpkg-deb -x "$tmp"/firefox-esr_*.deb "$dir"
echo "get-oldest-firefox: $dir ($("$dir/usr/lib/firefox-esr/firefox-esr" --version))"
