// The Kafka listener seen through a raw socket: a hand-built ApiVersions v0
// request, pipelining, and how the broker treats requests it must refuse
// (unknown API key, negative size prefix): like Kafka, it closes that connection
// and only that one. No client library is reimplemented here: only the request
// header, ApiVersions v0 and Metadata v0 (empty body) are encoded by hand.

#include "kafka_interop.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QMap>
#include <QTcpSocket>

#include <memory>
#include <optional>

namespace {

constexpr int kIoTimeoutMs = 5000;

struct VersionRange
{
    qint16 min = 0;
    qint16 max = 0;
};

// size | api_key i16 | api_version i16 | correlation_id i32 | client_id string | body
QByteArray request(qint16 apiKey, qint16 apiVersion, qint32 correlationId, const QByteArray &body = {})
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly); // big-endian by default
    const QByteArray clientId = "warren-raw-test";
    out << apiKey << apiVersion << correlationId << qint16(clientId.size());
    out.writeRawData(clientId.constData(), int(clientId.size()));
    out.writeRawData(body.constData(), int(body.size()));
    QByteArray frame;
    QDataStream f(&frame, QIODevice::WriteOnly);
    f << qint32(payload.size());
    return frame + payload;
}

std::unique_ptr<QTcpSocket> connectTo(const BrokerUnderTest &broker)
{
    auto s = std::make_unique<QTcpSocket>();
    s->connectToHost(broker.host(), broker.kafkaPort());
    if (!s->waitForConnected(kIoTimeoutMs))
        return nullptr;
    return s;
}

bool readExactly(QTcpSocket &s, qint64 n, QByteArray *out)
{
    QDeadlineTimer deadline(kIoTimeoutMs);
    while (s.bytesAvailable() < n) {
        if (deadline.hasExpired() || s.state() != QAbstractSocket::ConnectedState)
            return false;
        s.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    *out = s.read(n);
    return true;
}

// One response frame (without its size prefix), or nullopt on timeout/close.
std::optional<QByteArray> readResponse(QTcpSocket &s)
{
    QByteArray sizeBytes;
    if (!readExactly(s, 4, &sizeBytes))
        return std::nullopt;
    qint32 size = 0;
    QDataStream(sizeBytes) >> size;
    if (size < 4 || size > 64 * 1024 * 1024)
        return std::nullopt;
    QByteArray body;
    if (!readExactly(s, size, &body))
        return std::nullopt;
    return body;
}

// True once the peer has closed the connection (within the time limit).
bool waitForClose(QTcpSocket &s)
{
    QDeadlineTimer deadline(kIoTimeoutMs);
    while (s.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        s.waitForReadyRead(50);
        s.readAll();
    }
    return s.state() != QAbstractSocket::ConnectedState;
}

struct ApiVersionsV0
{
    qint32 correlationId = 0;
    qint16 errorCode = -1;
    QMap<qint16, VersionRange> apis;
    bool ok = false;
};

ApiVersionsV0 parseApiVersionsV0(const QByteArray &body)
{
    ApiVersionsV0 r;
    QDataStream in(body);
    qint32 count = 0;
    in >> r.correlationId >> r.errorCode >> count;
    if (count < 0 || count > 1000)
        return r;
    for (qint32 i = 0; i < count; ++i) {
        qint16 key = 0;
        VersionRange v;
        in >> key >> v.min >> v.max;
        r.apis.insert(key, v);
    }
    r.ok = in.status() == QDataStream::Ok && in.atEnd();
    return r;
}

} // namespace

class InteropKafkaRaw : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;

    // ApiVersions v0 on `s`; fails the test unless it is well-formed.
    ApiVersionsV0 apiVersions(QTcpSocket &s, qint32 correlationId)
    {
        s.write(request(18, 0, correlationId));
        s.flush();
        const std::optional<QByteArray> body = readResponse(s);
        if (!body)
            return {};
        return parseApiVersionsV0(*body);
    }

