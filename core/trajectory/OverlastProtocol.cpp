#include "trajectory/OverlastProtocol.h"

#include <QSet>

#include <algorithm>

QString OverlastProtocol::nextMeldingId(const QList<TrajectoryEvent>& events)
{
    QSet<QString> taken;
    for (const TrajectoryEvent& event : events) {
        if (event.type == u"overlast_gemeld")
            taken.insert(event.fields.text(u"id"));
    }
    QString id;
    for (int number = 1; id.isEmpty() || taken.contains(id); ++number)
        id = QStringLiteral("m%1").arg(number);
    return id;
}

QString OverlastProtocol::actionTitle(int action)
{
    // Bijlage 1 (Tien werkafspraken), the headings of the six actions: document wording, Dutch.
    static const QStringList titles{
        QStringLiteral("binnen twee werkdagen contact opnemen met de woningcorporatie"),
        QStringLiteral("oordeel 1e keer overlast: bewust/onbewust en terecht/onterecht"),
        QStringLiteral("herhaalde terechte klacht: waarschuwingsgesprek en -brief"),
        QStringLiteral("voortduring en waarschuwingsbrief"),
        QStringLiteral("voortduring en sommatiebrief"),
        QStringLiteral("voortduring en ontbinding zorgovereenkomst en gebruik van de woning"),
    };
    return action >= 1 && action <= titles.size() ? titles.at(action - 1) : QString();
}

OverlastProtocol::OverlastProtocol(QList<Melding> meldingen)
    : m_meldingen(std::move(meldingen))
{
    for (qsizetype i = 0; i < m_meldingen.size(); ++i)
        index(i);
}

void OverlastProtocol::index(qsizetype position)
{
    const Melding& melding = m_meldingen.at(position);
    m_indexOf.insert(melding.id, position);
    if (melding.isBeoordeeld() && melding.countsAgainstDeelnemer())
        m_justified.insert({melding.gemeldOp, melding.id}, true);
    for (const int action : melding.acties) {
        if (action >= 1 && action <= 6)
            ++m_actionsTaken[size_t(action)];
    }
}

Melding* OverlastProtocol::find(const QString& id)
{
    const auto found = m_indexOf.constFind(id);
    return found == m_indexOf.cend() ? nullptr : &m_meldingen[*found];
}

bool OverlastProtocol::hadJustifiedComplaintBefore(const QDate& date, const QString& exceptId) const
{
    // The earliest justified complaints, in order of reporting: the first that is not `exceptId`.
    for (auto it = m_justified.cbegin(); it != m_justified.cend(); ++it) {
        if (it.key().second != exceptId)
            return it.key().first <= date;
    }
    return false;
}

void OverlastProtocol::judge(Melding& melding, const QString& gedrag, const QString& klacht,
                             const QString& veroorzaker, const QDate& on)
{
    m_justified.remove({melding.gemeldOp, melding.id}); // a second judgement replaces the first
    melding.beoordeeldOp = on;
    melding.gedrag = gedrag;
    melding.klacht = klacht;
    melding.veroorzaker = veroorzaker;
    if (melding.countsAgainstDeelnemer())
        m_justified.insert({melding.gemeldOp, melding.id}, true);
}

QString OverlastProtocol::apply(const TrajectoryEvent& event)
{
    const QString id = event.fields.text(u"id");
    if (event.type == u"overlast_gemeld") {
        if (find(id))
            return tr("melding \"%1\" already exists; give a new complaint its own id").arg(id);
        Melding melding;
        melding.id = id;
        melding.gemeldOp = event.date;
        melding.categorie = hadJustifiedComplaintBefore(event.date, id) ? 2 : 1;
        m_meldingen.append(melding);
        index(m_meldingen.size() - 1);
        return {};
    }

    Melding* melding = find(id);
    if (!melding)
        return tr("unknown melding \"%1\" (no overlast_gemeld with this id before it)").arg(id);
    if (melding->isOpgelost())
        return tr("melding \"%1\" was already resolved on %2")
            .arg(id, melding->opgelostOp.toString(Qt::ISODate));

    if (event.type == u"overlast_beoordeeld") {
        const QString gedrag = event.text(QStringLiteral("gedrag"));
        const QString klacht = event.text(QStringLiteral("klacht"));
        const QString veroorzaker = event.text(QStringLiteral("veroorzaker"));
        if (gedrag != u"bewust" && gedrag != u"onbewust")
            return tr("gedrag must be bewust or onbewust, not \"%1\"").arg(gedrag);
        if (klacht != u"terecht" && klacht != u"onterecht")
            return tr("klacht must be terecht or onterecht, not \"%1\"").arg(klacht);
        if (veroorzaker != u"deelnemer" && veroorzaker != u"buren")
            return tr("veroorzaker must be deelnemer or buren, not \"%1\"").arg(veroorzaker);
        judge(*melding, gedrag, klacht, veroorzaker, event.date);
        return {};
    }

    if (event.type == u"overlast_actie") {
        const QJsonValue value = event.fields.value(u"actie");
        const int action = value.toInt(0);
        if (!value.isDouble() || action < 1 || action > 6 || value.toDouble() != action)
            return tr("actie must be a number from 1 to 6");
        if (melding->acties.contains(action))
            return tr("actie %1 was already taken for melding \"%2\"").arg(action).arg(id);
        if (action == 3 && !(melding->isBeoordeeld() && melding->countsAgainstDeelnemer() &&
                             hadJustifiedComplaintBefore(melding->gemeldOp, id)))
            return tr("actie 3 (waarschuwingsgesprek) is for a repeated justified complaint about the "
                      "participant: melding \"%1\" must be judged terecht and caused by the participant, "
                      "after an "
                      "earlier justified complaint")
                .arg(id);
        if (action >= 4 && !actionTaken(action - 1))
            return tr("actie %1 cannot come before actie %2").arg(action).arg(action - 1);
        melding->acties.append(action);
        ++m_actionsTaken[size_t(action)];
        return {};
    }

    if (event.type == u"overlast_navraag_gedaan") {
        if (!melding->isBeoordeeld())
            return tr("melding \"%1\" has not been judged yet (overlast_beoordeeld)").arg(id);
        melding->navraagOp = event.date;
        return {};
    }

    if (event.type == u"overlast_opgelost") {
        melding->opgelostOp = event.date;
        return {};
    }
    return tr("unknown overlast event");
}
