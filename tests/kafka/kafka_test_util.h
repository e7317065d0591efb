#pragma once
// Small helpers shared by the Kafka codec tests: byte buffers from hex text
// and readable dumps for failure messages.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace warren::kafka::test {

/// "01 00 0a" -> bytes; whitespace and '|' ignored.
inline std::string fromHex(std::string_view hex)
{
    QByteArray compact;
    for (char c : hex)
        if (c != ' ' && c != '\n' && c != '|')
            compact.append(c);
    const QByteArray raw = QByteArray::fromHex(compact);
    return std::string(raw.constData(), std::size_t(raw.size()));
}

inline QString toHex(std::string_view bytes)
{
    return QString::fromLatin1(QByteArray(bytes.data(), qsizetype(bytes.size())).toHex(' '));
}

inline std::span<const std::byte> spanOf(const std::string &s)
{
    return {reinterpret_cast<const std::byte *>(s.data()), s.size()};
}

inline std::span<std::byte> mutableSpanOf(std::string &s)
{
    return {reinterpret_cast<std::byte *>(s.data()), s.size()};
}

inline std::string toStdString(std::span<const std::byte> b)
{
    return std::string(reinterpret_cast<const char *>(b.data()), b.size());
}

} // namespace warren::kafka::test
