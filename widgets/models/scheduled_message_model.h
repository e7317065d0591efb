#pragma once
// ScheduledMessageModel: the messages an x-delayed-message exchange holds
// back, earliest due first, as BrokerCommands::browseScheduled returned them
// — due time, time left, routing key, size, persistence, message id and a
// one-line payload preview. "Due in" counts from the moment the list was
// fetched (setMessages' `nowMs`). Rows are replaced in place as
// BrowsedMessageModel does (whose messages and row handling it shares).
//
// Owns copies of the messages. GUI thread.

#include "browsed_message_model.h"

namespace warren::widgets {

class ScheduledMessageModel : public BrowsedMessageModel
{
    Q_OBJECT
public:
    enum Column { DueAt, DueIn, RoutingKey, Size, Persistent, MessageId, Payload, ColumnCount };
    explicit ScheduledMessageModel(QObject *parent = nullptr);

    /// `nowMs`: when the list was fetched (epoch ms), for the "Due in" column.
    void setMessages(const QList<api::BrowsedMessage> &messages, qint64 nowMs);
    void clear() { setMessages({}, 0); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "in 4.2 s", "in 3 min 5 s", "in 2 h 10 min", "now" for `ms` left.
    static QString dueInText(qint64 ms);

private:
    qint64 m_nowMs = 0;
};

} // namespace warren::widgets
