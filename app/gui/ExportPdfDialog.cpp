#include "ExportPdfDialog.h"

#include "common/DateText.h"

#include "OffThread.h"
#include "PageStyle.h"

#include "application/Settings.h"
#include "pdf/FormExport.h"
#include "pdf/SignatureTimestamp.h"
#include "store/StoreSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScroller>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

ExportPdfDialog::ExportPdfDialog(StoreSession& session, Actor actor, const QDate& today, qint64 formId,
                                 Settings* settings, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(std::move(actor))
    , m_today(today)
    , m_formId(formId)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("exportPdfDialog"));
    setWindowTitle(tr("Export or print the form"));
    m_recipient = new QComboBox(this);
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_recipient->addItem(tr("the participant"), QStringLiteral("deelnemer"));
    m_recipient->addItem(tr("the care provider (own archive)"), QStringLiteral("zorgaanbieder"));
    m_recipient->addItem(tr("the housing corporation"), QStringLiteral("woningcorporatie"));
    m_recipient->setCurrentIndex(1);
    m_leftOut = new QLabel(this);
    m_leftOut->setObjectName(QStringLiteral("leftOut"));
    m_leftOut->setWordWrap(true);
    m_seal = new QCheckBox(tr("Seal digitally with the care provider's certificate"), this);
    m_seal->setObjectName(QStringLiteral("seal"));
    m_certificate = new QLabel(this);
    auto* chooseCertificate = new QPushButton(tr("Certificate…"), this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("certificatePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("passphrase of the certificate (not stored)"));
    m_problem = createProblemLabel(this);
    m_signatures = new QLabel(this);
    m_signatures->setObjectName(QStringLiteral("signatures"));
    m_signatures->setWordWrap(true);
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setAccessibleName(tr("Preview of the PDF"));
    m_view->setMinimumSize(420, 360);

    auto* certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(chooseCertificate);
    auto* options = new QFormLayout;
    options->addRow(tr("Copy for:"), m_recipient);
    options->addRow(QString(), m_leftOut);
    options->addRow(QString(), m_seal);
    options->addRow(tr("Certificate:"), certificateRow);
    options->addRow(tr("Passphrase:"), m_passphrase);
    auto* side = new QVBoxLayout;
    side->addLayout(options);
    side->addWidget(m_problem);
    side->addWidget(m_signatures);
    side->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("savePdf"));
    m_print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("print"));
    auto* body = new QHBoxLayout;
    body->addLayout(side, 2);
    body->addWidget(m_view, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ExportPdfDialog::askSave);
    connect(m_print, &QPushButton::clicked, this, &ExportPdfDialog::print);
    connect(chooseCertificate, &QPushButton::clicked, this, &ExportPdfDialog::chooseCertificate);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_seal, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_passphrase, &QLineEdit::editingFinished, this, [this] {
        if (m_seal->isChecked())
            refresh();
    });
    setCertificatePath(settings ? settings->sealCertificatePath() : QString());
    refresh();
}

ExportPdfDialog::~ExportPdfDialog()
{
    // QPdfView registers its viewport with QScroller, whose objects Qt keeps until they are
    // released: released here, so closing the dialog leaves nothing behind.
    QScroller::ungrabGesture(m_view->viewport());
    m_document->close();
    m_pdf.fill('\0'); // the participant's data leaves memory with the dialog
}

void ExportPdfDialog::setCertificatePath(const QString& path)
{
    m_certificatePath = path;
    m_certificate->setText(path.isEmpty() ? tr("none chosen") : path);
    m_seal->setEnabled(!path.isEmpty());
}

void ExportPdfDialog::chooseCertificate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The care provider's certificate"), QString(),
                                                      tr("PKCS#12 certificate (*.p12 *.pfx)"));
    if (path.isEmpty())
        return;
    setCertificatePath(path);
    if (m_settings != nullptr) {
        m_settings->setSealCertificatePath(path);
        if (!m_settings->save())
            m_problem->setText(
                tr("The certificate was not remembered for next time: %1").arg(m_settings->problem()));
    }
}

