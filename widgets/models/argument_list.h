#pragma once
// ArgumentList: splits the display form of an AMQP argument table, as the
// snapshot carries it ({x-max-length: 1000, x-queue-type: "classic"}; also
// the plain "key=value, key=value" form), into key/value pairs for a
// two-column view. Quotes and nested tables/arrays are respected; text it
// cannot split comes back as one pair with an empty key. Stateless; any thread.

#include <QList>
#include <QPair>
#include <QString>

namespace warren::widgets {

class ArgumentList
{
public:
    using Entry = QPair<QString, QString>; ///< key, value as shown

    static QList<Entry> split(const QString &display);
    /// True for "" and "{}".
    static bool isEmpty(const QString &display);
};

} // namespace warren::widgets
