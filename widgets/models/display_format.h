#pragma once
// DisplayFormat: how counts, rates and byte rates read in the GUI, in one place
// so every table and label agrees. Stateless; any thread.

#include <QCoreApplication>
#include <QString>

namespace warren::widgets {

class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    /// 1234567 -> "1,234,567" (the locale's grouping).
    static QString count(quint64 value);
    /// Messages per second with one decimal: "12.5".
    static QString rate(double perSecond);
    /// Bytes per second in IEC units: "1.2 KiB/s".
    static QString byteRate(double perSecond);
    /// A size in IEC units: "1.2 GiB".
    static QString bytes(quint64 value);
    /// A Kafka offset or lag; negative means unknown and shows as a dash.
    static QString offset(qint64 value);
    /// The value a rate is compared at, so a refresh only reports a rate as
    /// changed when its displayed digits change.
    static qint64 rateKey(double perSecond) { return qRound64(perSecond * 10.0); }
};

} // namespace warren::widgets
