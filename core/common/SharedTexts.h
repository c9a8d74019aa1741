#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

// Texts that repeat across thousands of rows read at once (a phase, a rule id, a begeleider's
// name, an event type) made into a QString once and shared after that: the lookup takes the
// UTF-8 bytes as they lie in SQLite's row, with no allocation for a text seen before.
class SharedTexts
{
public:
    const QString& of(QByteArrayView utf8)
    {
        const std::string_view bytes(utf8.data(), size_t(utf8.size()));
        auto found = m_texts.find(bytes);
        if (found == m_texts.end())
            found = m_texts.emplace(std::string(bytes), QString::fromUtf8(utf8)).first;
        return found->second;
    }

private:
    // Transparent: find() takes a string_view, so looking up makes no std::string.
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view bytes) const { return std::hash<std::string_view>()(bytes); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_texts;
};
