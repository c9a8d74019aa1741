// The platform layer (core/platform, issue 22): each function checked on this system (POSIX).
// Plain C++ and std::filesystem, no Qt, like the layer itself. The Windows branches follow the
// documented APIs and are not run here (docs/packaging.md).
#include "platform/NativeConsole.h"
#include "platform/NativeFiles.h"
#include "platform/NativeNetwork.h"

#include "PlainFiles.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace fs = std::filesystem;
using plainfiles::Folder;
using plainfiles::read;
using plainfiles::write;

namespace {

mode_t modeOf(const std::string& path)
{
    struct stat status
    {};
    REQUIRE(stat(path.c_str(), &status) == 0);
    return status.st_mode & 07777;
}

// The umask a user may have set (002, or 0): the layer's modes must not depend on it.
struct Umask
{
    mode_t before;
    explicit Umask(mode_t mask)
        : before(umask(mask))
    {}
    ~Umask() { umask(before); }
};

} // namespace

TEST_CASE("Platform: replace puts a file in the place of another in one step, an existing one included",
          "[platform]")
{
    Folder folder;
    const std::string from = folder.at("dossiers.thuis.deel");
    const std::string to = folder.at("dossiers.thuis");
    write(to, "oud");
    write(from, "nieuw");
    CHECK(NativeFiles::replace(from, to).empty());
    CHECK(read(to) == "nieuw");
    CHECK_FALSE(fs::exists(from));

    write(from, "zonder voorganger");
    fs::remove(to);
    CHECK(NativeFiles::replace(from, to).empty());
    CHECK(read(to) == "zonder voorganger");

    // Nothing to put in place: the reason, and the file at `to` untouched.
    const std::string error = NativeFiles::replace(folder.at("bestaat-niet"), to);
    CHECK_FALSE(error.empty());
    CHECK(read(to) == "zonder voorganger");
}

TEST_CASE("Platform: a hard link is a second name for the same file, refused over an existing name",
          "[platform]")
{
    Folder folder;
    const std::string original = folder.at("dossiers.thuis");
    const std::string kept = folder.at("dossiers-voor-herstel.thuis");
    write(original, "inhoud");
    CHECK(NativeFiles::hardLink(original, kept).empty());
    CHECK(read(kept) == "inhoud");
    CHECK(fs::hard_link_count(original) == 2);

    write(folder.at("bezet"), "iets anders");
    CHECK_FALSE(NativeFiles::hardLink(original, folder.at("bezet")).empty());
    CHECK(read(folder.at("bezet")) == "iets anders");
    CHECK_FALSE(NativeFiles::hardLink(folder.at("bestaat-niet"), folder.at("nieuw")).empty());
}

TEST_CASE("Platform: a file is synced to the disk, a missing one gives the reason", "[platform]")
{
    Folder folder;
    write(folder.at("kopie.thuis"), "gegevens");
    CHECK(NativeFiles::syncToDisk(folder.at("kopie.thuis")).empty());
    CHECK_FALSE(NativeFiles::syncToDisk(folder.at("bestaat-niet")).empty());
}

TEST_CASE("Platform: files and folders with personal data are the owner's alone, whatever the umask",
          "[platform]")
{
    Folder folder;
    const Umask open(0); // the most open a user can have it
    const std::string file = folder.at("dossiers.thuis");
    CHECK(NativeFiles::createOwnerOnly(file).empty());
    CHECK(modeOf(file) == 0600);
    CHECK(fs::file_size(file) == 0);
    // Made once: an existing file is refused and left as it is.
    write(file, "inhoud");
    CHECK_FALSE(NativeFiles::createOwnerOnly(file).empty());
    CHECK(read(file) == "inhoud");

    const std::string backups = folder.at("backups");
    CHECK(NativeFiles::makeOwnerOnlyFolder(backups).empty());
    CHECK(modeOf(backups) == 0700);
    REQUIRE(chmod(backups.c_str(), 0755) == 0); // made by an older version
    CHECK(NativeFiles::makeOwnerOnlyFolder(backups).empty());
    CHECK(modeOf(backups) == 0700);
    CHECK_FALSE(NativeFiles::makeOwnerOnlyFolder(file).empty()); // a file, not a folder
    CHECK_FALSE(NativeFiles::makeOwnerOnlyFolder(folder.at("geen/ouder")).empty());

    const std::string older = folder.at("ouder.thuis");
    write(older, "van een oudere versie");
    REQUIRE(chmod(older.c_str(), 0644) == 0);
    CHECK(NativeFiles::restrictToOwner(older).empty());
    CHECK(modeOf(older) == 0600);
    CHECK_FALSE(NativeFiles::restrictToOwner(folder.at("bestaat-niet")).empty());
}

TEST_CASE("Platform: a passphrase is typed with the terminal's echo off, and the echo comes back",
          "[platform]")
{
    // A pseudo-terminal as standard input, as when the command-line tool runs in a terminal.
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    REQUIRE(master >= 0);
    REQUIRE(grantpt(master) == 0);
    REQUIRE(unlockpt(master) == 0);
    const int terminal = open(ptsname(master), O_RDWR | O_NOCTTY);
    REQUIRE(terminal >= 0);
    const int savedInput = dup(STDIN_FILENO);
    REQUIRE(dup2(terminal, STDIN_FILENO) == STDIN_FILENO);
    const auto echoing = [terminal] {
        termios settings{};
        REQUIRE(tcgetattr(terminal, &settings) == 0);
        return (settings.c_lflag & ECHO) != 0;
    };
    CHECK(NativeConsole::inputIsTerminal());
    CHECK(echoing());
    {
        const NativeConsole::HiddenInput hidden;
        CHECK(hidden.hidden());
        CHECK_FALSE(echoing());
    }
    CHECK(echoing());

    // A pipe: nothing to hide, and nothing changed.
    int pipeEnds[2];
    REQUIRE(pipe(pipeEnds) == 0);
    REQUIRE(dup2(pipeEnds[0], STDIN_FILENO) == STDIN_FILENO);
    CHECK_FALSE(NativeConsole::inputIsTerminal());
    {
        const NativeConsole::HiddenInput hidden;
        CHECK_FALSE(hidden.hidden());
    }
    REQUIRE(dup2(savedInput, STDIN_FILENO) == STDIN_FILENO);
    for (const int descriptor : {savedInput, terminal, master, pipeEnds[0], pipeEnds[1]})
        close(descriptor);
}

TEST_CASE("Platform: a TCP port that listens accepts, a closed one does not, an unknown host does not",
          "[platform]")
{
    // A listening socket on the loopback address, on a port the system picks.
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(listener >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(listen(listener, 1) == 0);
    socklen_t length = sizeof address;
    REQUIRE(getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    const int port = ntohs(address.sin_port);
    CHECK(NativeNetwork::tcpAccepts("127.0.0.1", port, 2000));
    close(listener);
    CHECK_FALSE(NativeNetwork::tcpAccepts("127.0.0.1", port, 2000));
    CHECK_FALSE(NativeNetwork::tcpAccepts("geen-server.invalid", 5432, 2000));
}
