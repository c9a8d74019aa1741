#pragma once

#include <QString>

// Whether anything listens where a team server should be (issue 19): a unix socket that exists,
// or a TCP port that accepts within `milliseconds`. Tells "offline" (nothing answered) from "the
// server answered and refused" after a failed connection, without reading libpq's messages,
// which are in the user's language.
class ServerProbe
{
public:
    [[nodiscard]] static bool listening(const QString& host, int port, int milliseconds = 3000);
};
