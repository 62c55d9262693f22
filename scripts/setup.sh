#!/usr/bin/env bash
# Sets up everything Hark needs on a fresh Debian machine: apt packages, a .venv with the
# pinned Python dependencies (models ship inside the wheels), and hark itself (editable).
# Idempotent: a second run only checks.  Usage: scripts/setup.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."
WANT_TEST=0
[[ "${1:-}" == "--test" ]] && WANT_TEST=1

APT_PKGS=(libsndfile1 libportaudio2 libopus0 sox)
[[ $WANT_TEST == 1 ]] && APT_PKGS+=(pocketsphinx-testdata espeak-ng chromium postgresql)

missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [[ $(id -u) != 0 ]] && SUDO="sudo"
  echo "setup: installing apt packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv with $PY"
  "$PY" -m venv .venv
fi
hash=$(cat pyproject.toml requirements.lock | sha1sum | cut -c1-12)
stamp=.venv/.hark-setup-$hash-$WANT_TEST
# a test install (-1) is a superset of a plain one (-0)
if [[ ! -f $stamp && ! ( $WANT_TEST == 0 && -f .venv/.hark-setup-$hash-1 ) ]]; then
  .venv/bin/python -m pip install -q --upgrade pip uv
  UV=".venv/bin/uv pip install --python .venv/bin/python -q"
  extra=""; [[ $WANT_TEST == 1 ]] && extra="[test]"
  $UV -c requirements.lock -e ".$extra"
  # These declare heavy deps (torch, matplotlib) that Hark never imports.
  $UV --no-deps silero-vad==6.2.3 pyrnnoise==0.4.5
  rm -f .venv/.hark-setup-*
  touch "$stamp"
fi
echo "setup: ok"
