#include "application/BuildInfo.h"

#include "application/BuildInfoValues.h"

QString BuildInfo::applicationName()
{
    return QString::fromUtf8(BuildInfoValues::applicationName);
}

QString BuildInfo::applicationId()
{
    return QString::fromUtf8(BuildInfoValues::applicationId);
}

QString BuildInfo::version()
{
    return QString::fromUtf8(BuildInfoValues::version);
}

QString BuildInfo::licence()
{
    return QString::fromUtf8(BuildInfoValues::licence);
}

QString BuildInfo::versionReport()
{
    return tr("%1 %2\nLicence: %3\nBuilt with Qt %4 (running on Qt %5), %6, build type %7")
        .arg(applicationName(), version(), licence(), QString::fromUtf8(BuildInfoValues::qtBuildVersion),
             QString::fromUtf8(qVersion()), QString::fromUtf8(BuildInfoValues::compiler),
             QString::fromUtf8(BuildInfoValues::buildType));
}

void BuildInfo::identifyApplication()
{
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
    QCoreApplication::setOrganizationName(QStringLiteral("ThuisInDeWijk"));
}

QString BuildInfo::purpose()
{
    return tr("Case files, forms and deadlines for the Thuis in de Wijk agreements (Omslagroute).");
}
