#include "platform/NativeConsole.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace NativeConsole {

#ifdef _WIN32

struct HiddenInput::Saved
{
    DWORD mode = 0;
};

bool inputIsTerminal()
{
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
}

HiddenInput::HiddenInput()
    : m_saved(std::make_unique<Saved>())
{
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    if (!GetConsoleMode(input, &m_saved->mode))
        return;
    m_hidden = SetConsoleMode(input, m_saved->mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
}

HiddenInput::~HiddenInput()
{
    if (m_hidden)
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), m_saved->mode);
}

#else

struct HiddenInput::Saved
{
    termios settings{};
};

bool inputIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

HiddenInput::HiddenInput()
    : m_saved(std::make_unique<Saved>())
{
    if (tcgetattr(STDIN_FILENO, &m_saved->settings) != 0)
        return;
    termios hidden = m_saved->settings;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    m_hidden = tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) == 0;
}

HiddenInput::~HiddenInput()
{
    if (m_hidden)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved->settings);
}

#endif

} // namespace NativeConsole
