#include "trajectory/RuleProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <iterator>

namespace {

// Reads JSON values while remembering where it is, so that every complaint names the file and
// the JSON path, and unknown keys (typos) are errors instead of silently ignored rules.
class ProfileReader
{
public:
    explicit ProfileReader(const QString& fileName)
        : m_fileName(fileName)
    {}

    void fail(const QString& path, const QString& problem)
    {
        m_errors << RuleProfile::tr("%1: %2: %3").arg(m_fileName, path, problem);
    }

    QStringList errors() const { return m_errors; }

    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                fail(path,
                     RuleProfile::tr("unknown key \"%1\" (allowed: %2)").arg(it.key(), allowed.join(u", ")));
        }
    }

    QString text(const QJsonObject& object, const QString& key, const QString& path, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString() || value.toString().isEmpty()) {
            fail(path + u'.' + key, RuleProfile::tr("must be a non-empty text"));
            return {};
        }
        return value.toString();
    }

    QStringList texts(const QJsonObject& object, const QString& key, const QString& path, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isArray()) {
            fail(path + u'.' + key, RuleProfile::tr("must be a list of texts"));
            return {};
        }
        QStringList result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                fail(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i), RuleProfile::tr("must be a text"));
            else
                result << array.at(i).toString();
        }
        return result;
    }

    QJsonObject object(const QJsonObject& parent, const QString& key, const QString& path, bool required)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isObject()) {
            fail(path + u'.' + key, RuleProfile::tr("must be an object"));
            return {};
        }
        return value.toObject();
    }

    QJsonArray array(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isArray()) {
            fail(path + u'.' + key, RuleProfile::tr("must be a list"));
            return {};
        }
        return value.toArray();
    }

    // Whole numbers from 1 to 1,000 (months, counts, ages): larger is no rule of any document, and
    // a cast of 1e300 to int would be undefined.
    int positiveNumber(const QJsonValue& value, const QString& path)
    {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number > 1000 || number != std::trunc(number)) {
            fail(path, RuleProfile::tr("must be a whole number from 1 to 1000"));
            return 0;
        }
        return int(number);
    }

    // A term: a whole number other than 0. Negative counts back from the anchor's date ("6 weeks
    // before the move"); werkdagen are only counted forward.
    int termLength(const QJsonValue& value, Offset::Unit unit, const QString& path)
    {
        // At most ten years of days either way: a term of 10^9 werkdagen would be counted day by day.
        const double number = value.toDouble(0);
        if (!value.isDouble() || number == 0 || std::abs(number) > 3660 || number != std::trunc(number) ||
            (number < 0 && unit == Offset::Unit::WorkingDays)) {
            fail(path,
                 RuleProfile::tr("must be a whole number other than 0 from -3660 to 3660 (negative only "
                                 "for days, weeks, months)"));
            return 0;
        }
        return int(number);
    }

    // A rule's "source": {"quote": "...", "where": "..."}; optional here, required by the
    // fidelity check (RuleProfile::unsourced), so a profile in progress still loads.
    RuleSource source(const QJsonObject& parent, const QString& path)
    {
        if (!parent.contains(u"source"))
            return {};
        const QJsonObject object = this->object(parent, QStringLiteral("source"), path, true);
        const QString sourcePath = path + QStringLiteral(".source");
        checkKeys(object, sourcePath,
                  {QStringLiteral("quote"), QStringLiteral("where"), QStringLiteral("note")});
        return {text(object, QStringLiteral("quote"), sourcePath, true),
                text(object, QStringLiteral("where"), sourcePath, true),
                text(object, QStringLiteral("note"), sourcePath, false)};
    }

    Offset offset(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonObject object = this->object(parent, key, path, true);
        const QString offsetPath = path + u'.' + key;
        if (object.size() != 1) {
            fail(offsetPath, RuleProfile::tr("must have exactly one of werkdagen, days, weeks, months"));
            return {};
        }
        const QString unit = object.begin().key();
        for (int i = 0; i < int(std::size(Offset::unitKeys)); ++i) {
            if (unit == QLatin1String(Offset::unitKeys[i]))
                return {Offset::Unit(i),
                        termLength(object.begin().value(), Offset::Unit(i), offsetPath + u'.' + unit)};
        }
        fail(offsetPath,
             RuleProfile::tr("unknown unit \"%1\" (use werkdagen, days, weeks or months)").arg(unit));
        return {};
    }

