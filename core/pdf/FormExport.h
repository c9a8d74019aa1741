#pragma once

#include "common/Result.h"
#include "pdf/FormPdf.h"
#include "pdf/PdfSeal.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// Exporting a form as a PDF for one of the three parties (issue 7), the same for the app and
// `thuisindewijk-cli pdf export`. Privacy (Werkafspraak 10): the corporation's copy is this one
// form about wonen and nothing else, and is refused while consent to share is withdrawn (or
// was never given). Each export is in the audit log: what, for whom, when, the file's SHA-256.
class FormExport
{
    Q_DECLARE_TR_FUNCTIONS(FormExport)

public:
    FormExport(QSqlDatabase database, Actor actor, const QDate& today)
        : m_database(std::move(database))
        , m_actor(std::move(actor))
        , m_today(today)
    {}

    static const QStringList& recipients(); // deelnemer, zorgaanbieder, woningcorporatie
    // What a copy for `recipient` leaves out, in words for the export dialog.
    [[nodiscard]] static QString leftOutFor(const QString& recipient);

    // The PDF of a stored form for `recipient`; sealed with the care provider's certificate
    // when `seal` is given (its block and the empty fields are filled in here).
    Result<FormPdf::Output> render(qint64 formId, const QString& recipient,
                                   const PdfSeal::Request* seal = nullptr) const;
    // Writes the bytes to `path` whole or not at all (QSaveFile) and records the export.
    [[nodiscard]] QString save(const QByteArray& pdf, const QString& path, qint64 formId,
                               const QString& recipient, const QDateTime& now);
    // A blank form to fill in by hand, with the participant's data when a participant is given.
    static Result<FormPdf::Output> blank(const FormDefinition& definition, const FormAnswers& prefilled = {},
                                         const QString& participantName = {});

private:
    QSqlDatabase m_database;
    Actor m_actor;
    QDate m_today;
};
