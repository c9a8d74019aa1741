#pragma once

// Whole-file text for the platform tests, in plain C++ (no Qt: the Windows ones are built with
// MinGW-w64, for which Debian has no Qt).
#include <fstream>
#include <iterator>
#include <string>

namespace plainfiles {

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
