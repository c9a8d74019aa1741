#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <vector>

// Texts that repeat across thousands of rows read at once (a phase, a rule id, a begeleider's
// name, an event type) made into a QString once and shared after that: the lookup takes the
// UTF-8 bytes as they lie in SQLite's row, with no allocation for a text seen before. Each text
// also has a number (in the order first seen), so that rows can hold and count texts as numbers.
//
// An open-addressing table with a hash computed inline: a day not prepared looks up 400,000
// event types and the dashboard 60,000 texts per opening, and std::unordered_map's hashing call
// and linked buckets cost more than the reading around them (docs/benchmarks.md, issue 21).
class SharedTexts
{
public:
    const QString& of(QByteArrayView utf8) { return m_list[size_t(numberOf(utf8))]; }

    int numberOf(QByteArrayView utf8)
    {
        const std::uint64_t hash = hashOf(utf8);
        const int found = lookUp(utf8, hash);
        return found >= 0 ? found : add(utf8, hash);
    }
    // The number of a text if it was seen, otherwise -1 (without adding it).
    int find(const QString& text) const
    {
        const QByteArray utf8 = text.toUtf8();
        return lookUp(utf8, hashOf(utf8));
    }
    const QString& at(int number) const { return m_list[size_t(number)]; }
    int count() const { return int(m_list.size()); }

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        int number = -1; // -1: empty
    };
    static constexpr size_t initialSlots = 64; // a power of two: the slot is the hash's low bits

    // Eight bytes at a time, each word mixed in by a multiplication: a citation is 200 bytes.
    static std::uint64_t hashOf(QByteArrayView utf8)
    {
        constexpr std::uint64_t mix = 0x9E3779B97F4A7C15ULL;
        const char* bytes = utf8.data();
        size_t left = size_t(utf8.size());
        std::uint64_t hash = left * mix;
        for (; left >= 8; bytes += 8, left -= 8) {
            std::uint64_t word;
            std::memcpy(&word, bytes, 8);
            hash = (hash ^ word) * mix;
            hash ^= hash >> 32;
        }
        std::uint64_t tail = 0;
        if (left > 0) // a NULL column's view has no bytes at all
            std::memcpy(&tail, bytes, left);
        hash = (hash ^ tail) * mix;
        return hash ^ (hash >> 29);
    }

    static bool same(const std::string& known, QByteArrayView utf8)
    {
        return known.size() == size_t(utf8.size()) &&
               (known.empty() || std::memcmp(known.data(), utf8.data(), known.size()) == 0);
    }

    int lookUp(QByteArrayView utf8, std::uint64_t hash) const
    {
        if (m_slots.empty())
            return -1;
        for (size_t at = size_t(hash) & (m_slots.size() - 1);; at = (at + 1) & (m_slots.size() - 1)) {
            const Slot& slot = m_slots[at];
            if (slot.number < 0)
                return -1;
            if (slot.hash == hash && same(m_bytes[size_t(slot.number)], utf8))
                return slot.number;
        }
    }

    int add(QByteArrayView utf8, std::uint64_t hash)
    {
        if (m_slots.empty())
            m_slots.assign(initialSlots, Slot());
        const int number = int(m_list.size());
        m_list.push_back(QString::fromUtf8(utf8));
        m_bytes.emplace_back(utf8.data(), size_t(utf8.size()));
        if (m_bytes.size() * 2 > m_slots.size()) { // at most half full: short probes
            std::vector<Slot> old(m_slots.size() * 2);
            old.swap(m_slots);
            for (const Slot& slot : old) {
                if (slot.number >= 0)
                    place(slot);
            }
        }
        place({hash, number});
        return number;
    }

    void place(const Slot& slot)
    {
        size_t at = size_t(slot.hash) & (m_slots.size() - 1);
        while (m_slots[at].number >= 0)
            at = (at + 1) & (m_slots.size() - 1);
        m_slots[at] = slot;
    }

    std::vector<Slot> m_slots;
    std::vector<std::string> m_bytes; // each number's UTF-8, to compare with
    std::deque<QString> m_list;       // a deque: the references of() gave stay valid as it grows
};
