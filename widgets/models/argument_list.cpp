#include "argument_list.h"

namespace warren::widgets {

bool ArgumentList::isEmpty(const QString &display)
{
    const QString t = display.trimmed();
    return t.isEmpty() || t == QLatin1String("{}");
}

QList<ArgumentList::Entry> ArgumentList::split(const QString &display)
{
    QList<Entry> out;
    if (isEmpty(display))
        return out;
    QString text = display.trimmed();
    if (text.startsWith(QLatin1Char('{')) && text.endsWith(QLatin1Char('}')))
        text = text.mid(1, text.size() - 2);

    // Top-level pieces separated by commas outside quotes and brackets.
    QStringList pieces;
    int depth = 0;
    bool quoted = false;
    int start = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            depth = qMax(0, depth - 1);
        } else if (c == QLatin1Char(',') && depth == 0) {
            pieces << text.mid(start, i - start);
            start = i + 1;
        }
    }
    pieces << text.mid(start);

    for (const QString &raw : std::as_const(pieces)) {
        const QString piece = raw.trimmed();
        if (piece.isEmpty())
            continue;
        // The key ends at the first ": " or "=" (keys hold neither).
        const int colon = piece.indexOf(QLatin1String(": "));
        const int equals = piece.indexOf(QLatin1Char('='));
        int cut = -1;
        int width = 0;
        if (colon > 0 && (equals < 0 || colon < equals)) {
            cut = colon;
            width = 2;
        } else if (equals > 0) {
            cut = equals;
            width = 1;
        }
        if (cut < 0) {
            out << Entry{QString(), piece};
            continue;
        }
        QString value = piece.mid(cut + width).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        out << Entry{piece.left(cut).trimmed(), value};
    }
    return out;
}

} // namespace warren::widgets
