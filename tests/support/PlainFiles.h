#pragma once

// Whole-file text for the platform tests, in plain C++ (no Qt: the Windows ones are built with
// MinGW-w64, for which Debian has no Qt).
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

namespace plainfiles {

// A new folder of its own under the system's temporary folder, removed with everything in it
// at the end of the test (std::filesystem: the same on POSIX and Windows).
struct Folder
{
    std::filesystem::path path;

    Folder()
    {
        std::random_device random;
        for (;;) { // a name taken already is tried again with another
            path = std::filesystem::temp_directory_path() / ("thuis-platform-" + std::to_string(random()));
            if (std::filesystem::create_directory(path))
                break;
        }
    }
    ~Folder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;

    std::string at(const char* name) const { return (path / name).string(); }
};

inline void write(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

inline std::string read(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

} // namespace plainfiles
