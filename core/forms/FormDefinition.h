#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A form as versioned data (issue 6): forms/<form>/<edition>.json, with the exact Dutch wording
// of the official form (Bijlage 2b / 3b of the Tien werkafspraken). Loading checks the whole
// definition and names the file, the field and the problem; a bad definition is refused as a
// whole, so the app can keep running with the other forms.
// The kinds of field a form definition may use, read once when it loads (issue 17: an enum,
// not strings compared all over the program).
enum class FieldType {
    Unknown, // a definition naming another type is refused when it loads
    ShortText,
    LongText,
    Date,
    YesNo,
    SingleChoice,
    GoalsTable,
    Contact,
    Declaration,
    Signature,
};

struct FormField
{
    QString id;
    FieldType type = FieldType::Unknown;
    QString label;
    QJsonObject definition; // everything else of the field as written (parts, options, rules, ...)

    // "short_text", "long_text", "date", "yes_no", "single_choice", "goals_table", "contact",
    // "declaration", "signature": the names in forms/<form>/<edition>.json.
    static QString typeName(FieldType type);
    static FieldType typeFromName(QStringView name);

    // The position of `answer` among a single choice's options, -1 when it is none of them. Code
    // that acts on a choice reads it by position, never by wording, so a reworded later edition
    // cannot turn one choice into another.
    [[nodiscard]] qsizetype optionIndex(const QString& answer) const;
    // False for a field marked "forCorporation": false: care details the woningcorporatie's copy
    // leaves out (Werkafspraak 10: "Er wordt alleen informatie gedeeld over observaties van het
    // gedrag van de deelnemer, gerelateerd aan het wonen.").
    [[nodiscard]] bool forCorporation() const;
};

struct FormSection
{
    QString id;
    QString number; // "1" .. "6"; empty for the header block and the signatures
    QString title;
    QList<FormField> fields;
};

class FormDefinition
{
    Q_DECLARE_TR_FUNCTIONS(FormDefinition)

public:
    QString form;    // "supplement-wgh"
    QString edition; // "2026"
    QString title;
    QString subtitle;
    QString source;
    QDate validFrom;               // the first conversation date this edition is for
    QString conversationDateField; // the date field of the conversation the form records
    QList<FormSection> sections;

    static const QStringList fieldTypes;

    // `origin` names the definition in messages: "supplement-wgh/2026.json".
    static Result<FormDefinition> fromJson(const QByteArray& json, const QString& origin);
    // A definition compiled into the program (forms/<form>/<edition>.json).
    static Result<FormDefinition> builtIn(const QString& form, const QString& edition);
    static QStringList builtInForms();
    static QStringList builtInEditions(const QString& form);
    // The edition for a conversation on this date: the newest whose validFrom is not after it.
    // A draft keeps the edition it was started with; this is only for new forms.
    static Result<FormDefinition> editionFor(const QString& form, const QDate& conversationDate);
    const FormField* field(const QString& id) const;
};
