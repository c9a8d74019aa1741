#!/usr/bin/env bash
# The Windows branch of core/platform, compiled with Debian's MinGW-w64 cross compiler and its
# tests run under Wine (issue 22). Plain C++ and Win32: no Qt for MinGW exists in Debian, and
# the layer needs none. Usage: run.sh SOURCE_DIR BUILD_DIR [COMPILER WINE64]
set -euo pipefail
source_dir=$1
build_dir=$2
compiler=${3:-x86_64-w64-mingw32-g++-posix}
wine=${4:-/usr/lib/wine/wine64}
mkdir -p "$build_dir"
executable="$build_dir/platform_windows_tests.exe"
# Catch2 is header-only; its folder alone, not the rest of /usr/include (the host's C library).
mkdir -p "$build_dir/catch-include"
ln -sfn /usr/include/catch2 "$build_dir/catch-include/catch2"
"$compiler" -std=c++20 -O1 -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror \
    -static -I"$source_dir/core" -I"$source_dir/tests/support" -isystem "$build_dir/catch-include" \
    -o "$executable" \
    "$source_dir/tests/platform-windows/PlatformWindowsTests.cpp" \
    "$source_dir/core/platform/NativeFiles.cpp" "$source_dir/core/platform/NativeConsole.cpp" \
    "$source_dir/core/platform/NativeNetwork.cpp" \
    -ladvapi32 -lws2_32
# A Wine prefix of its own in the build folder; no Mono or Gecko asked for, no debug chatter.
export WINEPREFIX="$build_dir/wine-prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
status=0
"$wine" "$executable" < /dev/null || status=$?
# The Wine server of this prefix goes with the test, not minutes later.
WINEPREFIX="$WINEPREFIX" "$(dirname "$wine")/wineserver" -k 2>/dev/null || true
exit $status
