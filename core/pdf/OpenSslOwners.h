#pragma once

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

// OpenSSL objects owned by unique_ptr, each freed with its own function: one place for the
// seal (PdfSeal) and the certificate checks (SigningCertificate). Inside core/pdf only.
namespace openssl {

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* pointer) const { Free(pointer); }
};
template <typename T, void (*Free)(T*)> using Owned = std::unique_ptr<T, Deleter<T, Free>>;

using Bio = Owned<BIO, BIO_free_all>;
using Key = Owned<EVP_PKEY, EVP_PKEY_free>;
using Certificate = Owned<X509, X509_free>;
using Cms = Owned<CMS_ContentInfo, CMS_ContentInfo_free>;

inline void freeCertificates(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
// A stack that owns its certificates.
using Certificates = Owned<STACK_OF(X509), freeCertificates>;

} // namespace openssl
