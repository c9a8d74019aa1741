#include "trajectory/CompiledProfile.h"

#include "trajectory/EventTypeRegistry.h"

namespace {

quint64 flagBits(const RuleProfile& profile, const QStringList& flags)
{
    quint64 bits = 0;
    for (const QString& flag : flags)
        bits |= CompiledProfile::bit(profile.flagIndex(flag));
    return bits;
}

QList<CompiledProfile::FieldCondition> conditions(const QJsonObject& object)
{
    QList<CompiledProfile::FieldCondition> result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.append({it.key(), EventFields::textOf(it.value())});
    return result;
}

std::vector<bool> typeTable(const CompiledProfile& compiled, const QStringList& types, qsizetype size)
{
    std::vector<bool> table(size_t(size), false);
    for (const QString& type : types)
        table[size_t(compiled.indexOf(type))] = true;
    return table;
}

} // namespace

CompiledProfile CompiledProfile::from(const RuleProfile& profile)
{
    CompiledProfile compiled;
    const qsizetype eventCount = profile.events.size();
    for (qsizetype i = 0; i < eventCount; ++i) {
        const EventRule& rule = profile.events.at(i);
        compiled.eventIndex.insert(rule.type, int(i));
        const int typeId = EventTypeRegistry::idOf(rule.type);
        if (compiled.indexByTypeId.size() <= typeId)
            compiled.indexByTypeId.resize(typeId + 1, -1);
        compiled.indexByTypeId[typeId] = int(i);
        EventBits bits;
        bits.requires_ = flagBits(profile, rule.requiresFlags);
        bits.forbids = flagBits(profile, rule.forbidsFlags);
        for (const QString& phase : rule.fromPhases)
            bits.fromPhases |= bit(profile.phaseIndex(phase));
        bits.toPhase = rule.toPhase.isEmpty() ? -1 : profile.phaseIndex(rule.toPhase);
        if (rule.type.startsWith(u"doel_"))
            bits.roles |= GoalEvent;
        if (rule.type.startsWith(u"overlast_"))
            bits.roles |= OverlastEvent;
        if (profile.omklap && rule.type == profile.omklap->clockStartsAt)
            bits.roles |= StartsOmklapClock;
        if (profile.omklap && profile.omklap->clockRestartedBy.contains(rule.type))
            bits.roles |= RestartsOmklapClock;
        if (rule.type == u"woonevaluatie_gehouden")
            bits.roles |= Woonevaluatie;
        if (rule.type == u"toestemming_gegeven")
            bits.roles |= ConsentGiven;
        compiled.eventBits.append(bits); // sets and clears follow from the flags below
    }
    for (qsizetype f = 0; f < profile.flags.size(); ++f) {
        const FlagRule& flag = profile.flags.at(f);
        for (const QString& type : flag.setBy)
            compiled.eventBits[compiled.indexOf(type)].sets |= bit(int(f));
        for (const QString& type : flag.clearedBy)
            compiled.eventBits[compiled.indexOf(type)].clears |= bit(int(f));
    }
    // A date field is checked where the rules read it (an anchor's dateField, an agreed date on a
    // satisfying event) or where the event requires it; elsewhere it has no effect.
    for (const DeadlineRule& rule : profile.deadlines) {
        if (!rule.anchorDateField.isEmpty())
            compiled.eventBits[compiled.indexOf(rule.anchorEvent)].dateFields << rule.anchorDateField;
        for (const QString& type : rule.satisfiedBy + rule.agreedBy) {
            if (!rule.agreedDateField.isEmpty())
                compiled.eventBits[compiled.indexOf(type)].dateFields << rule.agreedDateField;
        }
    }
    for (qsizetype i = 0; i < eventCount; ++i) {
        for (const QString& field : profile.events.at(i).requiredFields) {
            if (field.endsWith(u"_op"))
                compiled.eventBits[i].dateFields << field;
        }
        compiled.eventBits[i].dateFields.removeDuplicates();
    }

    compiled.ends = typeTable(compiled, profile.endingEvents, eventCount);
    compiled.deadlinesAnchoredOn.resize(eventCount);
    for (const DeadlineRule& rule : profile.deadlines) {
        compiled.deadlinesAnchoredOn[compiled.indexOf(rule.anchorEvent)].append(
            int(compiled.deadlines.size()));
        compiled.deadlines.append(DeadlineTypes{
            compiled.indexOf(rule.anchorEvent), typeTable(compiled, rule.satisfiedBy, eventCount),
            typeTable(compiled, rule.cancelledBy, eventCount), typeTable(compiled, rule.agreedBy, eventCount),
            conditions(rule.anchorWhere), conditions(rule.anchorUnless), conditions(rule.satisfiedWhere)});
    }
    for (const EventRule& rule : profile.events)
        compiled.notBefore.append(
            NotBefore{rule.notBeforeEvent.isEmpty() ? -1 : compiled.indexOf(rule.notBeforeEvent),
                      rule.notBeforeOffset});
    return compiled;
}
