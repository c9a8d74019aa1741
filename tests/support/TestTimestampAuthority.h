#pragma once
// A time-stamp authority for the tests (issue 17, PAdES B-T): OpenSSL's own RFC 3161 responder
// (TS_RESP_create_response, what `openssl ts -reply` runs) behind a minimal HTTP server on
// 127.0.0.1, served by whatever event loop runs in the test's thread (the program's request
// waits in one). Its certificate is made with the openssl tool: a CA of its own and a
// certificate with extendedKeyUsage=critical,timeStamping.
#include "QtCatch.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

class TestTimestampAuthority
{
public:
    enum class Answer { Stamp, ServerError, OtherImprint };

    TestTimestampAuthority()
    {
        REQUIRE(m_folder.isValid());
        const QString dir = m_folder.path() + u'/';
        QFile extensions(dir + QStringLiteral("tsa.ext"));
        REQUIRE(extensions.open(QIODevice::WriteOnly));
        extensions.write("extendedKeyUsage=critical,timeStamping\nkeyUsage=digitalSignature\n");
        extensions.close();
        const QStringList steps{
            QStringLiteral(
                "req|-x509|-newkey|rsa:2048|-nodes|-keyout|%1tsa-ca.key|-out|%1tsa-ca.pem|-days|30|-subj|"
                "/CN=Test Tijdstempel CA"),
            QStringLiteral("req|-newkey|rsa:2048|-nodes|-keyout|%1tsa.key|-out|%1tsa.csr|-subj|/CN=Test "
                           "Tijdstempeldienst"),
            QStringLiteral(
                "x509|-req|-in|%1tsa.csr|-CA|%1tsa-ca.pem|-CAkey|%1tsa-ca.key|-CAcreateserial|-out|"
                "%1tsa.pem|-days|30|-extfile|%1tsa.ext")};
        for (const QString& step : steps) {
            QProcess openssl;
            openssl.setProcessChannelMode(QProcess::MergedChannels);
            openssl.start(QStringLiteral("openssl"), step.arg(dir).split(u'|'));
            REQUIRE(openssl.waitForFinished(60000));
            INFO(openssl.readAll().toStdString());
            REQUIRE(openssl.exitCode() == 0);
        }
        m_certificate = readPem<X509>(dir + QStringLiteral("tsa.pem"), PEM_read_bio_X509);
        m_caCertificate = readPem<X509>(dir + QStringLiteral("tsa-ca.pem"), PEM_read_bio_X509);
        m_key = readPem<EVP_PKEY>(dir + QStringLiteral("tsa.key"), PEM_read_bio_PrivateKey);
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] { accept(); });
    }

    ~TestTimestampAuthority()
    {
        X509_free(m_certificate);
        X509_free(m_caCertificate);
        EVP_PKEY_free(m_key);
    }

    TestTimestampAuthority(const TestTimestampAuthority&) = delete;
    TestTimestampAuthority& operator=(const TestTimestampAuthority&) = delete;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/tsa").arg(m_server.serverPort())); }
    // The authority's CA, for a trust store that trusts it.
    QString caPath() const { return m_folder.filePath(QStringLiteral("tsa-ca.pem")); }
    void answerWith(Answer answer) { m_answer = answer; }
    int requests() const { return m_requests; }

private:
    template <typename T, typename Read> static T* readPem(const QString& path, Read read)
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray pem = file.readAll();
        BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        T* value = read(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        REQUIRE(value != nullptr);
        return value;
    }

    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
        }
    }

    // One request per connection: headers, then Content-Length bytes of TimeStampReq.
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(headerEnd).split('\n')) {
            if (line.trimmed().toLower().startsWith("content-length:"))
                length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray request = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        ++m_requests;
        if (m_answer == Answer::ServerError) {
            socket->write(
                "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        } else {
            const QByteArray reply =
                stamp(m_answer == Answer::OtherImprint ? otherImprint(request) : request);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: " +
                          QByteArray::number(reply.size()) + "\r\nConnection: close\r\n\r\n" + reply);
        }
        socket->disconnectFromHost();
    }

    // The same request over other bytes (its nonce kept): a stamp that is not over the seal.
    static QByteArray otherImprint(const QByteArray& request)
    {
        const unsigned char* bytes = reinterpret_cast<const unsigned char*>(request.constData());
        TS_REQ* parsed = d2i_TS_REQ(nullptr, &bytes, long(request.size()));
        REQUIRE(parsed != nullptr);
        unsigned char zeros[32] = {};
        TS_MSG_IMPRINT_set_msg(TS_REQ_get_msg_imprint(parsed), zeros, sizeof zeros);
        unsigned char* out = nullptr;
        const int length = i2d_TS_REQ(parsed, &out);
        QByteArray changed(reinterpret_cast<const char*>(out), length);
        OPENSSL_free(out);
        TS_REQ_free(parsed);
        return changed;
    }

    QByteArray stamp(const QByteArray& request) const
    {
        TS_RESP_CTX* context = TS_RESP_CTX_new();
        REQUIRE(context != nullptr);
        REQUIRE(TS_RESP_CTX_set_signer_cert(context, m_certificate) == 1);
        REQUIRE(TS_RESP_CTX_set_signer_key(context, m_key) == 1);
        STACK_OF(X509)* chain = sk_X509_new_null();
        sk_X509_push(chain, m_caCertificate);
        REQUIRE(TS_RESP_CTX_set_certs(context, chain) == 1);
        sk_X509_free(chain);
        ASN1_OBJECT* policy = OBJ_txt2obj("1.3.6.1.4.1.99999.17.1", 1);
        REQUIRE(TS_RESP_CTX_set_def_policy(context, policy) == 1);
        ASN1_OBJECT_free(policy);
        REQUIRE(TS_RESP_CTX_add_md(context, EVP_sha256()) == 1);
        REQUIRE(TS_RESP_CTX_set_signer_digest(context, EVP_sha256()) == 1);
        BIO* input = BIO_new_mem_buf(request.constData(), int(request.size()));
        TS_RESP* response = TS_RESP_create_response(context, input);
        BIO_free(input);
        REQUIRE(response != nullptr);
        unsigned char* out = nullptr;
        const int length = i2d_TS_RESP(response, &out);
        QByteArray reply(reinterpret_cast<const char*>(out), length);
        OPENSSL_free(out);
        TS_RESP_free(response);
        TS_RESP_CTX_free(context);
        return reply;
    }

    QTemporaryDir m_folder;
    X509* m_certificate = nullptr;
    X509* m_caCertificate = nullptr;
    EVP_PKEY* m_key = nullptr;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    Answer m_answer = Answer::Stamp;
    int m_requests = 0;
};
