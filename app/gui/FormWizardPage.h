#pragma once

#include "forms/FormAnswers.h"
#include "forms/FormDefinition.h"
#include "pdf/FormPdf.h"
#include "store/AuditLog.h"
#include "store/FormAnswerRepository.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QWidget>

class FormFieldEditor;
class FormFiling;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;
class Settings;
class StoreSession;

// A form as a guided wizard (issue 6): one page per section of the official form, a section
// list to jump anywhere, a progress bar, Vorige/Volgende, and a last page "Controleren" that
// lists every missing or wrong answer (activate one to go there) and makes the form final.
// Every change is written to the encrypted store within 200 ms (autosave, one transaction per
// answer); nothing is kept only in the widgets. The page and field the user is on are stored
// too, so an unfinished form reopens exactly there.
class FormWizardPage : public QWidget
{
    Q_OBJECT

public:
    FormWizardPage(StoreSession& session, Actor actor, QWidget* parent = nullptr);
    // Who the audit log names from now on (the user profile changed).
    void setActor(const Actor& actor);
    ~FormWizardPage() override;

    // Loads a form; false with the reason (the definition could not be loaded, ...) otherwise.
    [[nodiscard]] QString open(qint64 formId, const QDate& today);
    qint64 formId() const { return m_instance.id; }
    [[nodiscard]] QString participantId() const { return m_instance.participantId; }
    const FormInstance& instance() const { return m_instance; }

    // Writes what is not saved yet; empty on success, else why (the answers stay pending).
    [[nodiscard]] QString saveNow();
    // Whether answers typed are waiting to be written (a failed write keeps them here).
    [[nodiscard]] bool hasUnsavedAnswers() const { return !m_pending.isEmpty(); }
    int sectionCount() const { return int(m_definition.sections.size()); }
    int currentPage() const;
    void goToPage(int page);
    void goToField(const QString& fieldId);
    int pageOf(const QString& fieldId) const { return m_pageOfField.value(fieldId, -1); }
    // The Controleren page's index.
    int checkPage() const { return sectionCount(); }
    FormFieldEditor* editor(const QString& fieldId) const { return m_editors.value(fieldId); }
    [[nodiscard]] bool isShown(const QString& fieldId) const;
    [[nodiscard]] QString saveStatus() const;
    QStringList problemTexts() const;
    // Makes the form final without asking (the button asks first); empty or the reason.
    [[nodiscard]] QString finalise();
    [[nodiscard]] QString startCorrection();
    // Stores a party's signature drawn on the last page; empty or the reason.
    [[nodiscard]] QString sign(const DrawnSignature& signature);
    int validSignatures() const { return int(m_signed.size()); }
    // Where the seal certificate's path is remembered (the app's settings).
    void setSettings(Settings* settings) { m_settings = settings; }
    // Opens the export dialog (non-modal in tests: returned, shown).
    // Nothing (with the reason in the status line) while answers on screen cannot be written.
    class ExportPdfDialog* openExport();

signals:
    void backRequested(const QString& participantId);
    void changed(); // the form's status changed (final, a correction): the dossier reloads

private:
    void saveInPassing();
    void rememberPosition(const QString& sectionId);
    void build();
    QWidget* buildSectionPage(const FormSection& section);
    QWidget* buildCheckPage();
    void fieldEdited(FormFieldEditor* editor);
    void updateRelevance();
    void updateProgress();
    void updateCheckPage();
    void updateOmklapCheck();
    void pageChanged(int page);
    void rememberFocus(QWidget* now);
    void askFinalise();
    void showStatus(const QString& text, bool problem);
    void retranslateNavigation();
    void refreshSignatures();
    FormFiling filing() const;

    StoreSession& m_session;
    Actor m_actor;
    QDate m_today;
    FormInstance m_instance;
    FormDefinition m_definition;
    FormAnswers m_answers;
    QSet<QString> m_pending;
    QString m_instanceStore; // the case file the form on screen belongs to (StoreSession::path)
    QString m_participantName;
    QString m_lastFocusField;
    QHash<QString, DrawnSignature> m_signed; // party -> valid signature

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QProgressBar* m_progress = nullptr;
    QListWidget* m_sections = nullptr;
    QStackedWidget* m_pages = nullptr;
    QHash<QString, FormFieldEditor*> m_editors;
    QHash<QString, QWidget*> m_rows; // question label + editor, hidden when skipped
    QHash<QString, int> m_pageOfField;
    QLabel* m_omklapCheck = nullptr;
    QListWidget* m_problems = nullptr;
    QLabel* m_checkSummary = nullptr;
    QLabel* m_outcome = nullptr;
    QLabel* m_changes = nullptr;
    QPushButton* m_finalise = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_export = nullptr;
    Settings* m_settings = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_toDossier = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_saveTimer = nullptr;
    QWidget* m_content = nullptr;
};
