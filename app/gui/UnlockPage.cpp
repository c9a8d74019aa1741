#include "UnlockPage.h"

#include "PageStyle.h"
#include "PassphraseWidgets.h"

#include "store/StoreSession.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UnlockPage::UnlockPage(StoreSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_file(new QLabel(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(createPassphraseEdit(QStringLiteral("unlockPassphrase"), this))
    , m_problem(createProblemLabel(this))
    , m_submit(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_otherFile(new QPushButton(this))
{
    setObjectName(QStringLiteral("unlockPage"));
    auto* icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 4;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/thuisindewijk.svg")).pixmap(QSize(iconSize, iconSize)));
    icon->setAlignment(Qt::AlignHCenter);
    styleAsHeading(m_heading, 1.5);
    m_heading->setAlignment(Qt::AlignHCenter);
    m_file->setAlignment(Qt::AlignHCenter);
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_problem->setAccessibleName(tr("Problem"));
    m_submit->setObjectName(QStringLiteral("unlockButton"));
    m_submit->setDefault(true);
    m_submit->setAutoDefault(true);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->hide();
    m_otherFile->setObjectName(QStringLiteral("otherFileButton"));

    auto* form = new QVBoxLayout;
    form->addWidget(m_passphraseLabel);
    auto* row = new QHBoxLayout;
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_submit);
    form->addLayout(row);
    form->addWidget(m_problem);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_restore);
    actions->addStretch(1);
    actions->addWidget(m_otherFile);
    form->addLayout(actions);

    auto* column = new QWidget(this);
    column->setLayout(form);
    column->setFixedWidth(fontMetrics().averageCharWidth() * 64); // room for a message of a few lines

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(m_heading);
    layout->addWidget(m_file);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_submit, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(m_restore, &QPushButton::clicked, this, [this] { emit restoreRequested(m_path); });
    connect(m_otherFile, &QPushButton::clicked, this, &UnlockPage::otherFileRequested);
    retranslate();
}

void UnlockPage::showFor(const QString& path, Mode mode)
{
    m_path = path;
    m_mode = mode;
    showProblem(QString());
    m_restore->hide();
    m_passphrase->clear();
    retranslate();
    m_passphrase->setFocus();
}

void UnlockPage::showDamaged(const QString& path, const QString& message)
{
    showFor(path, Mode::Open);
    showProblem(message);
    m_restore->setVisible(true);
}

QString UnlockPage::problem() const
{
    return m_problem->text();
}

void UnlockPage::submit()
{
    if (m_passphrase->text().isEmpty()) {
        showProblem(tr("Type the passphrase of this case file."));
        m_passphrase->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // the key derivation takes about a second
    const SecretBytes passphrase = takePassphrase(m_passphrase);
    const StoreSession::Outcome outcome =
        m_mode == Mode::Unlock ? m_session.unlock(passphrase) : m_session.open(m_path, passphrase);
    QApplication::restoreOverrideCursor();
    if (outcome.ok) {
        showProblem(QString());
        emit opened(outcome.message);
        return;
    }
    showProblem(outcome.problem == OpenProblem::WrongPassphrase
                    ? tr("That passphrase does not open this case file. Try again; the file was not changed.")
                    : outcome.message);
    m_restore->setVisible(outcome.problem == OpenProblem::Damaged);
    m_passphrase->setFocus();
}

void UnlockPage::showProblem(const QString& text)
{
    m_problem->setText(text);
    // The column is centred with a fixed width; its layout does not grow for wrapped text by
    // itself, so the label is given the height its text needs at that width.
    m_problem->setFixedHeight(text.isEmpty() ? 0 : m_problem->heightForWidth(m_problem->width()));
}

void UnlockPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UnlockPage::retranslate()
{
    const bool unlocking = m_mode == Mode::Unlock;
    m_heading->setText(unlocking ? tr("The case file is locked") : tr("Open case file"));
    m_file->setText(QDir::toNativeSeparators(m_path));
    m_passphraseLabel->setText(unlocking ? tr("Type the passphrase to continue where you were:")
                                         : tr("&Passphrase:"));
    m_submit->setText(unlocking ? tr("&Unlock") : tr("&Open"));
    m_restore->setText(tr("&Restore latest backup..."));
    m_otherFile->setText(unlocking ? tr("&Close case file") : tr("Other &file..."));
}
