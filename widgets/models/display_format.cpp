#include "display_format.h"

#include <QLocale>

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

} // namespace warren::widgets
