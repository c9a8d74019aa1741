#include "FormWizardPage.h"

#include "filing/FormSigning.h"

#include "ExportPdfDialog.h"
#include "FormFieldEditor.h"
#include "PageStyle.h"
#include "SignaturePad.h"
#include "common/DateText.h"

#include "Questions.h"
#include "filing/FormFiling.h"
#include "forms/FormCheck.h"
#include "store/SignatureRepository.h"
#include "store/StoreSession.h"
#include "trajectory/EventFields.h"
#include "trajectory/OmklapReasons.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Well under the 300 ms the issue allows, and long enough that typing a word is one write.
constexpr int autosaveDelayMs = 200;

QString sectionHeading(const FormSection& section)
{
    return section.number.isEmpty() ? section.title : section.number + QStringLiteral(". ") + section.title;
}

QString describe(const TrajectoryEvent& event)
{
    QStringList parts;
    const QJsonObject fields = event.fields.toJsonObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        parts << it.key() + QStringLiteral(": ") + EventFields::textOf(it.value());
    QString text = FormWizardPage::tr("%1 on %2").arg(event.type, DateText::date(event.date));
    if (!parts.isEmpty())
        text += QStringLiteral(" (") + parts.join(QStringLiteral("; ")) + u')';
    return text;
}

} // namespace

FormWizardPage::FormWizardPage(StoreSession& session, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("formWizard"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    m_title->setWordWrap(true);
    styleAsHeading(m_title);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setFormat(tr("%v of %m questions answered"));
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setAccessibleName(tr("Sections of the form"));
    m_sections->setWordWrap(true); // the long section titles of the Woonevaluatie, whole
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections->setSpacing(2);
    m_sections->setFixedWidth(300);
    m_pages = new QStackedWidget(this);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("back"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("next"));
    m_next->setDefault(false);
    m_toDossier = new QPushButton(this);
    m_toDossier->setObjectName(QStringLiteral("toDossier"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    retranslateNavigation();

    auto* header = new QVBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_subtitle);
    header->addWidget(m_progress);
    auto* body = new QHBoxLayout;
    body->addWidget(m_sections);
    body->addWidget(m_pages, 1);
    auto* navigation = new QHBoxLayout;
    navigation->addWidget(m_toDossier);
    navigation->addWidget(m_status, 1);
    navigation->addWidget(m_back);
    navigation->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    layout->addLayout(navigation);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(autosaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &FormWizardPage::saveInPassing);
    connect(m_sections, &QListWidget::currentRowChanged, this, &FormWizardPage::goToPage);
    connect(m_back, &QPushButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_toDossier, &QPushButton::clicked, this, [this] {
        // Answers that could not be written keep the form on screen, with the reason in red.
        if (saveNow().isEmpty())
            emit backRequested(m_instance.participantId);
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { rememberFocus(now); });
    for (const auto& [keys, step] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1},
                                     std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1}}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, step = step] { goToPage(currentPage() + step); });
    }
}

FormWizardPage::~FormWizardPage()
{
    // Closing the program with a change not written yet: write it now. (MainWindow refuses to
    // close while that fails, so nothing is pending here but in a test's teardown.)
    if (!m_pending.isEmpty() && m_session.state() == StoreSession::State::Unlocked)
        saveInPassing();
}

FormFiling FormWizardPage::filing() const
{
    return FormFiling(m_session.database(), m_actor, m_session.clock().now());
}

void FormWizardPage::retranslateNavigation()
{
    m_back->setText(tr("&Previous"));
    m_next->setText(tr("&Next"));
    m_toDossier->setText(tr("&Back to dossier"));
    m_back->setToolTip(tr("Previous section (Ctrl+Page Up)"));
    m_next->setToolTip(tr("Next section (Ctrl+Page Down)"));
}