private slots:
    void initTestCase()
    {
        m_broker.setNeedsKafka(true);
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void apiVersionsV0ListsProduceAndFetch()
    {
        auto s = connectTo(m_broker);
        QVERIFY(s);
        const ApiVersionsV0 r = apiVersions(*s, 0x1234abcd);
        QVERIFY2(r.ok, "no well-formed ApiVersions v0 response");
        QCOMPARE(r.correlationId, qint32(0x1234abcd));
        QCOMPARE(r.errorCode, qint16(0));
        QVERIFY2(r.apis.contains(0) && r.apis.contains(1) && r.apis.contains(18), "Produce/Fetch/ApiVersions missing");
        QCOMPARE(r.apis.value(0).min, qint16(0));
        QVERIFY2(r.apis.value(0).max >= 7, qPrintable(QStringLiteral("Produce max %1").arg(r.apis.value(0).max)));
        QVERIFY2(r.apis.value(1).max >= 11, qPrintable(QStringLiteral("Fetch max %1").arg(r.apis.value(1).max)));
        QCOMPARE(r.apis.value(18).min, qint16(0));
        for (auto it = r.apis.cbegin(); it != r.apis.cend(); ++it)
            QVERIFY2(it->min <= it->max, qPrintable(QStringLiteral("API %1: min > max").arg(it.key())));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        // kafka-python's bootstrap: ApiVersions v0 and Metadata v0 written back to
        // back; then a few more of each, all before reading anything.
        auto s = connectTo(m_broker);
        QVERIFY(s);
        QByteArray batch;
        const QByteArray emptyTopicArray(4, '\0'); // Metadata v0: [] = all topics
        for (qint32 id = 100; id < 110; ++id)
            batch += id % 2 == 0 ? request(18, 0, id) : request(3, 0, id, emptyTopicArray);
        s->write(batch);
        s->flush();
        for (qint32 id = 100; id < 110; ++id) {
            const std::optional<QByteArray> body = readResponse(*s);
            QVERIFY2(body, qPrintable(QStringLiteral("no response for correlation id %1").arg(id)));
            qint32 corr = 0;
            QDataStream(*body) >> corr;
            QCOMPARE(corr, id);
        }
    }

    void unknownApiKeyClosesOnlyThatConnection()
    {
        auto bystander = connectTo(m_broker);
        QVERIFY(bystander);
        QVERIFY(apiVersions(*bystander, 1).ok);

        auto s = connectTo(m_broker);
        QVERIFY(s);
        s->write(request(999, 0, 7));
        s->flush();
        QVERIFY2(waitForClose(*s), "the broker kept a connection open after API key 999");

        // An unsupported version of a known API is refused the same way (Kafka
        // closes the connection; only ApiVersions answers UNSUPPORTED_VERSION).
        auto t = connectTo(m_broker);
        QVERIFY(t);
        t->write(request(0, 999, 8));
        t->flush();
        QVERIFY2(waitForClose(*t), "the broker kept a connection open after Produce v999");

        QVERIFY2(apiVersions(*bystander, 2).ok, "an unrelated connection stopped working");
        auto fresh = connectTo(m_broker);
        QVERIFY(fresh);
        QVERIFY2(apiVersions(*fresh, 3).ok, "a new connection does not work");
    }

    void negativeSizePrefixClosesOnlyThatConnection()
    {
        auto bystander = connectTo(m_broker);
        QVERIFY(bystander);

        for (const QByteArray &garbage : {QByteArray::fromHex("ffffffff"), QByteArray::fromHex("80000000deadbeef")}) {
            auto s = connectTo(m_broker);
            QVERIFY(s);
            s->write(garbage);
            s->flush();
            QVERIFY2(waitForClose(*s), qPrintable(QStringLiteral("the broker kept a connection open after size "
                                                                 "prefix %1")
                                                      .arg(QString::fromLatin1(garbage.left(4).toHex()))));
        }
        // An ApiVersions interrupted halfway by a close does not disturb anyone either.
        {
            auto s = connectTo(m_broker);
            QVERIFY(s);
            s->write(request(18, 0, 9).left(7));
            s->flush();
            s->abort();
        }
        QVERIFY2(apiVersions(*bystander, 4).ok, "an unrelated connection stopped working");
        auto fresh = connectTo(m_broker);
        QVERIFY(fresh);
        QVERIFY2(apiVersions(*fresh, 5).ok, "a new connection does not work");
    }
};

QTEST_GUILESS_MAIN(InteropKafkaRaw)
#include "tst_interop_kafka_raw.moc"
