#include "display_format.h"

#include <QLocale>

#include <climits>

namespace warren::widgets {

QString DisplayFormat::count(quint64 value)
{
    return QLocale().toString(value);
}

QString DisplayFormat::rate(double perSecond)
{
    return QLocale().toString(perSecond, 'f', 1);
}

QString DisplayFormat::byteRate(double perSecond)
{
    const auto bytes = qint64(perSecond + 0.5);
    return tr("%1/s").arg(QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat));
}

QString DisplayFormat::bytes(quint64 value)
{
    return QLocale().formattedDataSize(qint64(qMin<quint64>(value, quint64(LLONG_MAX))), 1,
                                       QLocale::DataSizeIecFormat);
}

QString DisplayFormat::offset(qint64 value)
{
    return value < 0 ? tr("–", "unknown offset or lag") : count(quint64(value));
}

} // namespace warren::widgets
