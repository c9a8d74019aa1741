#include "PdfCommands.h"

#include "common/DateText.h"
#include "common/InputFile.h"
#include "store/ExportFile.h"

#include "CliCommands.h"
#include "PassphraseInput.h"
#include "StoreCommands.h"

#include "filing/FormFiling.h"
#include "pdf/FormExport.h"
#include "pdf/PdfSeal.h"
#include "pdf/SignatureTimestamp.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

int PdfCommands::run(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    if (command == u"export")
        return exportForm(arguments.mid(1));
    if (command == u"blank")
        return blank(arguments.mid(1));
    if (command == u"verify")
        return verify(arguments.mid(1));
    return usage();
}

int PdfCommands::usage()
{
    m_err
        << tr("Usage: thuisindewijk-cli pdf export STORE --form ID --out FILE [--for deelnemer|zorgaanbieder|"
              "woningcorporatie] [--sign CERT.p12 [--tijdstempel URL]] |\n"
              "  blank --form FORM --edition EDITION --out FILE [--store STORE --deelnemer ID] |\n"
              "  verify FILE [--vertrouwd CA.pem]")
        << Qt::endl;
    return CliCommands::UsageError;
}

int PdfCommands::exportForm(const QStringList& arguments)
{
    bool numeric = false;
    const Result<QHash<QString, QString>> parsed = CliCommands::options(
        arguments.mid(1), {QStringLiteral("--form"), QStringLiteral("--out"), QStringLiteral("--for"),
                           QStringLiteral("--sign"), QStringLiteral("--tijdstempel")});
    if (arguments.isEmpty() || !parsed) {
        m_err << parsed.errors().join(u' ') << Qt::endl;
        return usage();
    }
    const QHash<QString, QString>& options = parsed.value();
    const qint64 formId = options.value(QStringLiteral("--form")).toLongLong(&numeric);
    const QString out = options.value(QStringLiteral("--out"));
    const QString recipient = options.value(QStringLiteral("--for"), QStringLiteral("zorgaanbieder"));
    const QString timestampUrl = options.value(QStringLiteral("--tijdstempel"));
    if (!numeric || out.isEmpty() || (!timestampUrl.isEmpty() && !options.contains(QStringLiteral("--sign"))))
        return usage();

    std::optional<PdfSeal::Request> seal;
    if (const QString certificate = options.value(QStringLiteral("--sign")); !certificate.isEmpty()) {
        const Result<QByteArray> pkcs12 = InputFile::read(certificate, InputFile::certificateLimit);
        if (!pkcs12) {
            m_err << pkcs12.errors().join(u' ') << Qt::endl;
            return CliCommands::Failure;
        }
        // From THUIS_CERT_PASSPHRASE, else standard input: the certificate's passphrase first,
        // then the case file's (when not in THUIS_PASSPHRASE).
        QString error;
        seal = PdfSeal::Request{pkcs12.value(),
                                PassphraseInput::read(PassphraseInput::Purpose::Certificate, m_err, error),
                                CliCommands::clock().now().toUTC()};
    }
    const auto store = StoreCommands::openStore(arguments.first(), m_err);
    if (!store)
        return CliCommands::Failure;
    FormExport exporter(store->database(), StoreCommands::commandLineActor(),
                        CliCommands::clock().now().date());
    const Result<FormPdf::Output> rendered = exporter.render(formId, recipient, seal ? &*seal : nullptr);
    if (!rendered) {
        m_err << rendered.errors().join(u'\n') << Qt::endl << tr("Nothing was written.") << Qt::endl;
        return CliCommands::Failure;
    }
    QByteArray pdf = rendered->pdf;
    if (!timestampUrl.isEmpty()) {
        // Offline (a home visit) the seal stays B-B: the PDF is still what the caseworker needs.
        const Result<SignatureTimestamp::Stamped> stamped =
            SignatureTimestamp::add(rendered->pdf, QUrl(timestampUrl), CliCommands::clock().now().toUTC());
        if (stamped) {
            pdf = stamped->pdf;
            m_out << tr("Time stamp of %1: %2 (PAdES B-T)")
                         .arg(stamped->authority, DateText::momentWithSeconds(stamped->time))
                  << Qt::endl;
        } else {
            m_err << tr("Without a time stamp (PAdES B-B): %1").arg(stamped.errors().join(u' ')) << Qt::endl;
        }
    }
    if (const QString error = exporter.save(pdf, out, formId, recipient, CliCommands::clock().now().toUTC());
        !error.isEmpty()) {
        m_err << error << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << tr("Written: %1 (%n page(s), for %2)", nullptr, rendered->pages).arg(out, recipient) << Qt::endl;
    m_out << FormExport::leftOutFor(recipient) << Qt::endl;
    return CliCommands::Success;
}

QString PdfCommands::write(const QByteArray& pdf, const QString& path)
{
    return ExportFile::writePrivate(pdf, path); // a blank form with a name is personal data too
}

int PdfCommands::blank(const QStringList& arguments)
{
    const Result<QHash<QString, QString>> parsed = CliCommands::options(
        arguments, {QStringLiteral("--form"), QStringLiteral("--edition"), QStringLiteral("--out"),
                    QStringLiteral("--store"), QStringLiteral("--deelnemer")});
    if (!parsed) {
        m_err << parsed.errors().join(u' ') << Qt::endl;
        return usage();
    }
    const QHash<QString, QString>& options = parsed.value();
    const QString out = options.value(QStringLiteral("--out"));
    const Result<FormDefinition> definition = FormDefinition::builtIn(
        options.value(QStringLiteral("--form")), options.value(QStringLiteral("--edition")));
    if (out.isEmpty() || !definition) {
        if (!definition)
            m_err << definition.errors().join(u'\n') << Qt::endl;
        return usage();
    }
    FormAnswers prefilled;
    QString naam;
    if (const QString path = options.value(QStringLiteral("--store")); !path.isEmpty()) {
        const auto store = StoreCommands::openStore(path, m_err);
        if (!store)
            return CliCommands::Failure;
        const Result<DossierFacts> facts =
            FormFiling(store->database(), StoreCommands::commandLineActor(), CliCommands::clock().now())
                .facts(options.value(QStringLiteral("--deelnemer")));
        if (!facts) {
            m_err << facts.errors().join(u'\n') << Qt::endl;
            return CliCommands::Failure;
        }
        prefilled = FormPrefill::answers(definition.value(), facts.value());
        naam = facts->participant.naam;
        // Pre-filled from the dossier: an export of personal data, recorded like the others.
        const Result<FormPdf::Output> rendered = FormExport::blank(definition.value(), prefilled, naam);
        if (const QString error = ExportFile::save(
                store->database(), StoreCommands::commandLineActor(), CliCommands::clock().now().toUTC(),
                rendered->pdf, out, options.value(QStringLiteral("--deelnemer")),
                [](const QString& fileName, const QString& digest) {
                    return tr("Empty form with the participant's details: %1, sha256 %2")
                        .arg(fileName, digest);
                });
            !error.isEmpty() && !QFileInfo::exists(out)) {
            m_err << error << Qt::endl;
            return CliCommands::Failure;
        }
        m_out << tr("Written: %1 (%n page(s), to fill in by hand)", nullptr, rendered->pages).arg(out)
              << Qt::endl;
        return CliCommands::Success;
    }
    const Result<FormPdf::Output> rendered = FormExport::blank(definition.value(), prefilled, naam);
    if (const QString error = write(rendered->pdf, out); !error.isEmpty()) {
        m_err << error << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << tr("Written: %1 (%n page(s), to fill in by hand)", nullptr, rendered->pages).arg(out)
          << Qt::endl;
    return CliCommands::Success;
}

int PdfCommands::verify(const QStringList& arguments)
{
    QStringList files;
    const Result<QHash<QString, QString>> options =
        CliCommands::options(arguments, {QStringLiteral("--vertrouwd")}, {}, &files);
    if (!options || files.size() != 1) {
        if (!options)
            m_err << options.errors().join(u' ') << Qt::endl;
        return usage();
    }
    TrustStore trusted;
    if (const QString path = options->value(QStringLiteral("--vertrouwd")); !path.isEmpty()) {
        Result<TrustStore> read = TrustStore::fromPemFile(path);
        if (!read) {
            m_err << read.errors().join(u' ') << Qt::endl;
            return CliCommands::Failure;
        }
        trusted = std::move(read).value();
    }
    const Result<QByteArray> pdf = InputFile::read(files.first(), InputFile::pdfLimit);
    if (!pdf) {
        m_err << pdf.errors().join(u' ') << Qt::endl;
        return CliCommands::Failure;
    }
    const Result<QList<PdfSignatureCheck>> checks = PdfSignatures::check(pdf.value(), trusted);
    if (!checks) {
        m_err << checks.errors().join(u'\n') << Qt::endl;
        return CliCommands::Failure;
    }
    int invalid = 0;
    int signedCount = 0;
    for (const PdfSignatureCheck& check : checks.value()) {
        if (!check.signedField) {
            m_out << tr("%1: not signed yet (empty signature field)").arg(check.field) << Qt::endl;
            continue;
        }
        ++signedCount;
        // Asked to check trust (--vertrouwd): a signer or time-stamp authority outside it fails
        // the check too.
        if (!check.valid() || check.trust == SignerTrust::NotTrusted ||
            check.timestampTrust == SignerTrust::NotTrusted)
            ++invalid;
        m_out << describe(check) << Qt::endl;
    }
    if (signedCount == 0)
        m_out << tr("This PDF has no signatures.") << Qt::endl;
    return invalid == 0 ? CliCommands::Success : CliCommands::Failure;
}

QString PdfCommands::describe(const PdfSignatureCheck& check)
{
    QString verdict = tr("valid");
    if (!check.digestValid)
        verdict = tr("INVALID: %1").arg(check.problem);
    else if (check.changedAfterSigning)
        verdict = tr("CHANGED AFTER SIGNING: %1").arg(check.problem);
    else if (check.timestampInvalid)
        verdict = tr("INVALID: %1").arg(check.problem);
    else if (check.certificateExpired)
        verdict = tr("INVALID: %1 at the moment of signing").arg(check.problem);
    QString trust;
    switch (check.trust) {
    case SignerTrust::NotChecked:
        trust = tr("signer not checked against trusted certificates (--vertrouwd)");
        break;
    case SignerTrust::Trusted:
        trust = tr("signer trusted");
        break;
    case SignerTrust::NotTrusted:
        trust = tr("signer NOT trusted: %1").arg(check.trustProblem);
        break;
    }
    const QString coverage =
        check.coversWholeDocument ? tr("covers the whole document")
        : check.changedAfterSigning
            ? tr("covers the document up to a later revision")
            : tr("covers the document up to a later revision, which only adds signatures");
    QString stamp;
    if (check.timestampTime.isValid() && !check.timestampInvalid) {
        const QString stampTrust = check.timestampTrust == SignerTrust::Trusted ? tr("authority trusted")
                                   : check.timestampTrust == SignerTrust::NotTrusted
                                       ? tr("authority NOT trusted: %1").arg(check.timestampTrustProblem)
                                       : tr("authority not checked (--vertrouwd)");
        stamp =
            tr("; time stamp of %1 at %2, %3")
                .arg(check.timestampAuthority, DateText::momentWithSeconds(check.timestampTime), stampTrust);
    }
    return tr("%1: signed by %2 on %3 (%4); signature %5; %6; %7")
               .arg(check.field, check.signer, DateText::moment(check.signingTime), check.level, verdict,
                    trust, coverage) +
           stamp;
}
