#include "StoreOverviewPage.h"

#include "PageStyle.h"
#include "common/DateText.h"

#include "store/StoreBackups.h"
#include "store/StoreSession.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace {

qint64 countOf(const QSqlDatabase& database, const QString& table)
{
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace

StoreOverviewPage::StoreOverviewPage(StoreSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_contents(new QLabel(this))
    , m_backup(new QLabel(this))
    , m_security(new QLabel(this))
{
    setObjectName(QStringLiteral("storeOverviewPage"));
    styleAsHeading(m_heading, 1.5);
    auto* layout = new QVBoxLayout(this);
    for (QLabel* label : {m_heading, m_contents, m_backup, m_security}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    layout->setContentsMargins(0, 0, 0, 0);
}

void StoreOverviewPage::refresh(int autoLockMinutes)
{
    m_autoLockMinutes = autoLockMinutes;
    if (m_session.state() != StoreSession::State::Unlocked)
        return;
    const QSqlDatabase database = m_session.database();
    m_heading->setText(QFileInfo(m_session.path()).completeBaseName());
    m_contents->setText(
        tr("%n participant(s) in %1.", nullptr, int(countOf(database, QStringLiteral("participant"))))
            .arg(QDir::toNativeSeparators(m_session.path())));
    const std::optional<StoreBackups::Backup> latest = StoreBackups(m_session.path()).latest();
    m_backup->setText(latest ? tr("Latest backup: %1, in %2.")
                                   .arg(DateText::moment(latest->madeAt),
                                        QDir::toNativeSeparators(StoreBackups(m_session.path()).folder()))
                             : tr("There is no backup yet."));
    m_security->setText(
        tr("The case file locks itself after %n minute(s) without use; Ctrl+L locks it at once.", nullptr,
           m_autoLockMinutes));
}

QString StoreOverviewPage::summary() const
{
    return QStringList{m_heading->text(), m_contents->text(), m_backup->text(), m_security->text()}.join(
        u'\n');
}

void StoreOverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(m_autoLockMinutes);
    QWidget::changeEvent(event);
}