void ExportPdfDialog::chooseRecipient(const QString& party)
{
    m_recipient->setCurrentIndex(m_recipient->findData(party));
}

QString ExportPdfDialog::levelText(const PdfSignatureCheck& check)
{
    // The caseworker's question: will the corporation's reader accept this as a proper seal?
    if (check.level == QLatin1String(PdfSignatures::padesBaselineT))
        return tr("PAdES baseline B-T, the European standard for signed PDFs, with a time stamp of %1 at %2")
            .arg(check.timestampAuthority, DateText::momentWithSeconds(check.timestampTime));
    return check.level == QLatin1String(PdfSignatures::padesBaselineB)
               ? tr("PAdES baseline B-B, the European standard for signed PDFs; no time stamp")
               : tr("signature type %1").arg(check.level);
}

QString ExportPdfDialog::trustText(const PdfSignatureCheck& check, bool trustConfigured)
{
    switch (check.trust) {
    case SignerTrust::Trusted:
        return check.timestampTrust == SignerTrust::NotTrusted
                   ? tr("signer trusted by your organisation; time-stamp authority NOT trusted: %1")
                         .arg(check.timestampTrustProblem)
                   : tr("signer trusted by your organisation");
    case SignerTrust::NotTrusted:
        return tr("signer NOT trusted: %1").arg(check.trustProblem);
    case SignerTrust::NotChecked:
        break;
    }
    return trustConfigured ? tr("signer not checked")
                           : tr("signer not checked: no trusted certificates set in "
                                "Preferences");
}

bool ExportPdfDialog::refresh()
{
    const QString recipient = m_recipient->currentData().toString();
    m_leftOut->setText(FormExport::leftOutFor(recipient));
    std::optional<PdfSeal::Request> seal;
    if (m_seal->isChecked()) {
        QFile file(m_certificatePath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problem->setText(
                tr("The certificate %1 cannot be read: %2").arg(m_certificatePath, file.errorString()));
            return false;
        }
        seal = PdfSeal::Request{file.readAll(), SecretBytes(m_passphrase->text().toUtf8()),
                                m_session.clock().now().toUTC()};
    }
    const Result<FormPdf::Output> rendered = FormExport(m_session.database(), m_actor, m_today)
                                                 .render(m_formId, recipient, seal ? &*seal : nullptr);
    m_document->close();
    m_buffer.close();
    if (!rendered) {
        m_pdf.clear();
        m_problem->setText(rendered.errors().join(u' '));
        m_signatures->clear();
        m_save->setEnabled(false);
        m_print->setEnabled(false);
        return false;
    }
    m_problem->clear();
    m_pdf = rendered->pdf;
    m_stamped = false;
    m_timestampNote.clear();
    loadPreview();
    m_save->setEnabled(true);
    m_print->setEnabled(true);
    showSignatures();
    return true;
}

void ExportPdfDialog::loadPreview()
{
    m_document->close();
    m_buffer.close();
    m_buffer.setData(m_pdf);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer); // from memory: no temporary file
}

TrustStore ExportPdfDialog::trustedCertificates(QString* problem) const
{
    const QString path = m_settings != nullptr ? m_settings->trustedCertificatesPath() : QString();
    if (path.isEmpty())
        return {};
    Result<TrustStore> read = TrustStore::fromPemFile(path);
    if (!read && problem != nullptr)
        *problem = read.errors().join(u' ');
    return read ? std::move(read).value() : TrustStore();
}

