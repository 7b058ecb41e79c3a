#!/usr/bin/env bash
# CardDesk developer entry point. On a fresh Debian 12 machine:
#   scripts/dev.sh run     install what is missing, build, start the console on demo data
#   scripts/dev.sh test    install what is missing, build, run every test (ctest)
#   scripts/dev.sh bench   build and run carddesk-bench (writes docs/benchmarks.md)
#   scripts/dev.sh deps    only install the Debian packages
#   scripts/dev.sh build   only configure and build
# Extra arguments after "run" go to carddesk, e.g. scripts/dev.sh run --lang fi
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${CARDDESK_BUILD_DIR:-$ROOT/build}"

# Debian 12 packages CardDesk needs to build, test and run (see README).
PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libxkbcommon-dev
    libsqlite3-dev libphonenumber-dev
    libgmime-3.0-dev libgumbo-dev
    xvfb xauth fonts-dejavu-core
    # remote mode: carddesk-server, its PostgreSQL, the keychain, the load generator
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-psql libsodium-dev
    qtkeychain-qt6-dev postgresql wrk
    # supervisor workspace: Qt Charts (its CMake package needs the OpenGL module)
    qt6-charts-dev libqt6opengl6-dev
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "All Debian packages are present."
        return
    fi
    say "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo." >&2; exit 1; }
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

# The API contract's linter and proxy come from the npm registry (tools/api);
# Node.js and npm come from Debian unless the machine already has them.
install_node_tools() {
    if ! command -v npm >/dev/null; then
        say "Installing Node.js and npm"
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends nodejs npm
    fi
    if [ -f "$ROOT/tools/api/package-lock.json" ] && [ ! -d "$ROOT/tools/api/node_modules" ]; then
        say "Installing the API tools (npm ci in tools/api)"
        (cd "$ROOT/tools/api" && npm ci --no-audit --no-fund --loglevel=error)
    fi
}

build() {
    say "Configuring and building in $BUILD"
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$BUILD" --parallel "$(nproc)"
}

run_tests() {
    say "Running the test suite"
    cd "$BUILD"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600
}

cmd="${1:-run}"
shift || true
case "$cmd" in
    deps)  install_deps ;;
    build) install_deps; build ;;
    test)  install_deps; install_node_tools; build; run_tests ;;
    bench) install_deps; build; "$BUILD/tests/bench/carddesk-bench" "$@" ;;
    run)
        install_deps; build
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            say "No display here: writing a screenshot instead (carddesk --screenshot)."
            QT_QPA_PLATFORM=offscreen "$BUILD/carddesk" --screenshot "$ROOT/build/carddesk.png" --query Virtanen "$@"
            say "Wrote $ROOT/build/carddesk.png. On a desktop, this command opens the window."
        else
            exec "$BUILD/carddesk" "$@"
        fi
        ;;
    *) echo "usage: scripts/dev.sh run|test|bench|deps|build" >&2; exit 2 ;;
esac
