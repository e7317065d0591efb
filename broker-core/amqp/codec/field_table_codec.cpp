#include "amqp/codec/field_table_codec.h"

#include "amqp/codec/byte_io.h"
#include "amqp/codec/reply_codes.h"

#include <bit>
#include <cstdio>

namespace warren::amqp {

namespace {

AmqpError truncated(std::string_view what)
{
    return makeAmqpError(reply::FrameError, "cannot decode " + std::string(what) + ": truncated");
}

AmqpError unknownTag(std::uint8_t tag)
{
    char buf[64];
    if (tag >= 0x20 && tag <= 0x7e)
        std::snprintf(buf, sizeof buf, "unknown field table value type '%c' (0x%02x)", tag, tag);
    else
        std::snprintf(buf, sizeof buf, "unknown field table value type 0x%02x", tag);
    return makeAmqpError(reply::SyntaxError, buf);
}

AmqpError tooDeep()
{
    return makeAmqpError(reply::SyntaxError,
                         "field table nested deeper than " + std::to_string(kMaxFieldNesting) + " levels");
}

// Decoders share one error slot instead of returning Result per value: it
// keeps the recursion cheap, and the first error is the one reported.
struct Decoder {
    AmqpError error;
    bool failed = false;

    bool fail(AmqpError e)
    {
        if (!failed) {
            error = std::move(e);
            failed = true;
        }
        return false;
    }

    bool table(std::span<const std::byte> body, int depth, FieldTable &out)
    {
        if (depth > kMaxFieldNesting)
            return fail(tooDeep());
        ByteReader r(body);
        while (!r.atEnd()) {
            std::string key;
            if (!r.shortStr(key))
                return fail(truncated("field table key"));
            FieldValue v;
            if (!value(r, depth, v))
                return false;
            out.entries.emplace_back(std::move(key), std::move(v));
        }
        return true;
    }

    bool array(std::span<const std::byte> body, int depth, FieldArray &out)
    {
        if (depth > kMaxFieldNesting)
            return fail(tooDeep());
        ByteReader r(body);
        while (!r.atEnd()) {
            FieldValue v;
            if (!value(r, depth, v))
                return false;
            out.push_back(std::move(v));
        }
        return true;
    }

    template <typename T, typename U>
    bool fixed(ByteReader &r, FieldValue &v, bool (ByteReader::*read)(U &))
    {
        U raw{};
        if (!(r.*read)(raw))
            return fail(truncated("field value"));
        if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>)
            v.value = std::bit_cast<T>(raw);
        else
            v.value = static_cast<T>(raw);
        return true;
    }

    bool value(ByteReader &r, int depth, FieldValue &v)
    {
        std::uint8_t tag = 0;
        if (!r.u8(tag))
            return fail(truncated("field value type"));
        switch (tag) {
        case 't': {
            std::uint8_t b = 0;
            if (!r.u8(b))
                return fail(truncated("field value"));
            v.value = b != 0;
            return true;
        }
        case 'b': return fixed<std::int8_t>(r, v, &ByteReader::u8);
        case 'B': return fixed<std::uint8_t>(r, v, &ByteReader::u8);
        case 's':
        case 'U': return fixed<std::int16_t>(r, v, &ByteReader::u16);
        case 'u': return fixed<std::uint16_t>(r, v, &ByteReader::u16);
        case 'I': return fixed<std::int32_t>(r, v, &ByteReader::u32);
        case 'i': return fixed<std::uint32_t>(r, v, &ByteReader::u32);
        case 'l':
        case 'L': return fixed<std::int64_t>(r, v, &ByteReader::u64);
        case 'f': return fixed<float>(r, v, &ByteReader::u32);
        case 'd': return fixed<double>(r, v, &ByteReader::u64);
        case 'T': {
            std::uint64_t t = 0;
            if (!r.u64(t))
                return fail(truncated("field value"));
            v.value = Timestamp{t};
            return true;
        }
        case 'D': {
            std::uint8_t scale = 0;
            std::uint32_t raw = 0;
            if (!r.u8(scale) || !r.u32(raw))
                return fail(truncated("field value"));
            v.value = Decimal{scale, static_cast<std::int32_t>(raw)};
            return true;
        }
        case 'S': {
            std::string s;
            if (!r.longStr(s))
                return fail(truncated("long string"));
            v.value = std::move(s);
            return true;
        }
        case 'x': {
            ByteArray b;
            if (!r.longStr(b.bytes))
                return fail(truncated("byte array"));
            v.value = std::move(b);
            return true;
        }
        case 'V': v.value = std::monostate{}; return true;
        case 'F': {
            std::span<const std::byte> body;
            if (!r.longBytes(body))
                return fail(truncated("field table"));
            FieldTable t;
            if (!table(body, depth + 1, t))
                return false;
            v.value = std::move(t);
            return true;
        }
        case 'A': {
            std::span<const std::byte> body;
            if (!r.longBytes(body))
                return fail(truncated("field array"));
            FieldArray a;
            if (!array(body, depth + 1, a))
                return false;
            v.value = std::move(a);
            return true;
        }
        default: return fail(unknownTag(tag));
        }
    }
};

void encodeArrayBody(const FieldArray &a, std::string &out)
{
    for (const FieldValue &v : a)
        encodeFieldValue(v, out);
}

template <typename F>
void withLengthPrefix(std::string &out, F &&body)
{
    const std::size_t at = out.size();
    appendU32(out, 0);
    body();
    patchU32(out, at, static_cast<std::uint32_t>(out.size() - at - 4));
}

} // namespace

