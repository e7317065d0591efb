#pragma once
// Kafka wire primitives: bounds-checked big-endian reads and appends of
// ints, varints (zig-zag and unsigned), classic and compact (flexible)
// strings, bytes and arrays, UUIDs and tagged-field sections.
//
// Reader never reads past its span: a failed read returns false, sets
// failed() and leaves the position where the failing item began, so hostile
// input cannot crash or over-allocate a decoder (array counts are checked
// against the bytes left before anything is reserved).
//
// Writer appends to a caller-owned std::string. Record sets can be "spliced"
// instead of copied: the Writer then notes where the raw bytes belong and
// the caller sends them straight from their own buffer (see SplicedBuffer).
//
// Plain value types over caller-owned memory; no thread affinity.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace warren::kafka {

inline std::span<const std::byte> asBytes(std::string_view s)
{
    return {reinterpret_cast<const std::byte *>(s.data()), s.size()};
}
inline std::string_view asStringView(std::span<const std::byte> b)
{
    return {reinterpret_cast<const char *>(b.data()), b.size()};
}

/// A record set (Produce request / Fetch response `records`): a view of raw
/// bytes the codec never looks inside. On decode it points into the input
/// buffer, so it lives only as long as that buffer.
struct RecordSet {
    std::span<const std::byte> bytes;
    bool isNull = false;

    static RecordSet null() { return RecordSet{{}, true}; }
    bool operator==(const RecordSet &o) const
    {
        return isNull == o.isNull && std::ranges::equal(bytes, o.bytes);
    }
};

struct Uuid {
    std::array<std::byte, 16> bytes{};
    bool operator==(const Uuid &) const = default;
};

class Reader {
public:
    explicit Reader(std::span<const std::byte> in, std::size_t pos = 0) : m_in(in), m_pos(std::min(pos, in.size())) {}

    std::size_t pos() const { return m_pos; }
    std::size_t remaining() const { return m_in.size() - m_pos; }
    bool failed() const { return m_failed; }
    std::span<const std::byte> input() const { return m_in; }

    bool i8(std::int8_t &v) { return be(v); }
    bool i16(std::int16_t &v) { return be(v); }
    bool i32(std::int32_t &v) { return be(v); }
    bool i64(std::int64_t &v) { return be(v); }
    bool u32(std::uint32_t &v) { return be(v); }
    bool boolean(bool &v)
    {
        std::int8_t b = 0;
        if (!be(b))
            return false;
        v = b != 0;
        return true;
    }
    /// Unsigned LEB128, at most 5 bytes, must fit 32 bits.
    bool uvarint(std::uint32_t &v);
    /// Unsigned LEB128, at most 10 bytes.
    bool uvarlong(std::uint64_t &v);
    /// Zig-zag signed varints (record fields).
    bool varint(std::int32_t &v);
    bool varlong(std::int64_t &v);
    bool uuid(Uuid &v);
    bool raw(std::size_t n, std::span<const std::byte> &out);

    /// Non-nullable string: int16 length (flexible: uvarint length+1). Null is an error.
    bool string(std::string &out, bool flexible);
    /// Nullable string; null on the wire is accepted only if `nullable`.
    bool nullableString(std::optional<std::string> &out, bool flexible, bool nullable);
    /// Bytes: int32 length (flexible: uvarint length+1).
    bool bytes(std::string &out, bool flexible);
    bool nullableBytes(std::optional<std::string> &out, bool flexible, bool nullable);
    /// Records: nullable bytes, returned as a view into the input.
    bool records(RecordSet &out, bool flexible, bool nullable);
    /// Array count: int32 (flexible: uvarint count+1), -1/0 = null. Fails if
    /// the count exceeds the bytes left (every element takes at least one).
    bool arrayLength(std::int32_t &n, bool &isNull, bool flexible, bool nullable);
    /// Skips a tagged-field section (flexible versions): count, then tag +
    /// size + data for each; Warren knows no tags in its ranges.
    bool skipTaggedFields();

private:
    template <typename T>
    bool be(T &v)
    {
        if (remaining() < sizeof(T))
            return fail();
        std::uint64_t r = 0;
        for (std::size_t i = 0; i < sizeof(T); ++i)
            r = (r << 8) | std::to_integer<std::uint64_t>(m_in[m_pos + i]);
        m_pos += sizeof(T);
        v = static_cast<T>(r);
        return true;
    }
    bool fail()
    {
        m_failed = true;
        return false;
    }
    /// Reads a length prefix: -1 (or compact 0) = null -> nullopt-like flag.
    bool lengthPrefix(bool flexible, bool wide, std::int64_t &len);
    bool viewNullable(std::span<const std::byte> &out, bool &isNull, bool flexible, bool wide, bool nullable);

