// A measuring aid, not part of the program: counts the pages SQLCipher 3.4 encrypts and
// decrypts, by standing in front of OpenSSL's EVP_CipherFinal_ex (SQLCipher calls it once per
// page it ciphers: each page written to the file, the write-ahead log or a statement journal,
// and each page read from disk). Loaded with LD_PRELOAD; a benchmark that finds
// thuis_cipher_pages() (dlsym) prints pages per commit, per autosave, per recorded event.
//   LD_PRELOAD=build/ci/tests/benchmarks/libcipher_page_counter.so store_benchmark 2000 1 500
// It links nothing of the project: only libc and libcrypto.
#include <dlfcn.h>
#include <openssl/evp.h>

#include <atomic>

namespace {
std::atomic<long> encrypted{0};
std::atomic<long> decrypted{0};
using Final = int (*)(EVP_CIPHER_CTX*, unsigned char*, int*);
} // namespace

extern "C" int EVP_CipherFinal_ex(EVP_CIPHER_CTX* context, unsigned char* out, int* length)
{
    static const auto next = reinterpret_cast<Final>(dlsym(RTLD_NEXT, "EVP_CipherFinal_ex"));
    (EVP_CIPHER_CTX_is_encrypting(context) ? encrypted : decrypted).fetch_add(1, std::memory_order_relaxed);
    return next(context, out, length);
}

// 1: pages encrypted so far; 0: pages decrypted so far.
extern "C" long thuis_cipher_pages(int encrypting)
{
    return (encrypting ? encrypted : decrypted).load(std::memory_order_relaxed);
}
