#include "DossierPage.h"

#include "AddEventDialog.h"
#include "PageStyle.h"
#include "PaperSignatureDialog.h"
#include "WoonzakenAnswerDialog.h"
#include "common/DateText.h"

#include "ParticipantForm.h"
#include "filing/FormFiling.h"
#include "filing/OverlastLetters.h"
#include "filing/VoordrachtAnswer.h"
#include "forms/FormDefinition.h"
#include "forms/FormOutcome.h"
#include "forms/FormSet.h"
#include "store/DossierAccess.h"
#include "store/FormAnswerRepository.h"
#include "store/SignatureRepository.h"
#include "team/TeamHolders.h"

#include "Questions.h"
#include "caseload/Caseload.h"
#include "store/StoreSession.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/Consent.h"
#include "trajectory/OmklapReasons.h"
#include "trajectory/OverlastProtocol.h"
#include "trajectory/Retractions.h"
#include "trajectory/RuleNames.h"
#include "trajectory/RuleProfile.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget* createTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& texts, const QColor& background = QColor())
{
    for (int column = 0; column < texts.size(); ++column) {
        auto* item = new QTableWidgetItem(texts.at(column));
        if (background.isValid())
            item->setBackground(background);
        table->setItem(row, column, item);
    }
}

} // namespace

