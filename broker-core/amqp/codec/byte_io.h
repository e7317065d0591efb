#pragma once
// Bounds-checked big-endian reading and appending, the only place in the
// codec that touches raw byte offsets. ByteReader never reads past its span:
// every read returns false (and leaves the output untouched) when the bytes
// are not there, so decoders stay crash-free on hostile input.
//
// Plain value types over caller-owned memory; no thread affinity.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

namespace warren::amqp {

inline std::span<const std::byte> asBytes(std::string_view s)
{
    return {reinterpret_cast<const std::byte *>(s.data()), s.size()};
}

inline std::string_view asStringView(std::span<const std::byte> b)
{
    return {reinterpret_cast<const char *>(b.data()), b.size()};
}

/// Sequential reader over a byte span. Reads either succeed completely or
/// fail without consuming anything.
class ByteReader {
public:
    explicit ByteReader(std::span<const std::byte> in, std::size_t pos = 0) : m_in(in), m_pos(pos) {}

    std::size_t pos() const { return m_pos; }
    std::size_t remaining() const { return m_pos <= m_in.size() ? m_in.size() - m_pos : 0; }
    bool atEnd() const { return remaining() == 0; }
    std::span<const std::byte> rest() const { return m_in.subspan(m_in.size() - remaining()); }

    bool u8(std::uint8_t &v)
    {
        if (remaining() < 1)
            return false;
        v = std::to_integer<std::uint8_t>(m_in[m_pos++]);
        return true;
    }
    bool u16(std::uint16_t &v) { return readBe(v); }
    bool u32(std::uint32_t &v) { return readBe(v); }
    bool u64(std::uint64_t &v) { return readBe(v); }

    /// Takes the next n bytes as a sub-span.
    bool bytes(std::size_t n, std::span<const std::byte> &out)
    {
        if (remaining() < n)
            return false;
        out = m_in.subspan(m_pos, n);
        m_pos += n;
        return true;
    }
    /// u8 length + bytes.
    bool shortStr(std::string &out)
    {
        const std::size_t save = m_pos;
        std::uint8_t len = 0;
        std::span<const std::byte> b;
        if (!u8(len) || !bytes(len, b)) {
            m_pos = save;
            return false;
        }
        out.assign(asStringView(b));
        return true;
    }
    /// u32 length + bytes.
    bool longStr(std::string &out)
    {
        std::span<const std::byte> b;
        if (!longBytes(b))
            return false;
        out.assign(asStringView(b));
        return true;
    }
    bool longBytes(std::span<const std::byte> &out)
    {
        const std::size_t save = m_pos;
        std::uint32_t len = 0;
        if (!u32(len) || !bytes(len, out)) {
            m_pos = save;
            return false;
        }
        return true;
    }

private:
    template <typename T>
    bool readBe(T &v)
    {
        if (remaining() < sizeof(T))
            return false;
        T r = 0;
        for (std::size_t i = 0; i < sizeof(T); ++i)
            r = static_cast<T>((r << 8) | std::to_integer<T>(m_in[m_pos + i]));
        m_pos += sizeof(T);
        v = r;
        return true;
    }

    std::span<const std::byte> m_in;
    std::size_t m_pos;
};

// Appending writers. All append to a std::string used as a byte buffer.
inline void appendU8(std::string &out, std::uint8_t v) { out.push_back(static_cast<char>(v)); }
inline void appendU16(std::string &out, std::uint16_t v)
{
    const char b[2] = {static_cast<char>(v >> 8), static_cast<char>(v)};
    out.append(b, 2);
}
inline void appendU32(std::string &out, std::uint32_t v)
{
    const char b[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                       static_cast<char>(v)};
    out.append(b, 4);
}
inline void appendU64(std::string &out, std::uint64_t v)
{
    appendU32(out, static_cast<std::uint32_t>(v >> 32));
    appendU32(out, static_cast<std::uint32_t>(v));
}
/// Overwrites 4 bytes at `at` (used to patch a length written as a placeholder).
inline void patchU32(std::string &out, std::size_t at, std::uint32_t v)
{
    out[at] = static_cast<char>(v >> 24);
    out[at + 1] = static_cast<char>(v >> 16);
    out[at + 2] = static_cast<char>(v >> 8);
    out[at + 3] = static_cast<char>(v);
}

/// Length of the longest prefix of s that is at most 255 bytes and does not
/// end inside a UTF-8 sequence. Short strings longer than 255 bytes cannot be
/// encoded; the codec clips them rather than emitting a corrupt frame.
inline std::size_t clippedShortStrLength(std::string_view s)
{
    if (s.size() <= 255)
        return s.size();
    std::size_t n = 255;
    // Step back over continuation bytes (10xxxxxx) so the cut lands on a boundary.
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
        --n;
    return n;
}
inline void appendShortStr(std::string &out, std::string_view s)
{
    const std::size_t n = clippedShortStrLength(s);
    appendU8(out, static_cast<std::uint8_t>(n));
    out.append(s.data(), n);
}
inline void appendLongStr(std::string &out, std::string_view s)
{
    appendU32(out, static_cast<std::uint32_t>(s.size()));
    out.append(s);
}

} // namespace warren::amqp
