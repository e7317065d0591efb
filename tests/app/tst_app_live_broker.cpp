// A running warren as clients meet it: heartbeats both ways, bad input on
// one connection not disturbing another, and ordered delivery of 10,000
// messages between two connections.
//
// (A wrong protocol header is covered by tests/interop/handshake.)

#include "app_test_util.h"

#include <QProcess>
#include <QtTest>

using namespace warren::apptest;

class TestAppLiveBroker : public QObject {
    Q_OBJECT

private:
    BrokerUnderTest m_broker;

    void requirePika()
    {
        if (!pikaAvailable())
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 (apt-get install python3-pika)");
    }

private slots:
    void initTestCase() { QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString())); }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    // --------------------------------------------------------- heartbeats

    void silentClientIsDroppedAfterTwoMissedHeartbeats()
    {
        RawAmqp c;
        QVERIFY(c.connectTo(m_broker.amqpPort()));
        const QString err = c.handshake(1);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        int heartbeats = 0;
        const qint64 closedAfter = c.waitForClose(10000, &heartbeats);
        QVERIFY2(closedAfter >= 0, "the broker kept a silent client with heartbeat 1 s for 10 s");
        qInfo("silent client dropped after %lld ms, %d heartbeat frames received", closedAfter, heartbeats);
        QVERIFY2(closedAfter >= 1500 && closedAfter <= 6000,
                 qPrintable(QStringLiteral("dropped after %1 ms; expected about 2 s").arg(closedAfter)));
        // The broker kept its side of the bargain while waiting.
        QVERIFY2(heartbeats >= 1, qPrintable(QStringLiteral("%1 heartbeat frames received").arg(heartbeats)));
    }

    void clientThatDisablesHeartbeatsIsKept()
    {
        RawAmqp c;
        QVERIFY(c.connectTo(m_broker.amqpPort()));
        const QString err = c.handshake(0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        int heartbeats = 0;
        QCOMPARE(c.waitForClose(4000, &heartbeats), qint64(-1));
        QCOMPARE(heartbeats, 0);
    }

    void pikaWithTwoSecondHeartbeatStaysConnected()
    {
        requirePika();
        const ClientResult r = runClient(python(),
                                         {clientScript("heartbeat_keepalive.py"), m_broker.host(),
                                          QString::number(m_broker.amqpPort()), "2", "8"},
                                         60000);
        WARREN_VERIFY_CLIENT(r);
        QVERIFY2(r.stdOut.contains("heartbeat 2") && r.stdOut.contains("alive after 8 s"), qPrintable(r.describe()));
    }

    // ---------------------------------------------------------- bad input

    void badFrameOnOneConnectionIsClosed501AndOthersKeepReceiving_data()
    {
        QTest::addColumn<bool>("afterOpen"); // full handshake first, or right after the header
        QTest::addColumn<QByteArray>("garbage");
        const QByteArray payload("\x00\x0a\x00\x0b", 4);
        QTest::newRow("bad frame-end after the header") << false << RawAmqp::frame(1, 0, payload, 0x00);
        QTest::newRow("bad frame-end on an open connection") << true << RawAmqp::frame(1, 0, payload, 0x42);
        QTest::newRow("unknown frame type") << true << RawAmqp::frame(9, 0, payload);
        QTest::newRow("frame larger than frame_max")
            << true << QByteArray("\x01\x00\x01\x7f\xff\xff\xff", 7) + QByteArray(64, 'x');
    }
    void badFrameOnOneConnectionIsClosed501AndOthersKeepReceiving()
    {
        QFETCH(bool, afterOpen);
        QFETCH(QByteArray, garbage);
        requirePika();

        // A pika consumer receiving a steady stream: 120 messages, one per 50 ms.
        QProcess consumer;
        consumer.setProgram(python());
        consumer.setArguments({clientScript("steady_consumer.py"), m_broker.host(),
                               QString::number(m_broker.amqpPort()), "120", "0.05"});
        consumer.start();
        QVERIFY(consumer.waitForStarted(10000));
        QByteArray out;
        QDeadlineTimer ready(20000);
        while (!out.contains("ready\n") && !ready.hasExpired() && consumer.state() == QProcess::Running) {
            consumer.waitForReadyRead(200);
            out += consumer.readAllStandardOutput();
        }
        QVERIFY2(out.contains("ready\n"), qPrintable(QString::fromUtf8(out + consumer.readAllStandardError())));

        RawAmqp bad;
        QVERIFY(bad.connectTo(m_broker.amqpPort()));
        if (afterOpen) {
            const QString err = bad.handshake(0);
            QVERIFY2(err.isEmpty(), qPrintable(err));
        } else {
            bad.send(RawAmqp::protocolHeader());
            QVERIFY(bad.expectMethod(10, 10));
        }
        bad.send(garbage);
        const std::optional<RawFrame> close = bad.expectMethod(10, 50, 5000);
        if (!close && !afterOpen && m_broker.isExternal()) {
            consumer.kill();
            consumer.waitForFinished(5000);
            QSKIP("RabbitMQ 3.10 closes the socket without connection.close before start-ok");
        }
        QVERIFY2(close, "no connection.close from the broker");
        QCOMPARE(close->type, quint8(1));
        QCOMPARE(close->channel, quint16(0));
        QCOMPARE(close->classId(), quint16(10));
        QCOMPARE(close->methodId(), quint16(50));
        QVERIFY(close->payload.size() >= 7);
        QCOMPARE(qFromBigEndian<quint16>(close->payload.constData() + 4), quint16(501));
        const int textLen = quint8(close->payload.at(6));
        QVERIFY2(close->payload.mid(7, textLen).startsWith("FRAME_ERROR"), close->payload.mid(7).constData());
        // Answer like a client does; the broker then closes the socket (it may
        // already have: after a broken frame it cannot read on).
        bad.send(RawAmqp::method(10, 51));
        const qint64 closedAfter = bad.waitForClose(6000);
        QVERIFY2(closedAfter >= 0, "the broker did not close the socket after connection.close 501");
        qInfo("socket closed %lld ms after close-ok", closedAfter);

        QVERIFY2(consumer.waitForFinished(60000), "the pika consumer did not finish");
        out += consumer.readAllStandardOutput();
        const QByteArray err = consumer.readAllStandardError();
        QVERIFY2(consumer.exitStatus() == QProcess::NormalExit && consumer.exitCode() == 0,
                 qPrintable(QString::fromUtf8(out + err)));
        QVERIFY2(out.contains("received 120"), qPrintable(QString::fromUtf8(out + err)));
    }

    // --------------------------------------------------------- throughput

    void tenThousandMessagesCrossTwoConnectionsOnceAndInOrder()
    {
        requirePika();
        const ClientResult r = runClient(python(),
                                         {clientScript("ordered_across_connections.py"), m_broker.host(),
                                          QString::number(m_broker.amqpPort()), "10000", "50"},
                                         250000);
        WARREN_VERIFY_CLIENT(r);
        QVERIFY2(r.stdOut.contains("received 10000 in order"), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestAppLiveBroker)
#include "tst_app_live_broker.moc"
