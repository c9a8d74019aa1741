#include "platform/NativeNetwork.h"

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef _WIN32

// Winsock wants starting once per process; it is never stopped (the process ends it).
bool winsockStarted()
{
    static const bool started = [] {
        WSADATA data{};
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    return started;
}

bool accepts(const addrinfo& address, int milliseconds)
{
    const SOCKET handle = socket(address.ai_family, address.ai_socktype, address.ai_protocol);
    if (handle == INVALID_SOCKET)
        return false;
    u_long nonBlocking = 1;
    bool accepted = false;
    if (ioctlsocket(handle, FIONBIO, &nonBlocking) == 0) {
        accepted = connect(handle, address.ai_addr, int(address.ai_addrlen)) == 0;
        if (!accepted && WSAGetLastError() == WSAEWOULDBLOCK) {
            fd_set writable;
            fd_set failed;
            FD_ZERO(&writable);
            FD_ZERO(&failed);
            FD_SET(handle, &writable);
            FD_SET(handle, &failed);
            timeval wait{milliseconds / 1000, (milliseconds % 1000) * 1000};
            int error = 0;
            int length = sizeof error;
            accepted =
                select(0, nullptr, &writable, &failed, &wait) == 1 && FD_ISSET(handle, &writable) &&
                getsockopt(handle, SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&error), &length) == 0 &&
                error == 0;
        }
    }
    closesocket(handle);
    return accepted;
}

#else

bool accepts(const addrinfo& address, int milliseconds)
{
    const int handle = socket(address.ai_family, address.ai_socktype, address.ai_protocol);
    if (handle < 0)
        return false;
    bool accepted = false;
    const int flags = fcntl(handle, F_GETFL);
    if (flags >= 0 && fcntl(handle, F_SETFL, flags | O_NONBLOCK) == 0 &&
        fcntl(handle, F_SETFD, FD_CLOEXEC) == 0) {
        accepted = connect(handle, address.ai_addr, address.ai_addrlen) == 0;
        if (!accepted && errno == EINPROGRESS) {
            pollfd waiting{handle, POLLOUT, 0};
            int error = 0;
            socklen_t length = sizeof error;
            accepted = poll(&waiting, 1, milliseconds) == 1 &&
                       getsockopt(handle, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0;
        }
    }
    close(handle);
    return accepted;
}

#endif

} // namespace

namespace NativeNetwork {

bool tcpAccepts(const std::string& host, int port, int milliseconds)
{
#ifdef _WIN32
    if (!winsockStarted())
        return false;
#endif
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0)
        return false;
    bool accepted = false;
    for (const addrinfo* address = found; address && !accepted; address = address->ai_next)
        accepted = accepts(*address, milliseconds);
    freeaddrinfo(found);
    return accepted;
}

} // namespace NativeNetwork