QString FormWizardPage::open(qint64 formId, const QDate& today)
{
    // Back to the form on screen: as it is, with the answers not written yet.
    if (formId == m_instance.id && !m_pending.isEmpty() && m_instanceStore == m_session.path())
        return {};
    // Opening another form replaces the answers in memory: never while some are not written.
    if (const QString error = saveNow(); !error.isEmpty())
        return tr("The form on screen has answers that could not be written; it stays open. %1").arg(error);
    m_today = today;
    const FormFiling files = filing();
    const Result<FormInstance> found = files.instance(formId);
    if (!found)
        return found.errors().join(u' ');
    const Result<FormDefinition> definition = FormFiling::definitionOf(found.value());
    if (!definition)
        return tr("Form %1 cannot be opened: %2").arg(formId).arg(definition.errors().join(u' '));
    const Result<FormAnswers> answers = files.answers(formId);
    if (!answers)
        return answers.errors().join(u' ');
    m_instance = found.value();
    m_instanceStore = m_session.path();
    m_definition = definition.value();
    m_answers = answers.value();
    m_pending.clear();
    const Result<DossierFacts> facts = files.facts(m_instance.participantId);
    m_participantName = facts ? facts->participant.naam : QString();
    build();

    // Continue where the user was, or at the start.
    int page = 0;
    for (int i = 0; i < m_definition.sections.size(); ++i) {
        if (m_definition.sections.at(i).id == m_instance.resumeSection)
            page = i;
    }
    const QString resumeField = m_instance.resumeField;
    goToPage(m_instance.isFinal() ? checkPage() : page);
    if (!m_instance.isFinal() && m_editors.contains(resumeField)) {
        goToField(resumeField);
        showStatus(tr("Continuing where you were: %1").arg(m_editors.value(resumeField)->field().label),
                   false);
    } else {
        showStatus(m_instance.isFinal() ? tr("This form is final; its answers can no longer change.")
                                        : tr("Every answer is saved as you type."),
                   false);
    }
    return {};
}

void FormWizardPage::build()
{
    m_editors.clear();
    m_rows.clear();
    m_pageOfField.clear();
    m_omklapCheck = nullptr;
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        page->deleteLater();
    }
    const QSignalBlocker blocker(m_sections);
    m_sections->clear();

    m_title->setText(m_definition.title + QStringLiteral(" — ") + m_participantName);
    QString status = m_instance.isFinal() ? tr("final") : tr("concept");
    if (m_instance.version > 1)
        status += u' ' + tr("(version %1, corrects form %2)")
                             .arg(m_instance.version)
                             .arg(m_instance.previousId.value_or(0));
    m_subtitle->setText(tr("Edition %1 (%2) · %3").arg(m_definition.edition, m_definition.source, status));

    for (const FormSection& section : std::as_const(m_definition.sections)) {
        m_sections->addItem(sectionHeading(section));
        m_pages->addWidget(buildSectionPage(section));
    }
    m_sections->addItem(tr("Check and make final"));
    m_pages->addWidget(buildCheckPage());
    for (FormFieldEditor* editor : std::as_const(m_editors)) {
        editor->setReadOnly(m_instance.isFinal());
        if (SignatureSlot* slot = editor->signatureSlot()) {
            // A final form can still be signed: the corporation may sign later.
            slot->setToday(m_today);
            connect(slot, &SignatureSlot::signRequested, this, [this](const DrawnSignature& signature) {
                if (const QString error = sign(signature); !error.isEmpty())
                    showStatus(error, true);
            });
        }
    }
    m_signed.clear();
    refreshSignatures();
    updateRelevance();
}

void FormWizardPage::refreshSignatures()
{
    const Result<QList<DrawnSignature>> valid =
        SignatureRepository(m_session.database()).valid(m_instance.id);
    const QHash<QString, DrawnSignature> before = m_signed;
    m_signed.clear();
    for (const DrawnSignature& signature : valid ? valid.value() : QList<DrawnSignature>())
        m_signed.insert(signature.party, signature);
    for (FormFieldEditor* editor : std::as_const(m_editors)) {
        SignatureSlot* slot = editor->signatureSlot();
        if (slot == nullptr)
            continue;
        if (m_signed.contains(slot->party()))
            slot->show(m_signed.value(slot->party()));
        else if (before.contains(slot->party()))
            slot->lapse();
    }
    if (m_signed.size() < before.size())
        showStatus(tr("An answer changed, so the signatures lapsed: ask each party to sign again."), true);
}

