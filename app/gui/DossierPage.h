#pragma once

#include "forms/FormAnswers.h"
#include "store/AuditLog.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/Evaluation.h"
#include "trajectory/TrajectoryEngine.h"

#include <QDate>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

struct Consent;
class ParticipantForm;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class StoreSession;

// One participant's dossier: Gegevens, Tijdlijn, Termijnen, Omklap, Doelen, Overlast. Every tab
// shows what the engine computes from the recorded events as of today; the only way to change
// the trajectory is to record a new event (never editing history).
class DossierPage : public QWidget
{
    Q_OBJECT

public:
    DossierPage(StoreSession& session, Actor actor, QWidget* parent = nullptr);
    // Who the audit log names from now on (the user profile changed).
    void setActor(const Actor& actor);

    // False (and nothing changes) when the case file has no such participant.
    [[nodiscard]] bool show(const QString& participantId, const QDate& today);
    [[nodiscard]] QString participantId() const { return m_participantId; }
    // Records an event through the engine; empty on success, else the reason (nothing written).
    [[nodiscard]] QString recordEvent(const TrajectoryEvent& event);
    QList<EventOption> eventOptions() const;
    // The overlastprotocol's steps for one complaint (Bijlage 1), judged as of today.
    QList<EventOption> overlastSteps(const QString& meldingId) const;
    // Undoes the last recorded action by a compensating event (no questions asked); empty on
    // success, else the engine's reason (nothing written).
    [[nodiscard]] QString undoLastAction(const QString& reden);
    QTabWidget* tabs() const { return m_tabs; }
    ParticipantForm* form() const { return m_form; }
    // The Termijnen row of a deadline rule: "due dd-mm-jjjj, status", for tests and screen readers.
    [[nodiscard]] QString deadlineSummary(const QString& rule) const;

    // Starts a form for this participant (or continues the unfinished one) and asks for it to
    // be opened; empty on success, else why not.
    [[nodiscard]] QString startForm(const QString& form, const FormAnswers& given = {});
    // The letters of the overlastprotocol the selected complaint asks for now (OverlastLetters).
    [[nodiscard]] QStringList lettersForSelectedMelding() const;
    // The teamleider of a case file linked to a team hands the participant over from here.
    void setHandoverAvailable(bool available);

signals:
    void backRequested();
    void handoverRequested(const QString& participantId);
    void changed();
    void formRequested(qint64 formId);
    void problem(const QString& message);

private:
    void reload();
    void askEvent();
    void askUndo();
    void askNewMelding();
    void askConsent();
    void askPaperSignature();
    void askWoonzakenAnswer();
    void fillLetterMenu();
    void fillConsent(const Consent& consent);
    void fillGoalHistory(int goalRow);
    // Reloads and tells the window after a successful write; passes the error through.
    [[nodiscard]] QString afterWrite(const QString& error);
    void askOverlastStep();
    [[nodiscard]] QString selectedMelding() const;
    void runEventDialog(const QList<EventOption>& options);
    using OptionsQuestion = std::function<Result<QList<EventOption>>(const TrajectoryEngine& engine,
                                                                     const Trajectory& trajectory)>;
    QList<EventOption> optionsFrom(const OptionsQuestion& ask) const;
    void fillTimeline();
    QWidget* buildFormsTab();
    void fillForms(const QList<TrajectoryEvent>& effective);
    // `evaluation`: the trajectory as of today, which says when a form is asked for (the
    // Voordracht voor Omklap once the omklap check passes); null when it is unknown.
    void showFormSet(const Evaluation* evaluation);
    void fillDeadlines(const Evaluation& evaluation);
    [[nodiscard]] QString editionHistory(const Evaluation& evaluation) const;
    void fillOmklap(const Evaluation& evaluation);
    void fillGoalsAndMeldingen(const Evaluation& evaluation);

    StoreSession& m_session;
    Actor m_actor;
    QString m_participantId;
    QDate m_today;
    QLabel* m_heading = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_holder = nullptr; // who holds the dossier in the team
    QPushButton* m_handover = nullptr;
    QTabWidget* m_tabs = nullptr;
    ParticipantForm* m_form = nullptr;
    QTableWidget* m_forms = nullptr;
    QWidget* m_formsTab = nullptr;
    QHBoxLayout* m_startButtons = nullptr; // one per form of the participant's agreements
    QLabel* m_formSetNote = nullptr;       // what those agreements ask for that is not here
    QTableWidget* m_timeline = nullptr;
    QTableWidget* m_deadlines = nullptr;
    QLabel* m_omklapStatus = nullptr;
    QListWidget* m_omklapUnmet = nullptr;
    QTableWidget* m_goals = nullptr;
    QTableWidget* m_goalHistory = nullptr;
    QList<RecordedEvent> m_history; // as fillTimeline read it, for the goal history
    QSet<int> m_retracted;
    QLabel* m_consent = nullptr;
    QTableWidget* m_meldingen = nullptr;
    QPushButton* m_letter = nullptr;    // the overlast letters of the selected complaint
    QList<TrajectoryEvent> m_effective; // the history as the engine counts it, as reload read it
    std::optional<Evaluation> m_evaluation;
};
