#pragma once

#include "store/AuditLog.h"
#include "team/TeamReview.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class StoreSession;

// Bestand > Te beoordelen... (issue 19): the review queue. Each item a sync flagged, with the
// participant's history side by side (what the flagged item's author recorded, what the others
// did), what the rules say of it now, and the decision: keep, retract one event, or ask the
// begeleider. The decision is recorded in the case file and goes to the team (TeamReview).
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `mayDecide`: the teamleider's profile (the server refuses a decision from anyone else);
    // a begeleider sees the items about their own participants.
    ReviewDialog(StoreSession& session, const Actor& actor, bool mayDecide, QWidget* parent = nullptr);

    // How many decisions were made: the window syncs them.
    [[nodiscard]] int decisions() const { return m_decisions; }

private:
    void fill();
    void showItem(int row);
    void decide(TeamReview::Decision decision);
    void handBack();
    // What the item lets the teamleider do: decide a flag, or hand a refused item's participant back.
    void showChoices(const TeamReview::Item& item);
    [[nodiscard]] std::optional<qint64> chosenEvent() const;

    StoreSession& m_session;
    Actor m_actor;
    QList<TeamReview::Item> m_items;
    QListWidget* m_list = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_authorTitle = nullptr;
    QListWidget* m_byAuthor = nullptr;
    QListWidget* m_byOthers = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_retract = nullptr;
    QPushButton* m_ask = nullptr;
    QPushButton* m_handBack = nullptr;
    QLabel* m_problem = nullptr;
    int m_decisions = 0;
    bool m_mayDecide = false;
};
