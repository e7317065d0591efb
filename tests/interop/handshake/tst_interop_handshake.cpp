// Protocol-header handshake checked at the socket level. This is not a client
// implementation: it sends 8 bytes and looks at what comes back, which no
// real client library lets a test do.

#include "broker_under_test.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

namespace {

const QByteArray kAmqp091Header("AMQP\x00\x00\x09\x01", 8);

// Reads until the peer closes (or resets) the socket or the deadline passes.
// Returns what was read; *closed tells whether the socket ended.
QByteArray readUntilClosed(QTcpSocket &socket, int timeoutMs, bool *closed)
{
    QByteArray data;
    QDeadlineTimer deadline(timeoutMs);
    *closed = false;
    while (!deadline.hasExpired()) {
        data += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            *closed = true;
            break;
        }
        socket.waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(100, deadline.remainingTime()))));
    }
    data += socket.readAll();
    return data;
}

// Reads exactly n bytes or fails (returns fewer).
QByteArray readExactly(QTcpSocket &socket, qsizetype n, int timeoutMs)
{
    QByteArray data;
    QDeadlineTimer deadline(timeoutMs);
    while (data.size() < n && !deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(100)
            && socket.state() != QAbstractSocket::ConnectedState)
            break;
        data += socket.read(n - data.size());
    }
    return data;
}

QByteArray longString(const QByteArray &payload, qsizetype *offset)
{
    if (*offset + 4 > payload.size())
        return {};
    const quint32 len = qFromBigEndian<quint32>(payload.constData() + *offset);
    *offset += 4;
    const QByteArray s = payload.mid(*offset, len);
    *offset += len;
    return s;
}

} // namespace

class InteropHandshake : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;

    bool connectSocket(QTcpSocket &socket)
    {
        socket.connectToHost(m_broker.host(), m_broker.amqpPort());
        return socket.waitForConnected(5000);
    }

private slots:
    void initTestCase() { QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString())); }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void wrongProtocolHeaderIsAnsweredWithOursThenClosed_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::newRow("0-9-1 with revision 0") << QByteArray("AMQP\x00\x00\x09\x00", 8);
        QTest::newRow("AMQP 1.0") << QByteArray("AMQP\x00\x01\x00\x00", 8);
        QTest::newRow("AMQP 1.0 SASL") << QByteArray("AMQP\x03\x01\x00\x00", 8);
        QTest::newRow("HTTP request") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    }
    void wrongProtocolHeaderIsAnsweredWithOursThenClosed()
    {
        QFETCH(QByteArray, sent);
        QTcpSocket socket;
        QVERIFY2(connectSocket(socket), qPrintable(socket.errorString()));
        socket.write(sent);
        QVERIFY(socket.waitForBytesWritten(5000));
        bool closed = false;
        const QByteArray got = readUntilClosed(socket, 5000, &closed);
        QCOMPARE(got.toHex(' '), kAmqp091Header.toHex(' '));
        // RabbitMQ closes with a reset rather than a FIN; either counts as closed.
        QVERIFY2(closed, "the broker kept the socket open after a wrong protocol header");
    }

    void protocolHeaderGetsConnectionStartThatFitsIn4096Bytes()
    {
        QTcpSocket socket;
        QVERIFY2(connectSocket(socket), qPrintable(socket.errorString()));
        socket.write(kAmqp091Header);
        const QByteArray header = readExactly(socket, 7, 5000);
        QCOMPARE(header.size(), 7);
        QCOMPARE(quint8(header[0]), quint8(1)); // method frame
        QCOMPARE(qFromBigEndian<quint16>(header.constData() + 1), quint16(0)); // channel 0
        const quint32 size = qFromBigEndian<quint32>(header.constData() + 3);
        // The Go client rejects a first frame larger than 4096 bytes before tune.
        QVERIFY2(size + 8 <= 4096, qPrintable(QStringLiteral("connection.start frame is %1 bytes")
                                                  .arg(size + 8)));
        const QByteArray payload = readExactly(socket, size + 1, 5000);
        QCOMPARE(payload.size(), qsizetype(size + 1));
        QCOMPARE(quint8(payload.back()), quint8(0xCE)); // frame end
        QCOMPARE(qFromBigEndian<quint16>(payload.constData()), quint16(10)); // connection
        QCOMPARE(qFromBigEndian<quint16>(payload.constData() + 2), quint16(10)); // start
        QCOMPARE(quint8(payload[4]), quint8(0)); // version-major
        QCOMPARE(quint8(payload[5]), quint8(9)); // version-minor
        qsizetype offset = 6;
        longString(payload, &offset); // server-properties (a table; pika checks its contents)
        const QList<QByteArray> mechanisms = longString(payload, &offset).split(' ');
        QVERIFY2(mechanisms.contains("PLAIN"), mechanisms.join(' ').constData());
        QVERIFY2(mechanisms.contains("AMQPLAIN"), mechanisms.join(' ').constData());
        const QList<QByteArray> locales = longString(payload, &offset).split(' ');
        QVERIFY2(locales.contains("en_US"), locales.join(' ').constData());
        QCOMPARE(offset, qsizetype(size));
    }
};

QTEST_GUILESS_MAIN(InteropHandshake)
#include "tst_interop_handshake.moc"
