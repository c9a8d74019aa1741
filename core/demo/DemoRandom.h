#pragma once

#include <QtGlobal>

// SplitMix64: tiny, fast and the same on every platform and compiler (the standard library's
// distributions are not), so a seed gives the same demo everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // A whole number from `low` to `high`, both included.
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename List> const auto& pick(const List& list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

private:
    quint64 m_state;
};
