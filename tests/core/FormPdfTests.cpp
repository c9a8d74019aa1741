// PDF export, drawn signatures and the digital seal (issue 7), each checked with a tool that
// did not make the file: qpdf --check, pdftotext, pdfsig (poppler), and QtPdf for the picture.
#include "StoreFixture.h"
#include "TestTimestampAuthority.h"
#include "TrajectoryBuilder.h"

#include "filing/FormFiling.h"
#include "filing/OverlastLetters.h"
#include "filing/VoordrachtAnswer.h"
#include "forms/FormCheck.h"
#include "forms/FormOutcome.h"
#include "forms/FormSet.h"
#include "pdf/FormExport.h"
#include "pdf/PdfSeal.h"
#include "pdf/SignatureTimestamp.h"
#include "store/AuditAnchors.h"
#include "store/FormAnswerRepository.h"
#include "store/SignatureRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

#include <openssl/cms.h>

using namespace storefixture;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

QString writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// A test CA and the care provider's certificate in a .p12, made with the openssl tool, valid
// from now for 30 days. `keyUsage`: an X.509 key usage extension for the certificate ("" none).
QByteArray careProviderCertificate(const QTemporaryDir& folder, const QString& keyUsage = QString())
{
    const QString dir = folder.path() + u'/';
    QString extensions;
    if (!keyUsage.isEmpty()) {
        writeFile(folder, QStringLiteral("zorg.ext"), QStringLiteral("keyUsage=%1\n").arg(keyUsage).toUtf8());
        extensions = QStringLiteral("|-extfile|%1zorg.ext");
    }
    // Arguments separated by '|', so that a subject may hold spaces.
    const QStringList steps{
        QStringLiteral(
            "req|-x509|-newkey|rsa:2048|-nodes|-keyout|%1ca.key|-out|%1ca.pem|-days|30|-subj|/CN=Test CA"),
        QStringLiteral("req|-newkey|rsa:2048|-nodes|-keyout|%1zorg.key|-out|%1zorg.csr|-subj|"
                       "/CN=Stichting Voorbeeldzorg"),
        QStringLiteral(
            "x509|-req|-in|%1zorg.csr|-CA|%1ca.pem|-CAkey|%1ca.key|-CAcreateserial|-out|%1zorg.pem|"
            "-days|30") +
            extensions,
        QStringLiteral("pkcs12|-export|-inkey|%1zorg.key|-in|%1zorg.pem|-certfile|%1ca.pem|-out|%1zorg.p12|"
                       "-passout|pass:geheim")};
    for (const QString& step : steps) {
        const Run made = run(QStringLiteral("openssl"), step.arg(dir).split(u'|'));
        INFO(made.output.toStdString());
        REQUIRE(made.exitCode == 0);
    }
    QFile p12(dir + QStringLiteral("zorg.p12"));
    REQUIRE(p12.open(QIODevice::ReadOnly));
    return p12.readAll();
}

// A forger's graft: the time stamp of `from`'s seal put into `to`'s seal, in the space `to`
// reserved (both are seals over the whole document, the last /ByteRange of each file).
QByteArray graftStamp(const QByteArray& from, const QByteArray& to)
{
    const auto space = [](const QByteArray& pdf) {
        static const QRegularExpression byteRange(
            QStringLiteral(R"(/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)\s+(\d+)\s*\])"));
        QRegularExpressionMatch last;
        for (auto it = byteRange.globalMatch(QString::fromLatin1(pdf)); it.hasNext();)
            last = it.next();
        REQUIRE(last.hasMatch());
        return std::pair(last.captured(1).toLongLong() + 1, last.captured(2).toLongLong() - 1);
    };
    const auto cmsOf = [](const QByteArray& pdf, std::pair<qsizetype, qsizetype> at) {
        const QByteArray der = QByteArray::fromHex(pdf.mid(at.first, at.second - at.first));
        const unsigned char* bytes = reinterpret_cast<const unsigned char*>(der.constData());
        CMS_ContentInfo* cms = d2i_CMS_ContentInfo(nullptr, &bytes, long(der.size()));
        REQUIRE(cms != nullptr);
        return cms;
    };
    const auto fromSpace = space(from);
    const auto toSpace = space(to);
    CMS_ContentInfo* source = cmsOf(from, fromSpace);
    CMS_ContentInfo* target = cmsOf(to, toSpace);
    CMS_SignerInfo* sourceSigner = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(source), 0);
    CMS_SignerInfo* targetSigner = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(target), 0);
    const int index = CMS_unsigned_get_attr_by_NID(sourceSigner, NID_id_smime_aa_timeStampToken, -1);
    REQUIRE(index >= 0);
    REQUIRE(CMS_unsigned_add1_attr(targetSigner, CMS_unsigned_get_attr(sourceSigner, index)) == 1);
    unsigned char* der = nullptr;
    const int length = i2d_CMS_ContentInfo(target, &der);
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(der), length).toHex();
    OPENSSL_free(der);
    CMS_ContentInfo_free(source);
    CMS_ContentInfo_free(target);
    const qsizetype room = toSpace.second - toSpace.first;
    REQUIRE(hex.size() <= room);
    QByteArray grafted = to;
    grafted.replace(toSpace.first, room, hex + QByteArray(room - hex.size(), '0'));
    return grafted;
}

// Signing happens now: the test certificates are valid from the moment they are made.
QDateTime signingNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

// D-0001 in herstelfase with consent, a final Woonevaluatie full of Dutch diacritics, and a
// concept Supplement whose answers must never reach the corporation's copy of the other form.
struct Case
{
    QTemporaryDir folder;
    std::unique_ptr<EncryptedStore> store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    qint64 evaluation = 0;
    qint64 supplement = 0;

    explicit Case(bool consentWithdrawn = false)
    {
        TrajectoryBuilder builder("amsterdam-2026");
        builder.startedOn("2026-01-15")
            .add("doel_vastgesteld", "2026-02-01",
                 fields({{QStringLiteral("id"), QStringLiteral("g1")},
                         {QStringLiteral("leefdomein"), QStringLiteral("financieel")},
                         {QStringLiteral("omschrijving"),
                          QStringLiteral("Huur op tijd betalen, ook in één crisis")}}));
        if (consentWithdrawn)
            builder.add("toestemming_ingetrokken", "2026-06-01");
        Trajectory trajectory = builder.trajectory();
        trajectory.deelnemer = {QStringLiteral("D-0001"), QStringLiteral("Zoë Müller-Hélène"),
                                QDate(1990, 1, 1), Household::Alleenstaand};
        REQUIRE(TrajectoryRepository(store->database())
                    .importTrajectory(trajectory, tester(), QDate(2026, 11, 20), fixedNow())
                    .isEmpty());
        FormFiling filing(store->database(), tester(), QDateTime(QDate(2026, 11, 20), QTime(9, 30)));
        evaluation =
            filing
                .start(QStringLiteral("D-0001"), QStringLiteral("woonevaluatie"), {}, {},
                       {{QStringLiteral("ervaring_wonen"), QStringLiteral("Één café verder, ideeën genoeg.")},
                        {QStringLiteral("voordracht_omklap"), QStringLiteral("nee")},
                        {QStringLiteral("volgend_gesprek"), QStringLiteral("Over een half jaar, reünie")}})
                .value();
        if (!consentWithdrawn)
            REQUIRE(filing.finalise(evaluation).isEmpty());
        supplement =
            filing
                .start(QStringLiteral("D-0001"), QStringLiteral("supplement-wgh"), {}, {},
                       {{QStringLiteral("verder_werken"), QStringLiteral("ZORGNOTITIE-GEHEIM: medicatie")}})
                .value();
    }

    FormExport exporter() const { return FormExport(store->database(), tester(), QDate(2026, 11, 23)); }
};

QString textOf(const QTemporaryDir& folder, const QByteArray& pdf, const char* name)
{
    const QString path = writeFile(folder, QString::fromUtf8(name), pdf);
    const Run text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    return text.output;
}

} // namespace

