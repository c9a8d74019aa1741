#include "TeamDialog.h"

#include "OffThread.h"
#include "PageStyle.h"
#include "PassphraseWidgets.h"
#include "Questions.h"

#include "common/DateText.h"
#include "store/AuditLog.h"
#include "store/StoreSession.h"
#include "team/TeamAdministration.h"
#include "team/TeamCredentials.h"
#include "team/TeamLink.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

struct TeamDialog::PendingJoin
{
    TeamServerAddress address;
    std::shared_ptr<SecretBytes> password;
    std::shared_ptr<SecretBytes> keyPassphrase;
    QString folder; // the certificate files made for this join
};

TeamDialog::TeamDialog(StoreSession& session, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(actor)
    , m_pages(new QStackedWidget(this))
    , m_problem(createProblemLabel(this))
{
    setObjectName(QStringLiteral("teamDialog"));
    setWindowTitle(tr("Team"));
    m_pages->addWidget(createJoinPage());
    m_pages->addWidget(createLinkedPage());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    showLinked();
}

TeamDialog::~TeamDialog()
{
    // A test still running (the window closed under it) ends within libpq's connect_timeout.
    if (m_test)
        m_test->wait();
    if (m_pending)
        TeamCredentials::remove(m_session.path(), m_pending->folder);
}

void TeamDialog::reject()
{
    if (!testing())
        QDialog::reject();
}

QWidget* TeamDialog::createJoinPage()
{
    auto* page = new QWidget(m_pages);
    const auto lineEdit = [page](const char* name, const QString& placeholder = {}) {
        auto* edit = new QLineEdit(page);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_host = lineEdit("teamHost", tr("e.g. team.zorgaanbieder.nl"));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = lineEdit("teamDatabase");
    m_database->setText(QStringLiteral("thuisindewijk"));
    m_authority = lineEdit("teamAuthority", tr("the team's CA certificate (.crt, .pem)"));
    m_certificate = lineEdit("teamCertificate", tr("your personal certificate (.p12, .pfx)"));
    m_certificatePassword = createPassphraseEdit(QStringLiteral("teamCertificatePassword"), page);
    m_user = lineEdit("teamUser", tr("as in your certificate"));
    m_password = createPassphraseEdit(QStringLiteral("teamPassword"), page);

    const auto withChooser = [this, page](QLineEdit* edit, const QString& filter) {
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto* choose = new QPushButton(tr("Choose..."), page);
        choose->setObjectName(edit->objectName() + QStringLiteral("Choose"));
        connect(choose, &QPushButton::clicked, this, [this, edit, filter] { chooseFile(edit, filter); });
        row->addWidget(choose);
        return row;
    };
    auto* form = new QFormLayout;
    const auto addRow = [&](const QString& text, QWidget* field, QLayout* row = nullptr) {
        auto* label = new QLabel(text, page);
        label->setBuddy(field);
        if (row)
            form->addRow(label, row);
        else
            form->addRow(label, field);
    };
    addRow(tr("&Server:"), m_host);
    addRow(tr("P&ort:"), m_port);
    addRow(tr("&Database:"), m_database);
    addRow(tr("Team's &CA certificate:"), m_authority,
           withChooser(m_authority, tr("Certificates (*.crt *.pem *.cer *.der);;All files (*)")));
    addRow(tr("Personal &certificate:"), m_certificate,
           withChooser(m_certificate, tr("Personal certificates (*.p12 *.pfx);;All files (*)")));
    addRow(tr("Certificate's pass&word:"), m_certificatePassword);
    addRow(tr("&User name:"), m_user);
    addRow(tr("Team pa&ssword:"), m_password);

    auto* intro =
        new QLabel(tr("Link this case file to your team: the beheerder gives you the server's address, "
                      "the team's CA certificate, your personal certificate with its password, and your "
                      "user name and team password. The connection is tested before anything is saved."),
                   page);
    intro->setWordWrap(true);
    m_joinButton = new QPushButton(tr("&Test connection and join"), page);
    m_joinButton->setObjectName(QStringLiteral("joinButton"));
    m_joinButton->setDefault(true);
    connect(m_joinButton, &QPushButton::clicked, this, &TeamDialog::join);
    for (QLineEdit* edit : {m_host, m_database, m_authority, m_certificate, m_password})
        connect(edit, &QLineEdit::textChanged, this, &TeamDialog::updateJoinButton);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_joinButton, 0, Qt::AlignRight);
    updateJoinButton();
    return page;
}

QWidget* TeamDialog::createLinkedPage()
{
    auto* page = new QWidget(m_pages);
    m_linkedText = new QLabel(page);
    m_linkedText->setObjectName(QStringLiteral("teamLinkedText"));
    m_linkedText->setWordWrap(true);
    m_linkedText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* leaveButton = new QPushButton(tr("&Leave team..."), page);
    leaveButton->setObjectName(QStringLiteral("leaveButton"));
    connect(leaveButton, &QPushButton::clicked, this, &TeamDialog::leave);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_linkedText);
    layout->addStretch();
    layout->addWidget(leaveButton, 0, Qt::AlignRight);
    return page;
}