DossierPage::DossierPage(StoreSession& session, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_actor(std::move(actor))
    , m_heading(new QLabel(this))
    , m_phase(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new ParticipantForm(session, m_actor, this))
    , m_omklapStatus(new QLabel(this))
    , m_omklapUnmet(new QListWidget(this))
    , m_consent(new QLabel(this))
{
    setObjectName(QStringLiteral("dossierPage"));
    styleAsHeading(m_heading, 1.4);
    auto* back = new QPushButton(tr("← &My participants"), this);
    back->setObjectName(QStringLiteral("backToCaseload"));
    connect(back, &QPushButton::clicked, this, &DossierPage::backRequested);
    auto* escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &DossierPage::backRequested);
    addAction(escape);

    m_timeline =
        createTable(QStringLiteral("timeline"),
                    {tr("Date"), tr("Event"), tr("Details"), tr("Recorded by"), tr("Recorded on")}, this);
    auto* add = new QPushButton(tr("&Record event..."), this);
    add->setObjectName(QStringLiteral("recordEvent"));
    connect(add, &QPushButton::clicked, this, &DossierPage::askEvent);
    auto* timelineTab = new QWidget(this);
    auto* timelineLayout = new QVBoxLayout(timelineTab);
    timelineLayout->addWidget(m_timeline, 1);
    auto* note = new QLabel(
        tr("A mistake is corrected by recording a correcting event; history is never edited."), timelineTab);
    note->setWordWrap(true);
    // Ctrl+Z undoes the last action by recording a retraction (Retractions), never by deleting.
    auto* undo = new QPushButton(tr("Undo last action... (Ctrl+Z)"), this);
    undo->setObjectName(QStringLiteral("undoLast"));
    connect(undo, &QPushButton::clicked, this, &DossierPage::askUndo);
    auto* undoShortcut = new QAction(this);
    undoShortcut->setShortcut(QKeySequence::Undo);
    undoShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undoShortcut, &QAction::triggered, this, &DossierPage::askUndo);
    timelineTab->addAction(undoShortcut);
    auto* timelineButtons = new QHBoxLayout;
    timelineButtons->addWidget(note, 1);
    timelineButtons->addWidget(undo);
    timelineButtons->addWidget(add);
    timelineLayout->addLayout(timelineButtons);

    m_deadlines = createTable(
        QStringLiteral("deadlines"),
        {tr("Deadline"), tr("Due"), tr("Status"), tr("Counted from"), tr("Edition"), tr("Rule")}, this);
    auto* omklapTab = new QWidget(this);
    auto* omklapLayout = new QVBoxLayout(omklapTab);
    m_omklapStatus->setObjectName(QStringLiteral("omklapStatus"));
    m_omklapStatus->setWordWrap(true);
    m_omklapUnmet->setObjectName(QStringLiteral("omklapUnmet"));
    omklapLayout->addWidget(m_omklapStatus);
    omklapLayout->addWidget(m_omklapUnmet, 1);
    m_goals =
        createTable(QStringLiteral("goals"),
                    {tr("Life domain"), tr("Goal"), tr("Status"), tr("Set on"), tr("Status since")}, this);
    m_meldingen = createTable(QStringLiteral("meldingen"),
                              {tr("Complaint"), tr("Reported"), tr("Category"), tr("Judged"),
                               tr("Actions taken"), tr("Resolved"), tr("Open deadlines")},
                              this);
    // Overlast (Bijlage 1): a new complaint, and for the selected one only the steps the
    // protocol allows now, the others with the protocol's reason.
    auto* overlastTab = new QWidget(this);
    auto* overlastLayout = new QVBoxLayout(overlastTab);
    overlastLayout->addWidget(m_meldingen, 1);
    auto* newMelding = new QPushButton(tr("New complaint..."), this);
    newMelding->setObjectName(QStringLiteral("newMelding"));
    connect(newMelding, &QPushButton::clicked, this, &DossierPage::askNewMelding);
    auto* nextStep = new QPushButton(tr("Next step for this complaint..."), this);
    nextStep->setObjectName(QStringLiteral("overlastStep"));
    connect(nextStep, &QPushButton::clicked, this, &DossierPage::askOverlastStep);
    connect(m_meldingen, &QTableWidget::activated, this, &DossierPage::askOverlastStep);
    // The letters (Bijlage 1) are written at the step that asks for them, for this complaint.
    m_letter = new QPushButton(tr("&Letter for this complaint"), this);
    m_letter->setObjectName(QStringLiteral("overlastLetter"));
    m_letter->setMenu(new QMenu(m_letter));
    connect(m_letter->menu(), &QMenu::aboutToShow, this, &DossierPage::fillLetterMenu);
    auto* overlastButtons = new QHBoxLayout;
    overlastButtons->addStretch(1);
    overlastButtons->addWidget(newMelding);
    overlastButtons->addWidget(m_letter);
    overlastButtons->addWidget(nextStep);
    overlastLayout->addLayout(overlastButtons);

    // The form scrolls rather than making the window taller than a 768-pixel laptop screen.
    auto* formScroller = new QScrollArea(this);
    formScroller->setWidget(m_form);
    formScroller->setWidgetResizable(true);
    formScroller->setFrameShape(QFrame::NoFrame);
    // Consent to share (Werkafspraak 10) is part of the history: shown here, changed by an event.
    auto* detailsTab = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsTab);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto* consentRow = new QHBoxLayout;
    m_consent->setObjectName(QStringLiteral("consent"));
    m_consent->setWordWrap(true);
    auto* recordConsent = new QPushButton(tr("Record consent..."), this);
    recordConsent->setObjectName(QStringLiteral("recordConsent"));
    connect(recordConsent, &QPushButton::clicked, this, &DossierPage::askConsent);
    consentRow->addWidget(m_consent, 1);
    consentRow->addWidget(recordConsent);
    detailsLayout->addLayout(consentRow);
    detailsLayout->addWidget(formScroller, 1);
    m_tabs->addTab(detailsTab, tr("&Details"));
    m_tabs->addTab(timelineTab, tr("&Timeline"));
    m_tabs->addTab(m_deadlines, tr("Dead&lines"));
    m_tabs->addTab(omklapTab, tr("&Omklap"));
    // Doelen: the goals, and below them the history of the one selected.
    m_goalHistory = createTable(QStringLiteral("goalHistory"),
                                {tr("Date"), tr("Event"), tr("Details"), tr("Recorded by")}, this);
    auto* goalsTab = new QWidget(this);
    auto* goalsLayout = new QVBoxLayout(goalsTab);
    goalsLayout->addWidget(m_goals, 2);
    goalsLayout->addWidget(new QLabel(tr("History of the selected goal:"), goalsTab));
    goalsLayout->addWidget(m_goalHistory, 1);
    connect(m_goals, &QTableWidget::currentCellChanged, this, [this](int row) { fillGoalHistory(row); });
    m_tabs->addTab(goalsTab, tr("&Goals"));
    m_tabs->addTab(overlastTab, tr("O&verlast"));
    m_tabs->addTab(buildFormsTab(), tr("&Forms"));
    connect(m_form, &ParticipantForm::saved, this, [this] {
        reload();
        emit changed();
    });

    m_holder = new QLabel(this);
    m_holder->setObjectName(QStringLiteral("dossierHolder"));
    m_handover = new QPushButton(tr("&Hand over..."), this);
    m_handover->setObjectName(QStringLiteral("handoverButton"));
    m_handover->setVisible(false);
    connect(m_handover, &QPushButton::clicked, this, [this] { emit handoverRequested(m_participantId); });

    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addWidget(m_heading, 1);
    header->addWidget(m_holder);
    header->addWidget(m_handover);
    header->addWidget(m_phase);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
}

void DossierPage::setHandoverAvailable(bool available)
{
    m_handover->setVisible(available);
}

bool DossierPage::show(const QString& participantId, const QDate& today)
{
    if (!TrajectoryRepository(m_session.database()).load(participantId))
        return false;
    // NEN 7513: no look at a client's file without a record of it.
    if (const QString error = DossierAccess::recordOpened(m_session.database(), m_actor, participantId,
                                                          m_session.clock().now());
        !error.isEmpty()) {
        emit problem(error);
        return false;
    }
    m_participantId = participantId;
    m_today = today;
    m_form->load(participantId);
    reload();
    return true;
}