    std::span<const std::byte> m_in;
    std::size_t m_pos;
    bool m_failed = false;
};

/// Raw bytes that belong at `offset` of a SplicedBuffer's `bytes`.
struct Splice {
    std::size_t offset;
    std::span<const std::byte> data;
};

/// Encoded output whose large record sets are referenced, not copied: send
/// bytes[0, s0.offset), s0.data, bytes[s0.offset, s1.offset), s1.data, ...
/// The referenced buffers must outlive the write.
struct SplicedBuffer {
    std::string bytes;
    std::vector<Splice> splices; // ascending offsets

    std::size_t size() const;
    /// Calls f(std::span<const std::byte>) for each chunk in wire order.
    template <typename F>
    void forEachChunk(F &&f) const
    {
        std::size_t at = 0;
        for (const Splice &s : splices) {
            if (s.offset > at)
                f(asBytes(std::string_view(bytes).substr(at, s.offset - at)));
            if (!s.data.empty())
                f(s.data);
            at = s.offset;
        }
        if (at < bytes.size())
            f(asBytes(std::string_view(bytes).substr(at)));
    }
    void flattenTo(std::string &out) const;
};

class Writer {
public:
    explicit Writer(std::string &out) : m_out(out) {}
    /// Record sets go to `spliced.splices` instead of being copied.
    explicit Writer(SplicedBuffer &spliced) : m_out(spliced.bytes), m_splices(&spliced.splices) {}

    std::string &buffer() { return m_out; }
    /// Bytes of record sets spliced (not copied) so far.
    std::size_t splicedBytes() const { return m_splicedBytes; }

    void i8(std::int8_t v) { be(static_cast<std::uint8_t>(v)); }
    void i16(std::int16_t v) { be(static_cast<std::uint16_t>(v)); }
    void i32(std::int32_t v) { be(static_cast<std::uint32_t>(v)); }
    void i64(std::int64_t v) { be(static_cast<std::uint64_t>(v)); }
    void u32(std::uint32_t v) { be(v); }
    void boolean(bool v) { i8(v ? 1 : 0); }
    void uvarint(std::uint32_t v) { uvarlong(v); }
    void uvarlong(std::uint64_t v);
    void varint(std::int32_t v) { uvarint((static_cast<std::uint32_t>(v) << 1) ^ static_cast<std::uint32_t>(v >> 31)); }
    void varlong(std::int64_t v) { uvarlong((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63)); }
    void uuid(const Uuid &v) { m_out.append(reinterpret_cast<const char *>(v.bytes.data()), v.bytes.size()); }
    void raw(std::span<const std::byte> b) { m_out.append(asStringView(b)); }

    /// Classic strings longer than 32767 bytes cannot be expressed; they are
    /// cut to 32767 rather than corrupting the frame.
    void string(std::string_view s, bool flexible);
    /// Writes null if `v` is empty and `nullable`, else the (possibly empty) string.
    void nullableString(const std::optional<std::string> &v, bool flexible, bool nullable);
    void bytes(std::string_view b, bool flexible);
    void nullableBytes(const std::optional<std::string> &v, bool flexible, bool nullable);
    void records(const RecordSet &r, bool flexible);
    void arrayLength(std::size_t n, bool flexible);
    void nullArray(bool flexible);
    void emptyTaggedFields() { uvarint(0); }

private:
    template <typename T>
    void be(T v)
    {
        char b[sizeof(T)];
        for (std::size_t i = 0; i < sizeof(T); ++i)
            b[i] = static_cast<char>(v >> (8 * (sizeof(T) - 1 - i)));
        m_out.append(b, sizeof(T));
    }

    std::string &m_out;
    std::vector<Splice> *m_splices = nullptr;
    std::size_t m_splicedBytes = 0;
};

} // namespace warren::kafka
