#pragma once
// Pages SQLCipher encrypted and decrypted, when the benchmark runs with
// libcipher_page_counter.so preloaded (CipherPageCounter.c); without it, available() is false
// and the benchmark prints no page figures.
#include <dlfcn.h>

class CipherPages
{
public:
    struct Count
    {
        long encrypted = 0;
        long decrypted = 0;
    };

    static bool available() { return counter() != nullptr; }
    static Count now()
    {
        const auto read = counter();
        return read ? Count{read(1), read(0)} : Count{};
    }
    static Count since(const Count& before)
    {
        const Count after = now();
        return {after.encrypted - before.encrypted, after.decrypted - before.decrypted};
    }

private:
    using Reader = long (*)(int);
    static Reader counter()
    {
        static const auto read = reinterpret_cast<Reader>(dlsym(RTLD_DEFAULT, "thuis_cipher_pages"));
        return read;
    }
};