void DossierPage::reload()
{
    TrajectoryRepository repository(m_session.database());
    const Result<Trajectory> trajectory = repository.load(m_participantId);
    m_evaluation.reset();
    if (!trajectory) {
        showFormSet(nullptr); // no buttons of the participant shown before
        return;
    }
    m_heading->setText(QStringLiteral("%1 (%2)").arg(trajectory->deelnemer.naam, m_participantId));
    const Result<QString> holder = TeamHolders::of(m_session.database(), m_participantId);
    m_holder->setText(holder && !holder->isEmpty() ? tr("Held by %1 ·").arg(holder.value()) : QString());
    m_holder->setVisible(!m_holder->text().isEmpty());
    fillTimeline();
    const Result<QList<TrajectoryEvent>> effective =
        TrajectoryEngine::effectiveEvents(trajectory.value(), m_today);
    m_effective = effective ? effective.value() : QList<TrajectoryEvent>();
    fillForms(m_effective);
    fillConsent(effective ? Consent::fromEvents(effective.value()) : Consent());
    const Result<TrajectoryEngine> engine = TrajectoryEngine::builtIn(trajectory->profileId);
    const Result<Evaluation> evaluation =
        engine ? engine->evaluate(trajectory.value(), m_today) : Result<Evaluation>::failure(engine.errors());
    if (!evaluation) {
        m_phase->setText(evaluation.errors().join(u' '));
        showFormSet(nullptr); // the agreements in force are unknown: no form offered
        return;
    }
    m_evaluation = evaluation.value();
    m_phase->setText(tr("Phase: %1 · agreement %2").arg(evaluation->phase, evaluation->profileId) +
                     editionHistory(evaluation.value()));
    m_phase->setMinimumWidth(m_phase->sizeHint().width()); // never cut off at the window's edge
    fillDeadlines(evaluation.value());
    fillOmklap(evaluation.value());
    fillGoalsAndMeldingen(evaluation.value());
    showFormSet(&evaluation.value());
}

void DossierPage::showFormSet(const Evaluation* evaluation)
{
    const QString profileId = evaluation != nullptr ? evaluation->profileId : QString();
    // Exactly the forms of the agreements in force (issue 20); what they ask for that the
    // program cannot offer is said, with why. Buttons for this participant's set only.
    while (QLayoutItem* item = m_startButtons->takeAt(0)) {
        if (QWidget* button = item->widget()) {
            button->hide();
            button->setObjectName(QString()); // gone for whoever looks for this form's button
            button->deleteLater();            // never under its own click handler
        }
        delete item;
    }
    if (profileId.isEmpty()) {
        m_formSetNote->clear();
        m_formSetNote->hide();
        return;
    }
    const Result<FormSet> set = FormSet::forProfile(profileId);
    if (!set) {
        m_formSetNote->setText(set.errors().join(u' '));
        m_formSetNote->setVisible(true);
        return;
    }
    for (const FormSet::Offered& offered : set->forms) {
        if (FormOutcome::isOverlastLetter(offered.form))
            continue; // started from its complaint in the Overlast tab
        QString label = tr("Start %1").arg(offered.form);
        QString name = QStringLiteral("start-") + offered.form;
        if (offered.form == u"supplement-wgh") {
            label = tr("Start &kennismakingsgesprek");
            name = QStringLiteral("startSupplement");
        } else if (offered.form == u"woonevaluatie") {
            label = tr("Start &woonevaluatie");
            name = QStringLiteral("startWoonevaluatie");
        } else if (const Result<FormDefinition> definition =
                       FormDefinition::editionFor(offered.form, m_today)) {
            label = tr("Start %1").arg(definition->title);
        }
        auto* button = new QPushButton(label, m_formsTab);
        button->setObjectName(name);
        button->setToolTip(offered.when);
        // Werkafspraak 8: "Als de uitkomst van de evaluatie bij alle professionals positief is, kan de
        // zorgaanbieder het formulier Voordracht voor Omklap invullen": offered once the check passes.
        if (offered.form == QLatin1String(VoordrachtAnswer::form) &&
            (!evaluation->omklap.eligible || evaluation->phase != u"herstelfase")) { // not while one waits
            button->setEnabled(false);
            button->setToolTip(evaluation->phase == u"omklapfase"
                                   ? tr("A voordracht waits for Woonzaken's answer (Antwoord Woonzaken...).")
                                   : tr("Once the omklap check passes (tab Omklap): %1").arg(offered.when));
        }
        connect(button, &QPushButton::clicked, this, [this, form = offered.form] {
            if (const QString error = startForm(form); !error.isEmpty())
                emit problem(error);
        });
        m_startButtons->addWidget(button);
    }
    QStringList missing;
    for (const FormSet::NotAvailable& document : set->notAvailable)
        missing << tr("%1: %2").arg(document.document, document.why);
    m_formSetNote->setText(
        missing.isEmpty()
            ? QString()
            : tr("Not in the program for these agreements (%1):\n%2").arg(profileId, missing.join(u'\n')));
    m_formSetNote->setVisible(!missing.isEmpty());
}