TEST_CASE("A final Woonevaluatie as PDF: qpdf finds no error, pdftotext reads every answer with its "
          "diacritics and the three signature captions, page 1 rendered for a person to look at",
          "[pdf]")
{
    Case dossier;
    const Result<FormPdf::Output> rendered =
        dossier.exporter().render(dossier.evaluation, QStringLiteral("deelnemer"));
    REQUIRE(rendered.ok());
    const QString path = writeFile(dossier.folder, QStringLiteral("woonevaluatie.pdf"), rendered->pdf);
    const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    INFO(check.output.toStdString());
    CHECK(check.exitCode == 0);

    const QString text = textOf(dossier.folder, rendered->pdf, "text.pdf");
    for (const QString& expected :
         {QStringLiteral("Woonevaluatieformulier"), QStringLiteral("Één café verder, ideeën genoeg."),
          QStringLiteral("Over een half jaar, reünie"), QStringLiteral("Zoë Müller-Hélène"),
          QStringLiteral("Huur op tijd betalen, ook in één crisis"), QStringLiteral("Naam en datum"),
          QStringLiteral("Naam, functie en datum"),
          QStringLiteral("6. Is er sprake van voordracht voor omklap?"), QStringLiteral("editie 2026"),
          QStringLiteral("pagina 1 van")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(QStringLiteral("CONCEPT")));
    REQUIRE(rendered->signatureBlocks.size() == 3);

    // Page 1 through QtPdf, as the app's preview shows it.
    QPdfDocument document;
    document.load(path);
    REQUIRE(document.pageCount() == rendered->pages);
    const QImage page = document.render(0, QSize(1240, 1754));
    REQUIRE_FALSE(page.isNull());
    QDir().mkpath(QStringLiteral(THUIS_TEST_OUTPUT_DIR "/screenshots"));
    CHECK(page.save(QStringLiteral(THUIS_TEST_OUTPUT_DIR "/screenshots/pdf-woonevaluatie-page1.png")));

    // A concept says so on every page.
    const Result<FormPdf::Output> draft =
        dossier.exporter().render(dossier.supplement, QStringLiteral("deelnemer"));
    REQUIRE(draft.ok());
    CHECK(textOf(dossier.folder, draft->pdf, "concept.pdf").count(QStringLiteral("CONCEPT")) == draft->pages);
}

TEST_CASE("The seal: pdfsig finds the care provider's signature valid over the whole document and two "
          "empty fields, one flipped byte is a digest mismatch for pdfsig and for pdf verify",
          "[pdf][signature]")
{
    Case dossier;
    PdfSeal::Request request;
    request.pkcs12 = careProviderCertificate(dossier.folder);
    request.passphrase = SecretBytes(QByteArray("geheim"));
    request.signingTime = signingNow();
    const Result<FormPdf::Output> sealed =
        dossier.exporter().render(dossier.evaluation, QStringLiteral("zorgaanbieder"), &request);
    INFO(sealed.errors().join(u' ').toStdString());
    REQUIRE(sealed.ok());
    const QString path = writeFile(dossier.folder, QStringLiteral("sealed.pdf"), sealed->pdf);

    const Run pdfsig = run(QStringLiteral("pdfsig"), {path});
    INFO(pdfsig.output.toStdString());
    CHECK(pdfsig.output.count(QStringLiteral("Signature is Valid.")) == 1);
    CHECK(pdfsig.output.contains(QStringLiteral("Total document signed")));
    CHECK(pdfsig.output.count(QStringLiteral("The signature form field is not signed.")) == 2);
    CHECK(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode == 0);

    const Result<QList<PdfSignatureCheck>> checks = PdfSignatures::check(sealed->pdf);
    REQUIRE(checks.ok());
    REQUIRE(checks->size() == 3);
    const PdfSignatureCheck& seal = checks->at(2);
    CHECK(seal.field == QStringLiteral("zorgaanbieder"));
    CHECK(seal.signer == QStringLiteral("Stichting Voorbeeldzorg"));
    CHECK(seal.digestValid);
    CHECK(seal.coversWholeDocument);
    CHECK_FALSE(checks->at(0).signedField);

    // The deelnemer signs later, in the field left for them: a second incremental update; the
    // care provider's signature stays valid for the revision it signed.
    PdfSeal::Placement later;
    later.block = sealed->signatureBlocks.at(0);
    REQUIRE(later.block.party == QStringLiteral("deelnemer"));
    const Result<QByteArray> twice = PdfSeal::seal(sealed->pdf, request, later);
    INFO(twice.errors().join(u' ').toStdString());
    REQUIRE(twice.ok());
    CHECK(twice->startsWith(sealed->pdf)); // appended, nothing rewritten
    const QString twicePath = writeFile(dossier.folder, QStringLiteral("twice.pdf"), twice.value());
    const Run pdfsigTwice = run(QStringLiteral("pdfsig"), {twicePath});
    INFO(pdfsigTwice.output.toStdString());
    CHECK(pdfsigTwice.output.count(QStringLiteral("Signature is Valid.")) == 2);
    CHECK(pdfsigTwice.output.count(QStringLiteral("The signature form field is not signed.")) == 1);
    const Result<QList<PdfSignatureCheck>> twiceChecks = PdfSignatures::check(twice.value());
    REQUIRE(twiceChecks.ok());
    CHECK(std::count_if(twiceChecks->cbegin(), twiceChecks->cend(),
                        [](const PdfSignatureCheck& check) { return check.digestValid; }) == 2);

    // One byte inside the signed range: the first range starts at 0, the page text is there.
    QByteArray tampered = sealed->pdf;
    tampered[2000] = char(tampered.at(2000) ^ 0x01);
    const QString tamperedPath = writeFile(dossier.folder, QStringLiteral("tampered.pdf"), tampered);
    CHECK(run(QStringLiteral("pdfsig"), {tamperedPath}).output.contains(QStringLiteral("Digest Mismatch")));
    const Result<QList<PdfSignatureCheck>> tamperedChecks = PdfSignatures::check(tampered);
    REQUIRE(tamperedChecks.ok());
    CHECK_FALSE(tamperedChecks->at(2).digestValid);

    // A wrong passphrase: a clear refusal, nothing half-made.
    request.passphrase = SecretBytes(QByteArray("fout"));
    const Result<FormPdf::Output> refused =
        dossier.exporter().render(dossier.evaluation, QStringLiteral("zorgaanbieder"), &request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors().join(u' ').contains(QStringLiteral("passphrase")));
}

TEST_CASE("The seal is PAdES baseline B-B, and the signer is trusted only through the organisation's CA",
          "[pdf][signature][trust]")
{
    Case dossier;
    PdfSeal::Request request;
    request.pkcs12 =
        careProviderCertificate(dossier.folder, QStringLiteral("digitalSignature,nonRepudiation"));
    request.passphrase = SecretBytes(QByteArray("geheim"));
    request.signingTime = signingNow();
    const Result<FormPdf::Output> sealed =
        dossier.exporter().render(dossier.evaluation, QStringLiteral("zorgaanbieder"), &request);
    INFO(sealed.errors().join(u' ').toStdString());
    REQUIRE(sealed.ok());
    const QString path = writeFile(dossier.folder, QStringLiteral("pades.pdf"), sealed->pdf);

    // pdfsig, independently: the PAdES subfilter, valid; trusted once the CA is in its NSS db.
    const Run pdfsig = run(QStringLiteral("pdfsig"), {path});
    INFO(pdfsig.output.toStdString());
    CHECK(pdfsig.output.contains(QStringLiteral("Signature Type: ETSI.CAdES.detached")));
    CHECK(pdfsig.output.contains(QStringLiteral("Signature is Valid.")));
    const QString nss = dossier.folder.filePath(QStringLiteral("nss"));
    REQUIRE(QDir().mkpath(nss));
    REQUIRE(
        run(QStringLiteral("certutil"), {QStringLiteral("-N"), QStringLiteral("-d"),
                                         QStringLiteral("sql:") + nss, QStringLiteral("--empty-password")})
            .exitCode == 0);
    REQUIRE(run(QStringLiteral("certutil"),
                {QStringLiteral("-A"), QStringLiteral("-d"), QStringLiteral("sql:") + nss,
                 QStringLiteral("-n"), QStringLiteral("ca"), QStringLiteral("-t"), QStringLiteral("CT,C,C"),
                 QStringLiteral("-i"), dossier.folder.filePath(QStringLiteral("ca.pem"))})
                .exitCode == 0);
    const Run trustedByPdfsig =
        run(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + nss, path});
    INFO(trustedByPdfsig.output.toStdString());
    CHECK(trustedByPdfsig.output.contains(QStringLiteral("Certificate is Trusted.")));

    // Our own check: the level, the signing time, and trust only against the configured CA.
    const Result<QList<PdfSignatureCheck>> untrusted = PdfSignatures::check(sealed->pdf);
    REQUIRE(untrusted.ok());
    const PdfSignatureCheck& seal = untrusted->at(2);
    CHECK(seal.valid());
    CHECK(seal.level == QStringLiteral("PAdES B-B"));
    CHECK(seal.signingTime == request.signingTime);
    CHECK(seal.trust == SignerTrust::NotChecked);

    const Result<TrustStore> organisation =
        TrustStore::fromPemFile(dossier.folder.filePath(QStringLiteral("ca.pem")));
    REQUIRE(organisation.ok());
    const Result<QList<PdfSignatureCheck>> trusted = PdfSignatures::check(sealed->pdf, organisation.value());
    REQUIRE(trusted.ok());
    CHECK(trusted->at(2).trust == SignerTrust::Trusted);

    // Anyone can make a CA that names itself after the care provider: not the organisation's.
    QTemporaryDir elsewhere;
    careProviderCertificate(elsewhere);
    const Result<TrustStore> otherCa = TrustStore::fromPemFile(elsewhere.filePath(QStringLiteral("ca.pem")));
    REQUIRE(otherCa.ok());
    const Result<QList<PdfSignatureCheck>> stranger = PdfSignatures::check(sealed->pdf, otherCa.value());
    REQUIRE(stranger.ok());
    CHECK(stranger->at(2).trust == SignerTrust::NotTrusted);
    CHECK(stranger->at(2).trustProblem.contains(QStringLiteral("not issued by an authority")));
    CHECK(stranger->at(2).valid()); // the signature itself is still whole

    // A file that is not a PEM of certificates is refused, not taken for an empty store.
    CHECK_FALSE(TrustStore::fromPemFile(path).ok());
}

