#include "model/routing/erlang_text.h"

#include <charconv>
#include <cstdint>

namespace warren::model {

namespace {

/// Decodes one UTF-8 code point at `i`; returns false on malformed input.
bool nextCodePoint(std::string_view s, std::size_t &i, char32_t &cp)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    int len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size())
        return false;
    cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80)
            return false;
        cp = (cp << 6) | (b & 0x3F);
    }
    static constexpr char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < minimum[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return false;
    i += len;
    return true;
}

const char *escapeFor(char32_t cp)
{
    switch (cp) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\v': return "\\v";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case 27: return "\\e";
    default: return nullptr;
    }
}

std::string floatText(double d)
{
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d);
    std::string s(buf, res.ptr);
    const auto e = s.find('e');
    std::string mantissa = s.substr(0, e);
    if (mantissa.find('.') == std::string::npos)
        mantissa += ".0";
    if (e == std::string::npos)
        return mantissa;
    std::string exponent = s.substr(e + 1);
    bool negative = !exponent.empty() && exponent[0] == '-';
    if (!exponent.empty() && (exponent[0] == '+' || exponent[0] == '-'))
        exponent.erase(0, 1);
    exponent.erase(0, std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
    return mantissa + "e" + (negative ? "-" : "") + exponent;
}

} // namespace

std::string erlangBinaryText(std::string_view bytes)
{
    if (bytes.empty())
        return "<<>>";
    std::string text = "<<\"";
    bool printable = true;
    for (std::size_t i = 0; i < bytes.size() && printable;) {
        const std::size_t start = i;
        char32_t cp = 0;
        if (!nextCodePoint(bytes, i, cp)) {
            printable = false;
        } else if (const char *esc = escapeFor(cp)) {
            text += esc;
        } else if ((cp >= 0x20 && cp < 0x7F) || cp >= 0xA0) {
            text.append(bytes.substr(start, i - start));
        } else {
            printable = false;
        }
    }
    if (printable)
        return text + "\">>";
    std::string list = "<<";
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i)
            list += ',';
        list += std::to_string(static_cast<unsigned char>(bytes[i]));
    }
    return list + ">>";
}

std::string_view rabbitTypeName(const FieldValue &value)
{
    static constexpr std::string_view names[] = {
        "void", "bool", "byte", "unsignedbyte", "short", "unsignedshort", "signedint",
        "unsignedint", "long", "float", "double", "decimal", "longstr", "array",
        "timestamp", "table", "binary"};
    static_assert(std::variant_size_v<FieldValue::Variant> == std::size(names));
    return names[value.value.index()];
}

std::string erlangTermText(const FieldValue &value)
{
    return std::visit(
        [&](const auto &v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return "undefined";
            } else if constexpr (std::is_same_v<T, bool>) {
                return v ? "true" : "false";
            } else if constexpr (std::is_integral_v<T>) {
                return std::to_string(v);
            } else if constexpr (std::is_floating_point_v<T>) {
                return floatText(double(v));
            } else if constexpr (std::is_same_v<T, Decimal>) {
                // RabbitMQ decodes the digits as an unsigned 32-bit number.
                return "{" + std::to_string(v.scale) + "," + std::to_string(std::uint32_t(v.value)) + "}";
            } else if constexpr (std::is_same_v<T, std::string>) {
                return erlangBinaryText(v);
            } else if constexpr (std::is_same_v<T, ByteArray>) {
                return erlangBinaryText(v.bytes);
            } else if constexpr (std::is_same_v<T, Timestamp>) {
                return std::to_string(v.seconds);
            } else if constexpr (std::is_same_v<T, FieldArray>) {
                std::string s = "[";
                for (std::size_t i = 0; i < v.size(); ++i) {
                    s += i ? ",{" : "{";
                    s += rabbitTypeName(v[i]);
                    s += "," + erlangTermText(v[i]) + "}";
                }
                return s + "]";
            } else {
                static_assert(std::is_same_v<T, FieldTable>);
                std::string s = "[";
                for (std::size_t i = 0; i < v.entries.size(); ++i) {
                    const auto &[key, val] = v.entries[i];
                    s += i ? ",{" : "{";
                    s += erlangBinaryText(key) + ",";
                    s += rabbitTypeName(val);
                    s += "," + erlangTermText(val) + "}";
                }
                return s + "]";
            }
        },
        value.value);
}

} // namespace warren::model
