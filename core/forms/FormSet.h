#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Which forms and letters a region's agreements use (issue 20): data beside the rule profiles,
// forms/sets/<profile>.json, compiled in as :/form-sets/<profile>.json. The dossier offers
// exactly these forms for a participant whose trajectory is under that profile, and starting
// another is refused (FormFiling): a Zuidoost-Utrecht participant gets no borrowed Amsterdam
// form, whose events that region's engine would refuse. What the agreements ask for but the
// program cannot offer is listed with the reason, so the dossier can say what is missing.
struct FormSet
{
    Q_DECLARE_TR_FUNCTIONS(FormSet)

public:
    struct Offered
    {
        QString form; // a form definition's id: "supplement-wgh"
        QString when; // the moment the agreements ask for it, in their words
    };
    struct NotAvailable
    {
        QString document;
        QString why;
    };

    QString profile;
    QString source;
    QList<Offered> forms;
    QList<NotAvailable> notAvailable;

    [[nodiscard]] bool offers(const QString& form) const;

    // The set of a rule profile; refused (with the file and what is wrong) when it is missing or
    // malformed, never an empty set taken for "no forms".
    [[nodiscard]] static Result<FormSet> forProfile(const QString& profileId);
    [[nodiscard]] static Result<FormSet> fromJson(const QByteArray& json, const QString& fileName);
};