private:
    QString m_fileName;
    QStringList m_errors;
};

void readPhases(ProfileReader& reader, const QJsonObject& root, RuleProfile& profile)
{
    const QJsonArray phases = reader.array(root, QStringLiteral("phases"), QStringLiteral("$"));
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const QString path = QStringLiteral("$.phases[%1]").arg(i);
        const QJsonObject object = phases.at(i).toObject();
        reader.checkKeys(object, path,
                         {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("source")});
        PhaseDefinition phase{reader.text(object, QStringLiteral("id"), path, true),
                              reader.text(object, QStringLiteral("title"), path, true),
                              reader.source(object, path)};
        if (profile.phaseIndex(phase.id) >= 0)
            reader.fail(path + QStringLiteral(".id"),
                        RuleProfile::tr("phase \"%1\" is defined twice").arg(phase.id));
        profile.phases.append(phase);
    }
    if (profile.phases.size() > 64) // the engine keeps allowed phases as bits of one 64-bit word
        reader.fail(QStringLiteral("$.phases"), RuleProfile::tr("at most 64 phases are supported"));
}

void readEvents(ProfileReader& reader, const QJsonObject& root, RuleProfile& profile)
{
    const QJsonArray events = reader.array(root, QStringLiteral("events"), QStringLiteral("$"));
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString path = QStringLiteral("$.events[%1]").arg(i);
        const QJsonObject object = events.at(i).toObject();
        reader.checkKeys(object, path,
                         {QStringLiteral("type"), QStringLiteral("from"), QStringLiteral("to"),
                          QStringLiteral("requiresFlags"), QStringLiteral("forbidsFlags"),
                          QStringLiteral("fields"), QStringLiteral("values"),
                          QStringLiteral("requiresOmklap"), QStringLiteral("source"),
                          QStringLiteral("ageBelow"), QStringLiteral("notBefore")});
        EventRule rule;
        rule.source = reader.source(object, path);
        if (object.contains(u"ageBelow"))
            rule.ageBelow =
                reader.positiveNumber(object.value(u"ageBelow"), path + QStringLiteral(".ageBelow"));
        if (object.contains(u"notBefore")) {
            const QJsonObject notBefore = reader.object(object, QStringLiteral("notBefore"), path, true);
            const QString notBeforePath = path + QStringLiteral(".notBefore");
            reader.checkKeys(notBefore, notBeforePath, {QStringLiteral("event"), QStringLiteral("offset")});
            rule.notBeforeEvent = reader.text(notBefore, QStringLiteral("event"), notBeforePath, true);
            rule.notBeforeOffset = reader.offset(notBefore, QStringLiteral("offset"), notBeforePath);
        }
        rule.type = reader.text(object, QStringLiteral("type"), path, true);
        rule.fromPhases = reader.texts(object, QStringLiteral("from"), path, true);
        rule.toPhase = reader.text(object, QStringLiteral("to"), path, false);
        rule.requiresFlags = reader.texts(object, QStringLiteral("requiresFlags"), path, false);
        rule.forbidsFlags = reader.texts(object, QStringLiteral("forbidsFlags"), path, false);
        rule.requiredFields = reader.texts(object, QStringLiteral("fields"), path, false);
        const QJsonObject values = reader.object(object, QStringLiteral("values"), path, false);
        for (auto it = values.begin(); it != values.end(); ++it)
            rule.allowedValues.insert(it.key(),
                                      reader.texts(values, it.key(), path + QStringLiteral(".values"), true));
        rule.requiresOmklap = object.value(u"requiresOmklap").toBool(false);
        if (profile.eventRule(rule.type))
            reader.fail(path + QStringLiteral(".type"),
                        RuleProfile::tr("event \"%1\" is defined twice").arg(rule.type));
        for (const QString& phase :
             rule.fromPhases + (rule.toPhase.isEmpty() ? QStringList() : QStringList{rule.toPhase})) {
            if (profile.phaseIndex(phase) < 0)
                reader.fail(path, RuleProfile::tr("unknown phase \"%1\"").arg(phase));
        }
        profile.events.append(rule);
    }
}

