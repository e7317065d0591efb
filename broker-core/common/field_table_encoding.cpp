#include "common/field_table_encoding.h"

#include <bit>
#include <cstring>

namespace warren {

namespace {

// Nesting guard when decoding: well above what the AMQP codec accepts (64),
// so anything a client could declare is read back.
constexpr int kMaxDepth = 256;

template <typename U>
void putUnsigned(std::string &out, U v)
{
    for (int shift = int(sizeof(U) * 8) - 8; shift >= 0; shift -= 8)
        out += char((v >> shift) & 0xff);
}

void putBytes(std::string &out, std::string_view s)
{
    putUnsigned(out, std::uint32_t(s.size()));
    out.append(s);
}

void putTable(std::string &out, const FieldTable &t);

void putValue(std::string &out, const FieldValue &v)
{
    std::visit(
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                out += 'V';
            } else if constexpr (std::is_same_v<T, bool>) {
                out += 't';
                out += char(x ? 1 : 0);
            } else if constexpr (std::is_same_v<T, std::int8_t>) {
                out += 'b';
                putUnsigned(out, std::uint8_t(x));
            } else if constexpr (std::is_same_v<T, std::uint8_t>) {
                out += 'B';
                putUnsigned(out, x);
            } else if constexpr (std::is_same_v<T, std::int16_t>) {
                out += 's';
                putUnsigned(out, std::uint16_t(x));
            } else if constexpr (std::is_same_v<T, std::uint16_t>) {
                out += 'u';
                putUnsigned(out, x);
            } else if constexpr (std::is_same_v<T, std::int32_t>) {
                out += 'I';
                putUnsigned(out, std::uint32_t(x));
            } else if constexpr (std::is_same_v<T, std::uint32_t>) {
                out += 'i';
                putUnsigned(out, x);
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                out += 'l';
                putUnsigned(out, std::uint64_t(x));
            } else if constexpr (std::is_same_v<T, float>) {
                out += 'f';
                putUnsigned(out, std::bit_cast<std::uint32_t>(x));
            } else if constexpr (std::is_same_v<T, double>) {
                out += 'd';
                putUnsigned(out, std::bit_cast<std::uint64_t>(x));
            } else if constexpr (std::is_same_v<T, Decimal>) {
                out += 'D';
                putUnsigned(out, x.scale);
                putUnsigned(out, std::uint32_t(x.value));
            } else if constexpr (std::is_same_v<T, std::string>) {
                out += 'S';
                putBytes(out, x);
            } else if constexpr (std::is_same_v<T, FieldArray>) {
                out += 'A';
                putUnsigned(out, std::uint32_t(x.size()));
                for (const FieldValue &e : x)
                    putValue(out, e);
            } else if constexpr (std::is_same_v<T, Timestamp>) {
                out += 'T';
                putUnsigned(out, x.seconds);
            } else if constexpr (std::is_same_v<T, FieldTable>) {
                out += 'F';
                putTable(out, x);
            } else if constexpr (std::is_same_v<T, ByteArray>) {
                out += 'x';
                putBytes(out, x.bytes);
            } else {
                static_assert(sizeof(T) == 0, "every FieldValue alternative needs a tag");
            }
        },
        v.value);
}

void putTable(std::string &out, const FieldTable &t)
{
    putUnsigned(out, std::uint32_t(t.entries.size()));
    for (const auto &[key, value] : t.entries) {
        putBytes(out, key);
        putValue(out, value);
    }
}

struct Reader {
    std::string_view in;
    std::size_t pos = 0;

    template <typename U>
    bool get(U &v)
    {
        if (in.size() - pos < sizeof(U))
            return false;
        U r = 0;
        for (std::size_t i = 0; i < sizeof(U); ++i)
            r = U((r << 8) | U(static_cast<unsigned char>(in[pos + i])));
        v = r;
        pos += sizeof(U);
        return true;
    }
    bool getBytes(std::string &s)
    {
        std::uint32_t n = 0;
        if (!get(n) || in.size() - pos < n)
            return false;
        s.assign(in.substr(pos, n));
        pos += n;
        return true;
    }
    bool table(FieldTable &t, int depth);
    bool value(FieldValue &v, int depth);
};

bool Reader::table(FieldTable &t, int depth)
{
    if (depth > kMaxDepth)
        return false;
    std::uint32_t n = 0;
    if (!get(n))
        return false;
    t.entries.clear();
    for (std::uint32_t i = 0; i < n; ++i) {
        std::string key;
        FieldValue v;
        if (!getBytes(key) || !value(v, depth))
            return false;
        t.entries.emplace_back(std::move(key), std::move(v));
    }
    return true;
}

bool Reader::value(FieldValue &v, int depth)
{
    if (depth > kMaxDepth || pos >= in.size())
        return false;
    const char tag = in[pos++];
    switch (tag) {
    case 'V': v.value = std::monostate{}; return true;
    case 't': {
        std::uint8_t b = 0;
        if (!get(b) || b > 1)
            return false;
        v.value = b != 0;
        return true;
    }
    case 'b': { std::uint8_t x; if (!get(x)) return false; v.value = std::int8_t(x); return true; }
    case 'B': { std::uint8_t x; if (!get(x)) return false; v.value = x; return true; }
    case 's': { std::uint16_t x; if (!get(x)) return false; v.value = std::int16_t(x); return true; }
    case 'u': { std::uint16_t x; if (!get(x)) return false; v.value = x; return true; }
    case 'I': { std::uint32_t x; if (!get(x)) return false; v.value = std::int32_t(x); return true; }
    case 'i': { std::uint32_t x; if (!get(x)) return false; v.value = x; return true; }
    case 'l': { std::uint64_t x; if (!get(x)) return false; v.value = std::int64_t(x); return true; }
    case 'f': { std::uint32_t x; if (!get(x)) return false; v.value = std::bit_cast<float>(x); return true; }
    case 'd': { std::uint64_t x; if (!get(x)) return false; v.value = std::bit_cast<double>(x); return true; }
    case 'D': {
        Decimal d;
        std::uint32_t x = 0;
        if (!get(d.scale) || !get(x))
            return false;
        d.value = std::int32_t(x);
        v.value = d;
        return true;
    }
    case 'S': { std::string s; if (!getBytes(s)) return false; v.value = std::move(s); return true; }
    case 'x': { ByteArray b; if (!getBytes(b.bytes)) return false; v.value = std::move(b); return true; }
    case 'T': { Timestamp t; if (!get(t.seconds)) return false; v.value = t; return true; }
    case 'A': {
        std::uint32_t n = 0;
        if (!get(n))
            return false;
        FieldArray a;
        for (std::uint32_t i = 0; i < n; ++i) {
            FieldValue e;
            if (!value(e, depth + 1))
                return false;
            a.push_back(std::move(e));
        }
        v.value = std::move(a);
        return true;
    }
    case 'F': {
        FieldTable t;
        if (!table(t, depth + 1))
            return false;
        v.value = std::move(t);
        return true;
    }
    default: return false;
    }
}

} // namespace

std::string encodeFieldTable(const FieldTable &table)
{
    std::string out;
    putTable(out, table);
    return out;
}

std::optional<FieldTable> decodeFieldTable(std::string_view bytes)
{
    Reader r{bytes};
    FieldTable t;
    if (!r.table(t, 0) || r.pos != bytes.size())
        return std::nullopt;
    return t;
}

} // namespace warren
