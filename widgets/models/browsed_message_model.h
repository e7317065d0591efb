#pragma once
// BrowsedMessageModel: one page of a queue's ready messages as the message
// browser fetched them (api::QueueBrowseResult) — position, routing key,
// exchange, size, redelivered, priority, content type, message id,
// timestamp and a one-line payload preview. A new page replaces the rows in
// place: rows common to both pages get dataChanged, the rest are inserted or
// removed at the end (never a reset), so the selection and scroll position
// survive a refresh. SortRole carries raw values for sorting. Subclasses
// may show other columns of the same messages (ScheduledMessageModel).
//
// Owns copies of the messages. GUI thread.

#include <api/command_api.h>

#include <QAbstractTableModel>
#include <QList>

namespace warren::widgets {

class BrowsedMessageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Position,
        RoutingKey,
        Exchange,
        Size,
        Redelivered,
        Priority,
        ContentType,
        MessageId,
        Timestamp,
        Payload,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit BrowsedMessageModel(QObject *parent = nullptr);

    void setMessages(const QList<api::BrowsedMessage> &messages);
    void clear() { setMessages({}); }
    const QList<api::BrowsedMessage> &messages() const { return m_messages; }
    /// The message of a source row; precondition: 0 <= row < rowCount().
    const api::BrowsedMessage &message(int row) const { return m_messages.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "2023-11-14 22:13:20" (local time) for an AMQP timestamp in seconds;
    /// "" when unset (negative).
    static QString timestampText(qint64 seconds);

private:
    QList<api::BrowsedMessage> m_messages;
};

} // namespace warren::widgets
