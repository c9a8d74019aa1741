#include "store/PassphraseStrength.h"

#include <zxcvbn.h>

#include <vector>

namespace {

// zxcvbn-c knows English words only: to it "wachtwoord" looks like ten random letters. These
// are words a Dutch attacker tries first, plus the ones this program's users see every day.
QStringList likelyDutchWords()
{
    return {QStringLiteral("wachtwoord"),  QStringLiteral("welkom"),     QStringLiteral("geheim"),
            QStringLiteral("inloggen"),    QStringLiteral("zomer"),      QStringLiteral("winter"),
            QStringLiteral("lente"),       QStringLiteral("herfst"),     QStringLiteral("voetbal"),
            QStringLiteral("ajax"),        QStringLiteral("feyenoord"),  QStringLiteral("psv"),
            QStringLiteral("amsterdam"),   QStringLiteral("rotterdam"),  QStringLiteral("utrecht"),
            QStringLiteral("amersfoort"),  QStringLiteral("nederland"),  QStringLiteral("holland"),
            QStringLiteral("liefde"),      QStringLiteral("schatje"),    QStringLiteral("prinses"),
            QStringLiteral("konijn"),      QStringLiteral("hond"),       QStringLiteral("poes"),
            QStringLiteral("thuis"),       QStringLiteral("wijk"),       QStringLiteral("thuisindewijk"),
            QStringLiteral("omslagroute"), QStringLiteral("begeleider"), QStringLiteral("begeleiding"),
            QStringLiteral("zorg"),        QStringLiteral("woning"),     QStringLiteral("huis"),
            QStringLiteral("dossier"),     QStringLiteral("deelnemer"),  QStringLiteral("corporatie")};
}

} // namespace

double PassphraseStrength::bits(const SecretBytes& passphrase, const QStringList& ownWords)
{
    // zxcvbn-c wants NUL-terminated strings; the copy is wiped with the SecretBytes.
    SecretBytes terminated(passphrase.bytes() + '\0');
    QList<QByteArray> words;
    for (const QString& word : ownWords + likelyDutchWords())
        words << word.toLower().toUtf8();
    std::vector<const char*> dictionary;
    for (const QByteArray& word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);
    return ZxcvbnMatch(terminated.bytes().constData(), dictionary.data(), nullptr);
}

QString PassphraseStrength::describe(double bits)
{
    if (bits < 20)
        return tr("Very weak: easy to guess. Use at least four unrelated words.");
    if (!strongEnough(bits))
        return tr("Not strong enough yet: add a word or make it longer.");
    return tr("Strong enough.");
}
