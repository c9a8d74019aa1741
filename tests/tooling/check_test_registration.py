#!/usr/bin/env python3
"""Every Catch2 test a binary lists is registered with ctest, and nothing else under its prefix.

A test that Catch2 knows but ctest does not (a name CMake cut at a ';', a discovery that went
stale) would never run in CI; a registered name the binary no longer knows "passes" on nothing.
Usage: check_test_registration.py BUILD_DIR BINARY...  (ctest names are "<binary name>:<test>")
"""
import os
import re
import subprocess
import sys

build, binaries = sys.argv[1], sys.argv[2:]
listed = subprocess.run(["ctest", "--test-dir", build, "-N"], capture_output=True, text=True, check=True).stdout
# catch_discover_tests' prefix "<binary>: " reaches ctest as "<binary>:" (the space is lost).
registered = {re.sub(r"^([\w-]+): ", r"\1:", name)
              for name in re.findall(r"^\s*Test\s+#\d+: (.+?)\s*$", listed, flags=re.M)}
problems = []
for binary in binaries:
    prefix = os.path.basename(binary) + ":"
    names = subprocess.run([binary, "--list-test-names-only"], capture_output=True, text=True,
                           env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout
    known = {prefix + line.strip() for line in names.splitlines() if line.strip()}
    if not known:
        problems.append(f"{binary}: lists no tests")
    for name in sorted(known - registered):
        problems.append(f"not registered with ctest: {name}")
    for name in sorted(n for n in registered if n.startswith(prefix) and n not in known):
        problems.append(f"registered but unknown to the binary: {name}")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"{len(binaries)} binaries, every test registered")
