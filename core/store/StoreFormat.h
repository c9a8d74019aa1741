#pragma once

#include <QList>

// What a case file's format version fixes, since SQLCipher keeps neither in the file: the key
// derivation (KdfParameters) and the cipher page size.
//  - format 1: Argon2id opslimit 3 / 256 MiB, cipher page size 1024 (SQLCipher 3's default).
//  - format 2: the same key derivation, cipher page size 4096. A quarter of the pages to
//    decrypt and authenticate for the same data: encrypted queries cost about half as much
//    (docs/benchmarks.md). New case files are format 2; format 1 files are still read.
// The format is in store_meta inside the encrypted file, so opening tries the page sizes in
// turn; the key derivation is the same for both, so the passphrase is hashed only once.
namespace StoreFormat {

constexpr int current = 2;

constexpr int cipherPageSize(int format)
{
    return format >= 2 ? 4096 : 1024;
}

// Newest first: the order in which opening tries them.
inline QList<int> cipherPageSizes()
{
    return {cipherPageSize(2), cipherPageSize(1)};
}

} // namespace StoreFormat
