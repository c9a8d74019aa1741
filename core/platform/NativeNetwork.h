#pragma once

#include <string>

// Whether something accepts TCP connections at a host and port within a time (issue 22): the
// team sync tells "the server is down" from "it refused us" with it (ServerProbe). POSIX
// sockets made non-blocking with fcntl (SOCK_NONBLOCK and SOCK_CLOEXEC are Linux's; macOS has
// neither), Winsock on Windows. Plain C++ like the rest of core/platform. The host is UTF-8.
namespace NativeNetwork {

bool tcpAccepts(const std::string& host, int port, int milliseconds);

} // namespace NativeNetwork
