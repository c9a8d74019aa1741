#include "forms/FormSet.h"

#include "common/StrictJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

// Only these keys: a misspelt "froms" must not leave a region without its forms unnoticed.
bool onlyKeys(const QJsonObject& object, const QSet<QString>& allowed, QString& unknown)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            unknown = it.key();
            return false;
        }
    }
    return true;
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

bool FormSet::offers(const QString& form) const
{
    return std::any_of(forms.cbegin(), forms.cend(),
                       [&form](const Offered& offered) { return offered.form == form; });
}

Result<FormSet> FormSet::forProfile(const QString& profileId)
{
    const QString path = QStringLiteral(":/form-sets/%1.json").arg(profileId);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<FormSet>::failure(
            tr("The agreements %1 have no list of forms in this program (forms/sets/%1.json).")
                .arg(profileId));
    Result<FormSet> set = fromJson(file.readAll(), QStringLiteral("forms/sets/%1.json").arg(profileId));
    if (set && set->profile != profileId)
        return Result<FormSet>::failure(
            tr("%1: \"profile\" is %2, not %3.")
                .arg(QStringLiteral("forms/sets/%1.json").arg(profileId), set->profile, profileId));
    return set;
}

Result<FormSet> FormSet::fromJson(const QByteArray& json, const QString& fileName)
{
    const auto refused = [&fileName](const QString& what) {
        return Result<FormSet>::failure(tr("%1: %2").arg(fileName, what));
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refused(tr("not a JSON object (%1)").arg(error.errorString()));
    if (const std::optional<StrictJson::Problem> problem = StrictJson::firstProblem(json))
        return refused(problem->what);
    const QJsonObject root = document.object();
    QString unknown;
    if (!onlyKeys(root,
                  {QStringLiteral("profile"), QStringLiteral("source"), QStringLiteral("forms"),
                   QStringLiteral("notAvailable")},
                  unknown))
        return refused(tr("unknown key \"%1\"").arg(unknown));
    FormSet set;
    set.profile = text(root, "profile");
    set.source = text(root, "source");
    if (set.profile.isEmpty() || set.source.isEmpty())
        return refused(tr("\"profile\" and \"source\" are required"));
    if (!root.value(QStringLiteral("forms")).isArray() ||
        !root.value(QStringLiteral("notAvailable")).isArray())
        return refused(tr("\"forms\" and \"notAvailable\" must be lists (empty when there are none)"));
    for (const QJsonValue& value : root.value(QStringLiteral("forms")).toArray()) {
        const QJsonObject entry = value.toObject();
        Offered offered{text(entry, "form"), text(entry, "when")};
        if (!value.isObject() ||
            !onlyKeys(entry, {QStringLiteral("form"), QStringLiteral("when")}, unknown) ||
            offered.form.isEmpty() || offered.when.isEmpty())
            return refused(tr("each of \"forms\" has \"form\" and \"when\", and nothing else"));
        if (set.offers(offered.form))
            return refused(tr("form %1 is listed twice").arg(offered.form));
        set.forms << offered;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("notAvailable")).toArray()) {
        const QJsonObject entry = value.toObject();
        NotAvailable missing{text(entry, "document"), text(entry, "why")};
        if (!value.isObject() ||
            !onlyKeys(entry, {QStringLiteral("document"), QStringLiteral("why")}, unknown) ||
            missing.document.isEmpty() || missing.why.isEmpty())
            return refused(tr("each of \"notAvailable\" has \"document\" and \"why\", and nothing else"));
        set.notAvailable << missing;
    }
    return set;
}