void readFlags(ProfileReader& reader, const QJsonObject& root, RuleProfile& profile)
{
    const QJsonArray flags = reader.array(root, QStringLiteral("flags"), QStringLiteral("$"));
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const QString path = QStringLiteral("$.flags[%1]").arg(i);
        const QJsonObject object = flags.at(i).toObject();
        reader.checkKeys(object, path,
                         {QStringLiteral("id"), QStringLiteral("setBy"), QStringLiteral("clearedBy"),
                          QStringLiteral("internal"), QStringLiteral("source")});
        FlagRule flag{reader.text(object, QStringLiteral("id"), path, true),
                      reader.texts(object, QStringLiteral("setBy"), path, true),
                      reader.texts(object, QStringLiteral("clearedBy"), path, false),
                      object.value(u"internal").toBool(false), reader.source(object, path)};
        for (const QString& type : flag.setBy + flag.clearedBy) {
            if (!profile.eventRule(type))
                reader.fail(path, RuleProfile::tr("unknown event \"%1\"").arg(type));
        }
        profile.flags.append(flag);
    }
    if (profile.flags.size() > 64) // the engine keeps flags as bits of one 64-bit word
        reader.fail(QStringLiteral("$.flags"), RuleProfile::tr("at most 64 flags are supported"));
}

QList<ConditionalOffset> readConditionalOffsets(ProfileReader& reader, const QJsonObject& object,
                                                const QString& path)
{
    QList<ConditionalOffset> result;
    if (!object.contains(u"offsetWhen"))
        return result;
    const QJsonArray conditions = reader.array(object, QStringLiteral("offsetWhen"), path);
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const QString conditionPath = QStringLiteral("%1.offsetWhen[%2]").arg(path).arg(i);
        const QJsonObject condition = conditions.at(i).toObject();
        reader.checkKeys(
            condition, conditionPath,
            {QStringLiteral("huishouden"), QStringLiteral("leeftijd"), QStringLiteral("offset")});
        ConditionalOffset conditional;
        for (const QString& code :
             reader.texts(condition, QStringLiteral("huishouden"), conditionPath, false)) {
            if (const auto household = householdFromCode(code))
                conditional.households << *household;
            else
                reader.fail(conditionPath + QStringLiteral(".huishouden"),
                            RuleProfile::tr("unknown household \"%1\"").arg(code));
        }
        if (condition.contains(u"leeftijd")) {
            const QJsonArray ages = condition.value(u"leeftijd").toArray();
            if (ages.size() != 2)
                reader.fail(conditionPath + QStringLiteral(".leeftijd"),
                            RuleProfile::tr("must be [lowest, highest] age"));
            else {
                conditional.minimumAge =
                    reader.positiveNumber(ages.at(0), conditionPath + QStringLiteral(".leeftijd[0]"));
                conditional.maximumAge =
                    reader.positiveNumber(ages.at(1), conditionPath + QStringLiteral(".leeftijd[1]"));
            }
        }
        conditional.offset = reader.offset(condition, QStringLiteral("offset"), conditionPath);
        result << conditional;
    }
    return result;
}

