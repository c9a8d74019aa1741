#pragma once

#include <memory>

// Typing a passphrase at the command line without it showing (issue 22): the terminal's echo
// is turned off for as long as a HiddenInput lives, and back on when it goes. POSIX: termios
// (tcsetattr without ECHO). Windows: the console's mode without ENABLE_ECHO_INPUT
// (GetConsoleMode / SetConsoleMode). Plain C++ and the systems' own APIs, like NativeFiles.
namespace NativeConsole {

// Whether standard input is a terminal or console (else a pipe or a file: nothing to hide).
bool inputIsTerminal();

class HiddenInput
{
public:
    HiddenInput();
    ~HiddenInput();
    HiddenInput(const HiddenInput&) = delete;
    HiddenInput& operator=(const HiddenInput&) = delete;

    // Whether the echo is off now (false when standard input is no terminal).
    bool hidden() const { return m_hidden; }

private:
    struct Saved; // the terminal's or console's mode before, to put back
    std::unique_ptr<Saved> m_saved;
    bool m_hidden = false;
};

} // namespace NativeConsole
