#include "model/routing/headers_match.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace warren::model {

namespace {

__extension__ typedef __int128 Int128;

/// A top-level value as Erlang sees it for `==`: integers (all widths and
/// timestamps) and floats are numbers compared by mathematical value.
struct Number {
    bool isFloat = false;
    Int128 integer = 0;
    double real = 0;
};

std::optional<Number> asNumber(const FieldValue &v)
{
    if (auto i = v.toInteger())
        return Number{false, *i, 0};
    if (auto t = std::get_if<Timestamp>(&v.value))
        return Number{false, Int128(t->seconds), 0};
    if (auto f = std::get_if<float>(&v.value))
        return Number{true, 0, double(*f)};
    if (auto d = std::get_if<double>(&v.value))
        return Number{true, 0, *d};
    return std::nullopt;
}

bool integerEqualsReal(Int128 i, double d)
{
    // Erlang compares an integer and a float exactly (it converts whichever side
    // loses no precision), so 2^53 + 1 is not equal to 2^53 as a double.
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) >= 1.0e38)
        return false;
    return Int128(d) == i;
}

bool numbersEqual(const Number &a, const Number &b)
{
    if (!a.isFloat && !b.isFloat)
        return a.integer == b.integer;
    if (a.isFloat && b.isFloat)
        return a.real == b.real;
    return a.isFloat ? integerEqualsReal(b.integer, a.real) : integerEqualsReal(a.integer, b.real);
}

/// Typed equality used inside arrays and tables, where RabbitMQ keeps each
/// element as {Type, Value} and so the type tags must agree too.
bool typedEqual(const FieldValue &a, const FieldValue &b)
{
    return a.value.index() == b.value.index() && headerValuesEqual(a, b);
}

} // namespace

bool headerValuesEqual(const FieldValue &binding, const FieldValue &header)
{
    const auto nb = asNumber(binding);
    const auto nh = asNumber(header);
    if (nb || nh)
        return nb && nh && numbersEqual(*nb, *nh);
    const std::string *sb = binding.asString();
    const std::string *sh = header.asString();
    if (sb || sh)
        return sb && sh && *sb == *sh; // 'S' and 'x' are both Erlang binaries
    if (binding.value.index() != header.value.index())
        return false;
    if (auto ab = binding.asArray()) {
        const FieldArray &ah = *header.asArray();
        return ab->size() == ah.size() && std::equal(ab->begin(), ab->end(), ah.begin(), typedEqual);
    }
    if (auto tb = binding.asTable()) {
        const FieldTable &th = *header.asTable();
        return tb->size() == th.size()
            && std::equal(tb->entries.begin(), tb->entries.end(), th.entries.begin(),
                          [](const auto &x, const auto &y) { return x.first == y.first && typedEqual(x.second, y.second); });
    }
    return binding == header; // void, bool, decimal: same type, same value
}

HeadersPattern::HeadersPattern(const FieldTable &arguments)
{
    if (const FieldValue *x = arguments.find("x-match")) {
        if (const std::string *s = std::get_if<std::string>(&x->value)) {
            if (*s == "any")
                m_mode = XMatch::Any;
            else if (*s == "all-with-x")
                m_mode = XMatch::AllWithX;
            else if (*s == "any-with-x")
                m_mode = XMatch::AnyWithX;
            // "all" and (legacy, unvalidated) anything else: All
        }
    }
    const bool withX = m_mode == XMatch::AllWithX || m_mode == XMatch::AnyWithX;
    for (const auto &entry : arguments.entries) {
        if (entry.first == "x-match")
            continue;
        if (!withX && entry.first.starts_with("x-"))
            continue;
        m_pattern.push_back(entry);
    }
    std::stable_sort(m_pattern.begin(), m_pattern.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
}

bool HeadersPattern::matches(std::span<const std::pair<std::string, FieldValue> *const> data) const
{
    // A merge of two key-sorted lists, clause for clause as RabbitMQ's
    // headers_match/5, so that duplicate keys behave the same too.
    const bool wantAll = m_mode == XMatch::All || m_mode == XMatch::AllWithX;
    bool allMatch = true;
    bool anyMatch = false;
    std::size_t p = 0, d = 0;
    while (true) {
        if (wantAll && !allMatch)
            return false;
        if (!wantAll && anyMatch)
            return true;
        if (p == m_pattern.size())
            return wantAll ? allMatch : anyMatch;
        if (d == data.size())
            return wantAll ? false : anyMatch; // pattern keys left, no headers left
        const auto &[pk, pv] = m_pattern[p];
        const auto &[dk, dv] = *data[d];
        if (pk > dk) {
            ++d; // header not in the pattern
        } else if (pk < dk) {
            allMatch = false; // pattern key not in the headers
            ++p;
        } else {
            // A void pattern value asks only for the header's presence.
            if (pv.isVoid() || headerValuesEqual(pv, dv))
                anyMatch = true;
            else
                allMatch = false;
            ++p;
            ++d;
        }
    }
}

std::vector<const std::pair<std::string, FieldValue> *> sortHeaders(const FieldTable *headers)
{
    std::vector<const std::pair<std::string, FieldValue> *> sorted;
    if (!headers)
        return sorted;
    sorted.reserve(headers->entries.size());
    for (const auto &e : headers->entries)
        sorted.push_back(&e);
    std::stable_sort(sorted.begin(), sorted.end(), [](auto *a, auto *b) { return a->first < b->first; });
    return sorted;
}

bool headersMatch(const FieldTable &bindingArguments, const FieldTable *headers)
{
    const auto sorted = sortHeaders(headers);
    return HeadersPattern(bindingArguments).matches(sorted);
}

} // namespace warren::model