Result<FieldTable, AmqpError> decodeFieldTable(std::span<const std::byte> in, std::size_t &pos)
{
    ByteReader r(in, pos);
    std::span<const std::byte> body;
    if (!r.longBytes(body))
        return unexpected(truncated("field table"));
    auto t = decodeFieldTableBody(body);
    if (t)
        pos = r.pos();
    return t;
}

Result<FieldTable, AmqpError> decodeFieldTableBody(std::span<const std::byte> body)
{
    Decoder d;
    FieldTable t;
    if (!d.table(body, 0, t))
        return unexpected(std::move(d.error));
    return t;
}

void encodeFieldValue(const FieldValue &fv, std::string &out)
{
    std::visit(
        [&out](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                appendU8(out, 'V');
            } else if constexpr (std::is_same_v<T, bool>) {
                appendU8(out, 't');
                appendU8(out, v ? 1 : 0);
            } else if constexpr (std::is_same_v<T, std::int8_t>) {
                appendU8(out, 'b');
                appendU8(out, static_cast<std::uint8_t>(v));
            } else if constexpr (std::is_same_v<T, std::uint8_t>) {
                appendU8(out, 'B');
                appendU8(out, v);
            } else if constexpr (std::is_same_v<T, std::int16_t>) {
                appendU8(out, 's');
                appendU16(out, static_cast<std::uint16_t>(v));
            } else if constexpr (std::is_same_v<T, std::uint16_t>) {
                appendU8(out, 'u');
                appendU16(out, v);
            } else if constexpr (std::is_same_v<T, std::int32_t>) {
                appendU8(out, 'I');
                appendU32(out, static_cast<std::uint32_t>(v));
            } else if constexpr (std::is_same_v<T, std::uint32_t>) {
                appendU8(out, 'i');
                appendU32(out, v);
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                appendU8(out, 'l');
                appendU64(out, static_cast<std::uint64_t>(v));
            } else if constexpr (std::is_same_v<T, float>) {
                appendU8(out, 'f');
                appendU32(out, std::bit_cast<std::uint32_t>(v));
            } else if constexpr (std::is_same_v<T, double>) {
                appendU8(out, 'd');
                appendU64(out, std::bit_cast<std::uint64_t>(v));
            } else if constexpr (std::is_same_v<T, Decimal>) {
                appendU8(out, 'D');
                appendU8(out, v.scale);
                appendU32(out, static_cast<std::uint32_t>(v.value));
            } else if constexpr (std::is_same_v<T, std::string>) {
                appendU8(out, 'S');
                appendLongStr(out, v);
            } else if constexpr (std::is_same_v<T, FieldArray>) {
                appendU8(out, 'A');
                withLengthPrefix(out, [&] { encodeArrayBody(v, out); });
            } else if constexpr (std::is_same_v<T, Timestamp>) {
                appendU8(out, 'T');
                appendU64(out, v.seconds);
            } else if constexpr (std::is_same_v<T, FieldTable>) {
                appendU8(out, 'F');
                encodeFieldTable(v, out);
            } else if constexpr (std::is_same_v<T, ByteArray>) {
                appendU8(out, 'x');
                appendLongStr(out, v.bytes);
            } else {
                static_assert(sizeof(T) == 0, "FieldValue alternative without an encoding");
            }
        },
        fv.value);
}

void encodeFieldTableBody(const FieldTable &t, std::string &out)
{
    for (const auto &[key, value] : t.entries) {
        appendShortStr(out, key);
        encodeFieldValue(value, out);
    }
}

void encodeFieldTable(const FieldTable &t, std::string &out)
{
    withLengthPrefix(out, [&] { encodeFieldTableBody(t, out); });
}

} // namespace warren::amqp
