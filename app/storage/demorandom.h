#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>

/// @short The demo data's randomness: xoshiro256** seeded through splitmix64.
///
/// One generator per (seed, stream, salt): DemoDataGenerator draws each
/// customer's data from stream = customer id with CustomerSalt, and
/// DemoConversations the same customer's inbox with InboxSalt, so that
/// neither shifts the other; the planted fraud and its alerts draw from FraudSalt. Integer arithmetic only: the same sequence on
/// every compiler and library.
class DemoRandom
{
public:
    static constexpr quint64 CustomerSalt = 0x6A09E667F3BCC909ULL;
    static constexpr quint64 InboxSalt = 0x243F6A8885A308D3ULL;
    /// The planted fraud patterns (DemoDataGenerator) and the alerts they raise (DemoConversations).
    static constexpr quint64 FraudSalt = 0x13198A2E03707344ULL;
    /// The cards' history of the last 90 days: locks, replacements ordered,
    /// disputes (DemoDataGenerator per customer, DemoConversations per conversation).
    static constexpr quint64 OutcomeSalt = 0xBE5466CF34E90C6CULL;

    DemoRandom(quint64 seed, quint64 stream, quint64 salt)
    {
        quint64 state = seed ^ (stream * 0xD1B54A32D192ED03ULL) ^ salt;
        for (quint64 &word : m_state)
            word = splitMix64(state);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, n) (Lemire's multiply-shift; the bias is far below 2^-32).
    int below(int n)
    {
        if (n <= 1)
            return 0;
        return int(((next() >> 32) * quint64(n)) >> 32);
    }

    /// Uniform in [low, high], both inclusive.
    int between(int low, int high) { return low + below(high - low + 1); }

    bool percent(int p) { return below(100) < p; }
    bool perMille(int p) { return below(1000) < p; }

    /// Skewed towards @p low: the smaller of two uniform draws.
    int lowSkewed(int low, int high)
    {
        const int span = high - low + 1;
        return low + std::min(below(span), below(span));
    }

private:
    static quint64 splitMix64(quint64 &state)
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<quint64, 4> m_state{};
};
