#include "RestoreBackupDialog.h"

#include "PageStyle.h"
#include "PassphraseWidgets.h"
#include "common/DateText.h"

#include "Questions.h"
#include "store/StoreSession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

RestoreBackupDialog::RestoreBackupDialog(StoreSession& session, const QString& storePath, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_storePath(storePath)
    , m_backups(new QListWidget(this))
    , m_passphrase(createPassphraseEdit(QStringLiteral("backupPassphrase"), this))
    , m_problem(createProblemLabel(this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore backup"));
    const StoreBackups backups(storePath);
    for (const StoreBackups::Backup& backup : backups.list()) {
        auto* item = new QListWidgetItem(tr("%1 (%2 KiB)")
                                             .arg(DateText::momentWithSeconds(backup.madeAt))
                                             .arg(QFileInfo(backup.path).size() / 1024),
                                         m_backups);
        item->setData(Qt::UserRole, backup.path);
        item->setData(Qt::UserRole + 1, backup.madeAt);
    }
    m_backups->setObjectName(QStringLiteral("backupList"));
    m_backups->setCurrentRow(0);

    auto* explanation = new QLabel(
        tr("Backups of %1, newest first. The backup you choose takes the place of the case file; the current "
           "file is kept beside the backups, so nothing is thrown away.")
            .arg(QDir::toNativeSeparators(storePath)),
        this);
    explanation->setWordWrap(true);
    if (m_backups->count() == 0)
        m_problem->setText(tr("There are no backups of this case file in %1.")
                               .arg(QDir::toNativeSeparators(backups.folder())));

    auto* form = new QFormLayout;
    auto* listLabel = new QLabel(tr("&Backup:"), this);
    listLabel->setBuddy(m_backups);
    form->addRow(listLabel, m_backups);
    auto* passphraseLabel = new QLabel(tr("&Passphrase of the backup:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    form->addRow(passphraseLabel, m_passphrase);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restoreButton = buttons->addButton(tr("&Restore..."), QDialogButtonBox::AcceptRole);
    restoreButton->setObjectName(QStringLiteral("restoreButton"));
    restoreButton->setEnabled(m_backups->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::restore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_passphrase->setFocus();
}

bool RestoreBackupDialog::hasBackups() const
{
    return m_backups->count() > 0;
}

void RestoreBackupDialog::restore()
{
    const QListWidgetItem* item = m_backups->currentItem();
    if (!item)
        return;
    if (m_passphrase->text().isEmpty()) {
        m_problem->setText(tr("Type the passphrase of the backup (the one in use when it was made)."));
        m_passphrase->setFocus();
        return;
    }
    const StoreBackups::Backup backup{item->data(Qt::UserRole).toString(),
                                      item->data(Qt::UserRole + 1).toDateTime(), QString()};
    const auto answer = Questions::ask(
        this, tr("Restore backup"),
        tr("Put the backup of %1 in place of the case file? Everything recorded after that moment is then "
           "no longer in the case file; the current file is kept in the backups folder.")
            .arg(DateText::moment(backup.madeAt)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const StoreSession::Outcome outcome =
        m_session.restore(m_storePath, backup, takePassphrase(m_passphrase));
    QApplication::restoreOverrideCursor();
    if (!outcome.ok) {
        m_problem->setText(outcome.message);
        m_passphrase->setFocus();
        return;
    }
    m_outcome = outcome.message;
    accept();
}