void readDeadlines(ProfileReader& reader, const QJsonObject& root, RuleProfile& profile)
{
    const QJsonArray deadlines = reader.array(root, QStringLiteral("deadlines"), QStringLiteral("$"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < deadlines.size(); ++i) {
        const QString path = QStringLiteral("$.deadlines[%1]").arg(i);
        const QJsonObject object = deadlines.at(i).toObject();
        reader.checkKeys(
            object, path,
            {QStringLiteral("id"), QStringLiteral("rule"), QStringLiteral("anchor"), QStringLiteral("ref"),
             QStringLiteral("offset"), QStringLiteral("offsetWhen"), QStringLiteral("satisfiedBy"),
             QStringLiteral("satisfiedWhere"), QStringLiteral("cancelledBy"), QStringLiteral("recurring"),
             QStringLiteral("agreedDateField"), QStringLiteral("satisfiedCount"),
             QStringLiteral("satisfiedFromStart"), QStringLiteral("source"), QStringLiteral("agreedBy"),
             QStringLiteral("alternative"), QStringLiteral("missedStays")});
        DeadlineRule rule;
        rule.source = reader.source(object, path);
        rule.agreedBy = reader.texts(object, QStringLiteral("agreedBy"), path, false);
        rule.missedStays = object.value(u"missedStays").toBool(false);
        if (object.contains(u"alternative")) {
            const QJsonObject alternative = reader.object(object, QStringLiteral("alternative"), path, true);
            const QString alternativePath = path + QStringLiteral(".alternative");
            reader.checkKeys(alternative, alternativePath,
                             {QStringLiteral("rule"), QStringLiteral("offset"), QStringLiteral("source")});
            AlternativeReading reading;
            reading.citation = reader.text(alternative, QStringLiteral("rule"), alternativePath, true);
            if (alternative.contains(u"offset"))
                reading.offset = reader.offset(alternative, QStringLiteral("offset"), alternativePath);
            reading.source = reader.source(alternative, alternativePath);
            rule.alternative = reading;
        }
        rule.id = reader.text(object, QStringLiteral("id"), path, true);
        if (ids.contains(rule.id))
            reader.fail(path + QStringLiteral(".id"),
                        RuleProfile::tr("deadline \"%1\" is defined twice").arg(rule.id));
        ids.insert(rule.id);
        rule.citation = reader.text(object, QStringLiteral("rule"), path, true);

        const QJsonObject anchor = reader.object(object, QStringLiteral("anchor"), path, true);
        reader.checkKeys(anchor, path + QStringLiteral(".anchor"),
                         {QStringLiteral("event"), QStringLiteral("dateField"), QStringLiteral("where"),
                          QStringLiteral("unless"), QStringLiteral("whenDateMissing")});
        rule.anchorEvent =
            reader.text(anchor, QStringLiteral("event"), path + QStringLiteral(".anchor"), true);
        rule.anchorDateField =
            reader.text(anchor, QStringLiteral("dateField"), path + QStringLiteral(".anchor"), false);
        rule.anchorWhere =
            reader.object(anchor, QStringLiteral("where"), path + QStringLiteral(".anchor"), false);
        rule.anchorUnless =
            reader.object(anchor, QStringLiteral("unless"), path + QStringLiteral(".anchor"), false);
        const QString missing =
            reader.text(anchor, QStringLiteral("whenDateMissing"), path + QStringLiteral(".anchor"), false);
        if (!missing.isEmpty() && missing != u"no_term" && missing != u"due_at_anchor")
            reader.fail(path + QStringLiteral(".anchor.whenDateMissing"),
                        RuleProfile::tr("must be no_term or due_at_anchor"));
        rule.dueAtAnchorWhenDateMissing = missing == u"due_at_anchor";

        rule.refField = reader.text(object, QStringLiteral("ref"), path, false);
        rule.offset = reader.offset(object, QStringLiteral("offset"), path);
        rule.offsetWhen = readConditionalOffsets(reader, object, path);
        rule.satisfiedBy = reader.texts(object, QStringLiteral("satisfiedBy"), path, true);
        rule.satisfiedWhere = reader.object(object, QStringLiteral("satisfiedWhere"), path, false);
        rule.cancelledBy = reader.texts(object, QStringLiteral("cancelledBy"), path, false);
        rule.recurring = object.value(u"recurring").toBool(false);
        rule.agreedDateField = reader.text(object, QStringLiteral("agreedDateField"), path, false);
        if (object.contains(u"satisfiedCount"))
            rule.satisfiedCount = reader.positiveNumber(object.value(u"satisfiedCount"),
                                                        path + QStringLiteral(".satisfiedCount"));
        rule.satisfiedFromStart = object.value(u"satisfiedFromStart").toBool(false);
        if (rule.offset.amount < 0 && rule.anchorDateField.isEmpty())
            reader.fail(
                path + QStringLiteral(".offset"),
                RuleProfile::tr(
                    "a term before the anchor needs anchor.dateField (the date it counts back from)"));

        for (const QString& type :
             QStringList{rule.anchorEvent} + rule.satisfiedBy + rule.cancelledBy + rule.agreedBy) {
            if (!type.isEmpty() && !profile.eventRule(type))
                reader.fail(path, RuleProfile::tr("unknown event \"%1\"").arg(type));
        }
        profile.deadlines.append(rule);
    }
}

void readOmklap(ProfileReader& reader, const QJsonObject& root, RuleProfile& profile)
{
    if (!root.contains(u"omklap") || root.value(u"omklap").isNull())
        return;
    const QString path = QStringLiteral("$.omklap");
    const QJsonObject object = reader.object(root, QStringLiteral("omklap"), QStringLiteral("$"), true);
    reader.checkKeys(object, path,
                     {QStringLiteral("clockStartsAt"), QStringLiteral("clockRestartedBy"),
                      QStringLiteral("minimumMonths"), QStringLiteral("overlastWindowMonths"),
                      QStringLiteral("sources")});
    OmklapRule omklap;
    omklap.clockStartsAt = reader.text(object, QStringLiteral("clockStartsAt"), path, true);
    omklap.clockRestartedBy = reader.texts(object, QStringLiteral("clockRestartedBy"), path, false);
    omklap.minimumMonths =
        reader.positiveNumber(object.value(u"minimumMonths"), path + QStringLiteral(".minimumMonths"));
    omklap.overlastWindowMonths = object.contains(u"overlastWindowMonths")
                                      ? reader.positiveNumber(object.value(u"overlastWindowMonths"),
                                                              path + QStringLiteral(".overlastWindowMonths"))
                                      : 0;
    const QJsonObject sources = reader.object(object, QStringLiteral("sources"), path, false);
    const QStringList codes = omklap.conditionCodes();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        if (!codes.contains(it.key()))
            reader.fail(
                path + QStringLiteral(".sources"),
                RuleProfile::tr("unknown condition \"%1\" (known: %2)").arg(it.key(), codes.join(u", ")));
        else
            omklap.sources.insert(it.key(), reader.source(QJsonObject{{QStringLiteral("source"), it.value()}},
                                                          path + QStringLiteral(".sources.") + it.key()));
    }
    for (const QString& type : QStringList{omklap.clockStartsAt} + omklap.clockRestartedBy) {
        if (!profile.eventRule(type))
            reader.fail(path, RuleProfile::tr("unknown event \"%1\"").arg(type));
    }
    profile.omklap = omklap;
}

