#pragma once
// DemoWorkload: a small, lively broker workload for `warren --screenshot`
// (and anyone who wants something to look at): real AMQP and Kafka traffic
// over loopback sockets from the demo clients in this folder.
//
// AMQP — exchanges of every type with bindings: `orders` (topic) feeding
// orders.created (dead-lettering to `orders.dlx` → orders.dead), orders.eu,
// orders.audit (no consumer: it fills) and, exchange to exchange,
// `notifications` (fanout → email, sms, push); `billing` (direct →
// billing.invoices, billing.refunds); `media` (headers → media.images,
// media.video). Consumers with manual acks on three connections: one
// rejects every tenth order without requeue (dead-lettered) and requeues
// some (redelivered), another acks invoices slower than they arrive.
// Kafka — topics `clickstream` (3 partitions) and `payments` (1), a producer,
// and two consumer groups: `analytics` fetches too little and falls behind
// (lag), `payments-ledger` keeps up.
//
// Owns its own thread (a QThread; run() does everything, blocking sockets,
// no event loop) and every socket on it. start() it with the broker's
// ports; stop() closes the connections politely and joins the thread.

#include <QHostAddress>
#include <QThread>

#include <atomic>

namespace warren::demo {

class DemoWorkload : public QThread
{
public:
    struct Config {
        QHostAddress host = QHostAddress::LocalHost;
        quint16 amqpPort = 0;
        quint16 kafkaPort = 0; ///< 0 = no Kafka traffic
        int tickMs = 100;
    };

    explicit DemoWorkload(Config config, QObject *parent = nullptr);
    ~DemoWorkload() override;

    /// True once every declaration, consumer and group is in place.
    bool isReady() const { return m_ready.load(); }
    /// True if setting up failed (see error()); the thread has then ended.
    bool failed() const { return m_failed.load(); }
    QString error() const;
    /// Asks the thread to finish (connections closed politely) and waits.
    void stop();

protected:
    void run() override;

private:
    Config m_config;
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_failed{false};
    QString m_error; ///< written by the thread before m_failed is set
};

} // namespace warren::demo