void TeamDialog::showLinked()
{
    const Result<std::optional<TeamLink::Details>> link = TeamLink::read(m_session.database());
    if (!link) {
        m_problem->setText(link.errors().join(u' '));
        return;
    }
    if (!link.value()) {
        m_pages->setCurrentWidget(m_host->parentWidget());
        m_host->setFocus();
        return;
    }
    const TeamLink::Details& details = *link.value();
    const Result<int> unsent = TeamLink::unsent(m_session.database());
    QString text = tr("This case file is linked to team <b>%1</b> as <b>%2</b> on %3 (port %4), since %5.")
                       .arg(details.team.toHtmlEscaped(), details.address.user.toHtmlEscaped(),
                            details.address.host.toHtmlEscaped())
                       .arg(details.address.port)
                       .arg(DateText::moment(details.linkedAt));
    text += u' ' + (details.lastSync ? tr("Last synced: %1.").arg(DateText::moment(*details.lastSync))
                                     : tr("Not synced yet."));
    if (unsent && unsent.value() > 0)
        text += u' ' + tr("%n item(s) wait to be sent.", nullptr, unsent.value());
    m_linkedText->setText(text);
    // The join page's height is not this page's: out of the stack (a stack is as tall as its
    // tallest page), the dialog fits what it shows.
    if (QWidget* joinPage = m_host->parentWidget(); m_pages->indexOf(joinPage) >= 0) {
        m_pages->removeWidget(joinPage);
        joinPage->hide();
    }
    m_pages->setCurrentWidget(m_linkedText->parentWidget());
    adjustSize();
}

void TeamDialog::chooseFile(QLineEdit* edit, const QString& filter)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a certificate"), edit->text(), filter);
    if (!path.isEmpty())
        edit->setText(QDir::toNativeSeparators(path));
}

void TeamDialog::updateJoinButton()
{
    m_joinButton->setEnabled(!testing() && !m_host->text().trimmed().isEmpty() &&
                             !m_database->text().trimmed().isEmpty() && !m_authority->text().isEmpty() &&
                             !m_certificate->text().isEmpty() && !m_password->text().isEmpty());
}