QWidget* DossierPage::buildFormsTab()
{
    // The forms filled in at the home visits (issue 6): started here, opened as a wizard.
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_forms = createTable(QStringLiteral("forms"),
                          {tr("Form"), tr("Edition"), tr("Status"), tr("Version"), tr("Last changed")}, tab);
    connect(m_forms, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        emit formRequested(m_forms->item(index.row(), 0)->data(Qt::UserRole).toLongLong());
    });
    m_formsTab = tab;
    m_startButtons = new QHBoxLayout; // filled per participant: showFormSet
    m_formSetNote = new QLabel(tab);
    m_formSetNote->setObjectName(QStringLiteral("formSetNote"));
    m_formSetNote->setWordWrap(true);
    auto* openForm = new QPushButton(tr("&Open form"), tab);
    openForm->setObjectName(QStringLiteral("openForm"));
    connect(openForm, &QPushButton::clicked, this, [this] {
        if (const int row = m_forms->currentRow(); row >= 0)
            emit formRequested(m_forms->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    auto* answer = new QPushButton(tr("Woonzaken's &answer..."), tab);
    answer->setObjectName(QStringLiteral("woonzakenAnswer"));
    answer->setToolTip(tr("Record Woonzaken's answer to the selected Voordracht voor Omklap"));
    connect(answer, &QPushButton::clicked, this, &DossierPage::askWoonzakenAnswer);
    auto* onPaper = new QPushButton(tr("Signature on &paper..."), tab);
    onPaper->setObjectName(QStringLiteral("paperSignature"));
    onPaper->setToolTip(tr("A party signed the printed final form by hand"));
    connect(onPaper, &QPushButton::clicked, this, &DossierPage::askPaperSignature);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(onPaper);
    buttons->addWidget(answer);
    buttons->addStretch(1);
    buttons->addLayout(m_startButtons);
    buttons->addWidget(openForm);
    layout->addWidget(m_forms, 1);
    layout->addWidget(m_formSetNote);
    layout->addLayout(buttons);
    return tab;
}

void DossierPage::askPaperSignature()
{
    const int row = m_forms->currentRow();
    if (row < 0) {
        emit problem(tr("Choose the form that was signed on paper first."));
        return;
    }
    const Result<FormInstance> instance =
        FormAnswerRepository(m_session.database())
            .instance(m_forms->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (!instance) {
        emit problem(instance.errors().join(u' '));
        return;
    }
    if (!instance->isFinal() || instance->missingSignatures().isEmpty()) {
        emit problem(instance->isFinal() ? tr("This form has every signature it asks for.")
                                         : tr("Only a final form is signed on paper: make it final first."));
        return;
    }
    PaperSignatureDialog dialog(m_session, instance->id, instance->missingSignatures(), m_actor, m_today,
                                this);
    if (dialog.exec() == QDialog::Accepted)
        fillForms(m_effective);
}

void DossierPage::askWoonzakenAnswer()
{
    const int row = m_forms->currentRow();
    const Result<FormInstance> instance =
        row < 0
            ? Result<FormInstance>::failure(tr("Choose the Voordracht voor Omklap Woonzaken answered first."))
            : FormAnswerRepository(m_session.database())
                  .instance(m_forms->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (!instance) {
        emit problem(instance.errors().join(u' '));
        return;
    }
    if (instance->form != QLatin1String(VoordrachtAnswer::form) || !instance->isFinal()) {
        emit problem(tr("Woonzaken answers a final Voordracht voor Omklap: choose that form first."));
        return;
    }
    WoonzakenAnswerDialog dialog(m_session, instance->id, m_actor, m_today, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

QStringList DossierPage::lettersForSelectedMelding() const
{
    const QString id = selectedMelding();
    if (id.isEmpty() || !m_evaluation)
        return {};
    const Result<FormSet> set = FormSet::forProfile(m_evaluation->profileId);
    const auto melding = std::find_if(m_evaluation->meldingen.cbegin(), m_evaluation->meldingen.cend(),
                                      [&](const Melding& candidate) { return candidate.id == id; });
    if (!set || melding == m_evaluation->meldingen.cend())
        return {};
    return OverlastLetters::forMelding(set.value(), *melding, overlastSteps(id));
}

void DossierPage::fillLetterMenu()
{
    QMenu* menu = m_letter->menu();
    menu->clear();
    const QString id = selectedMelding();
    const QStringList letters = lettersForSelectedMelding();
    for (const QString& letter : letters) {
        const Result<FormDefinition> definition = FormDefinition::editionFor(letter, m_today);
        QAction* action = menu->addAction(definition ? definition->title : letter);
        action->setObjectName(letter);
        connect(action, &QAction::triggered, this, [this, letter, id] {
            if (!m_evaluation)
                return; // the dossier could not be evaluated since the menu opened
            const auto melding =
                std::find_if(m_evaluation->meldingen.cbegin(), m_evaluation->meldingen.cend(),
                             [&](const Melding& candidate) { return candidate.id == id; });
            if (melding == m_evaluation->meldingen.cend())
                return;
            if (const QString error = startForm(letter, OverlastLetters::startingAnswers(*melding));
                !error.isEmpty())
                emit problem(error);
        });
    }
    if (letters.isEmpty())
        menu->addAction(id.isEmpty() ? tr("Choose a complaint first")
                                     : tr("No letter at this step of complaint %1 (Bijlage 1)").arg(id))
            ->setEnabled(false);
}

QString DossierPage::startForm(const QString& form, const FormAnswers& given)
{
    FormFiling filing(m_session.database(), m_actor, m_session.clock().now());
    const Result<std::optional<qint64>> unfinished = filing.unfinished(m_participantId, form);
    if (!unfinished)
        return unfinished.errors().join(u' ');
    if (unfinished.value()) {
        // One concept per form: a letter begun for another complaint is finished first, never
        // silently continued for this one.
        const QString melding = given.value(QStringLiteral("melding"));
        const Result<FormAnswers> begun = filing.answers(*unfinished.value());
        if (!melding.isEmpty() && begun && begun->value(QStringLiteral("melding")) != melding)
            return tr("A %1 for complaint %2 is still a concept: finish or correct that one first.")
                .arg(form, begun->value(QStringLiteral("melding")));
        emit formRequested(*unfinished.value());
        return {};
    }
    const Result<qint64> started = filing.start(m_participantId, form, {}, {}, given);
    if (!started)
        return started.errors().join(u' ');
    fillForms(m_effective);
    emit formRequested(started.value());
    return {};
}

void DossierPage::fillForms(const QList<TrajectoryEvent>& effective)
{
    const Result<QList<FormInstance>> forms =
        FormAnswerRepository(m_session.database()).instances(m_participantId);
    const QList<FormInstance> rows = forms ? forms.value() : QList<FormInstance>();
    m_forms->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const FormInstance& instance = rows.at(row);
        const Result<FormDefinition> definition = FormFiling::definitionOf(instance);
        QString status = instance.isFinal() ? tr("final") : tr("concept");
        // Out of the parties this form has signature blocks for (none for a handover document).
        const qsizetype signing = SignatureRepository::partiesOf(instance.form, instance.edition).size();
        if (signing > 0 && (instance.isFinal() || instance.signatures > 0))
            status += QStringLiteral(", ") + tr("signed %1/%2").arg(instance.signatures).arg(signing);
        // Werkafspraak 4 / Bijlage 2a: complete once all parties signed.
        if (instance.isFinal() && !instance.missingSignatures().isEmpty())
            status += QStringLiteral(", ") +
                      tr("waiting for: %1").arg(instance.missingSignatures().join(QStringLiteral(", ")));
        if (const std::optional<VoordrachtAnswer::Answer> answer =
                VoordrachtAnswer::of(instance.id, effective))
            status += QStringLiteral(", ") +
                      (answer->agreed ? tr("Woonzaken agreed on %1") : tr("Woonzaken refused on %1"))
                          .arg(DateText::date(answer->on));
        if (FormOutcome::isOverlastLetter(instance.form)) {
            const Result<FormAnswers> answers =
                FormFiling(m_session.database(), m_actor, m_session.clock().now()).answers(instance.id);
            if (answers && !answers->value(QStringLiteral("melding")).isEmpty())
                status +=
                    QStringLiteral(", ") + tr("complaint %1").arg(answers->value(QStringLiteral("melding")));
        }
        setRow(m_forms, row,
               {definition ? definition->title : instance.form, instance.edition, status,
                QString::number(instance.version), DateText::moment(instance.updatedAt)});
        m_forms->item(row, 0)->setData(Qt::UserRole, instance.id);
    }
    m_forms->resizeColumnsToContents();
}

void DossierPage::fillTimeline()
{
    // Read once per reload; the Doelen tab's goal history uses the same rows.
    const Result<QList<RecordedEvent>> history =
        TrajectoryRepository(m_session.database()).history(m_participantId);
    m_history = history ? history.value() : QList<RecordedEvent>();
    const QList<RecordedEvent>& events = m_history;
    QList<TrajectoryEvent> plain;
    QHash<int, TrajectoryEvent> byNumber;
    for (const RecordedEvent& recorded : events) {
        plain.append(recorded.event);
        byNumber.insert(recorded.event.number, recorded.event);
    }
    m_retracted = Retractions::retractedNumbers(plain);
    const QSet<int>& retracted = m_retracted;
    m_timeline->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const RecordedEvent& recorded = events.at(row);
        QString details;
        if (Retractions::isRetraction(recorded.event)) {
            const TrajectoryEvent undone = byNumber.value(recorded.event.text(u"nummer").toInt());
            details = tr("undoes: %1 of %2").arg(undone.type, DateText::date(undone.date));
            if (const QString reden = recorded.event.text(u"reden"); !reden.isEmpty())
                details += QStringLiteral(" (") + reden + u')';
        } else {
            QStringList parts;
            const QJsonObject fields = recorded.event.fields.toJsonObject();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                parts << it.key() + QStringLiteral(": ") + EventFields::textOf(it.value());
            details = parts.join(QStringLiteral("; "));
            if (retracted.contains(recorded.event.number))
                details = (details.isEmpty() ? QString() : details + QStringLiteral("; ")) + tr("undone");
        }
        setRow(m_timeline, row,
               {DateText::date(recorded.event.date), recorded.event.type, details, recorded.recordedBy,
                DateText::moment(recorded.recordedAt)});
        if (retracted.contains(recorded.event.number)) {
            // Struck through and grey: still part of the history, no longer of the trajectory.
            for (int column = 0; column < m_timeline->columnCount(); ++column) {
                QTableWidgetItem* item = m_timeline->item(row, column);
                QFont font = item->font();
                font.setStrikeOut(true);
                item->setFont(font);
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    m_timeline->resizeColumnsToContents();
}

QString DossierPage::editionHistory(const Evaluation& evaluation) const
{
    // The agreements changed during this trajectory: say since when today's edition applies and
    // what applied before, so a term counted under the old edition is understood.
    if (evaluation.editions.size() < 2)
        return {};
    const EditionPeriod& current = evaluation.editions.last();
    QStringList before;
    for (qsizetype i = 0; i + 1 < evaluation.editions.size(); ++i)
        before << evaluation.editions.at(i).profileId;
    return tr(" (since %1; before: %2)").arg(DateText::date(current.from), before.join(QStringLiteral(", ")));
}

void DossierPage::fillDeadlines(const Evaluation& evaluation)
{
    m_deadlines->setRowCount(int(evaluation.deadlines.size()));
    for (int row = 0; row < evaluation.deadlines.size(); ++row) {
        const Deadline& deadline = evaluation.deadlines.at(row);
        QString status;
        QColor colour;
        switch (deadline.status) {
        case DeadlineStatus::Overdue:
            status = tr("overdue");
            colour = QColor(0xf8, 0xd7, 0xd7); // red
            break;
        case DeadlineStatus::Met:
            status = tr("met on %1").arg(DateText::date(deadline.metOn));
            colour = QColor(0xd7, 0xef, 0xd8); // green
            break;
        case DeadlineStatus::MetLate:
            status = tr("met late on %1").arg(DateText::date(deadline.metOn));
            colour = QColor(0xd7, 0xef, 0xd8);
            break;
        case DeadlineStatus::Open:
            status = tr("open");
            if (Caseload::isDueSoon(deadline, m_today))
                colour = QColor(0xfd, 0xeb, 0xc8); // amber: due within 14 days
            break;
        }
        if (!deadline.missingDate.isEmpty())
            status += tr(" (due at once: %1 not recorded)").arg(deadline.missingDate);
        const QString name = RuleNames::deadline(deadline.rule, deadline.ref);
        // Where the document contradicts itself, the other reading stands beside the rule.
        QString rule = deadline.citation;
        if (!deadline.alternativeCitation.isEmpty())
            rule += deadline.alternativeDue.isValid()
                        ? tr(" — other reading: %1 (%2)")
                              .arg(deadline.alternativeCitation, DateText::date(deadline.alternativeDue))
                        : tr(" — other reading: %1").arg(deadline.alternativeCitation);
        setRow(m_deadlines, row,
               {name, DateText::date(deadline.due), status, DateText::date(deadline.anchorDate),
                deadline.edition, rule},
               colour);
        m_deadlines->item(row, 0)->setData(Qt::UserRole, deadline.rule); // the id, for lookups
    }
    m_deadlines->resizeColumnsToContents();
}

void DossierPage::fillOmklap(const Evaluation& evaluation)
{
    const OmklapStatus& omklap = evaluation.omklap;
    QString text = omklap.eligible ? tr("Omklap is possible (Werkafspraak 8): every condition is met.")
                                   : tr("Omklap is not possible yet (Werkafspraak 8).");
    if (omklap.earliest)
        text += u' ' + tr("The date conditions are met from %1.").arg(DateText::date(*omklap.earliest));
    m_omklapStatus->setText(text);
    m_omklapUnmet->clear();
    for (const QString& code : omklap.unmet)
        m_omklapUnmet->addItem(QStringLiteral("✗ ") + OmklapReasons::text(code));
}

void DossierPage::fillGoalsAndMeldingen(const Evaluation& evaluation)
{
    m_goals->setRowCount(int(evaluation.goals.size()));
    for (int row = 0; row < evaluation.goals.size(); ++row) {
        const Goal& goal = evaluation.goals.at(row);
        setRow(m_goals, row,
               {goal.leefdomein, goal.omschrijving, goal.behaald ? tr("achieved") : tr("not achieved yet"),
                DateText::date(goal.vastgesteldOp), DateText::date(goal.statusSince)});
        m_goals->item(row, 0)->setData(Qt::UserRole, goal.id);
    }
    fillGoalHistory(m_goals->currentRow());
    m_meldingen->setRowCount(int(evaluation.meldingen.size()));
    for (int row = 0; row < evaluation.meldingen.size(); ++row) {
        const Melding& melding = evaluation.meldingen.at(row);
        QStringList actions;
        for (int action : melding.acties)
            actions << RuleNames::overlastAction(action);
        QStringList deadlines; // the protocol's terms for this complaint that still run
        for (const Deadline& deadline : evaluation.deadlines) {
            if (deadline.ref != melding.id ||
                (deadline.status != DeadlineStatus::Open && deadline.status != DeadlineStatus::Overdue))
                continue;
            deadlines << (deadline.status == DeadlineStatus::Overdue
                              ? tr("%1 overdue since %2")
                                    .arg(RuleNames::deadline(deadline.rule), DateText::date(deadline.due))
                              : tr("%1 by %2")
                                    .arg(RuleNames::deadline(deadline.rule), DateText::date(deadline.due)));
        }
        setRow(m_meldingen, row,
               {melding.id, DateText::date(melding.gemeldOp), QString::number(melding.categorie),
                melding.isBeoordeeld()
                    ? QStringLiteral("%1, %2, %3").arg(melding.klacht, melding.gedrag, melding.veroorzaker)
                    : tr("not judged yet"),
                actions.join(QStringLiteral(", ")), DateText::date(melding.opgelostOp),
                deadlines.join(QStringLiteral("; "))});
    }
    m_goals->resizeColumnsToContents();
    m_meldingen->resizeColumnsToContents();
}

void DossierPage::fillGoalHistory(int goalRow)
{
    m_goalHistory->setRowCount(0);
    if (goalRow < 0 || !m_goals->item(goalRow, 0))
        return;
    const QString goalId = m_goals->item(goalRow, 0)->data(Qt::UserRole).toString();
    for (const RecordedEvent& recorded : std::as_const(m_history)) {
        if (!recorded.event.type.startsWith(u"doel_") || recorded.event.text(u"id") != goalId)
            continue;
        const int row = m_goalHistory->rowCount();
        m_goalHistory->insertRow(row);
        QString details = recorded.event.text(u"omschrijving");
        if (m_retracted.contains(recorded.event.number))
            details = (details.isEmpty() ? QString() : details + QStringLiteral("; ")) + tr("undone");
        setRow(m_goalHistory, row,
               {DateText::date(recorded.event.date), recorded.event.type, details, recorded.recordedBy});
    }
    m_goalHistory->resizeColumnsToContents();
}

void DossierPage::fillConsent(const Consent& consent)
{
    QString text;
    if (consent.shared)
        text = tr("Consent to share (Werkafspraak 10): given on %1.").arg(DateText::date(consent.given));
    else if (consent.withdrawn.isValid())
        text = tr("Consent to share (Werkafspraak 10): withdrawn on %1 (given on %2). Nothing is shared with "
                  "the "
                  "housing corporation.")
                   .arg(DateText::date(consent.withdrawn), DateText::date(consent.given));
    else
        text = tr("Consent to share (Werkafspraak 10): not recorded. Nothing is shared with the housing "
                  "corporation.");
    m_consent->setText(text);
}

void DossierPage::askConsent()
{
    QList<EventOption> options;
    for (const EventOption& option : eventOptions()) {
        if (option.type == u"toestemming_gegeven" || option.type == u"toestemming_ingetrokken")
            options.append(option);
    }
    runEventDialog(options);
}

QList<EventOption> DossierPage::optionsFrom(const OptionsQuestion& ask) const
{
    const Result<Trajectory> trajectory = TrajectoryRepository(m_session.database()).load(m_participantId);
    if (!trajectory)
        return {};
    const Result<TrajectoryEngine> engine = TrajectoryEngine::builtIn(trajectory->profileId);
    if (!engine)
        return {};
    const Result<QList<EventOption>> options = ask(engine.value(), trajectory.value());
    return options ? options.value() : QList<EventOption>();
}

QList<EventOption> DossierPage::eventOptions() const
{
    return optionsFrom([this](const TrajectoryEngine& engine, const Trajectory& trajectory) {
        return engine.eventOptions(trajectory, m_today);
    });
}

QList<EventOption> DossierPage::overlastSteps(const QString& meldingId) const
{
    return optionsFrom([&](const TrajectoryEngine& engine, const Trajectory& trajectory) {
        return engine.overlastSteps(trajectory, m_today, meldingId);
    });
}

QString DossierPage::selectedMelding() const
{
    const int row = m_meldingen->currentRow();
    return row >= 0 && m_meldingen->item(row, 0) ? m_meldingen->item(row, 0)->text() : QString();
}

void DossierPage::askNewMelding()
{
    // The complaint's id is given (m1, m2, ...), so nobody has to invent one.
    const Result<Trajectory> trajectory = TrajectoryRepository(m_session.database()).load(m_participantId);
    if (!trajectory) {
        Questions::inform(this, tr("Overlast"), trajectory.errors().join(u' '));
        return;
    }
    const QString id = OverlastProtocol::nextMeldingId(trajectory->events);
    QList<EventOption> options;
    for (EventOption option : eventOptions()) {
        if (option.type != u"overlast_gemeld")
            continue;
        option.label = tr("New complaint %1").arg(id);
        option.presetFields.insert(QStringLiteral("id"), id);
        option.requiredFields.removeAll(QStringLiteral("id"));
        options.append(option);
    }
    runEventDialog(options);
}

void DossierPage::askOverlastStep()
{
    const QString melding = selectedMelding();
    if (melding.isEmpty()) {
        Questions::inform(this, tr("Overlast"), tr("Choose a complaint in the list first."));
        return;
    }
    runEventDialog(overlastSteps(melding));
}

void DossierPage::runEventDialog(const QList<EventOption>& options)
{
    AddEventDialog dialog(options, m_today, this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString error = recordEvent(dialog.event());
        if (error.isEmpty())
            return;
        dialog.showProblem(error); // everything chosen stays, to correct and try again
    }
}

QString DossierPage::recordEvent(const TrajectoryEvent& event)
{
    return afterWrite(
        TrajectoryRepository(m_session.database())
            .recordEvent(m_participantId, event, m_actor, m_today, m_session.clock().now().toUTC()));
}

QString DossierPage::afterWrite(const QString& error)
{
    if (error.isEmpty()) {
        reload();
        emit changed();
    }
    return error;
}

void DossierPage::askEvent()
{
    runEventDialog(eventOptions());
}

QString DossierPage::undoLastAction(const QString& reden)
{
    return afterWrite(
        TrajectoryRepository(m_session.database())
            .undoLast(m_participantId, reden, m_actor, m_today, m_session.clock().now().toUTC()));
}

void DossierPage::askUndo()
{
    const Result<Trajectory> trajectory = TrajectoryRepository(m_session.database()).load(m_participantId);
    const std::optional<TrajectoryEvent> last =
        trajectory ? Retractions::lastUndoable(trajectory->events) : std::nullopt;
    if (!last) {
        Questions::inform(this, tr("Undo"), tr("There is nothing to undo in this dossier."));
        return;
    }
    const auto answer = Questions::ask(
        this, tr("Undo"),
        tr("Undo \"%1\" of %2?\n\nThe undoing is recorded as a correction in the timeline; the original "
           "event stays visible there, struck through.")
            .arg(last->type, DateText::date(last->date)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const QString error = undoLastAction(tr("undone in the dossier")); !error.isEmpty())
        Questions::warn(this, tr("Undo"), error);
}

QString DossierPage::deadlineSummary(const QString& rule) const
{
    for (int row = 0; row < m_deadlines->rowCount(); ++row) {
        if (m_deadlines->item(row, 0)->data(Qt::UserRole).toString() == rule)
            return m_deadlines->item(row, 1)->text() + QStringLiteral(", ") +
                   m_deadlines->item(row, 2)->text();
    }
    return {};
}

void DossierPage::setActor(const Actor& actor)
{
    m_actor = actor;
    m_form->setActor(actor);
}
