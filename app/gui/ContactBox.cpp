#include "ContactBox.h"

#include <QFormLayout>
#include <QLineEdit>

ContactBox::ContactBox(const QString& party, const QString& title, QWidget* parent)
    : QGroupBox(title, parent)
    , m_party(party)
{
    auto* form = new QFormLayout(this);
    const QList<std::pair<const char*, QString>> fields{{"naam", tr("Name:")},
                                                        {"functie", tr("Function:")},
                                                        {"telefoon", tr("Telephone:")},
                                                        {"email", tr("E-mail:")}};
    for (const auto& [field, label] : fields) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(party + u'.' + QString::fromLatin1(field));
        form->addRow(label, edit);
    }
}

QLineEdit* ContactBox::line(const QString& field) const
{
    return findChild<QLineEdit*>(m_party + u'.' + field);
}

ContactPerson ContactBox::contact() const
{
    return ContactPerson{m_party, line(QStringLiteral("naam"))->text().trimmed(),
                         line(QStringLiteral("functie"))->text().trimmed(),
                         line(QStringLiteral("telefoon"))->text().trimmed(),
                         line(QStringLiteral("email"))->text().trimmed()};
}

bool ContactBox::isEmpty() const
{
    const ContactPerson typed = contact();
    return typed.naam.isEmpty() && typed.functie.isEmpty() && typed.telefoon.isEmpty() &&
           typed.email.isEmpty();
}