void ExportPdfDialog::showSignatures()
{
    // The same check as `pdf verify`, for what is about to be saved, against the organisation's
    // trusted certificates when it set them.
    QStringList lines;
    QString unreadable;
    const TrustStore trusted = trustedCertificates(&unreadable);
    if (!unreadable.isEmpty())
        lines << unreadable;
    if (const Result<QList<PdfSignatureCheck>> checks = PdfSignatures::check(m_pdf, trusted)) {
        for (const PdfSignatureCheck& check : checks.value()) {
            lines << (check.signedField
                          ? tr("%1: signed by %2 on %3, %4 (%5); %6")
                                .arg(check.field, check.signer, DateText::moment(check.signingTime),
                                     check.valid() ? tr("valid") : tr("INVALID"), levelText(check),
                                     trustText(check, !trusted.isEmpty()))
                          : tr("%1: field to sign in a PDF reader").arg(check.field));
        }
    }
    const QString timestampUrl = m_settings != nullptr ? m_settings->timestampUrl() : QString();
    if (m_seal->isChecked() && !m_stamped && !timestampUrl.isEmpty() && m_timestampNote.isEmpty())
        lines << tr("On saving, the seal gets its time stamp from %1.").arg(QUrl(timestampUrl).host());
    if (!m_timestampNote.isEmpty())
        lines << m_timestampNote;
    m_signatures->setText(lines.isEmpty() ? tr("No digital signature.") : lines.join(u'\n'));
}

QString ExportPdfDialog::saveTo(const QString& path)
{
    if (m_pdf.isEmpty())
        return m_problem->text();
    return FormExport(m_session.database(), m_actor, m_today)
        .save(m_pdf, path, m_formId, m_recipient->currentData().toString(), m_session.clock().now().toUTC());
}

void ExportPdfDialog::askSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"),
        folder +
            QStringLiteral("/formulier-%1-%2.pdf").arg(m_formId).arg(m_recipient->currentData().toString()),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    stampAndSave(path);
}

void ExportPdfDialog::stampAndSave(const QString& path)
{
    const auto save = [this, path] {
        const QString error = saveTo(path);
        m_problem->setText(error.isEmpty() ? QString() : error);
        if (error.isEmpty())
            m_signatures->setText(m_signatures->text() + u'\n' + tr("Saved: %1").arg(path));
        emit saved(error);
    };
    const QString timestampUrl = m_settings != nullptr ? m_settings->timestampUrl() : QString();
    if (!m_seal->isChecked() || m_stamped || timestampUrl.isEmpty() || m_pdf.isEmpty()) {
        save();
        return;
    }
    // The authority may take seconds, or not answer at all (offline): the window stays usable,
    // but this export waits for it.
    setEnabled(false);
    m_signatures->setText(m_signatures->text() + u'\n' +
                          tr("Asking %1 for a time stamp...").arg(QUrl(timestampUrl).host()));
    runOffThread(
        this,
        [pdf = m_pdf, url = QUrl(timestampUrl), now = m_session.clock().now().toUTC(),
         trusted = trustedCertificates()] { return SignatureTimestamp::add(pdf, url, now, trusted); },
        [this, save, sent = m_pdf](const Result<SignatureTimestamp::Stamped>& stamped) {
            setEnabled(true);
            if (m_pdf != sent) // rendered again meanwhile: this stamp is over another seal
                return;
            if (stamped) {
                m_pdf = stamped->pdf;
                m_stamped = true;
                m_timestampNote.clear();
                loadPreview();
            } else {
                m_timestampNote =
                    tr("Saved without a time stamp (PAdES B-B): %1").arg(stamped.errors().join(u' '));
            }
            showSignatures();
            save();
        });
}

void ExportPdfDialog::print()
{
    // For wet signatures: the same pages as the preview, at the printer's resolution.
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    for (int index = 0; index < m_document->pageCount(); ++index) {
        if (index > 0)
            printer.newPage();
        const QImage image = m_document->render(index, page.size());
        painter.drawImage(QPoint(0, 0), image);
    }
}

QString ExportPdfDialog::problem() const
{
    return m_problem->text();
}

int ExportPdfDialog::previewPages() const
{
    return m_document->pageCount();
}

QString ExportPdfDialog::signatureSummary() const
{
    return m_signatures->text();
}
