#include "common/StrictJson.h"

#include <QList>
#include <QSet>

#include <cstring>
#include <optional>

namespace {

struct Container
{
    bool isObject = false;
    int index = -1;         // arrays: the element being read
    QString key;            // objects: the member being read
    QSet<QString> keys;     // objects: the keys seen so far
    bool expectKey = false; // objects: the next string is a key (after '{' or ',')
};

class Scanner
{
public:
    explicit Scanner(const QByteArray& json)
        : m_json(json)
    {}

    std::optional<StrictJson::Problem> run();

private:
    QStringList path() const;
    // Reads the string at m_at (on its opening quote); false with m_problem set on a bad escape.
    bool readString(QString& text);
    void skipWhitespace();

    const QByteArray& m_json;
    qsizetype m_at = 0;
    QList<Container> m_stack;
    QString m_problem;
};

QStringList Scanner::path() const
{
    QStringList segments;
    for (const Container& container : m_stack) {
        if (container.isObject && !container.key.isNull())
            segments << container.key;
        else if (!container.isObject && container.index >= 0)
            segments << QString::number(container.index);
    }
    return segments;
}

void Scanner::skipWhitespace()
{
    while (m_at < m_json.size() && (m_json.at(m_at) == ' ' || m_json.at(m_at) == '\n' ||
                                    m_json.at(m_at) == '\r' || m_json.at(m_at) == '\t'))
        ++m_at;
}

bool Scanner::readString(QString& text)
{
    const qsizetype start = ++m_at; // after the opening quote
    bool escaped = false;
    while (m_at < m_json.size() && m_json.at(m_at) != '"') {
        // QJsonDocument lets a raw control character (a NUL byte too) through inside a string.
        if (static_cast<unsigned char>(m_json.at(m_at)) < 0x20) {
            m_problem = StrictJson::tr("contains a control character (byte %1)")
                            .arg(static_cast<unsigned char>(m_json.at(m_at)));
            return false;
        }
        if (m_json.at(m_at) == '\\') {
            escaped = true;
            ++m_at;
            // QJsonDocument reads an unknown escape ("\o") as the letter itself, which would let
            // "pr\ofile" be a second "profile" unseen: only JSON's own escapes pass.
            if (m_at >= m_json.size() || std::strchr("\"\\/bfnrtu", m_json.at(m_at)) == nullptr ||
                m_json.at(m_at) == '\0') {
                m_problem = StrictJson::tr("contains an escape that JSON does not know");
                return false;
            }
        }
        ++m_at;
    }
    const QByteArray raw = m_json.mid(start, m_at - start);
    ++m_at; // the closing quote
    if (!escaped) {
        text = QString::fromUtf8(raw);
        return true;
    }
    text.clear();
    QByteArray plain;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '\\') {
            plain += raw.at(i);
            continue;
        }
        text += QString::fromUtf8(plain);
        plain.clear();
        ++i;
        const char kind = i < raw.size() ? raw.at(i) : '\0';
        if (kind != 'u') {
            static const QByteArray from = "\"\\/bfnrt";
            static const QByteArray to = "\"\\/\b\f\n\r\t";
            text += QLatin1Char(to.at(qMax(qsizetype(0), from.indexOf(kind))));
            continue;
        }
        const char16_t unit = char16_t(raw.mid(i + 1, 4).toUShort(nullptr, 16));
        i += 4;
        if (unit == 0) {
            m_problem = StrictJson::tr("contains a NUL character (\\u0000)");
            return false;
        }
        if (QChar::isLowSurrogate(unit)) {
            m_problem =
                StrictJson::tr("contains half a character (a lone \\u%1)").arg(unit, 4, 16, QChar(u'0'));
            return false;
        }
        if (QChar::isHighSurrogate(unit)) {
            const bool paired = raw.mid(i + 1, 2) == "\\u" &&
                                QChar::isLowSurrogate(char16_t(raw.mid(i + 3, 4).toUShort(nullptr, 16)));
            if (!paired) {
                m_problem =
                    StrictJson::tr("contains half a character (a lone \\u%1)").arg(unit, 4, 16, QChar(u'0'));
                return false;
            }
            text += QChar(unit);
            text += QChar(char16_t(raw.mid(i + 3, 4).toUShort(nullptr, 16)));
            i += 6;
            continue;
        }
        text += QChar(unit);
    }
    text += QString::fromUtf8(plain);
    return true;
}

std::optional<StrictJson::Problem> Scanner::run()
{
    if (m_json.startsWith("\xEF\xBB\xBF")) // a byte order mark, which QJsonDocument skips too
        m_at = 3;
    while (m_at < m_json.size()) {
        skipWhitespace();
        if (m_at >= m_json.size())
            break;
        const char c = m_json.at(m_at);
        if (c == '{' || c == '[') {
            if (!m_stack.isEmpty() && !m_stack.last().isObject)
                ++m_stack.last().index;
            Container opened;
            opened.isObject = c == '{';
            opened.expectKey = opened.isObject;
            m_stack.append(opened);
            ++m_at;
        } else if (c == '}' || c == ']') {
            if (m_stack.isEmpty())
                break;
            m_stack.removeLast();
            ++m_at;
        } else if (c == ',' || c == ':') {
            if (!m_stack.isEmpty())
                m_stack.last().expectKey = c == ',' && m_stack.last().isObject;
            ++m_at;
        } else if (c == '"') {
            // A key when directly inside an object and followed by ':'.
            const bool inArray = !m_stack.isEmpty() && !m_stack.last().isObject;
            if (inArray)
                ++m_stack.last().index;
            if (!m_stack.isEmpty() && m_stack.last().expectKey)
                m_stack.last().key = QString(); // a problem in a key is placed in its object
            QString text;
            if (!readString(text))
                return StrictJson::Problem{path(), m_problem};
            skipWhitespace();
            const bool isKey = !m_stack.isEmpty() && m_stack.last().isObject && m_at < m_json.size() &&
                               m_json.at(m_at) == ':';
            if (isKey) {
                Container& object = m_stack.last();
                object.key = text;
                if (object.keys.contains(text))
                    return StrictJson::Problem{path(), StrictJson::tr("appears twice")};
                object.keys.insert(text);
            }
        } else {
            // A number, true, false or null; anything else is stepped over, so the scan always
            // moves on (it is meant for text QJsonDocument accepted, but must not hang on other).
            if (!m_stack.isEmpty() && !m_stack.last().isObject)
                ++m_stack.last().index;
            const qsizetype before = m_at;
            while (m_at < m_json.size() &&
                   std::strchr("+-.0123456789eEtruefalsn", m_json.at(m_at)) != nullptr &&
                   m_json.at(m_at) != '\0')
                ++m_at;
            if (m_at == before)
                ++m_at;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<StrictJson::Problem> StrictJson::firstProblem(const QByteArray& json)
{
    return Scanner(json).run();
}