void TeamDialog::join()
{
    if (testing() || !m_joinButton->isEnabled())
        return;
    m_problem->clear();
    const QString host = m_host->text().trimmed();
    if (host.contains(QRegularExpression(QStringLiteral("[\\s'\"=;\\\\]")))) {
        m_problem->setText(tr("The server's address cannot contain spaces, quotes, '=', ';' or '\\'."));
        m_host->setFocus();
        return;
    }
    Result<TeamCredentials::Installed> checked = TeamCredentials::install(
        m_session.path(), QDir::fromNativeSeparators(m_authority->text()),
        QDir::fromNativeSeparators(m_certificate->text()),
        SecretBytes(m_certificatePassword->text().toUtf8()), m_session.clock().now());
    if (!checked) {
        m_problem->setText(checked.errors().join(u' '));
        return;
    }
    TeamCredentials::Installed installed = std::move(checked).value();
    const QString user = m_user->text().trimmed().isEmpty() ? installed.commonName : m_user->text().trimmed();
    if (const QString problem = TeamAdministration::nameProblem(user); !problem.isEmpty()) {
        TeamCredentials::remove(m_session.path(), installed.folder);
        m_problem->setText(problem);
        m_user->setFocus();
        return;
    }
    // The server takes a certificate for the name in it only, and says no more than "password
    // authentication failed" when they differ: told here, before a connection is tried.
    if (!installed.commonName.isEmpty() && installed.commonName != user) {
        TeamCredentials::remove(m_session.path(), installed.folder);
        m_problem->setText(
            tr("The personal certificate is made out to %1, not to %2: the team server accepts it "
               "only for %1.")
                .arg(installed.commonName, user));
        m_user->setFocus();
        return;
    }
    m_pending = std::make_unique<PendingJoin>();
    m_pending->address.host = host;
    m_pending->address.port = m_port->value();
    m_pending->address.database = m_database->text().trimmed();
    m_pending->address.user = user;
    m_pending->address.tls = {{QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                              {QStringLiteral("sslrootcert"), installed.authority},
                              {QStringLiteral("sslcert"), installed.certificate},
                              {QStringLiteral("sslkey"), installed.key}};
    m_pending->password = std::make_shared<SecretBytes>(QByteArray(m_password->text().toUtf8()));
    m_pending->keyPassphrase = std::make_shared<SecretBytes>(std::move(installed.keyPassphrase));
    m_pending->folder = installed.folder;

    m_problem->setText(tr("Testing the connection with %1...").arg(host));
    m_test = runOffThread(
        this,
        [address = m_pending->address, password = m_pending->password,
         keyPassphrase = m_pending->keyPassphrase] {
            return TeamJoin::test(address, *password, *keyPassphrase);
        },
        [this](const TeamJoin::Outcome& outcome) { joinTested(outcome); });
    updateJoinButton();
    QApplication::setOverrideCursor(Qt::BusyCursor);
}

void TeamDialog::joinTested(const TeamJoin::Outcome& outcome)
{
    QApplication::restoreOverrideCursor();
    m_test = nullptr;
    std::unique_ptr<PendingJoin> pending = std::move(m_pending);
    updateJoinButton();
    // Locked meanwhile (the inactivity lock): nothing is written into the closed file.
    if (m_session.state() != StoreSession::State::Unlocked) {
        TeamCredentials::remove(m_session.path(), pending->folder);
        done(QDialog::Rejected);
        return;
    }
    if (outcome.problem != TeamJoin::Problem::None) {
        TeamCredentials::remove(m_session.path(), pending->folder);
        m_problem->setText(outcome.message);
        return;
    }
    const QString error =
        TeamLink::join(m_session.database(), pending->address, *pending->password, *pending->keyPassphrase,
                       outcome.team, m_actor, m_session.clock().now());
    if (!error.isEmpty()) {
        TeamCredentials::remove(m_session.path(), pending->folder);
        m_problem->setText(error);
        return;
    }
    m_password->clear();
    m_certificatePassword->clear();
    m_outcome =
        tr("This case file is linked to team %1 as %2; what it holds goes to the team at the first sync.")
            .arg(outcome.team, pending->address.user);
    accept();
}

void TeamDialog::leave()
{
    const Result<std::optional<TeamLink::Details>> link = TeamLink::read(m_session.database());
    const Result<int> unsent = TeamLink::unsent(m_session.database());
    if (!link || !link.value() || !unsent) {
        m_problem->setText(!link     ? link.errors().join(u' ')
                           : !unsent ? unsent.errors().join(u' ')
                                     : tr("This case file is not linked to a team."));
        return;
    }
    QString question =
        tr("Leave team %1? Every participant, form and event stays in this case file; it is no longer "
           "synced with the team.")
            .arg(link.value()->team);
    if (unsent.value() > 0)
        question += u'\n' + tr("%n item(s) have not reached the team yet and will not be sent.", nullptr,
                               unsent.value());
    if (Questions::ask(this, tr("Leave team"), question, QMessageBox::Yes | QMessageBox::No,
                       QMessageBox::No) != QMessageBox::Yes)
        return;
    const Result<TeamServerAddress> left =
        TeamLink::leave(m_session.database(), m_actor, m_session.clock().now());
    if (!left) {
        m_problem->setText(left.errors().join(u' '));
        return;
    }
    // The certificate files beside the case file go with the link; files chosen elsewhere (a
    // link made with the command line) are the user's own and stay.
    const QString folder =
        TeamCredentials::folderOf(m_session.path(), left->tls.value(QStringLiteral("sslkey")));
    if (!folder.isEmpty())
        TeamCredentials::remove(m_session.path(), folder);
    m_outcome = tr("This case file has left team %1; everything in it stays.").arg(link.value()->team);
    accept();
}