QString FormWizardPage::sign(const DrawnSignature& signature)
{
    if (const QString error = saveNow(); !error.isEmpty())
        return error;
    // Through FormSigning: the participant's signature on a Toestemmingsverklaring records the
    // consent in the same transaction.
    if (const QString error =
            FormSigning(m_session.database(), m_actor, m_today, m_session.clock().now().toUTC())
                .sign(m_instance.id, signature);
        !error.isEmpty())
        return error;
    refreshSignatures();
    showStatus(tr("Signed by %1 (%2 of %3).")
                   .arg(signature.signerName)
                   .arg(m_signed.size())
                   .arg(SignatureRepository::partiesOf(m_instance.form, m_instance.edition).size()),
               false);
    emit changed();
    return {};
}

QWidget* FormWizardPage::buildSectionPage(const FormSection& section)
{
    auto* scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // questions wrap instead
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    auto* heading = new QLabel(sectionHeading(section), content);
    styleAsHeading(heading, 1.25);
    layout->addWidget(heading);
    const int page = m_pages->count();
    QString group;
    for (const FormField& field : section.fields) {
        const QString fieldGroup = field.definition.value(QStringLiteral("group")).toString();
        if (!fieldGroup.isEmpty() && fieldGroup != group) {
            auto* groupLabel = new QLabel(fieldGroup, content);
            QFont font = groupLabel->font();
            font.setBold(true);
            groupLabel->setFont(font);
            layout->addWidget(groupLabel);
        }
        group = fieldGroup;

        auto* row = new QWidget(content);
        auto* rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 6, 0, 6);
        auto* question = new QLabel(field.label, row);
        question->setWordWrap(true);
        QFont larger = question->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.1); // read at a kitchen table, on a laptop
        question->setFont(larger);
        rowLayout->addWidget(question);
        if (const QString hint = field.definition.value(QStringLiteral("hint")).toString(); !hint.isEmpty()) {
            auto* hintLabel = new QLabel(hint, row);
            hintLabel->setWordWrap(true);
            hintLabel->setStyleSheet(QStringLiteral("color: #4a4a4a;")); // readable: WCAG contrast over 7:1
            rowLayout->addWidget(hintLabel);
        }
        auto* editor = new FormFieldEditor(field, m_today, row);
        editor->setValue(m_answers.value(field.id));
        editor->setParticipantName(m_participantName);
        question->setBuddy(editor->focusTarget());
        rowLayout->addWidget(editor);
        connect(editor, &FormFieldEditor::edited, this, [this, editor] { fieldEdited(editor); });
        layout->addWidget(row);
        m_editors.insert(field.id, editor);
        m_rows.insert(field.id, row);
        m_pageOfField.insert(field.id, page);

        if (field.id == u"voordracht_omklap") {
            // Werkafspraak 8, right where the question is answered.
            m_omklapCheck = new QLabel(content);
            m_omklapCheck->setObjectName(QStringLiteral("omklapCheck"));
            m_omklapCheck->setWordWrap(true);
            m_omklapCheck->setFrameShape(QFrame::StyledPanel);
            m_omklapCheck->setMargin(8);
            m_omklapCheck->setFocusPolicy(Qt::StrongFocus);
            layout->addWidget(m_omklapCheck);
        }
    }
    layout->addStretch(1); // questions stay together at the top; the empty space goes below
    scroll->setWidget(content);
    return scroll;
}