void checkFlagReferences(ProfileReader& reader, const RuleProfile& profile)
{
    for (qsizetype i = 0; i < profile.events.size(); ++i) {
        const EventRule& rule = profile.events.at(i);
        if (!rule.notBeforeEvent.isEmpty() && !profile.eventRule(rule.notBeforeEvent))
            reader.fail(QStringLiteral("$.events[%1].notBefore").arg(i),
                        RuleProfile::tr("unknown event \"%1\"").arg(rule.notBeforeEvent));
        for (const QString& flag : rule.requiresFlags + rule.forbidsFlags) {
            if (profile.flagIndex(flag) < 0)
                reader.fail(QStringLiteral("$.events[%1]").arg(i),
                            RuleProfile::tr("unknown flag \"%1\"").arg(flag));
        }
    }
}

} // namespace

const EventRule* RuleProfile::eventRule(const QString& type) const
{
    for (const EventRule& rule : events) {
        if (rule.type == type)
            return &rule;
    }
    return nullptr;
}

int RuleProfile::flagIndex(const QString& flagId) const
{
    for (qsizetype i = 0; i < flags.size(); ++i) {
        if (flags.at(i).id == flagId)
            return int(i);
    }
    return -1;
}

int RuleProfile::phaseIndex(const QString& phaseId) const
{
    for (qsizetype i = 0; i < phases.size(); ++i) {
        if (phases.at(i).id == phaseId)
            return int(i);
    }
    return -1;
}

