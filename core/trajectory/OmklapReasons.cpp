#include "trajectory/OmklapReasons.h"

#include <QCoreApplication>
#include <QHash>

// The texts keep the DossierPage context they were translated in.
QString OmklapReasons::text(const QString& code)
{
    const QHash<QString, QString> explanations{
        {QStringLiteral("minimum_duur"),
         QCoreApplication::translate("DossierPage", "The lease has not yet run for the minimum period.")},
        {QStringLiteral("woonevaluatie_ontbreekt"),
         QCoreApplication::translate("DossierPage", "No woonevaluatie has been held yet.")},
        {QStringLiteral("doelen_ontbreken"),
         QCoreApplication::translate("DossierPage", "No goals have been set.")},
        {QStringLiteral("doelen_niet_behaald"),
         QCoreApplication::translate("DossierPage", "Not every goal has been achieved.")},
        {QStringLiteral("overlast_afgelopen_jaar"),
         QCoreApplication::translate("DossierPage",
                                     "There was justified overlast by the participant in the past year.")},
        {QStringLiteral("woonfraude"),
         QCoreApplication::translate("DossierPage", "Woonfraude has been established.")},
        {QStringLiteral("toestemming_ingetrokken"),
         QCoreApplication::translate("DossierPage", "Consent to share data has been withdrawn.")},
        {QStringLiteral("toestemming_ontbreekt"),
         QCoreApplication::translate("DossierPage", "Consent to share data has not been given.")},
        {QStringLiteral("duurzame_verhuur"),
         QCoreApplication::translate("DossierPage", "Lasting intermediary letting was decided.")},
        {QStringLiteral("traject_niet_gestart"),
         QCoreApplication::translate("DossierPage", "The begeleidingsovereenkomst has not been signed yet.")},
        {QStringLiteral("traject_beeindigd"),
         QCoreApplication::translate("DossierPage", "The trajectory has ended.")},
        {QStringLiteral("omklap_voltooid"),
         QCoreApplication::translate("DossierPage", "The lease has already been transferred.")},
        {QStringLiteral("geen_omklap_in_profiel"),
         QCoreApplication::translate("DossierPage", "These agreements have no omklap.")}};
    return explanations.value(code, code);
}