QWidget* FormWizardPage::buildCheckPage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    auto* heading = new QLabel(tr("Check and make final"), page);
    styleAsHeading(heading, 1.25);
    m_checkSummary = new QLabel(page);
    m_checkSummary->setObjectName(QStringLiteral("checkSummary"));
    m_checkSummary->setWordWrap(true);
    m_problems = new QListWidget(page);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Missing or wrong answers; press Enter to go there"));
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { goToField(item->data(Qt::UserRole).toString()); });
    m_changes = new QLabel(page);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setWordWrap(true);
    m_outcome = new QLabel(page);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_finalise = new QPushButton(tr("&Make final…"), page);
    m_finalise->setObjectName(QStringLiteral("finalise"));
    m_correct = new QPushButton(tr("&Correct in a new version"), page);
    m_correct->setObjectName(QStringLiteral("correct"));
    connect(m_finalise, &QPushButton::clicked, this, &FormWizardPage::askFinalise);
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (const QString error = startCorrection(); !error.isEmpty())
            showStatus(error, true);
    });
    m_export = new QPushButton(tr("&Export or print…"), page);
    m_export->setObjectName(QStringLiteral("exportPdf"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (ExportPdfDialog* dialog = openExport())
            dialog->exec();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_finalise);
    buttons->addWidget(m_correct);
    buttons->addWidget(m_export);
    buttons->addStretch();
    layout->addWidget(heading);
    layout->addWidget(m_checkSummary);
    layout->addWidget(m_problems, 3);
    layout->addWidget(m_changes);
    layout->addWidget(m_outcome);
    layout->addLayout(buttons);
    layout->addStretch(1); // top-aligned when there is no list of problems
    return page;
}

void FormWizardPage::fieldEdited(FormFieldEditor* editor)
{
    const QString id = editor->field().id;
    m_answers.insert(id, editor->value());
    m_pending.insert(id);
    if (!m_saveTimer->isActive()) // not restarted: a long burst of typing is still saved in time
        m_saveTimer->start();
    showStatus(tr("Saving…"), false);
    if (editor->field().type == FieldType::YesNo || editor->field().id == u"deelnemer")
        updateRelevance();
    else
        updateProgress();
    if (editor->field().id == u"deelnemer") {
        const QString naam = FormValues::parseContact(editor->value()).value(QStringLiteral("naam"));
        for (FormFieldEditor* other : std::as_const(m_editors))
            other->setParticipantName(naam.isEmpty() ? m_participantName : naam);
    }
}

void FormWizardPage::saveInPassing()
{
    // saveNow() shows its outcome in the status line and retries on its own; the caller goes on.
    static_cast<void>(saveNow());
}

void FormWizardPage::rememberPosition(const QString& sectionId)
{
    // Where to resume is a convenience, not an answer: a failure is shown, the form goes on.
    if (const QString error = FormAnswerRepository(m_session.database())
                                  .savePosition(m_instance.id, sectionId, m_lastFocusField);
        !error.isEmpty())
        showStatus(error, true);
}

QString FormWizardPage::saveNow()
{
    m_saveTimer->stop();
    if (m_pending.isEmpty() || m_instance.id == 0)
        return {};
    if (m_session.state() != StoreSession::State::Unlocked) {
        const QString error = tr("The case file is locked; the last changes are kept on screen until it is "
                                 "unlocked.");
        showStatus(error, true);
        return error;
    }
    // Form ids count from 1 in every case file: answers are only ever written to their own file.
    if (m_session.path() != m_instanceStore) {
        const QString error = tr("These answers belong to the case file %1, which is not open; open it again "
                                 "to save them.")
                                  .arg(m_instanceStore);
        showStatus(error, true);
        return error;
    }
    FormFiling writer = filing();
    const QSet<QString> pending = m_pending;
    for (const QString& id : pending) {
        if (const QString error = writer.saveAnswer(m_instance.id, id, m_answers.value(id));
            !error.isEmpty()) {
            showStatus(error, true);
            m_saveTimer->start(2000); // try again; the answer stays pending, never dropped
            return error;
        }
        m_pending.remove(id);
    }
    showStatus(tr("All answers saved."), false);
    if (!m_signed.isEmpty())
        refreshSignatures(); // a changed answer lapses every signature (issue 7)
    if (currentPage() == checkPage())
        updateCheckPage();
    return {};
}

void FormWizardPage::showStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QString());
}

QString FormWizardPage::saveStatus() const
{
    return m_status->text();
}

void FormWizardPage::updateRelevance()
{
    const FormCheck check(m_definition, m_answers);
    for (const FormSection& section : std::as_const(m_definition.sections)) {
        for (const FormField& field : section.fields) {
            if (QWidget* row = m_rows.value(field.id))
                row->setVisible(check.applies(field));
        }
    }
    updateOmklapCheck();
    updateProgress();
}

