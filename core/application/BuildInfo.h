#pragma once

#include <QCoreApplication>
#include <QString>

// What this build is: name, version and licence, as shown by `--version`, the About dialog
// and the package metadata. The values come from CMake (one source: the project() call),
// so the binaries, the .deb and the About dialog can never disagree.
class BuildInfo
{
    Q_DECLARE_TR_FUNCTIONS(BuildInfo)

public:
    [[nodiscard]] static QString applicationName();
    [[nodiscard]] static QString applicationId();
    [[nodiscard]] static QString version();
    [[nodiscard]] static QString licence();
    // One line per fact, for `--version` and bug reports.
    [[nodiscard]] static QString versionReport();
    // One sentence in the user's language: what the application is for.
    [[nodiscard]] static QString purpose();
    // Names the running application (name, version, organisation): where QSettings stores
    // preferences and what --version says depend on it. Call right after creating it.
    static void identifyApplication();
};
