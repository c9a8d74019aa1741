#!/usr/bin/env bash
# Does SQLCipher 4 (Debian 13's 4.6.1, as vcpkg and Homebrew ship 4.x) open the case files this
# program makes with Debian 12's SQLCipher 3.4.1, with the settings of SqlCipherSettings, and do
# they open here again after SQLCipher 4 wrote to them? (issue 22, docs/packaging.md)
#
#   packaging/check-sqlcipher4-format.sh BUILD_DIR [CHROOT_DIR]
#
# As root: makes a Debian 13 chroot with debootstrap (minbase, ~2 minutes) unless CHROOT_DIR
# holds one, installs its sqlcipher shell there, and checks:
#   1. a demo case file made by thuisindewijk-cli opens with cipher_compatibility = 3 and the page
#      size, is whole (quick_check) and reads (participants, events);
#   2. without cipher_compatibility it does not open (the control: the pragma is what does it);
#   3. the copy the program makes at a new passphrase (KeyedConnection, both sides set alike)
#      opens as 1;
#   4. a name changed by SQLCipher 4 reads back here, with Debian 12's sqlcipher shell, whole.
# Not part of .ci/run: it downloads a Debian 13 base system. Exit 0 when all four hold.
set -euo pipefail
build=$(realpath "$1")
chroot_dir=${2:-/var/tmp/thuis-trixie}
cli="$build/app/cli/thuisindewijk-cli"
work=$(mktemp -d)
trap 'rm -rf "$work" "$chroot_dir/fmt"' EXIT
passphrase='Kraanvogel-Zomer-2026-Ëén'
new_passphrase='Nieuwe-Zin-Voor-December-2026'

if [ ! -x "$chroot_dir/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
    debootstrap --variant=minbase trixie "$chroot_dir" http://deb.debian.org/debian >/dev/null
fi
chroot "$chroot_dir" bash -c 'command -v sqlcipher >/dev/null || { apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends sqlcipher >/dev/null; }'

# The raw key as StoreKey derives it: Argon2id (libsodium), opslimit 3, 256 MiB, 32 bytes, over
# the passphrase's UTF-8 bytes and the file's first 16 bytes (the salt), then the salt.
raw_key() {
    python3 - "$1" "$2" <<'PY'
import ctypes, sys
sodium = ctypes.CDLL("libsodium.so.23")
assert sodium.sodium_init() >= 0
path, passphrase = sys.argv[1], sys.argv[2].encode()
salt = open(path, "rb").read(16)
key = ctypes.create_string_buffer(32)
assert sodium.crypto_pwhash(key, ctypes.c_ulonglong(32), passphrase, ctypes.c_ulonglong(len(passphrase)),
                            salt, ctypes.c_ulonglong(3), ctypes.c_size_t(256 << 20), ctypes.c_int(2)) == 0
print((key.raw + salt).hex())
PY
}
# The statements SqlCipherSettings gives, then $2.
keyed() { # KEY "compat"|"" STATEMENTS
    printf 'PRAGMA key = "x'"'"'%s'"'"'";\n' "$1"
    [ -n "$2" ] && printf 'PRAGMA cipher_compatibility = 3;\n'
    printf 'PRAGMA cipher_page_size = 4096;\n%s\n' "$3"
}
in_trixie() { chroot "$chroot_dir" sqlcipher "/fmt/$1" 2>&1; }

THUIS_PASSPHRASE=$passphrase "$cli" demo generate "$work/made-here.thuis" --count 20 --seed 1 >/dev/null
cp "$work/made-here.thuis" "$work/rekeyed.thuis"
THUIS_PASSPHRASE=$passphrase THUIS_NEW_PASSPHRASE=$new_passphrase "$cli" store rekey "$work/rekeyed.thuis" >/dev/null
key=$(raw_key "$work/made-here.thuis" "$passphrase")
rekeyed_key=$(raw_key "$work/rekeyed.thuis" "$new_passphrase")
mkdir -p "$chroot_dir/fmt"
cp "$work/made-here.thuis" "$work/rekeyed.thuis" "$chroot_dir/fmt/"
echo "SQLCipher in Debian 13: $(chroot "$chroot_dir" sqlcipher -version | grep -o 'SQLCipher [0-9.]*')"
failed=0
expect() { # NAME EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FOUT $1: expected [$2], got [$3]"; failed=1; fi
}
read_back='PRAGMA quick_check; SELECT count(*) FROM participant; SELECT count(*) FROM trajectory_event;'
events=$(printf 'PRAGMA key = "x'"'"'%s'"'"'";\nPRAGMA cipher_page_size = 4096;\nSELECT count(*) FROM trajectory_event;\n' "$key" |
    sqlcipher "$work/made-here.thuis" | tail -1)
# SQLCipher 4 answers PRAGMA key with "ok", then quick_check's "ok" and the two counts.
expect "1. made here, opened by SQLCipher 4 with cipher_compatibility = 3" "ok ok 20 $events" \
    "$(keyed "$key" compat "$read_back" | in_trixie made-here.thuis | tr '\n' ' ' | sed 's/ $//')"
refused=$(keyed "$key" "" "SELECT count(*) FROM participant;" | in_trixie made-here.thuis || true)
expect "2. without cipher_compatibility it does not open (control)" "yes" \
    "$(grep -q 'file is not a database' <<<"$refused" && echo yes || echo no)"
expect "3. the program's copy at a new passphrase opens" "ok ok 20 $events" \
    "$(keyed "$rekeyed_key" compat "$read_back" | in_trixie rekeyed.thuis | tr '\n' ' ' | sed 's/ $//')"
keyed "$key" compat "UPDATE participant SET naam = naam || ' (Debian 13)' WHERE id = 'DEMO-00001';" |
    in_trixie made-here.thuis >/dev/null
cp "$chroot_dir/fmt/made-here.thuis" "$work/written-there.thuis"
expect "4. written by SQLCipher 4, read here by 3.4.1, whole" "ok" \
    "$(printf 'PRAGMA key = "x'"'"'%s'"'"'";\nPRAGMA cipher_page_size = 4096;\nPRAGMA quick_check;\nSELECT naam FROM participant WHERE id = '"'DEMO-00001'"';\n' "$key" |
        sqlcipher "$work/written-there.thuis" | tr '\n' ' ' | grep -q '^ok .*(Debian 13)' && echo ok || echo no)"
exit $failed
