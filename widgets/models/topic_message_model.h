#pragma once
// TopicMessageModel: the Kafka records the topic message browser fetched
// (api::BrowsedRecord), one row each, in the order the broker returned them
// (offset order for one partition, merged by timestamp for several):
// partition, offset, timestamp, key, value preview, size, header count and
// the compression of the record's batch. Rows are appended (Continue, live
// tail) or all replaced (a new browse); with a row cap the oldest rows are
// removed from the top — rowsRemoved/rowsInserted, never a reset while rows
// stay. Previews are computed once per row (PayloadFormat), not per paint.
// SortRole carries raw values.
//
// Owns copies of the records. GUI thread.

#include <api/command_api.h>

#include <QAbstractTableModel>
#include <QList>

namespace warren::widgets {

class TopicMessageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Partition, Offset, Timestamp, Key, Value, Size, Headers, Compression, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit TopicMessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// At most this many rows (0 = no cap); appending past it drops the oldest.
    void setRowCap(int cap);
    int rowCap() const { return m_cap; }
    void clear();
    void append(const QList<api::BrowsedRecord> &records);
    const api::BrowsedRecord &record(int row) const { return m_rows.at(row).record; }
    QList<api::BrowsedRecord> records() const;

    static QString compressionName(api::BatchCompression compression);
    static QString timestampText(qint64 ms);

private:
    struct Row {
        api::BrowsedRecord record;
        QString key;   // preview
        QString value; // preview
    };
    void trimToCap();

    QList<Row> m_rows;
    int m_cap = 0;
};

} // namespace warren::widgets