bool FormWizardPage::isShown(const QString& fieldId) const
{
    const FormField* field = m_definition.field(fieldId);
    return field != nullptr && FormCheck(m_definition, m_answers).applies(*field);
}

void FormWizardPage::updateProgress()
{
    const FormCheck::Progress progress = FormCheck(m_definition, m_answers).progress();
    m_progress->setMaximum(std::max(progress.total, 1));
    m_progress->setValue(progress.answered);
    m_progress->setAccessibleName(
        tr("%1 of %2 questions answered").arg(progress.answered).arg(progress.total));
}

void FormWizardPage::updateOmklapCheck()
{
    if (m_omklapCheck == nullptr)
        return;
    const bool proposed = m_answers.value(QStringLiteral("voordracht_omklap")) == u"ja";
    m_omklapCheck->setVisible(proposed);
    if (!proposed)
        return;
    saveInPassing(); // the engine judges what is stored
    const Result<Evaluation> preview = filing().preview(m_instance.id);
    if (!preview) {
        m_omklapCheck->setText(
            tr("The omklap check cannot be made yet: %1").arg(preview.errors().join(u' ')));
        return;
    }
    const OmklapStatus& omklap = preview->omklap;
    QStringList lines{omklap.eligible ? tr("Omklap check (Werkafspraak 8): every condition is met.")
                                      : tr("Omklap check (Werkafspraak 8): not every condition is met yet.")};
    for (const QString& code : omklap.unmet)
        lines << QStringLiteral("✗ ") + OmklapReasons::text(code);
    if (omklap.earliest && !omklap.eligible)
        lines << tr("The date conditions are met from %1.").arg(DateText::date(*omklap.earliest));
    m_omklapCheck->setText(lines.join(u'\n'));
    m_omklapCheck->setAccessibleName(m_omklapCheck->text());
}

void FormWizardPage::updateCheckPage()
{
    const QList<FormProblem> problems = FormCheck(m_definition, m_answers).problems();
    m_problems->clear();
    for (const FormProblem& problem : problems) {
        const FormSection* section = nullptr;
        for (const FormSection& candidate : std::as_const(m_definition.sections)) {
            if (candidate.id == problem.sectionId)
                section = &candidate;
        }
        auto* item = new QListWidgetItem(
            (section ? sectionHeading(*section) + QStringLiteral(": ") : QString()) + problem.message,
            m_problems);
        item->setData(Qt::UserRole, problem.fieldId);
    }
    const bool final = m_instance.isFinal();
    m_problems->setVisible(!final && !problems.isEmpty());
    if (final)
        m_checkSummary->setText(
            tr("This form was made final on %1. A correction becomes a new version; this one "
               "is kept.")
                .arg(DateText::moment(m_instance.finalisedAt)));
    else if (problems.isEmpty())
        m_checkSummary->setText(tr("Every required answer is there."));
    else
        m_checkSummary->setText(tr("%n answer(s) missing or not right yet. Choose one to go there.", nullptr,
                                   int(problems.size())));

    QStringList changes;
    if (m_instance.previousId) {
        if (const Result<FormAnswers> previous = filing().answers(*m_instance.previousId)) {
            for (const QString& id : FormCheck::changedFields(m_definition, previous.value(), m_answers))
                changes << QStringLiteral("• ") + m_definition.field(id)->label;
        }
        m_changes->setText(changes.isEmpty()
                               ? tr("No changes yet compared with version %1.").arg(m_instance.version - 1)
                               : tr("Changed compared with version %1:\n%2")
                                     .arg(m_instance.version - 1)
                                     .arg(changes.join(u'\n')));
    }
    m_changes->setVisible(m_instance.previousId.has_value());

    QStringList outcome;
    if (!final && problems.isEmpty()) {
        const Result<QList<TrajectoryEvent>> events = filing().outcome(m_instance.id);
        if (!events)
            outcome << events.errors();
        else if (events->isEmpty())
            outcome << tr("Making it final records no new events in the trajectory.");
        else {
            outcome << tr("Making it final records in the trajectory:");
            for (const TrajectoryEvent& event : events.value())
                outcome << QStringLiteral("• ") + describe(event);
        }
    }
    m_outcome->setText(outcome.join(u'\n'));
    m_outcome->setVisible(!outcome.isEmpty());
    m_finalise->setVisible(!final);
    m_finalise->setEnabled(problems.isEmpty());
    m_correct->setVisible(final);
}