Result<RuleProfile> RuleProfile::fromJson(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<RuleProfile>::failure(tr("%1: not valid JSON at character %2: %3")
                                                .arg(fileName)
                                                .arg(parseError.offset)
                                                .arg(parseError.errorString()));
    if (!document.isObject())
        return Result<RuleProfile>::failure(tr("%1: $: must be an object").arg(fileName));

    ProfileReader reader(fileName);
    const QJsonObject root = document.object();
    reader.checkKeys(root, QStringLiteral("$"),
                     {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("title"),
                      QStringLiteral("source"), QStringLiteral("phases"), QStringLiteral("initialPhase"),
                      QStringLiteral("endingEvents"), QStringLiteral("events"), QStringLiteral("flags"),
                      QStringLiteral("deadlines"), QStringLiteral("omklap"), QStringLiteral("region"),
                      QStringLiteral("validFrom")});
    if (root.value(u"format").toInt() != 1)
        reader.fail(QStringLiteral("$.format"), tr("must be 1 (this program reads rule profile format 1)"));

    RuleProfile profile;
    profile.id = reader.text(root, QStringLiteral("id"), QStringLiteral("$"), true);
    profile.title = reader.text(root, QStringLiteral("title"), QStringLiteral("$"), true);
    profile.source = reader.text(root, QStringLiteral("source"), QStringLiteral("$"), true);
    profile.region = reader.text(root, QStringLiteral("region"), QStringLiteral("$"), false);
    if (profile.region.isEmpty())
        profile.region = profile.id; // a profile of its own: one edition, always in force
    if (root.contains(u"validFrom")) {
        profile.validFrom = QDate::fromString(root.value(u"validFrom").toString(), Qt::ISODate);
        if (!profile.validFrom.isValid())
            reader.fail(QStringLiteral("$.validFrom"), tr("must be a date of the form YYYY-MM-DD"));
    }
    readPhases(reader, root, profile);
    profile.initialPhase = reader.text(root, QStringLiteral("initialPhase"), QStringLiteral("$"), true);
    if (!profile.initialPhase.isEmpty() && profile.phaseIndex(profile.initialPhase) < 0)
        reader.fail(QStringLiteral("$.initialPhase"), tr("unknown phase \"%1\"").arg(profile.initialPhase));
    readEvents(reader, root, profile);
    profile.endingEvents = reader.texts(root, QStringLiteral("endingEvents"), QStringLiteral("$"), false);
    for (const QString& type : profile.endingEvents) {
        if (!profile.eventRule(type))
            reader.fail(QStringLiteral("$.endingEvents"), tr("unknown event \"%1\"").arg(type));
    }
    readFlags(reader, root, profile);
    checkFlagReferences(reader, profile);
    readDeadlines(reader, root, profile);
    readOmklap(reader, root, profile);

    if (!reader.errors().isEmpty())
        return Result<RuleProfile>::failure(reader.errors());
    return profile;
}

Result<RuleProfile> RuleProfile::builtIn(const QString& profileId)
{
    QFile file(QStringLiteral(":/rules/%1.json").arg(profileId));
    if (!file.open(QIODevice::ReadOnly))
        return Result<RuleProfile>::failure(
            tr("Unknown rule profile \"%1\"; known profiles: %2.").arg(profileId, builtInIds().join(u", ")));
    return fromJson(file.readAll(), QStringLiteral("%1.json").arg(profileId));
}

QStringList OmklapRule::conditionCodes() const
{
    QStringList codes{QStringLiteral("minimum_duur"), QStringLiteral("woonevaluatie_ontbreekt"),
                      QStringLiteral("doelen_niet_behaald")};
    codes << (overlastWindowMonths > 0 ? QStringLiteral("overlast_afgelopen_jaar")
                                       : QStringLiteral("overlast_niet_opgelost"));
    codes << QStringLiteral("woonfraude") << QStringLiteral("toestemming_ingetrokken")
          << QStringLiteral("duurzame_verhuur");
    return codes;
}

QStringList RuleProfile::unsourced() const
{
    QStringList missing;
    for (qsizetype i = 0; i < phases.size(); ++i) {
        if (phases.at(i).source.isEmpty())
            missing << QStringLiteral("$.phases[%1] (%2)").arg(i).arg(phases.at(i).id);
    }
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).source.isEmpty())
            missing << QStringLiteral("$.events[%1] (%2)").arg(i).arg(events.at(i).type);
    }
    for (qsizetype i = 0; i < flags.size(); ++i) {
        if (flags.at(i).source.isEmpty())
            missing << QStringLiteral("$.flags[%1] (%2)").arg(i).arg(flags.at(i).id);
    }
    for (qsizetype i = 0; i < deadlines.size(); ++i) {
        if (deadlines.at(i).source.isEmpty())
            missing << QStringLiteral("$.deadlines[%1] (%2)").arg(i).arg(deadlines.at(i).id);
        if (deadlines.at(i).alternative && deadlines.at(i).alternative->source.isEmpty())
            missing << QStringLiteral("$.deadlines[%1].alternative (%2)").arg(i).arg(deadlines.at(i).id);
    }
    if (omklap) {
        for (const QString& code : omklap->conditionCodes()) {
            if (omklap->sources.value(code).isEmpty())
                missing << QStringLiteral("$.omklap.sources.%1").arg(code);
        }
    }
    return missing;
}

QStringList RuleProfile::builtInIds()
{
    QStringList ids;
    for (const QString& name :
         QDir(QStringLiteral(":/rules")).entryList({QStringLiteral("*.json")}, QDir::Files))
        ids << name.chopped(5);
    return ids;
}
