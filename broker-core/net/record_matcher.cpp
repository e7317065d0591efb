#include "net/record_matcher.h"

#include <QString>

namespace warren::net {

RecordMatcher::RecordMatcher(const api::RecordSearch &search) : m_scope(search.scope), m_text(search.text)
{
    for (std::size_t i = 0; i < 256; ++i)
        m_fold[i] = static_cast<unsigned char>(i);
    if (!search.caseSensitive) {
        for (unsigned char c = 'A'; c <= 'Z'; ++c)
            m_fold[c] = static_cast<unsigned char>(c - 'A' + 'a');
        // ASCII folding is enough unless a non-ASCII character has case.
        for (const QChar c : search.text)
            if (c.unicode() >= 0x80 && (c.toLower() != c || c.toUpper() != c))
                m_unicode = true;
    }
    const QByteArray utf8 = search.text.toUtf8();
    m_needle.assign(utf8.constData(), std::size_t(utf8.size()));
    for (char &c : m_needle)
        c = static_cast<char>(m_fold[static_cast<unsigned char>(c)]);
    const std::size_t n = m_needle.size();
    m_skip.fill(n == 0 ? 1 : n);
    for (std::size_t i = 0; i + 1 < n; ++i)
        m_skip[static_cast<unsigned char>(m_needle[i])] = n - 1 - i;
}

bool RecordMatcher::containsFolded(const unsigned char *data, std::size_t size) const
{
    const std::size_t n = m_needle.size();
    if (n > size)
        return false;
    const auto *needle = reinterpret_cast<const unsigned char *>(m_needle.data());
    const unsigned char last = needle[n - 1];
    std::size_t pos = 0;
    while (pos + n <= size) {
        const unsigned char c = m_fold[data[pos + n - 1]];
        if (c == last) {
            std::size_t i = 0;
            while (i + 1 < n && m_fold[data[pos + i]] == needle[i])
                ++i;
            if (i + 1 >= n)
                return true;
        }
        pos += m_skip[c];
    }
    return false;
}

bool RecordMatcher::containsUnicode(std::span<const std::byte> haystack) const
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(haystack.data()), qsizetype(haystack.size()));
    return text.contains(m_text, Qt::CaseInsensitive);
}

bool RecordMatcher::contains(std::span<const std::byte> haystack) const
{
    if (m_needle.empty())
        return true;
    if (m_unicode)
        return containsUnicode(haystack);
    return containsFolded(reinterpret_cast<const unsigned char *>(haystack.data()), haystack.size());
}

bool RecordMatcher::matches(const kafka::RecordView &record) const
{
    if (m_needle.empty())
        return true;
    using api::SearchScope;
    const bool any = m_scope == SearchScope::Any;
    if ((any || m_scope == SearchScope::Key) && record.key && contains(*record.key))
        return true;
    if ((any || m_scope == SearchScope::Value) && record.value && contains(*record.value))
        return true;
    if (any || m_scope == SearchScope::Header) {
        for (const kafka::RecordHeaderView &h : record.headers)
            if (contains(h.key) || (h.value && contains(*h.value)))
                return true;
    }
    return false;
}

} // namespace warren::net