int FormWizardPage::currentPage() const
{
    return m_pages->currentIndex();
}

void FormWizardPage::goToPage(int page)
{
    if (page < 0 || page > checkPage())
        return;
    saveInPassing(); // leaving a page writes what is pending at once
    m_pages->setCurrentIndex(page);
    {
        const QSignalBlocker blocker(m_sections);
        m_sections->setCurrentRow(page);
    }
    m_back->setEnabled(page > 0);
    m_next->setEnabled(page < checkPage());
    if (page == checkPage())
        updateCheckPage();
    if (page < sectionCount() && !m_instance.isFinal())
        rememberPosition(m_definition.sections.at(page).id);
}

void FormWizardPage::goToField(const QString& fieldId)
{
    if (!m_pageOfField.contains(fieldId))
        return;
    goToPage(m_pageOfField.value(fieldId));
    FormFieldEditor* editor = m_editors.value(fieldId);
    if (QWidget* target = editor->focusTarget()) {
        target->setFocus(Qt::OtherFocusReason);
        if (auto* scroll = qobject_cast<QScrollArea*>(m_pages->currentWidget()))
            scroll->ensureWidgetVisible(m_rows.value(fieldId));
    }
}

void FormWizardPage::rememberFocus(QWidget* now)
{
    if (now == nullptr || m_instance.isFinal() || m_instance.id == 0 || !isAncestorOf(now) ||
        m_session.state() != StoreSession::State::Unlocked)
        return;
    for (QWidget* widget = now; widget != nullptr && widget != this; widget = widget->parentWidget()) {
        if (auto* editor = qobject_cast<FormFieldEditor*>(widget)) {
            if (editor->field().id == m_lastFocusField)
                return;
            m_lastFocusField = editor->field().id;
            rememberPosition(m_definition.sections.at(m_pageOfField.value(m_lastFocusField)).id);
            return;
        }
    }
}

QStringList FormWizardPage::problemTexts() const
{
    QStringList texts;
    for (const FormProblem& problem : FormCheck(m_definition, m_answers).problems())
        texts << problem.message;
    return texts;
}

void FormWizardPage::askFinalise()
{
    const auto answer = Questions::ask(this, tr("Make final"),
                                       tr("Make this form final? Its answers can then no longer "
                                          "change; a correction becomes a new version."),
                                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const QString error = finalise(); !error.isEmpty())
        showStatus(error, true);
}

QString FormWizardPage::finalise()
{
    if (const QString error = saveNow(); !error.isEmpty())
        return error;
    if (const QString error = filing().finalise(m_instance.id); !error.isEmpty()) {
        updateCheckPage();
        return tr("Not made final; the concept is unchanged. %1").arg(error);
    }
    const qint64 id = m_instance.id;
    emit changed();
    if (const QString error = open(id, m_today); !error.isEmpty())
        return tr("The form is final and its events are in the trajectory, but it could not be shown "
                  "again: %1")
            .arg(error);
    showStatus(tr("The form is final and its events are in the trajectory."), false);
    return {};
}

ExportPdfDialog* FormWizardPage::openExport()
{
    // The PDF shows what is stored: not while an answer on screen could not be written.
    if (!saveNow().isEmpty())
        return nullptr;
    auto* dialog = new ExportPdfDialog(m_session, m_actor, m_today, m_instance.id, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(1100, 700);
    return dialog;
}

QString FormWizardPage::startCorrection()
{
    const Result<qint64> correction = filing().startCorrection(m_instance.id);
    if (!correction)
        return correction.errors().join(u' ');
    if (const QString error = open(correction.value(), m_today); !error.isEmpty())
        return error;
    goToPage(0);
    showStatus(tr("A new version to correct; the final form stays as it was."), false);
    emit changed();
    return {};
}

void FormWizardPage::setActor(const Actor& actor)
{
    m_actor = actor;
}
