// The process the crash-safety test kills. It writes to a case file and acknowledges each write
// on stdout only after the write has returned success, as the app acknowledges an autosave.
//   store_crash_child autosave FILE RUN COUNT   answers "run<RUN>-<i>" = "waarde <i>" into form 1
//   store_crash_child rekey FILE FROM COUNT     changes FROM+1 .. FROM+COUNT of the passphrase
// Test-only KDF parameters: the test kills this process many times.
#include "store/EncryptedStore.h"
#include "store/FormAnswerRepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

namespace {

const char* const passphraseA = "Kraanvogel-Zomer-2026";
const char* const passphraseB = "Nieuwe-Zin-Voor-December";

std::unique_ptr<EncryptedStore> openStore(const QString& path, const char* secret)
{
    auto store =
        EncryptedStore::open(path, SecretBytes(QByteArray(secret)), KdfParameters::cheapForTestsOnly());
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errors().join(u'\n')));
        return nullptr;
    }
    return std::move(store).value();
}

int autosave(const QString& path, int run, int count)
{
    const auto store = openStore(path, passphraseA);
    if (!store)
        return 1;
    FormAnswerRepository answers(store->database());
    const Actor actor{QStringLiteral("Crash Test"), QString(), QStringLiteral("begeleider")};
    for (int i = 0; i < count; ++i) {
        const QString error =
            answers.saveAnswer(1, QStringLiteral("run%1-%2").arg(run).arg(i),
                               QStringLiteral("waarde %1").arg(i), actor, QDateTime::currentDateTimeUtc());
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("ack %d %d\n", run, i);
        std::fflush(stdout);
    }
    return 0;
}

const char* passphraseAfter(int changes)
{
    return changes % 2 == 0 ? passphraseA : passphraseB;
}

// The file starts under A; after k changes of the passphrase it is under A for even k, B for odd k.
int rekey(const QString& path, int from, int count)
{
    auto store = openStore(path, passphraseAfter(from));
    if (!store)
        return 1;
    for (int k = from + 1; k <= from + count; ++k) {
        const QString error = store->changePassphrase(SecretBytes(QByteArray(passphraseAfter(k))));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("ack %d\n", k);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 5 && arguments.at(1) == u"autosave")
        return autosave(arguments.at(2), arguments.at(3).toInt(), arguments.at(4).toInt());
    if (arguments.size() == 5 && arguments.at(1) == u"rekey")
        return rekey(arguments.at(2), arguments.at(3).toInt(), arguments.at(4).toInt());
    std::fprintf(stderr, "usage: store_crash_child autosave FILE RUN COUNT | rekey FILE FROM COUNT\n");
    return 2;
}
