#include "platform/NativeFiles.h"

#include <cerrno>
#include <cstring>

#ifdef _WIN32
#include <windows.h>

#include <aclapi.h>
#include <sddl.h>
#else
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

#ifdef _WIN32

std::wstring wide(const std::string& utf8)
{
    if (utf8.empty())
        return {};
    const int length = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), int(utf8.size()), nullptr, 0);
    std::wstring result(size_t(length), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), int(utf8.size()), result.data(), length);
    return result;
}

std::string lastError()
{
    const DWORD code = GetLastError();
    wchar_t* text = nullptr;
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                       FORMAT_MESSAGE_IGNORE_INSERTS,
                   nullptr, code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    std::string reason = "Windows error " + std::to_string(code);
    if (text) {
        const int length = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
        std::string utf8(size_t(length > 0 ? length - 1 : 0), '\0');
        WideCharToMultiByte(CP_UTF8, 0, text, -1, utf8.data(), length, nullptr, nullptr);
        LocalFree(text);
        while (!utf8.empty() && (utf8.back() == '\n' || utf8.back() == '\r' || utf8.back() == '.'))
            utf8.pop_back();
        reason = utf8;
    }
    return reason;
}

// The current user's SID as text ("S-1-5-21-..."), from the process token; empty on failure.
std::wstring currentUserSid()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::string buffer(size, '\0');
    std::wstring result;
    if (size > 0 && GetTokenInformation(token, TokenUser, buffer.data(), size, &size)) {
        wchar_t* text = nullptr;
        if (ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid, &text)) {
            result = text;
            LocalFree(text);
        }
    }
    CloseHandle(token);
    return result;
}

// Full access for the user running the program, nothing inherited (P: protected), nobody
// else. The user's own SID, not OWNER RIGHTS: when the owner of a new file is the
// Administrators group (an elevated process under the default-owner policy) or a colleague who
// made the file, "the owner" is not the user.
class OwnerOnly
{
public:
    OwnerOnly()
    {
        m_attributes.nLength = sizeof(m_attributes);
        m_attributes.bInheritHandle = FALSE;
        const std::wstring sid = currentUserSid();
        if (sid.empty())
            return;
        const std::wstring sddl = L"D:P(A;;FA;;;" + sid + L")";
        ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1,
                                                             &m_attributes.lpSecurityDescriptor, nullptr);
    }
    ~OwnerOnly() { LocalFree(m_attributes.lpSecurityDescriptor); }
    OwnerOnly(const OwnerOnly&) = delete;
    OwnerOnly& operator=(const OwnerOnly&) = delete;
    bool ok() const { return m_attributes.lpSecurityDescriptor != nullptr; }
    SECURITY_ATTRIBUTES* attributes() { return &m_attributes; }
    PACL dacl() const
    {
        BOOL present = FALSE;
        BOOL defaulted = FALSE;
        PACL list = nullptr;
        GetSecurityDescriptorDacl(m_attributes.lpSecurityDescriptor, &present, &list, &defaulted);
        return list;
    }

private:
    SECURITY_ATTRIBUTES m_attributes{};
};

// Whether the current user owns `path`: only then is it narrowed to them (a file a colleague
// made on a shared folder is left as it is, instead of locking either of them out).
bool ownedByCurrentUser(const std::wstring& path)
{
    PSID owner = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, &owner, nullptr,
                              nullptr, nullptr, &descriptor) != ERROR_SUCCESS)
        return false;
    PSID user = nullptr;
    const std::wstring sid = currentUserSid();
    bool same = false;
    if (!sid.empty() && ConvertStringSidToSidW(sid.c_str(), &user)) {
        same = EqualSid(owner, user) != FALSE;
        LocalFree(user);
    }
    LocalFree(descriptor);
    return same;
}

std::string setOwnerOnly(const std::string& path)
{
    OwnerOnly owner;
    if (!owner.ok())
        return lastError();
    std::wstring name = wide(path);
    if (!ownedByCurrentUser(name))
        return "not owned by the current user: left as it is";
    const DWORD set = SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT,
                                            DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                            nullptr, nullptr, owner.dacl(), nullptr);
    if (set != ERROR_SUCCESS) {
        SetLastError(set);
        return lastError();
    }
    return {};
}

