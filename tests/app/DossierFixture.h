#pragma once
// Shared by the GUI tests that work in a participant's dossier: a case file with one
// trajectory, and the window unlocked on that dossier.
#include "GuiFixture.h"
#include "TrajectoryBuilder.h"

#include "DossierPage.h"
#include "MainWindow.h"

#include "store/TrajectoryRepository.h"

#include <QApplication>
#include <QTest>

namespace dossierfixture {

inline const char* const strongPassphrase = "kraanvogel zomer fietsbel lantaarn";

// A case file holding `builder`'s trajectory as participant D-0001, closed again, so that a
// window can open it as the caseworker does.
inline void prepareStoreWith(WindowFixture& fixture, const TrajectoryBuilder& builder)
{
    const QString path = fixture.folder.filePath(QStringLiteral("dossiers.thuis"));
    REQUIRE(fixture.session.create(path, SecretBytes(QByteArray(strongPassphrase))).ok);
    Trajectory trajectory = builder.trajectory();
    trajectory.deelnemer.id = QStringLiteral("D-0001");
    const Actor importer{QStringLiteral("Test Begeleider"), QString(), QStringLiteral("begeleider")};
    REQUIRE(TrajectoryRepository(fixture.session.database())
                .importTrajectory(trajectory, importer, fixture.clock.now().date(), fixture.clock.now())
                .isEmpty());
    fixture.session.close();
    fixture.settings.setLastStorePath(path);
}

// Shows the window at laptop size, types the passphrase and opens D-0001's dossier.
inline DossierPage* unlockAndOpenDossier(MainWindow& window)
{
    window.resize(1366, 768);
    window.show();
    window.showStart();
    QApplication::setActiveWindow(&window); // shortcuts (Ctrl+Z) need an active window
    REQUIRE(QTest::qWaitForWindowActive(&window));
    typePassphraseAndEnter(window, strongPassphrase);
    REQUIRE(window.openDossier(QStringLiteral("D-0001")));
    return window.findChild<DossierPage*>();
}

} // namespace dossierfixture

using namespace dossierfixture;
