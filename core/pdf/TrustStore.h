#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Whether a signer's certificate chains to the organisation's trusted certificates.
enum class SignerTrust { NotChecked, Trusted, NotTrusted };

// The certificate authorities an organisation trusts for signatures (issue 17): its own CA or
// the PKIoverheid roots it chooses, as one PEM file it configures (Instellingen, or
// `pdf verify --vertrouwd FILE`). `pdf verify` says "ondertekenaar vertrouwd" only for a signer
// whose chain ends in one of these, valid at the moment of signing. An empty store trusts
// nobody: the answer is then "not checked", never "trusted".
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    // Every certificate in a PEM file; refused when it holds none or one does not parse.
    [[nodiscard]] static Result<TrustStore> fromPemFile(const QString& path);

    bool isEmpty() const { return m_certificates.isEmpty(); }
    // DER encodings, as read.
    const QList<QByteArray>& certificates() const { return m_certificates; }

private:
    QList<QByteArray> m_certificates;
};
