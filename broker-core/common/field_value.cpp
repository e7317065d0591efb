#include "field_value.h"

#include <algorithm>
#include <cstdio>

namespace warren {

const FieldValue *FieldTable::find(std::string_view key) const
{
    for (const auto &e : entries)
        if (e.first == key)
            return &e.second;
    return nullptr;
}

FieldValue *FieldTable::find(std::string_view key)
{
    for (auto &e : entries)
        if (e.first == key)
            return &e.second;
    return nullptr;
}

FieldValue &FieldTable::set(std::string key, FieldValue value)
{
    if (FieldValue *existing = find(key)) {
        *existing = std::move(value);
        return *existing;
    }
    entries.emplace_back(std::move(key), std::move(value));
    return entries.back().second;
}

bool FieldTable::remove(std::string_view key)
{
    auto it = std::find_if(entries.begin(), entries.end(), [&](const auto &e) { return e.first == key; });
    if (it == entries.end())
        return false;
    entries.erase(it);
    return true;
}

bool FieldTable::operator==(const FieldTable &o) const
{
    return entries == o.entries;
}

std::optional<std::int64_t> FieldValue::toInteger() const
{
    return std::visit(
        [](const auto &v) -> std::optional<std::int64_t> {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
                return static_cast<std::int64_t>(v);
            else
                return std::nullopt;
        },
        value);
}

const std::string *FieldValue::asString() const
{
    if (auto s = std::get_if<std::string>(&value))
        return s;
    if (auto b = std::get_if<ByteArray>(&value))
        return &b->bytes;
    return nullptr;
}

namespace {
void appendQuoted(std::string &out, const std::string &s)
{
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20 || c >= 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += char(c);
        }
    }
    out += '"';
}

void render(std::string &out, const FieldValue &v);

void renderTable(std::string &out, const FieldTable &t)
{
    out += '{';
    bool first = true;
    for (const auto &[k, val] : t.entries) {
        if (!first)
            out += ", ";
        first = false;
        out += k;
        out += ": ";
        render(out, val);
    }
    out += '}';
}

void render(std::string &out, const FieldValue &v)
{
    std::visit(
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                out += "void";
            else if constexpr (std::is_same_v<T, bool>)
                out += x ? "true" : "false";
            else if constexpr (std::is_integral_v<T>)
                out += std::to_string(static_cast<long long>(x));
            else if constexpr (std::is_floating_point_v<T>)
                out += std::to_string(x);
            else if constexpr (std::is_same_v<T, Decimal>)
                out += std::to_string(x.value) + "e-" + std::to_string(x.scale);
            else if constexpr (std::is_same_v<T, std::string>)
                appendQuoted(out, x);
            else if constexpr (std::is_same_v<T, ByteArray>) {
                out += "bytes:";
                appendQuoted(out, x.bytes);
            } else if constexpr (std::is_same_v<T, Timestamp>)
                out += "ts:" + std::to_string(x.seconds);
            else if constexpr (std::is_same_v<T, FieldTable>)
                renderTable(out, x);
            else if constexpr (std::is_same_v<T, FieldArray>) {
                out += '[';
                for (std::size_t i = 0; i < x.size(); ++i) {
                    if (i)
                        out += ", ";
                    render(out, x[i]);
                }
                out += ']';
            }
        },
        v.value);
}
} // namespace

std::string toDisplayString(const FieldValue &v)
{
    std::string out;
    render(out, v);
    return out;
}

std::string toDisplayString(const FieldTable &t)
{
    std::string out;
    renderTable(out, t);
    return out;
}

} // namespace warren
