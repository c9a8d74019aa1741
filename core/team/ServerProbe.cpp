#include "team/ServerProbe.h"

#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

bool tcpAccepts(const addrinfo& address, int milliseconds)
{
    const int socketFd =
        ::socket(address.ai_family, address.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address.ai_protocol);
    if (socketFd < 0)
        return false;
    bool accepted = ::connect(socketFd, address.ai_addr, address.ai_addrlen) == 0;
    if (!accepted && errno == EINPROGRESS) {
        pollfd waiting{socketFd, POLLOUT, 0};
        int error = 0;
        socklen_t length = sizeof error;
        accepted = ::poll(&waiting, 1, milliseconds) == 1 &&
                   ::getsockopt(socketFd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0;
    }
    ::close(socketFd);
    return accepted;
}

} // namespace

bool ServerProbe::listening(const QString& host, int port, int milliseconds)
{
    if (host.startsWith(u'/')) // libpq's unix socket folder
        return QFileInfo::exists(QStringLiteral("%1/.s.PGSQL.%2").arg(host).arg(port));
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found) != 0)
        return false;
    bool accepted = false;
    for (const addrinfo* address = found; address && !accepted; address = address->ai_next)
        accepted = tcpAccepts(*address, milliseconds);
    ::freeaddrinfo(found);
    return accepted;
}
