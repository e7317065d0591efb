#pragma once
// One accepted AMQP socket: reads bytes into the AmqpConnection, writes its
// output back, runs its tick timer and turns inbox wake-ups into deliveries.
//
// Thread: created on, and used only by, its Worker's thread. Deleted (later)
// when the socket disconnects. Output backpressure: while the socket holds
// more than kHighWater unsent bytes, deliveries pause until it drains below
// kLowWater, which bounds memory for slow consumers.

#include "amqp/amqp_connection.h"

#include <QObject>
#include <QTcpSocket>
#include <QTimer>

namespace warren::net {

class WorkerPool;

class AmqpSession : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kHighWater = 4 * 1024 * 1024;
    static constexpr qint64 kLowWater = 512 * 1024;

    AmqpSession(model::Broker &broker, const amqp::AmqpConfig &config, qintptr socketDescriptor,
                WorkerPool &pool, QObject *parent);
    ~AmqpSession() override;

    bool isValid() const { return m_socket != nullptr; }

public slots:
    void closeByBroker(quint16 code, const QString &text);

private:
    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void onTick();
    void onWake();
    void flush();
    void finish();

    model::Broker &m_broker;
    WorkerPool &m_pool;
    QTcpSocket *m_socket = nullptr;
    model::ConnectionInfoPtr m_info;
    std::unique_ptr<amqp::AmqpConnection> m_conn;
    QTimer m_tick;
    QByteArray m_in;
    qsizetype m_inStart = 0; ///< consumed prefix of m_in not yet compacted
    bool m_congested = false;
    bool m_finished = false;
};

} // namespace warren::net
