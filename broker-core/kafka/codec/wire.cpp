#include "kafka/codec/wire.h"

#include <limits>

namespace warren::kafka {

bool Reader::uvarlong(std::uint64_t &v)
{
    std::uint64_t r = 0;
    for (std::size_t i = 0; i < 10; ++i) {
        if (m_pos + i >= m_in.size())
            return fail();
        const auto b = std::to_integer<std::uint64_t>(m_in[m_pos + i]);
        if (i == 9 && b > 1)
            return fail(); // would overflow 64 bits
        r |= (b & 0x7f) << (7 * i);
        if ((b & 0x80) == 0) {
            m_pos += i + 1;
            v = r;
            return true;
        }
    }
    return fail();
}

bool Reader::uvarint(std::uint32_t &v)
{
    const std::size_t save = m_pos;
    std::uint64_t r = 0;
    if (!uvarlong(r))
        return false;
    if (r > std::numeric_limits<std::uint32_t>::max() || m_pos - save > 5) {
        m_pos = save;
        return fail();
    }
    v = static_cast<std::uint32_t>(r);
    return true;
}

bool Reader::varint(std::int32_t &v)
{
    std::uint32_t u = 0;
    if (!uvarint(u))
        return false;
    v = static_cast<std::int32_t>((u >> 1) ^ (~(u & 1) + 1));
    return true;
}

bool Reader::varlong(std::int64_t &v)
{
    std::uint64_t u = 0;
    if (!uvarlong(u))
        return false;
    v = static_cast<std::int64_t>((u >> 1) ^ (~(u & 1) + 1));
    return true;
}

bool Reader::uuid(Uuid &v)
{
    if (remaining() < v.bytes.size())
        return fail();
    std::copy_n(m_in.begin() + std::ptrdiff_t(m_pos), v.bytes.size(), v.bytes.begin());
    m_pos += v.bytes.size();
    return true;
}

bool Reader::raw(std::size_t n, std::span<const std::byte> &out)
{
    if (remaining() < n)
        return fail();
    out = m_in.subspan(m_pos, n);
    m_pos += n;
    return true;
}

bool Reader::lengthPrefix(bool flexible, bool wide, std::int64_t &len)
{
    if (flexible) {
        std::uint32_t n = 0;
        if (!uvarint(n))
            return false;
        len = std::int64_t(n) - 1;
        return true;
    }
    if (wide) {
        std::int32_t n = 0;
        if (!i32(n))
            return false;
        len = n;
        return true;
    }
    std::int16_t n = 0;
    if (!i16(n))
        return false;
    len = n;
    return true;
}

bool Reader::viewNullable(std::span<const std::byte> &out, bool &isNull, bool flexible, bool wide, bool nullable)
{
    const std::size_t save = m_pos;
    std::int64_t len = 0;
    if (!lengthPrefix(flexible, wide, len))
        return false;
    if (len < 0) {
        if (len != -1 || !nullable) {
            m_pos = save;
            return fail();
        }
        isNull = true;
        out = {};
        return true;
    }
    if (std::uint64_t(len) > remaining()) {
        m_pos = save;
        return fail();
    }
    isNull = false;
    out = m_in.subspan(m_pos, std::size_t(len));
    m_pos += std::size_t(len);
    return true;
}

bool Reader::string(std::string &out, bool flexible)
{
    std::span<const std::byte> b;
    bool isNull = false;
    if (!viewNullable(b, isNull, flexible, false, false))
        return false;
    out.assign(asStringView(b));
    return true;
}

bool Reader::nullableString(std::optional<std::string> &out, bool flexible, bool nullable)
{
    std::span<const std::byte> b;
    bool isNull = false;
    if (!viewNullable(b, isNull, flexible, false, nullable))
        return false;
    if (isNull)
        out.reset();
    else
        out.emplace(asStringView(b));
    return true;
}

bool Reader::bytes(std::string &out, bool flexible)
{
    std::span<const std::byte> b;
    bool isNull = false;
    if (!viewNullable(b, isNull, flexible, true, false))
        return false;
    out.assign(asStringView(b));
    return true;
}

bool Reader::nullableBytes(std::optional<std::string> &out, bool flexible, bool nullable)
{
    std::span<const std::byte> b;
    bool isNull = false;
    if (!viewNullable(b, isNull, flexible, true, nullable))
        return false;
    if (isNull)
        out.reset();
    else
        out.emplace(asStringView(b));
    return true;
}

bool Reader::records(RecordSet &out, bool flexible, bool nullable)
{
    return viewNullable(out.bytes, out.isNull, flexible, true, nullable);
}

bool Reader::arrayLength(std::int32_t &n, bool &isNull, bool flexible, bool nullable)
{
    const std::size_t save = m_pos;
    std::int64_t len = 0;
    if (!lengthPrefix(flexible, true, len))
        return false;
    if (len < 0) {
        if (len != -1 || !nullable) {
            m_pos = save;
            return fail();
        }
        isNull = true;
        n = 0;
        return true;
    }
    if (std::uint64_t(len) > remaining()) {
        m_pos = save;
        return fail();
    }
    isNull = false;
    n = static_cast<std::int32_t>(len);
    return true;
}

bool Reader::skipTaggedFields()
{
    const std::size_t save = m_pos;
    std::uint32_t count = 0;
    if (!uvarint(count))
        return false;
    for (std::uint32_t i = 0; i < count; ++i) {
        std::uint32_t tag = 0, size = 0;
        std::span<const std::byte> skipped;
        if (!uvarint(tag) || !uvarint(size) || !raw(size, skipped)) {
            m_pos = save;
            return fail();
        }
    }
    return true;
}

std::size_t SplicedBuffer::size() const
{
    std::size_t n = bytes.size();
    for (const Splice &s : splices)
        n += s.data.size();
    return n;
}

void SplicedBuffer::flattenTo(std::string &out) const
{
    out.reserve(out.size() + size());
    forEachChunk([&](std::span<const std::byte> c) { out.append(asStringView(c)); });
}

void Writer::uvarlong(std::uint64_t v)
{
    char b[10];
    std::size_t n = 0;
    while (v >= 0x80) {
        b[n++] = static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    b[n++] = static_cast<char>(v);
    m_out.append(b, n);
}

void Writer::string(std::string_view s, bool flexible)
{
    if (flexible) {
        uvarint(static_cast<std::uint32_t>(s.size() + 1));
    } else {
        s = s.substr(0, std::size_t(std::numeric_limits<std::int16_t>::max()));
        i16(static_cast<std::int16_t>(s.size()));
    }
    m_out.append(s);
}

void Writer::nullableString(const std::optional<std::string> &v, bool flexible, bool nullable)
{
    if (!v && nullable) {
        if (flexible)
            uvarint(0);
        else
            i16(-1);
        return;
    }
    string(v ? std::string_view(*v) : std::string_view(), flexible);
}

void Writer::bytes(std::string_view b, bool flexible)
{
    if (flexible)
        uvarint(static_cast<std::uint32_t>(b.size() + 1));
    else
        i32(static_cast<std::int32_t>(b.size()));
    m_out.append(b);
}

void Writer::nullableBytes(const std::optional<std::string> &v, bool flexible, bool nullable)
{
    if (!v && nullable) {
        if (flexible)
            uvarint(0);
        else
            i32(-1);
        return;
    }
    bytes(v ? std::string_view(*v) : std::string_view(), flexible);
}

void Writer::records(const RecordSet &r, bool flexible)
{
    if (r.isNull) {
        if (flexible)
            uvarint(0);
        else
            i32(-1);
        return;
    }
    if (flexible)
        uvarint(static_cast<std::uint32_t>(r.bytes.size() + 1));
    else
        i32(static_cast<std::int32_t>(r.bytes.size()));
    if (m_splices && !r.bytes.empty()) {
        m_splices->push_back({m_out.size(), r.bytes});
        m_splicedBytes += r.bytes.size();
    } else {
        m_out.append(asStringView(r.bytes));
    }
}

void Writer::arrayLength(std::size_t n, bool flexible)
{
    if (flexible)
        uvarint(static_cast<std::uint32_t>(n + 1));
    else
        i32(static_cast<std::int32_t>(n));
}

void Writer::nullArray(bool flexible)
{
    if (flexible)
        uvarint(0);
    else
        i32(-1);
}

} // namespace warren::kafka
