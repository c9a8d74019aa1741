// The Windows branch of the platform layer (core/platform, issue 22), compiled with Debian's
// MinGW-w64 cross compiler and run under Wine (run.sh beside this file; ctest runs it). Wine is
// not Windows: what it shows is that the branch compiles against the Win32 headers, links, and
// does what its calls say where Wine implements them (docs/packaging.md says which: not the
// owner-only DACL, which Wine does not keep).
#define CATCH_CONFIG_MAIN
#include "platform/NativeConsole.h"
#include "platform/NativeFiles.h"
#include "platform/NativeNetwork.h"

#include "PlainFiles.h"

#include <catch2/catch.hpp>

#include <winsock2.h>
#include <ws2tcpip.h>

#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using plainfiles::Folder;
using plainfiles::read;
using plainfiles::write;

namespace {

// The file's DACL as SDDL text, e.g. "D:P(A;;FA;;;S-1-5-21-...)".
std::string daclOf(const std::string& path)
{
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (GetNamedSecurityInfoA(path.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr,
                              nullptr, nullptr, &descriptor) != ERROR_SUCCESS)
        return "(niet te lezen)";
    char* text = nullptr;
    std::string result = "(niet om te zetten)";
    if (ConvertSecurityDescriptorToStringSecurityDescriptorA(descriptor, SDDL_REVISION_1,
                                                             DACL_SECURITY_INFORMATION, &text, nullptr)) {
        result = text;
        LocalFree(text);
    }
    LocalFree(descriptor);
    return result;
}

// Wine keeps no DACL a program sets: it shows one made from the Unix file mode instead. The
// DACL is then not checked (docs/packaging.md: verified on Windows itself only).
bool underWine()
{
    const HMODULE ntdll = GetModuleHandleA("ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

// The current user's SID as text, from the process token.
std::string currentUserSid()
{
    HANDLE token = nullptr;
    REQUIRE(OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token));
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::string buffer(size, '\0');
    REQUIRE(GetTokenInformation(token, TokenUser, buffer.data(), size, &size));
    CloseHandle(token);
    char* text = nullptr;
    REQUIRE(ConvertSidToStringSidA(reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid, &text));
    std::string sid = text;
    LocalFree(text);
    return sid;
}

void checkOwnerOnly(const std::string& path)
{
    if (underWine()) {
        WARN("Wine: the DACL of " << path << " is not checked (" << daclOf(path) << ")");
        return;
    }
    CHECK(daclOf(path) == "D:P(A;;FA;;;" + currentUserSid() + ")");
}

} // namespace

TEST_CASE("Windows: replace puts a file in the place of an existing one (MoveFileExW)", "[platform]")
{
    Folder folder;
    const std::string from = folder.at("dossiers.thuis.deel");
    const std::string to = folder.at("dossiers.thuis");
    write(to, "oud");
    write(from, "nieuw");
    CHECK(NativeFiles::replace(from, to).empty());
    CHECK(read(to) == "nieuw");
    CHECK_FALSE(fs::exists(from));
    const std::string error = NativeFiles::replace(folder.at("bestaat-niet"), to);
    CHECK_FALSE(error.empty());
    CHECK(read(to) == "nieuw");
}

TEST_CASE("Windows: a hard link (CreateHardLinkW), a sync (FlushFileBuffers)", "[platform]")
{
    Folder folder;
    write(folder.at("dossiers.thuis"), "inhoud");
    CHECK(NativeFiles::hardLink(folder.at("dossiers.thuis"), folder.at("voor-herstel.thuis")).empty());
    CHECK(read(folder.at("voor-herstel.thuis")) == "inhoud");
    CHECK_FALSE(NativeFiles::hardLink(folder.at("dossiers.thuis"), folder.at("voor-herstel.thuis")).empty());
    CHECK(NativeFiles::syncToDisk(folder.at("dossiers.thuis")).empty());
    CHECK_FALSE(NativeFiles::syncToDisk(folder.at("bestaat-niet")).empty());
}

TEST_CASE("Windows: files and folders with personal data get a DACL for their owner alone", "[platform]")
{
    Folder folder;
    const std::string file = folder.at("dossiers.thuis");
    CHECK(NativeFiles::createOwnerOnly(file).empty());
    CHECK(fs::exists(file));
    checkOwnerOnly(file);
    write(file, "inhoud");
    CHECK_FALSE(NativeFiles::createOwnerOnly(file).empty()); // made once: an existing one is refused
    CHECK(read(file) == "inhoud");

    const std::string backups = folder.at("backups");
    CHECK(NativeFiles::makeOwnerOnlyFolder(backups).empty());
    CHECK(fs::is_directory(backups));
    checkOwnerOnly(backups);
    CHECK(NativeFiles::makeOwnerOnlyFolder(backups).empty());    // an existing one is narrowed again
    CHECK_FALSE(NativeFiles::makeOwnerOnlyFolder(file).empty()); // a file, not a folder

    const std::string older = folder.at("ouder.thuis");
    write(older, "van een oudere versie");
    CHECK(NativeFiles::restrictToOwner(older).empty());
    checkOwnerOnly(older);
}

TEST_CASE("Windows: paths are UTF-8, turned into the wide paths Windows takes", "[platform]")
{
    Folder folder;
    // "dossiers-Zoë-Één.thuis" in UTF-8, and the same name as the file system sees it.
    const std::string name = "dossiers-Zo\xc3\xab-\xc3\x89\xc3\xa9n.thuis";
    const fs::path wideName = folder.path / fs::path(u8"dossiers-Zoë-Één.thuis");
    CHECK(NativeFiles::createOwnerOnly((folder.path.string() + "\\") + name).empty());
    CHECK(fs::exists(wideName));
    CHECK(NativeFiles::replace((folder.path.string() + "\\") + name, folder.at("gewoon.thuis")).empty());
    CHECK_FALSE(fs::exists(wideName));
    CHECK(fs::exists(folder.at("gewoon.thuis")));
}

TEST_CASE("Windows: standard input that is no console is left as it is", "[platform]")
{
    // Under ctest standard input is a pipe or NUL, never a console: the echo is not touched.
    CHECK_FALSE(NativeConsole::inputIsTerminal());
    const NativeConsole::HiddenInput hidden;
    CHECK_FALSE(hidden.hidden());
}

TEST_CASE("Windows: a TCP port that listens accepts (Winsock), a closed one does not", "[platform]")
{
    WSADATA data{};
    REQUIRE(WSAStartup(MAKEWORD(2, 2), &data) == 0);
    const SOCKET listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    REQUIRE(listener != INVALID_SOCKET);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(listen(listener, 1) == 0);
    int length = sizeof address;
    REQUIRE(getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    const int port = ntohs(address.sin_port);
    CHECK(NativeNetwork::tcpAccepts("127.0.0.1", port, 2000));
    closesocket(listener);
    CHECK_FALSE(NativeNetwork::tcpAccepts("127.0.0.1", port, 2000));
    WSACleanup();
}
