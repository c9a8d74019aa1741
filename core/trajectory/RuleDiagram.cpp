#include "trajectory/RuleDiagram.h"

namespace {

QStringList eventsStayingIn(const RuleProfile& profile, const QString& phase)
{
    QStringList types;
    for (const EventRule& rule : profile.events) {
        if (rule.toPhase.isEmpty() && rule.fromPhases.contains(phase))
            types << rule.type;
    }
    return types;
}

} // namespace

QString RuleDiagram::dot(const RuleProfile& profile)
{
    QString out = QStringLiteral("digraph \"%1\" {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n")
                      .arg(profile.id);
    for (const PhaseDefinition& phase : profile.phases)
        out += QStringLiteral("  %1 [label=\"%1\\n%2\"];\n").arg(phase.id, phase.title);
    for (const EventRule& rule : profile.events) {
        if (rule.toPhase.isEmpty())
            continue;
        for (const QString& from : rule.fromPhases)
            out += QStringLiteral("  %1 -> %2 [label=\"%3\"];\n").arg(from, rule.toPhase, rule.type);
    }
    return out + QStringLiteral("}\n");
}

QString RuleDiagram::mermaid(const RuleProfile& profile)
{
    QString out = QStringLiteral("stateDiagram-v2\n    [*] --> %1\n").arg(profile.initialPhase);
    for (const EventRule& rule : profile.events) {
        if (rule.toPhase.isEmpty())
            continue;
        for (const QString& from : rule.fromPhases)
            out += QStringLiteral("    %1 --> %2: %3\n").arg(from, rule.toPhase, rule.type);
    }
    for (const PhaseDefinition& phase : profile.phases) {
        const QStringList staying = eventsStayingIn(profile, phase.id);
        if (!staying.isEmpty())
            out += QStringLiteral("    note right of %1: %2\n")
                       .arg(phase.id, staying.join(QStringLiteral(", ")));
    }
    return out;
}
