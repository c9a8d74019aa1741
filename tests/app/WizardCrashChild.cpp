// The process the wizard's crash test kills (issue 6): it opens a form in the real wizard and
// types answers into it through the widgets, one field after another, as a caseworker would.
//   wizard_crash_child FILE FORM-ID FIELD...
// For each field (in form order) it prints "typed <field> <page> <steady-clock ms>" once the last key is in,
// then pauses 120 ms (a person reading the next question) and goes on; after the last field it
// waits to be killed. Passphrase: THUIS_PASSPHRASE; test-only key derivation.
#include "FormFieldEditor.h"
#include "FormWizardPage.h"

#include "application/Clock.h"
#include "store/StoreSession.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

#include <chrono>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() < 3)
        return 2;
    SystemClock clock;
    StoreSession session(clock, KdfParameters::cheapForTestsOnly());
    if (const StoreSession::Outcome opened =
            session.open(arguments.at(0), SecretBytes(qgetenv("THUIS_PASSPHRASE")));
        !opened.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    FormWizardPage wizard(session,
                          Actor{QStringLiteral("Crash Test"), QString(), QStringLiteral("begeleider")});
    if (const QString error = wizard.open(arguments.at(1).toLongLong(), QDate(2026, 11, 23));
        !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    wizard.resize(1366, 768);
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    auto* next = wizard.findChild<QPushButton*>(QStringLiteral("next"));
    for (const QString& field : arguments.mid(2)) {
        // As a caseworker moves: Volgende to the field's page, then into the field. Within a
        // page only the autosave timer writes (leaving a page writes at once).
        while (wizard.currentPage() < wizard.pageOf(field))
            QTest::mouseClick(next, Qt::LeftButton);
        QWidget* target = wizard.editor(field)->focusTarget();
        target->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(target, QStringLiteral("Antwoord op %1, getypt.").arg(field));
        const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch());
        std::printf("typed %s %d %lld\n", qPrintable(field), wizard.currentPage(),
                    static_cast<long long>(now.count()));
        std::fflush(stdout);
        QTest::qWait(120);
    }
    QTest::qWait(60 * 60 * 1000); // until killed
    return 0;
}
