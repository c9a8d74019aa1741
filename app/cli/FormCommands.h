#pragma once

#include "filing/FormFiling.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `forms validate [DIR]`: checks every form definition, the ones compiled into the program or
// those under DIR (DIR/<form>/<edition>.json), and names each problem (issue 6).
// `forms template --form F --edition E`: a JSON skeleton of every field (id, question, type,
// allowed values), to fill in for `forms fill` or to transcribe a paper form.
// `forms fill STORE --deelnemer ID --form F [--edition E] --answers FILE [--finalise]`: stores a
// form with the wizard's validation and, made final, the same trajectory events; prints its id.
// `forms show STORE --form-id ID [--json]`: a stored form, what was skipped and what changed.
class FormCommands
{
    Q_DECLARE_TR_FUNCTIONS(FormCommands)

public:
    FormCommands(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {}

    int run(const QStringList& arguments);

private:
    int validate(const QStringList& arguments);
    // The regions' form sets under `root`/sets; the number that are bad.
    int validateSets(const QString& root, const QStringList& definitions);
    int printTemplate(const QStringList& arguments);
    int fill(const QStringList& arguments);
    // A new form with `given`, or the participant's unfinished one of this form continued.
    [[nodiscard]] Result<qint64> startOrContinue(FormFiling& filing, const QString& participant,
                                                 const FormDefinition& definition, const QDate& conversation,
                                                 const FormAnswers& given);
    int show(const QStringList& arguments);
    int usage();

    QTextStream& m_out;
    QTextStream& m_err;
};