#else

std::string lastError()
{
    return std::strerror(errno);
}

// The folder part of a path ("." for a bare name). Not dirname(3): macOS's uses a static
// buffer, and backups run on a thread of their own.
std::string folderOf(const std::string& path)
{
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string syncDescriptor(int descriptor)
{
#ifdef F_FULLFSYNC
    // macOS: fsync leaves the data in the drive's cache; F_FULLFSYNC flushes it (where a file
    // system does not support it, fsync is the best there is).
    if (fcntl(descriptor, F_FULLFSYNC) == 0)
        return {};
#endif
    return fsync(descriptor) == 0 ? std::string() : lastError();
}

#endif

} // namespace

namespace NativeFiles {

std::string replace(const std::string& from, const std::string& to)
{
#ifdef _WIN32
    if (!MoveFileExW(wide(from).c_str(), wide(to).c_str(),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return lastError();
    return {};
#else
    if (std::rename(from.c_str(), to.c_str()) != 0)
        return lastError();
    // The folder synced so that the rename survives a power cut. Best effort: the file has been
    // replaced whatever happens now, and a folder that cannot be opened for reading (-wx) or a
    // file system that refuses fsync on a folder must not make the caller think it was not.
    const int folder = open(folderOf(to).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        static_cast<void>(syncDescriptor(folder));
        close(folder);
    }
    return {};
#endif
}

std::string hardLink(const std::string& existing, const std::string& newName)
{
#ifdef _WIN32
    if (!CreateHardLinkW(wide(newName).c_str(), wide(existing).c_str(), nullptr))
        return lastError();
    return {};
#else
    return link(existing.c_str(), newName.c_str()) == 0 ? std::string() : lastError();
#endif
}

std::string syncToDisk(const std::string& path)
{
#ifdef _WIN32
    HANDLE file = CreateFileW(wide(path).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return lastError();
    const bool flushed = FlushFileBuffers(file);
    std::string error = flushed ? std::string() : lastError();
    CloseHandle(file);
    return error;
#else
    const int file = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (file < 0)
        return lastError();
    std::string error = syncDescriptor(file);
    close(file);
    return error;
#endif
}

std::string createOwnerOnly(const std::string& path)
{
#ifdef _WIN32
    OwnerOnly owner;
    if (!owner.ok())
        return lastError();
    HANDLE file = CreateFileW(wide(path).c_str(), GENERIC_WRITE, 0, owner.attributes(), CREATE_NEW,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return lastError();
    CloseHandle(file);
    return {};
#else
    const int file = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (file < 0)
        return lastError();
    // open() applies the umask, which can only take bits away from 0600; fchmod makes it exact.
    std::string error = fchmod(file, 0600) == 0 ? std::string() : lastError();
    if (close(file) != 0 && error.empty())
        error = lastError();
    return error;
#endif
}

std::string makeOwnerOnlyFolder(const std::string& path)
{
#ifdef _WIN32
    OwnerOnly owner;
    if (!owner.ok())
        return lastError();
    if (CreateDirectoryW(wide(path).c_str(), owner.attributes()))
        return {};
    if (GetLastError() != ERROR_ALREADY_EXISTS)
        return lastError();
    const DWORD attributes = GetFileAttributesW(wide(path).c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES || !(attributes & FILE_ATTRIBUTE_DIRECTORY))
        return "not a folder";
    return setOwnerOnly(path);
#else
    if (mkdir(path.c_str(), 0700) != 0 && errno != EEXIST)
        return lastError();
    struct stat status
    {};
    if (stat(path.c_str(), &status) != 0)
        return lastError();
    if (!S_ISDIR(status.st_mode))
        return std::strerror(ENOTDIR);
    return chmod(path.c_str(), 0700) == 0 ? std::string() : lastError();
#endif
}

std::string restrictToOwner(const std::string& path)
{
#ifdef _WIN32
    return setOwnerOnly(path);
#else
    return chmod(path.c_str(), 0600) == 0 ? std::string() : lastError();
#endif
}

} // namespace NativeFiles
