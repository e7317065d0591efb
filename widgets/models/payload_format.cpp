#include "payload_format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <algorithm>

namespace warren::widgets {

bool PayloadFormat::isText(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7f)
            return false;
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

QString PayloadFormat::preview(const QByteArray &bytes, int maxChars)
{
    QString out;
    if (isText(bytes)) {
        // Decode only what can be shown (4 bytes per character at most).
        out = QString::fromUtf8(bytes.left(qsizetype(maxChars) * 4 + 4));
        for (QChar &c : out)
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QLatin1Char('\f'))
                c = QLatin1Char(' ');
    } else {
        out = QStringLiteral("0x") + QString::fromLatin1(bytes.left(maxChars / 2 + 1).toHex());
    }
    if (out.size() > maxChars)
        out = out.left(maxChars - 1) + QChar(0x2026);
    return out;
}

QString PayloadFormat::hexDump(const QByteArray &bytes, int maxBytes)
{
    const qsizetype shown = std::min<qsizetype>(bytes.size(), maxBytes);
    QString out;
    out.reserve(int(shown / 16 + 1) * 78);
    static const char digits[] = "0123456789abcdef";
    for (qsizetype line = 0; line < shown; line += 16) {
        out += QStringLiteral("%1  ").arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (line + i < shown) {
                const auto u = static_cast<unsigned char>(bytes.at(line + i));
                out += QLatin1Char(digits[u >> 4]);
                out += QLatin1Char(digits[u & 15]);
                out += QLatin1Char(' ');
                ascii += (u >= 0x20 && u < 0x7f) ? QLatin1Char(char(u)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
            if (i == 7)
                out += QLatin1Char(' ');
        }
        out += QLatin1Char(' ');
        out += ascii;
        out += QLatin1Char('\n');
    }
    if (shown < bytes.size())
        out += tr("… %n more byte(s) not shown", nullptr, int(bytes.size() - shown)) + QLatin1Char('\n');
    return out;
}

QString PayloadFormat::prettyJson(const QByteArray &bytes)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError error;
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError)
            return {};
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    }
    // A scalar: wrap it in an array to let QJsonDocument parse it.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + trimmed + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return {};
    const QByteArray compact = QJsonDocument(doc.array()).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(compact.mid(1, compact.size() - 2));
}

} // namespace warren::widgets