TEST_CASE("A time stamp makes the seal PAdES B-T in the space it reserved, and offline, refused or over "
          "other bytes the seal stays B-B",
          "[pdf][signature][timestamp]")
{
    Case dossier;
    PdfSeal::Request request;
    request.pkcs12 = careProviderCertificate(dossier.folder, QStringLiteral("digitalSignature"));
    request.passphrase = SecretBytes(QByteArray("geheim"));
    request.signingTime = signingNow();
    const Result<FormPdf::Output> sealed =
        dossier.exporter().render(dossier.evaluation, QStringLiteral("zorgaanbieder"), &request);
    REQUIRE(sealed.ok());
    TestTimestampAuthority authority;

    const Result<SignatureTimestamp::Stamped> stamped =
        SignatureTimestamp::add(sealed->pdf, authority.url(), signingNow());
    INFO(stamped.errors().join(u' ').toStdString());
    REQUIRE(stamped.ok());
    CHECK(authority.requests() == 1);
    CHECK(stamped->authority == QStringLiteral("Test Tijdstempeldienst"));
    CHECK(std::abs(stamped->time.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    // In the reserved space: same length, and every byte that differs lies inside the seal's
    // /Contents, which its byte range leaves out.
    REQUIRE(stamped->pdf.size() == sealed->pdf.size());
    const qsizetype firstDifference = [&] {
        for (qsizetype at = 0; at < sealed->pdf.size(); ++at)
            if (sealed->pdf.at(at) != stamped->pdf.at(at))
                return at;
        return qsizetype(-1);
    }();
    REQUIRE(firstDifference > 0);
    const qsizetype contentsOpen = sealed->pdf.lastIndexOf('<', firstDifference);
    CHECK(sealed->pdf.mid(contentsOpen - 10, 10).contains("/Contents"));

    // pdfsig, independently: the seal still covers the whole document and is valid.
    const QString path = writeFile(dossier.folder, QStringLiteral("stamped.pdf"), stamped->pdf);
    const Run pdfsig = run(QStringLiteral("pdfsig"), {path});
    INFO(pdfsig.output.toStdString());
    CHECK(pdfsig.output.count(QStringLiteral("Signature is Valid.")) == 1);
    CHECK(pdfsig.output.contains(QStringLiteral("Total document signed")));

    // Our check: B-T, the authority and its moment; trusted only through the organisation's file.
    const Result<QList<PdfSignatureCheck>> checks = PdfSignatures::check(stamped->pdf);
    REQUIRE(checks.ok());
    const PdfSignatureCheck& seal = checks->at(2);
    CHECK(seal.valid());
    CHECK(seal.level == QStringLiteral("PAdES B-T"));
    CHECK(seal.timestampAuthority == QStringLiteral("Test Tijdstempeldienst"));
    CHECK(seal.timestampTime == stamped->time);
    CHECK(seal.timestampTrust == SignerTrust::NotChecked);
    QFile careCa(dossier.folder.filePath(QStringLiteral("ca.pem")));
    QFile stampCa(authority.caPath());
    REQUIRE(careCa.open(QIODevice::ReadOnly));
    REQUIRE(stampCa.open(QIODevice::ReadOnly));
    const QString bothCas =
        writeFile(dossier.folder, QStringLiteral("vertrouwd.pem"), careCa.readAll() + stampCa.readAll());
    const Result<TrustStore> organisation = TrustStore::fromPemFile(bothCas);
    REQUIRE(organisation.ok());
    const Result<QList<PdfSignatureCheck>> trusted = PdfSignatures::check(stamped->pdf, organisation.value());
    REQUIRE(trusted.ok());
    CHECK(trusted->at(2).trust == SignerTrust::Trusted);
    CHECK(trusted->at(2).timestampTrust == SignerTrust::Trusted);
    const Result<TrustStore> careOnly =
        TrustStore::fromPemFile(dossier.folder.filePath(QStringLiteral("ca.pem")));
    REQUIRE(careOnly.ok());
    CHECK(PdfSignatures::check(stamped->pdf, careOnly.value())->at(2).timestampTrust ==
          SignerTrust::NotTrusted);
    // `pdf verify`, as the beheerder runs it: the stamp named; an authority outside the trusted
    // certificates fails the check like an untrusted signer.
    const Run verified = run(QStringLiteral(THUIS_CLI_PATH), {QStringLiteral("pdf"), QStringLiteral("verify"),
                                                              path, QStringLiteral("--vertrouwd"), bothCas});
    INFO(verified.output.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.output.contains(
        QStringLiteral("(PAdES B-T); handtekening geldig; ondertekenaar vertrouwd")));
    CHECK(verified.output.contains(QStringLiteral("tijdstempel van Test Tijdstempeldienst op ")));
    CHECK(verified.output.contains(QStringLiteral("tijdstempeldienst vertrouwd")));
    const Run careOnlyVerified =
        run(QStringLiteral(THUIS_CLI_PATH),
            {QStringLiteral("pdf"), QStringLiteral("verify"), path, QStringLiteral("--vertrouwd"),
             dossier.folder.filePath(QStringLiteral("ca.pem"))});
    CHECK(careOnlyVerified.exitCode == 1);
    CHECK(careOnlyVerified.output.contains(QStringLiteral("tijdstempeldienst NIET vertrouwd")));

    // A stamp grafted from this seal onto another (made a second later, so another signature
    // value): not over that signature, so that signature is INVALID, never B-T.
    request.signingTime = signingNow().addSecs(1);
    const Result<FormPdf::Output> other =
        dossier.exporter().render(dossier.evaluation, QStringLiteral("zorgaanbieder"), &request);
    REQUIRE(other.ok());
    const Result<QList<PdfSignatureCheck>> grafted =
        PdfSignatures::check(graftStamp(stamped->pdf, other->pdf));
    REQUIRE(grafted.ok());
    CHECK_FALSE(grafted->at(2).valid());
    CHECK(grafted->at(2).problem.contains(QStringLiteral("not over this signature")));
    CHECK(grafted->at(2).level == QStringLiteral("PAdES B-B"));

    // The organisation's trusted certificates set: a stamp from an authority outside them is
    // refused at export (over http anyone in between could answer), and so is a stamp whose
    // moment is not now (a wrong clock, or someone else answering).
    CHECK(SignatureTimestamp::add(other->pdf, authority.url(), signingNow(), careOnly.value())
              .errors()
              .join(u' ')
              .contains(QStringLiteral("is not among your organisation's trusted certificates")));
    CHECK(SignatureTimestamp::add(other->pdf, authority.url(), signingNow().addSecs(3600))
              .errors()
              .join(u' ')
              .contains(QStringLiteral("which is not now")));
    CHECK(SignatureTimestamp::add(other->pdf, authority.url(), signingNow(), organisation.value()).ok());

    // A second stamp on the same seal is refused.
    const Result<SignatureTimestamp::Stamped> twice =
        SignatureTimestamp::add(stamped->pdf, authority.url(), signingNow());
    CHECK(twice.errors().join(u' ').contains(QStringLiteral("has a time stamp already")));

    // The authority's answer over other bytes (a replayed or mixed-up stamp): refused.
    authority.answerWith(TestTimestampAuthority::Answer::OtherImprint);
    const Result<SignatureTimestamp::Stamped> otherBytes =
        SignatureTimestamp::add(sealed->pdf, authority.url(), signingNow());
    CHECK(otherBytes.errors().join(u' ').contains(QStringLiteral("its stamp is not over this seal")));
    authority.answerWith(TestTimestampAuthority::Answer::ServerError);
    const Result<SignatureTimestamp::Stamped> failing =
        SignatureTimestamp::add(sealed->pdf, authority.url(), signingNow());
    CHECK(failing.errors().join(u' ').contains(QStringLiteral("could not be reached")));
    CHECK(authority.requests() == 6); // the second stamp on one seal was refused before asking

    // Offline: nobody listens at the address. Refused at once, not after the timeout.
    QUrl nobody = authority.url();
    {
        QTcpServer closed;
        REQUIRE(closed.listen(QHostAddress::LocalHost));
        nobody.setPort(closed.serverPort());
    }
    QElapsedTimer timer;
    timer.start();
    const Result<SignatureTimestamp::Stamped> offline =
        SignatureTimestamp::add(sealed->pdf, nobody, signingNow());
    CHECK(offline.errors().join(u' ').contains(QStringLiteral("could not be reached")));
    CHECK(timer.elapsed() < 5000);
    CHECK_FALSE(
        SignatureTimestamp::add(sealed->pdf, QUrl(QStringLiteral("ftp://tsa.example/")), signingNow()).ok());
}

TEST_CASE("A PDF date's offset is applied: PoDoFo writes local time, the signing time is UTC",
          "[pdf][signature]")
{
    const QDateTime utc(QDate(2026, 11, 30), QTime(12, 6, 46), Qt::UTC);
    CHECK(PdfSignatures::fromPdfDate(QStringLiteral("D:20261130130646+01'00'")) == utc);
    CHECK(PdfSignatures::fromPdfDate(QStringLiteral("D:20261130070646-05'00")) == utc);
    CHECK(PdfSignatures::fromPdfDate(QStringLiteral("D:20261130120646Z")) == utc);
    CHECK(PdfSignatures::fromPdfDate(QStringLiteral("D:20261130120646")) == utc); // no offset: UT
    CHECK(PdfSignatures::fromPdfDate(QStringLiteral("D:2026")) ==
          QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    CHECK_FALSE(PdfSignatures::fromPdfDate(QStringLiteral("D:20261331120646Z")).isValid()); // month 13
    CHECK_FALSE(PdfSignatures::fromPdfDate(QStringLiteral("30-11-2026")).isValid());
}

TEST_CASE("A certificate that is expired, not yet valid or not meant for signatures does not seal",
          "[pdf][signature][trust]")
{
    Case dossier;
    PdfSeal::Request request;
    request.pkcs12 = careProviderCertificate(dossier.folder);
    request.passphrase = SecretBytes(QByteArray("geheim"));
    request.signingTime = signingNow().addDays(31); // the certificate ran for 30 days
    const Result<FormPdf::Output> expired =
        dossier.exporter().render(dossier.evaluation, QStringLiteral("zorgaanbieder"), &request);
    REQUIRE_FALSE(expired.ok());
    CHECK(expired.errors().join(u' ').contains(QStringLiteral("the certificate expired on")));

    request.signingTime = signingNow().addDays(-1);
    const Result<FormPdf::Output> early =
        dossier.exporter().render(dossier.evaluation, QStringLiteral("zorgaanbieder"), &request);
    REQUIRE_FALSE(early.ok());
    CHECK(early.errors().join(u' ').contains(QStringLiteral("only valid from")));

    QTemporaryDir encipherOnly;
    request.pkcs12 = careProviderCertificate(encipherOnly, QStringLiteral("keyEncipherment"));
    request.signingTime = signingNow();
    const Result<FormPdf::Output> wrongUse =
        dossier.exporter().render(dossier.evaluation, QStringLiteral("zorgaanbieder"), &request);
    REQUIRE_FALSE(wrongUse.ok());
    CHECK(wrongUse.errors().join(u' ').contains(QStringLiteral("may not be used for signatures")));
}

TEST_CASE("Werkafspraak 10: the corporation's copy holds this form only, and is refused without consent",
          "[pdf][privacy]")
{
    Case dossier;
    const Result<FormPdf::Output> copy =
        dossier.exporter().render(dossier.evaluation, QStringLiteral("woningcorporatie"));
    REQUIRE(copy.ok());
    const QString text = textOf(dossier.folder, copy->pdf, "corporatie.pdf");
    CHECK(text.contains(QStringLiteral("Één café verder")));
    CHECK_FALSE(text.contains(QStringLiteral("ZORGNOTITIE-GEHEIM"))); // the other form's answer
    CHECK_FALSE(text.contains(QStringLiteral("Supplement")));
    CHECK(FormExport::leftOutFor(QStringLiteral("woningcorporatie"))
              .contains(QStringLiteral("begeleidingsplan")));

    Case withdrawn(true);
    const Result<FormPdf::Output> refused =
        withdrawn.exporter().render(withdrawn.evaluation, QStringLiteral("woningcorporatie"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors().join(u' ').contains(QStringLiteral("01-06-2026")));
    CHECK(withdrawn.exporter().render(withdrawn.evaluation, QStringLiteral("deelnemer")).ok());
}

TEST_CASE("Drawn signatures survive the store, show in the PDF, and lapse when an answer changes",
          "[pdf][signature]")
{
    Case dossier;
    SignatureRepository signatures(dossier.store->database());
    const DrawnSignature drawn{
        QStringLiteral("deelnemer"),
        QStringLiteral("Zoë Müller-Hélène"),
        QString(),
        QDate(2026, 11, 23),
        {QPolygonF{{0.1, 0.8}, {0.3, 0.2}, {0.5, 0.7}, {0.9, 0.3}}, QPolygonF{{0.2, 0.9}, {0.8, 0.9}}}};
    REQUIRE(signatures.sign(dossier.supplement, drawn, tester(), fixedNow()).isEmpty());
    REQUIRE(signatures
                .sign(dossier.supplement,
                      {QStringLiteral("zorgaanbieder"),
                       QStringLiteral("Bram de Boer"),
                       QStringLiteral("persoonlijk begeleider"),
                       QDate(2026, 11, 23),
                       {QPolygonF{{0, 0}, {1, 1}}}},
                      tester(), fixedNow())
                .isEmpty());
    const QList<DrawnSignature> stored = signatures.valid(dossier.supplement).value();
    REQUIRE(stored.size() == 2);
    CHECK(stored.first().strokes == drawn.strokes);
    CHECK(stored.first().signerName == drawn.signerName);
    CHECK(FormFiling(dossier.store->database(), tester(), QDateTime(QDate(2026, 11, 23), QTime(9, 30)))
              .instance(dossier.supplement)
              ->signatures == 2);

    const Result<FormPdf::Output> pdf =
        dossier.exporter().render(dossier.supplement, QStringLiteral("deelnemer"));
    REQUIRE(pdf.ok());
    // simplified(): a caption may wrap within its block
    const QString text = textOf(dossier.folder, pdf->pdf, "signed-on-screen.pdf").simplified();
    CHECK(text.contains(QStringLiteral("Zoë Müller-Hélène, 23-11-2026")));
    CHECK(text.contains(QStringLiteral("Bram de Boer, persoonlijk begeleider, 23-11-2026")));

    // Any change to an answer afterwards: every signature lapses, and the audit log says so.
    REQUIRE(FormFiling(dossier.store->database(), tester(), QDateTime(QDate(2026, 11, 23), QTime(9, 30)))
                .saveAnswer(dossier.supplement, QStringLiteral("borg"), QStringLiteral("Nee"))
                .isEmpty());
    CHECK(signatures.valid(dossier.supplement)->isEmpty());
    QSqlQuery query(dossier.store->database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM signature WHERE valid = 0")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 2);
    REQUIRE(query.exec(
        QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'signature' ORDER BY id DESC")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString().contains(QStringLiteral("borg")));
}

TEST_CASE("An export is written whole to the chosen path and recorded with its SHA-256", "[pdf][audit]")
{
    Case dossier;
    FormExport exporter = dossier.exporter();
    const QByteArray pdf = exporter.render(dossier.evaluation, QStringLiteral("deelnemer"))->pdf;
    const QString path = dossier.folder.filePath(QStringLiteral("kopie.pdf"));
    REQUIRE(exporter.save(pdf, path, dossier.evaluation, QStringLiteral("deelnemer"), fixedNow()).isEmpty());
    CHECK(sha256(path) == QCryptographicHash::hash(pdf, QCryptographicHash::Sha256));
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadUser | QFileDevice::WriteUser));
    QSqlQuery query(dossier.store->database());
    REQUIRE(query.exec(QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'export'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString().contains(
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex())));
    CHECK(query.value(0).toString().contains(QStringLiteral("deelnemer")));

    // The PDF's metadata records the audit chain's head as it stood when the PDF was made: the
    // export row itself came after it.
    const std::optional<AuditLog::Head> head = AuditAnchors::inExport(pdf);
    REQUIRE(head.has_value());
    REQUIRE(query.exec(QStringLiteral("SELECT max(id) FROM audit_log WHERE entity <> 'export'")));
    REQUIRE(query.next());
    CHECK(head->row == query.value(0).toLongLong());
    const AuditLog::Verification verified =
        AuditLog(dossier.store->database()).verify({{QStringLiteral("kopie.pdf"), *head}});
    CHECK(verified.intact);
    CHECK(verified.anchorsChecked == 1);

    // A folder that does not exist: refused, nothing recorded.
    CHECK_FALSE(exporter
                    .save(pdf, dossier.folder.filePath(QStringLiteral("nergens/kopie.pdf")),
                          dossier.evaluation, QStringLiteral("deelnemer"), fixedNow())
                    .isEmpty());
}

namespace {

// A forged incremental update, made by hand as a forger would: object `number` redefined as
// `body` (and any `extra` new objects), a classic cross-reference section and a trailer that
// points back to the signed revision. qpdf tells the trailer's /Size and /Root.
QByteArray appendRevision(const QTemporaryDir& folder, const QByteArray& pdf,
                          const QList<std::pair<int, QByteArray>>& objects)
{
    const QString path = writeFile(folder, QStringLiteral("before-forgery.pdf"), pdf);
    const QString trailer =
        run(QStringLiteral("qpdf"), {QStringLiteral("--show-object=trailer"), path}).output;
    const QRegularExpressionMatch root =
        QRegularExpression(QStringLiteral("/Root (\\d+) 0 R")).match(trailer);
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("/Size (\\d+)")).match(trailer);
    REQUIRE(root.hasMatch());
    REQUIRE(size.hasMatch());
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    REQUIRE(startxref > 0);
    const QByteArray previous = pdf.mid(startxref + 9).trimmed().split('\n').first().trimmed();

    QByteArray forged = pdf;
    if (!forged.endsWith('\n'))
        forged += '\n';
    QByteArray xref = "xref\n0 1\n0000000000 65535 f \n";
    int highest = size.captured(1).toInt() - 1;
    for (const auto& [number, body] : objects) {
        xref += QByteArray::number(number) + " 1\n" +
                QByteArray::number(forged.size()).rightJustified(10, '0') + " 00000 n \n";
        forged += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
        highest = std::max(highest, number);
    }
    const qsizetype xrefAt = forged.size();
    forged += xref + "trailer\n<< /Size " + QByteArray::number(highest + 1) + " /Root " +
              root.captured(1).toLatin1() + " 0 R /Prev " + previous + " >>\nstartxref\n" +
              QByteArray::number(xrefAt) + "\n%%EOF\n";
    return forged;
}

// The object number of page 1 and of its content stream, as qpdf reads them.
std::pair<int, int> firstPage(const QTemporaryDir& folder, const QByteArray& pdf)
{
    const QString path = writeFile(folder, QStringLiteral("pages.pdf"), pdf);
    const QString pages = run(QStringLiteral("qpdf"), {QStringLiteral("--show-pages"), path}).output;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("page 1: (\\d+) 0 R\\s+content:\\s+(\\d+) 0 R")).match(pages);
    INFO(pages.toStdString());
    REQUIRE(match.hasMatch());
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

} // namespace

TEST_CASE("pdf verify catches a forged revision appended after the seal, and a damaged file is an error",
          "[pdf][signature][tamper]")
{
    Case dossier;
    PdfSeal::Request request;
    request.pkcs12 = careProviderCertificate(dossier.folder);
    request.passphrase = SecretBytes(QByteArray("geheim"));
    request.signingTime = signingNow();
    const Result<FormPdf::Output> sealed =
        dossier.exporter().render(dossier.evaluation, QStringLiteral("zorgaanbieder"), &request);
    REQUIRE(sealed.ok());
    const auto sealOf = [](const QByteArray& pdf) {
        const Result<QList<PdfSignatureCheck>> checks = PdfSignatures::check(pdf);
        INFO(checks.errors().join(u' ').toStdString());
        REQUIRE(checks.ok());
        const auto seal = std::find_if(checks->cbegin(), checks->cend(), [](const PdfSignatureCheck& check) {
            return check.field == QStringLiteral("zorgaanbieder");
        });
        REQUIRE(seal != checks->cend());
        return *seal;
    };
    const auto [page, content] = firstPage(dossier.folder, sealed->pdf);

    // The page's text replaced in a new revision: the seal's own bytes still verify, yet the
    // document was changed after signing.
    const QByteArray text = "BT /F1 24 Tf 72 700 Td (Alle doelen behaald) Tj ET";
    const QByteArray newContent = appendRevision(dossier.folder, sealed->pdf,
                                                 {{content, "<< /Length " + QByteArray::number(text.size()) +
                                                                " >>\nstream\n" + text + "\nendstream"}});
    const PdfSignatureCheck contentForged = sealOf(newContent);
    CHECK(contentForged.digestValid);
    CHECK_FALSE(contentForged.coversWholeDocument);
    CHECK(contentForged.changedAfterSigning);
    CHECK_FALSE(contentForged.valid());
    CHECK(contentForged.problem ==
          QStringLiteral("object %1 (stream) was changed after signing").arg(content));

    // An annotation laid over the page (a white box over an answer): the page's list of
    // annotations (here an object of its own) grew by something that is not a signature.
    const QString pageDictionary =
        run(QStringLiteral("qpdf"), {QStringLiteral("--show-object=%1").arg(page),
                                     writeFile(dossier.folder, QStringLiteral("p.pdf"), sealed->pdf)})
            .output;
    const QRegularExpressionMatch annots =
        QRegularExpression(QStringLiteral("/Annots (\\d+) 0 R")).match(pageDictionary);
    INFO(pageDictionary.toStdString());
    REQUIRE(annots.hasMatch());
    const int list = annots.captured(1).toInt();
    QString withBox =
        run(QStringLiteral("qpdf"), {QStringLiteral("--show-object=%1").arg(list),
                                     writeFile(dossier.folder, QStringLiteral("a.pdf"), sealed->pdf)})
            .output.trimmed();
    REQUIRE(withBox.endsWith(u']'));
    withBox.insert(withBox.size() - 1, QStringLiteral(" 900 0 R "));
    const QByteArray boxForged = appendRevision(
        dossier.folder, sealed->pdf,
        {{list, withBox.toLatin1()},
         {900, "<< /Type /Annot /Subtype /Square /Rect [50 600 550 700] /IC [1 1 1] /C [1 1 1] /F 4 >>"}});
    const PdfSignatureCheck boxSeal = sealOf(boxForged);
    CHECK(boxSeal.changedAfterSigning);
    CHECK(boxSeal.problem == QStringLiteral("object %1 (list) was changed after signing").arg(list));

    // A later signer's own revision (the deelnemer signs in their empty field) passes.
    PdfSeal::Placement later;
    later.block = sealed->signatureBlocks.at(0);
    const Result<QByteArray> twice = PdfSeal::seal(sealed->pdf, request, later);
    REQUIRE(twice.ok());
    const PdfSignatureCheck firstSeal = sealOf(twice.value());
    INFO(firstSeal.problem.toStdString());
    CHECK(firstSeal.valid());
    CHECK_FALSE(firstSeal.coversWholeDocument);

    // The CLI says so with a non-zero exit.
    const QString forgedPath = writeFile(dossier.folder, QStringLiteral("forged.pdf"), newContent);
    const Run verify =
        run(QStringLiteral(THUIS_CLI_PATH), {QStringLiteral("--lang"), QStringLiteral("en"),
                                             QStringLiteral("pdf"), QStringLiteral("verify"), forgedPath});
    CHECK(verify.exitCode == 1);
    CHECK(verify.output.contains(QStringLiteral("CHANGED AFTER SIGNING")));

    // One changed byte at the very end: a damaged file is an error, never "no signatures".
    QByteArray damaged = sealed->pdf;
    damaged.chop(6);
    damaged += "%%EOG\n";
    const Result<QList<PdfSignatureCheck>> damagedChecks = PdfSignatures::check(damaged);
    REQUIRE_FALSE(damagedChecks.ok());
    CHECK(damagedChecks.errors().first().contains(QStringLiteral("structure cannot be read")));
    const Run damagedVerify = run(QStringLiteral(THUIS_CLI_PATH),
                                  {QStringLiteral("pdf"), QStringLiteral("verify"),
                                   writeFile(dossier.folder, QStringLiteral("damaged.pdf"), damaged)});
    CHECK(damagedVerify.exitCode == 1);
    CHECK_FALSE(damagedVerify.output.contains(QStringLiteral("geen handtekeningen")));
}

namespace {

// Fills a concept through FormFiling as the wizard saves it, and makes it final.
QString fillAndFinalise(FormFiling& filing, qint64 formId, const FormAnswers& answers)
{
    if (const QString error = filing.saveAnswers(formId, answers); !error.isEmpty())
        return error;
    return filing.finalise(formId);
}

QStringList typesSince(EncryptedStore& store, qsizetype from)
{
    const Result<Trajectory> trajectory = TrajectoryRepository(store.database()).load(QStringLiteral("T-1"));
    REQUIRE(trajectory.ok());
    QStringList types;
    for (qsizetype i = from; i < trajectory->events.size(); ++i) {
        const TrajectoryEvent& event = trajectory->events.at(i);
        types << event.type + u' ' + event.date.toString(Qt::ISODate) + u' ' +
                     QString::fromUtf8(
                         QJsonDocument(event.fields.toJsonObject()).toJson(QJsonDocument::Compact));
    }
    return types;
}

qsizetype eventCount(EncryptedStore& store)
{
    return TrajectoryRepository(store.database()).load(QStringLiteral("T-1"))->events.size();
}

} // namespace

TEST_CASE("Issue 20: the Voordracht voor Omklap, made final once the omklap check passes, answered by "
          "Woonzaken, exported without care details for the corporation and sealed",
          "[pdf][forms][omklap]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    // Every omklap condition is met from 2027-01-15 (TrajectoryBuilder.h).
    REQUIRE(TrajectoryRepository(store->database())
                .importTrajectory(readyForOmklap().trajectory(), tester(), QDate(2027, 1, 10), fixedNow())
                .isEmpty());
    const FormAnswers answers{
        {QStringLiteral("organisatie"), QStringLiteral("Stichting Voorbeeldzorg")},
        {QStringLiteral("datum_evaluatie"), QStringLiteral("2026-11-02")},
        {QStringLiteral("corporatie_akkoord"), QStringLiteral("ja")},
        {QStringLiteral("professionals"), QStringLiteral("GGZ-behandelaar: ZORGDETAIL-GEHEIM akkoord")},
        {QStringLiteral("professionals_akkoord"), QStringLiteral("ja")},
        {QStringLiteral("steun_na_omklap"), QStringLiteral("Budgetbeheer Fibu-team loopt door.")}};

    // Too early (10-01-2027: the year since the begeleidingsovereenkomst is not over): the
    // engine refuses the voordracht and nothing is recorded.
    FormFiling early(store->database(), tester(), QDateTime(QDate(2027, 1, 10), QTime(9, 0)));
    const qint64 tooEarly = early.start(QStringLiteral("T-1"), QStringLiteral("voordracht-omklap")).value();
    CHECK(early.instance(tooEarly)->edition == QStringLiteral("2026"));
    const qsizetype before = eventCount(*store);
    const QString refused = fillAndFinalise(early, tooEarly, answers);
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral("voordracht_omklap_ingediend")));
    CHECK(eventCount(*store) == before);
    CHECK_FALSE(early.instance(tooEarly)->isFinal());

    // On 20-01-2027 it passes: the same concept is made final, the goal came pre-filled as met.
    FormFiling filing(store->database(), tester(), QDateTime(QDate(2027, 1, 20), QTime(9, 0)));
    REQUIRE(filing.saveAnswer(tooEarly, QStringLiteral("datum_voordracht"), QStringLiteral("2027-01-20"))
                .isEmpty());
    const QString finalised = filing.finalise(tooEarly);
    INFO(finalised.toStdString());
    REQUIRE(finalised.isEmpty());
    CHECK(typesSince(*store, before) ==
          QStringList{QStringLiteral("voordracht_omklap_ingediend 2027-01-20 {}")});
    CHECK(filing.facts(QStringLiteral("T-1"))->evaluation.phase == QStringLiteral("omklapfase"));

    // Woonzaken's answer, against this voordracht: refusals say what is wrong and record nothing.
    const QDateTime answeredNow(QDate(2027, 1, 22), QTime(11, 0));
    VoordrachtAnswer woonzaken(store->database(), tester(), answeredNow);
    CHECK(woonzaken.record(tooEarly, {false, QDate(2027, 1, 22), QStringLiteral("  ")})
              .contains(QStringLiteral("motivation")));
    CHECK(woonzaken.record(tooEarly, {true, QDate(2027, 1, 19), {}})
              .contains(QStringLiteral("cannot come before the voordracht")));
    CHECK(woonzaken.record(tooEarly, {true, QDate(2027, 1, 23), {}}).contains(QStringLiteral("after today")));
    CHECK(eventCount(*store) == before + 1);
    REQUIRE(woonzaken.record(tooEarly, {true, QDate(2027, 1, 22), {}}).isEmpty());
    CHECK(typesSince(*store, before + 1) ==
          QStringList{QStringLiteral("woonzaken_akkoord 2027-01-22 {\"voordracht\":\"%1\"}").arg(tooEarly)});
    CHECK(woonzaken.record(tooEarly, {false, QDate(2027, 1, 22), QStringLiteral("toch niet")})
              .contains(QStringLiteral("recorded already")));
    // Nor through a correction of the voordracht: one answer per voordracht submitted.
    FormFiling correcting(store->database(), tester(), answeredNow);
    const Result<qint64> correction = correcting.startCorrection(tooEarly);
    REQUIRE(correction.ok());
    REQUIRE(correcting.finalise(correction.value()).isEmpty()); // the same answers: nothing new recorded
    CHECK(woonzaken.record(correction.value(), {false, QDate(2027, 1, 22), QStringLiteral("toch niet")})
              .contains(QStringLiteral("recorded already")));
    CHECK(eventCount(*store) == before + 2);
    const Result<Trajectory> trajectory = TrajectoryRepository(store->database()).load(QStringLiteral("T-1"));
    const std::optional<VoordrachtAnswer::Answer> answer = VoordrachtAnswer::of(tooEarly, trajectory->events);
    REQUIRE(answer.has_value());
    CHECK((answer->agreed && answer->on == QDate(2027, 1, 22)));
    const Result<qint64> woonevaluatie = FormFiling(store->database(), tester(), answeredNow)
                                             .start(QStringLiteral("T-1"), QStringLiteral("woonevaluatie"));
    INFO(woonevaluatie.errors().join(u' ').toStdString());
    REQUIRE(woonevaluatie.ok());
    CHECK(woonzaken.record(woonevaluatie.value(), {true, QDate(2027, 1, 22), {}})
              .contains(QStringLiteral("not a Voordracht voor Omklap")));

    // The PDF that goes to Woonzaken: the seed's words and the answers; the corporation's copy
    // names the professionals' question but leaves their answer out (Werkafspraak 10).
    FormExport exporter(store->database(), tester(), QDate(2027, 1, 22));
    const Result<FormPdf::Output> full = exporter.render(tooEarly, QStringLiteral("zorgaanbieder"));
    REQUIRE(full.ok());
    const QString text = textOf(folder, full->pdf, "voordracht.pdf").simplified();
    CHECK(text.contains(QStringLiteral("Voordracht voor Omklap")));
    CHECK(text.contains(QStringLiteral("ZORGDETAIL-GEHEIM")));
    CHECK(text.contains(QStringLiteral("Huur op tijd betalen")));
    CHECK(text.contains(QStringLiteral("Budgetbeheer Fibu-team loopt door.")));
    const Result<FormPdf::Output> corporation = exporter.render(tooEarly, QStringLiteral("woningcorporatie"));
    REQUIRE(corporation.ok());
    const QString corporationText =
        textOf(folder, corporation->pdf, "voordracht-corporatie.pdf").simplified();
    CHECK_FALSE(corporationText.contains(QStringLiteral("ZORGDETAIL-GEHEIM")));
    CHECK(corporationText.contains(QStringLiteral("niet in de kopie voor de woningcorporatie")));
    CHECK(corporationText.contains(QStringLiteral("Budgetbeheer Fibu-team loopt door.")));

    PdfSeal::Request request;
    request.pkcs12 = careProviderCertificate(folder);
    request.passphrase = SecretBytes(QByteArray("geheim"));
    request.signingTime = signingNow();
    const Result<FormPdf::Output> sealed =
        exporter.render(tooEarly, QStringLiteral("zorgaanbieder"), &request);
    INFO(sealed.errors().join(u' ').toStdString());
    REQUIRE(sealed.ok());
    const Run pdfsig =
        run(QStringLiteral("pdfsig"), {writeFile(folder, QStringLiteral("sealed.pdf"), sealed->pdf)});
    INFO(pdfsig.output.toStdString());
    CHECK(pdfsig.output.count(QStringLiteral("Signature is Valid.")) == 1);
    CHECK(pdfsig.output.contains(QStringLiteral("Total document signed")));
}

TEST_CASE("Issue 20: the 2020 Voordracht carries the onafhankelijke derde's judgement, a refusal with its "
          "reasons",
          "[forms][omklap]")
{
    const Result<FormDefinition> edition =
        FormDefinition::builtIn(QStringLiteral("voordracht-omklap"), QStringLiteral("2020"));
    REQUIRE(edition.ok());
    FormAnswers answers{{QStringLiteral("datum_voordracht"), QStringLiteral("2025-03-03")},
                        {QStringLiteral("derde_datum"), QStringLiteral("2025-03-05")},
                        {QStringLiteral("derde_oordeel"), QStringLiteral("akkoord")}};
    const auto described = [&] {
        const Result<QList<TrajectoryEvent>> events = FormOutcome::events(edition.value(), answers, {});
        REQUIRE(events.ok());
        QStringList found;
        for (const TrajectoryEvent& event : events.value())
            found << event.type + u' ' + event.date.toString(Qt::ISODate) + u' ' + event.text(u"redenen");
        return found;
    };
    CHECK(described() == QStringList{QStringLiteral("voordracht_omklap_ingediend 2025-03-03 "),
                                     QStringLiteral("onafhankelijke_derde_akkoord 2025-03-05 ")});
    answers.insert(QStringLiteral("derde_oordeel"), QStringLiteral("niet akkoord"));
    // "a refusal requires its reasons": the form is not complete without them.
    const QList<FormProblem> incomplete = FormCheck(edition.value(), answers).problems();
    CHECK(std::any_of(incomplete.cbegin(), incomplete.cend(),
                      [](const FormProblem& problem) { return problem.fieldId == u"derde_redenen"; }));
    answers.insert(QStringLiteral("derde_redenen"), QStringLiteral("Doel 2 is nog niet toekomstbestendig."));
    CHECK(
        described() ==
        QStringList{QStringLiteral("voordracht_omklap_ingediend 2025-03-03 "),
                    QStringLiteral(
                        "onafhankelijke_derde_afgewezen 2025-03-05 Doel 2 is nog niet toekomstbestendig.")});
    answers.remove(QStringLiteral("derde_oordeel"));
    CHECK_FALSE(FormOutcome::events(edition.value(), answers, {}).ok());
}

TEST_CASE("Issue 20: the overlast letters are written at the protocol's step for their melding, record that "
          "step when made final, and go to the corporation whole",
          "[pdf][forms][overlast]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15").add("overlast_gemeld", "2026-03-02", idField("m1"));
    REQUIRE(TrajectoryRepository(store->database())
                .importTrajectory(builder.trajectory(), tester(), QDate(2026, 3, 10), fixedNow())
                .isEmpty());
    const FormSet set = FormSet::forProfile(QStringLiteral("amsterdam-2026")).value();
    const auto lettersFor = [&](const char* id, const QDate& today) {
        FormFiling reader(store->database(), tester(), today.startOfDay());
        const DossierFacts facts = reader.facts(QStringLiteral("T-1")).value();
        const auto melding =
            std::find_if(facts.evaluation.meldingen.cbegin(), facts.evaluation.meldingen.cend(),
                         [&](const Melding& m) { return m.id == QString::fromUtf8(id); });
        REQUIRE(melding != facts.evaluation.meldingen.cend());
        const Result<TrajectoryEngine> engine = TrajectoryEngine::builtIn(facts.trajectory.profileId);
        return OverlastLetters::forMelding(
            set, *melding, engine->overlastSteps(facts.trajectory, today, QString::fromUtf8(id)).value());
    };
    // A first complaint: only the written feedback of categorie 1.
    CHECK(lettersFor("m1", QDate(2026, 3, 10)) == QStringList{QStringLiteral("terugkoppeling-overlast")});

    const auto write = [&](const QString& letter, const char* melding, const QDate& today,
                           FormAnswers answers) {
        FormFiling filing(store->database(), tester(), QDateTime(today, QTime(10, 0)));
        FormAnswers given = answers;
        given.insert(QStringLiteral("melding"), QString::fromUtf8(melding));
        const Result<qint64> started = filing.start(QStringLiteral("T-1"), letter, {}, {}, given);
        INFO(started.errors().join(u' ').toStdString());
        REQUIRE(started.ok());
        const QString made = filing.finalise(started.value());
        INFO(made.toStdString());
        CHECK(made.isEmpty());
        return started.value();
    };
    qsizetype before = eventCount(*store);
    write(QStringLiteral("terugkoppeling-overlast"), "m1", QDate(2026, 3, 10),
          {{QStringLiteral("datum_melding"), QStringLiteral("2026-03-02")},
           {QStringLiteral("klacht"), QStringLiteral("Harde muziek na middernacht")},
           {QStringLiteral("datum_gesprek"), QStringLiteral("2026-03-04")},
           {QStringLiteral("veroorzaker"), QStringLiteral("deelnemer")},
           {QStringLiteral("oordeel_gedrag"), QStringLiteral("bewust")},
           {QStringLiteral("oordeel_klacht"), QStringLiteral("terecht")},
           {QStringLiteral("ondernomen_acties"), QStringLiteral("Gesprek met de deelnemer")},
           {QStringLiteral("afspraken"), QStringLiteral("Na 22 uur geen muziek")}});
    CHECK(typesSince(*store, before) ==
          QStringList{QStringLiteral("overlast_beoordeeld 2026-03-04 {\"gedrag\":\"bewust\",\"id\":\"m1\","
                                     "\"klacht\":\"terecht\",\"veroorzaker\":\"deelnemer\"}")});

    // A new justified complaint of the same kind: categorie 2, the waarschuwingsbrief of actie 3.
    TrajectoryRepository repository(store->database());
    REQUIRE(repository
                .recordEvent(QStringLiteral("T-1"),
                             eventOn("overlast_gemeld", QDate(2026, 5, 4), idField("m2")), tester(),
                             QDate(2026, 5, 6), fixedNow())
                .isEmpty());
    REQUIRE(repository
                .recordEvent(QStringLiteral("T-1"),
                             eventOn("overlast_beoordeeld", QDate(2026, 5, 6),
                                     fields({{QStringLiteral("id"), QStringLiteral("m2")},
                                             {QStringLiteral("gedrag"), QStringLiteral("bewust")},
                                             {QStringLiteral("klacht"), QStringLiteral("terecht")},
                                             {QStringLiteral("veroorzaker"), QStringLiteral("deelnemer")}})),
                             tester(), QDate(2026, 5, 6), fixedNow())
                .isEmpty());
    CHECK(lettersFor("m2", QDate(2026, 5, 6)) == QStringList{QStringLiteral("waarschuwingsbrief")});
    const FormAnswers facts{{QStringLiteral("datum_melding"), QStringLiteral("2026-05-04")},
                            {QStringLiteral("klacht"), QStringLiteral("Weer harde muziek, ook door de week")},
                            {QStringLiteral("gedrag"), QStringLiteral("Muziek na 22 uur")}};
    FormAnswers warning = facts;
    warning.insert(
        {{QStringLiteral("ondersteuning"), QStringLiteral("Koptelefoon en dagritme")},
         {QStringLiteral("vervolgstappen"), QStringLiteral("Officiële waarschuwing bij herhaling")},
         {QStringLiteral("voorgelezen"), QStringLiteral("ja")}});
    before = eventCount(*store);
    const qint64 waarschuwing = write(QStringLiteral("waarschuwingsbrief"), "m2", QDate(2026, 5, 8), warning);
    CHECK(typesSince(*store, before) ==
          QStringList{QStringLiteral("overlast_actie 2026-05-08 {\"actie\":3,\"id\":\"m2\"}")});
    CHECK(lettersFor("m2", QDate(2026, 5, 8)) == QStringList{QStringLiteral("officiele-waarschuwingsbrief")});

    FormAnswers official = facts;
    official.insert({{QStringLiteral("datum_gesprek_teammanager"), QStringLiteral("2026-06-01")},
                     {QStringLiteral("teammanager"), QStringLiteral("T. Manager")},
                     {QStringLiteral("vervolgstappen"), QStringLiteral("Sommatiebrief")}});
    before = eventCount(*store);
    write(QStringLiteral("officiele-waarschuwingsbrief"), "m2", QDate(2026, 6, 2), official);
    CHECK(typesSince(*store, before) ==
          QStringList{QStringLiteral("overlast_actie 2026-06-02 {\"actie\":4,\"id\":\"m2\"}")});

    FormAnswers summons = facts;
    summons.insert(
        {{QStringLiteral("sommatie"), QStringLiteral("Vóór 1 juli geen muziek na 22 uur")},
         {QStringLiteral("gevolgen"), QStringLiteral("Ontbinding van de zorgleveringsovereenkomst")},
         {QStringLiteral("aangetekend"), QStringLiteral("ja")}});
    before = eventCount(*store);
    const qint64 sommatie = write(QStringLiteral("sommatiebrief"), "m2", QDate(2026, 6, 15), summons);
    CHECK(typesSince(*store, before) ==
          QStringList{QStringLiteral("overlast_actie 2026-06-15 {\"actie\":5,\"id\":\"m2\"}")});
    CHECK(lettersFor("m2", QDate(2026, 6, 15)).isEmpty()); // actie 6 is a decision, not a letter

    // A letter edited in the wizard to name another complaint is refused: its facts are the
    // first one's, and the written feedback is for a first complaint only.
    FormFiling edited(store->database(), tester(), QDateTime(QDate(2026, 6, 16), QTime(9, 0)));
    const qint64 moved = edited
                             .start(QStringLiteral("T-1"), QStringLiteral("terugkoppeling-overlast"), {}, {},
                                    {{QStringLiteral("melding"), QStringLiteral("m1")},
                                     {QStringLiteral("datum_melding"), QStringLiteral("2026-03-02")},
                                     {QStringLiteral("klacht"), QStringLiteral("Muziek")},
                                     {QStringLiteral("datum_gesprek"), QStringLiteral("2026-06-10")},
                                     {QStringLiteral("veroorzaker"), QStringLiteral("deelnemer")},
                                     {QStringLiteral("oordeel_gedrag"), QStringLiteral("onbewust")},
                                     {QStringLiteral("oordeel_klacht"), QStringLiteral("onterecht")},
                                     {QStringLiteral("ondernomen_acties"), QStringLiteral("Gesprek")},
                                     {QStringLiteral("afspraken"), QStringLiteral("Geen")}})
                             .value();
    REQUIRE(edited.saveAnswer(moved, QStringLiteral("melding"), QStringLiteral("m2")).isEmpty());
    before = eventCount(*store);
    CHECK(edited.finalise(moved).contains(QStringLiteral("reported on 04-05-2026")));
    REQUIRE(
        edited.saveAnswer(moved, QStringLiteral("datum_melding"), QStringLiteral("2026-05-04")).isEmpty());
    CHECK(edited.finalise(moved).contains(QStringLiteral("categorie 2")));
    CHECK(eventCount(*store) == before);

    // A letter about a complaint the dossier does not know is refused, with where to start it.
    FormFiling stray(store->database(), tester(), QDateTime(QDate(2026, 6, 16), QTime(9, 0)));
    const qint64 unknown =
        stray.start(QStringLiteral("T-1"), QStringLiteral("sommatiebrief"), {}, {}, summons).value();
    REQUIRE(stray.saveAnswer(unknown, QStringLiteral("melding"), QStringLiteral("m9")).isEmpty());
    CHECK(stray.finalise(unknown).contains(QStringLiteral("Overlast tab")));

    // The corporation gets the letters whole (Bijlage 1: "ontvangen een kopie"), with the seed's
    // words; the sommatiebrief sealed, the deelnemer's field "voor gezien" left for them.
    FormExport exporter(store->database(), tester(), QDate(2026, 6, 16));
    const QString warningText =
        textOf(folder, exporter.render(waarschuwing, QStringLiteral("woningcorporatie"))->pdf, "brief.pdf")
            .simplified();
    CHECK(warningText.contains(QStringLiteral("Waarschuwingsbrief")));
    CHECK(warningText.contains(QStringLiteral("in overeenstemming met het overlastprotocol")));
    // Werkafspraak 10: "geeft geen informatie over de aard van de interventie": the support offered
    // is named as a question, its answer left out of the corporation's copy.
    CHECK_FALSE(warningText.contains(QStringLiteral("Koptelefoon en dagritme")));
    CHECK(warningText.contains(QStringLiteral("niet in de kopie voor de woningcorporatie")));
    CHECK(
        textOf(folder, exporter.render(waarschuwing, QStringLiteral("zorgaanbieder"))->pdf, "brief-zorg.pdf")
            .simplified()
            .contains(QStringLiteral("Koptelefoon en dagritme")));
    CHECK(warningText.contains(QStringLiteral("m2")));
    PdfSeal::Request request;
    request.pkcs12 = careProviderCertificate(folder);
    request.passphrase = SecretBytes(QByteArray("geheim"));
    request.signingTime = signingNow();
    const Result<FormPdf::Output> sealed =
        exporter.render(sommatie, QStringLiteral("woningcorporatie"), &request);
    INFO(sealed.errors().join(u' ').toStdString());
    REQUIRE(sealed.ok());
    const QString sealedPath = writeFile(folder, QStringLiteral("sommatie.pdf"), sealed->pdf);
    const Run pdfsig = run(QStringLiteral("pdfsig"), {sealedPath});
    INFO(pdfsig.output.toStdString());
    CHECK(pdfsig.output.count(QStringLiteral("Signature is Valid.")) == 1);
    CHECK(pdfsig.output.count(QStringLiteral("The signature form field is not signed.")) == 1);
    const QString sommatieText = textOf(folder, sealed->pdf, "sommatie-text.pdf").simplified();
    CHECK(sommatieText.contains(QStringLiteral("Wordt de sommatiebrief aangetekend verstuurd? Ja")));
    CHECK(sommatieText.contains(QStringLiteral("Voor gezien")));
}

TEST_CASE("Issue 20: Woonzaken's answer is for the voordracht the trajectory waits on, not one the "
          "onafhankelijke derde sent back",
          "[forms][omklap]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    REQUIRE(TrajectoryRepository(store->database())
                .importTrajectory(readyForOmklap().trajectory(), tester(), QDate(2027, 1, 20), fixedNow())
                .isEmpty());
    FormFiling filing(store->database(), tester(), QDateTime(QDate(2027, 1, 20), QTime(9, 0)));
    const qint64 voordracht =
        filing
            .start(QStringLiteral("T-1"), QStringLiteral("voordracht-omklap"), {}, {},
                   {{QStringLiteral("organisatie"), QStringLiteral("Stichting Voorbeeldzorg")},
                    {QStringLiteral("datum_evaluatie"), QStringLiteral("2026-11-02")},
                    {QStringLiteral("corporatie_akkoord"), QStringLiteral("ja")},
                    {QStringLiteral("professionals_akkoord"), QStringLiteral("ja")},
                    {QStringLiteral("steun_na_omklap"), QStringLiteral("Buurtteam")}})
            .value();
    REQUIRE(filing.finalise(voordracht).isEmpty());
    // An internal check sends it back (the 2026 agreements allow one): back in the herstelfase.
    REQUIRE(TrajectoryRepository(store->database())
                .recordEvent(QStringLiteral("T-1"),
                             eventOn("onafhankelijke_derde_afgewezen", QDate(2027, 1, 21)), tester(),
                             QDate(2027, 1, 21), fixedNow())
                .isEmpty());
    const qsizetype before = eventCount(*store);
    VoordrachtAnswer woonzaken(store->database(), tester(), QDateTime(QDate(2027, 1, 25), QTime(9, 0)));
    const QString refused = woonzaken.record(voordracht, {true, QDate(2027, 1, 25), {}});
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral("not the voordracht the trajectory waits on")));
    CHECK(eventCount(*store) == before);
}
