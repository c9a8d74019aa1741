#include "QtCatch.h"

#include "application/BuildInfo.h"

#include <QFile>
#include <QRegularExpression>

TEST_CASE("The version is a semantic version from the CMake project", "[buildinfo]")
{
    const QRegularExpression semanticVersion(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    CHECK(semanticVersion.match(BuildInfo::version()).hasMatch());
}

TEST_CASE("The version report names the application, version, licence and running Qt", "[buildinfo]")
{
    const QString report = BuildInfo::versionReport();
    CHECK(report.startsWith(QStringLiteral("Thuis in de Wijk ") + BuildInfo::version()));
    CHECK(report.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(report.contains(QString::fromUtf8(qVersion())));
}

TEST_CASE("The declared licence is the one in the LICENSE file", "[buildinfo]")
{
    QFile licence(QStringLiteral(THUIS_SOURCE_DIR "/LICENSE"));
    REQUIRE(licence.open(QIODevice::ReadOnly));
    const QByteArray text = licence.read(4096);
    CHECK(BuildInfo::licence() == QStringLiteral("GPL-3.0-or-later"));
    CHECK(text.contains("GNU GENERAL PUBLIC LICENSE"));
    CHECK(text.contains("Version 3, 29 June 2007"));
}
