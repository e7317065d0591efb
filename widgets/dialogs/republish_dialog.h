#pragma once
// RepublishDialog: where the message browser re-publishes copies of the
// selected messages — vhost, exchange (the vhost's exchanges from the latest
// snapshot, or any name typed) and routing key, defaulting to the first
// message's own; with several messages, each may keep its own routing key.
// It only asks: QueueMessageBrowser publishes. The originals stay in their
// queue (a message cannot be taken out of a queue without consuming it),
// which the dialog says. Owned by its parent; GUI thread.

#include <QDialog>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace warren::widgets {

class RepublishDialog : public QDialog
{
    Q_OBJECT
public:
    /// `exchanges`: (vhost, name) pairs to offer; "" is the default exchange.
    RepublishDialog(int messageCount, const QString &vhost, const QString &exchange, const QString &routingKey,
                    const QList<QPair<QString, QString>> &exchanges, QWidget *parent = nullptr);

    QString vhost() const;
    /// "" = the default exchange.
    QString exchange() const;
    QString routingKey() const;
    /// Several messages: each keeps its own routing key (routingKey() unused).
    bool ownRoutingKeys() const;

    QComboBox *vhostBox() const { return m_vhost; }
    QComboBox *exchangeBox() const { return m_exchange; }
    QLineEdit *routingKeyEdit() const { return m_routingKey; }

private:
    void fillExchanges();

    QList<QPair<QString, QString>> m_exchanges;
    QComboBox *m_vhost;
    QComboBox *m_exchange;
    QLineEdit *m_routingKey;
    QCheckBox *m_ownKeys = nullptr;
};

} // namespace warren::widgets
