#include "team/ServerProbe.h"

#include "platform/NativeNetwork.h"

#include <QFileInfo>

bool ServerProbe::listening(const QString& host, int port, int milliseconds)
{
    if (host.startsWith(u'/')) // libpq's unix socket folder
        return QFileInfo::exists(QStringLiteral("%1/.s.PGSQL.%2").arg(host).arg(port));
    return NativeNetwork::tcpAccepts(host.toStdString(), port, milliseconds);
}
