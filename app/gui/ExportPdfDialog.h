#pragma once

#include "pdf/FormPdf.h"
#include "pdf/PdfSeal.h"
#include "store/AuditLog.h"

#include <QBuffer>
#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class QPushButton;
class Settings;
class StoreSession;

// Exporting a form (issue 7): for whom the copy is and what it leaves out (Werkafspraak 10), an
// optional digital seal with the care provider's certificate, a preview (QtPdf) of exactly the
// bytes that will be saved or printed, "Opslaan als pdf…" (only to the path the user picks,
// through QSaveFile) and "Afdrukken…" for wet signatures. The PDF lives in memory only.
class ExportPdfDialog : public QDialog
{
    Q_OBJECT

public:
    ExportPdfDialog(StoreSession& session, Actor actor, const QDate& today, qint64 formId, Settings* settings,
                    QWidget* parent = nullptr);
    ~ExportPdfDialog() override;

    void chooseRecipient(const QString& party);
    // Renders again for the current choices; false (the reason shown) when refused.
    bool refresh();
    // Saves the previewed bytes to `path` and records the export; empty or the reason.
    [[nodiscard]] QString saveTo(const QString& path);
    // What "Save as PDF..." does once the path is chosen: a sealed PDF first gets its time stamp
    // from the organisation's authority (Preferences) on a thread of its own, then is saved;
    // offline it is saved without one (PAdES B-B), and the dialog says so. Emits saved().
    void stampAndSave(const QString& path);
    [[nodiscard]] QString problem() const;
    int previewPages() const;
    [[nodiscard]] QString signatureSummary() const;
    QLineEdit* certificatePassphrase() const { return m_passphrase; }
    QCheckBox* sealBox() const { return m_seal; }
    void setCertificatePath(const QString& path);

signals:
    void saved(const QString& error);

private:
    static QString levelText(const PdfSignatureCheck& check);
    static QString trustText(const PdfSignatureCheck& check, bool trustConfigured);
    void showSignatures();
    // The organisation's trusted certificates (Voorkeuren); empty when none are set or the file
    // cannot be read (`problem` says so).
    TrustStore trustedCertificates(QString* problem = nullptr) const;
    void loadPreview();
    void askSave();
    void print();
    void chooseCertificate();

    StoreSession& m_session;
    Actor m_actor;
    QDate m_today;
    qint64 m_formId = 0;
    Settings* m_settings = nullptr;
    QByteArray m_pdf;
    QBuffer m_buffer;
    QComboBox* m_recipient = nullptr;
    QLabel* m_leftOut = nullptr;
    QCheckBox* m_seal = nullptr;
    QLabel* m_certificate = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_signatures = nullptr;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;
    QString m_certificatePath;
    bool m_stamped = false;  // m_pdf's seal has its time stamp
    QString m_timestampNote; // offline: why the saved PDF has none
};
