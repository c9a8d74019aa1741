#include "PassphraseInput.h"

#include "platform/NativeConsole.h"

#include <cstdio>

namespace {

// One buffer, never grown: a growing QByteArray would leave copies of the passphrase behind in
// freed memory. A longer line is cut at the limit (no passphrase is 4 KiB long).
SecretBytes readLine()
{
    constexpr qsizetype limit = 4096;
    SecretBytes buffer(QByteArray(limit, '\0'));
    qsizetype length = 0;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) {
        if (length < limit)
            buffer.data()[length++] = char(c);
    }
    if (length > 0 && buffer.bytes().at(length - 1) == '\r')
        --length;
    return SecretBytes::joined({QByteArrayView(buffer.bytes().constData(), length)});
}

bool isTerminal()
{
    return NativeConsole::inputIsTerminal();
}

// The echo is off while the line is typed, on every platform (NativeConsole).
SecretBytes readHidden(const QString& prompt, QTextStream& err)
{
    err << prompt << Qt::flush;
    SecretBytes line;
    {
        const NativeConsole::HiddenInput hidden;
        line = readLine();
    }
    err << Qt::endl;
    return line;
}

} // namespace

SecretBytes PassphraseInput::read(Purpose purpose, QTextStream& err, QString& error)
{
    SecretBytes fromEnvironment =
        SecretBytes::takeFromEnvironment(purpose == Purpose::Change            ? "THUIS_NEW_PASSPHRASE"
                                         : purpose == Purpose::Certificate     ? "THUIS_CERT_PASSPHRASE"
                                         : purpose == Purpose::NewTeamPassword ? "THUIS_NEW_TEAM_PASSWORD"
                                                                               : "THUIS_PASSPHRASE");
    if (!fromEnvironment.bytes().isEmpty())
        return fromEnvironment;

    if (!isTerminal()) {
        SecretBytes line = readLine();
        if (line.bytes().isEmpty())
            error = tr("No passphrase: give it on standard input or in THUIS_PASSPHRASE.");
        return line;
    }
    const bool changing = purpose == Purpose::Change || purpose == Purpose::NewTeamPassword;
    if (purpose == Purpose::Certificate)
        return readHidden(tr("Passphrase of the certificate: "), err);
    SecretBytes first = readHidden(changing ? tr("New passphrase: ") : tr("Passphrase: "), err);
    if (purpose != Purpose::Open) {
        const SecretBytes second =
            readHidden(changing ? tr("New passphrase again: ") : tr("Passphrase again: "), err);
        if (first.bytes() != second.bytes()) {
            error = changing ? tr("The two new passphrases differ; nothing was changed.")
                             : tr("The two passphrases differ; nothing was created.");
            return {};
        }
    }
    if (first.bytes().isEmpty())
        error = tr("No passphrase was given.");
    return first;
}
