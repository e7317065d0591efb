// Resource alarms and limits in the model (issue 7): how watermarks and sizes
// are read (RabbitMQ's forms), when the memory and disk alarms are raised
// and cleared, the connection.blocked reason texts, connection admission
// under --max-connections, and the per-vhost queue limit with RabbitMQ's text.

#include <QTest> // first: moc reads the model's headers only after Qt's

#include "model/broker.h"
#include "model/broker_limits.h"
#include "model/resource_alarms.h"

using namespace warren::model;
using warren::ConnectionId;

class TestResourceAlarms : public QObject {
    Q_OBJECT

private slots:
    void byteSizesReadLikeRabbitMq_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1 = refused
        QTest::newRow("plain") << "1000000" << qint64(1000000);
        QTest::newRow("MB is 10^6") << "50MB" << qint64(50000000);
        QTest::newRow("MiB is 2^20") << "2MiB" << qint64(2 << 20);
        QTest::newRow("GiB") << "1GiB" << qint64(1) * (1 << 30);
        QTest::newRow("kB") << "3kB" << qint64(3000);
        QTest::newRow("spaces") << " 7 KiB " << qint64(7 * 1024);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("negative") << "-1" << qint64(-1);
        QTest::newRow("unit only") << "MB" << qint64(-1);
        QTest::newRow("garbage") << "lots" << qint64(-1);
        QTest::newRow("overflow") << "99999999999999999999GiB" << qint64(-1);
    }
    void byteSizesReadLikeRabbitMq()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto got = parseByteSize(text.toStdString());
        if (bytes < 0) {
            QVERIFY(!got);
        } else {
            QVERIFY(got);
            QCOMPARE(qint64(*got), bytes);
        }
    }

    void watermarkIsAFractionOrASize()
    {
        auto fraction = MemoryWatermark::parse("0.4");
        QVERIFY(fraction && !fraction->absolute);
        QCOMPARE(fraction->resolve(1000), quint64(400));
        auto bytes = MemoryWatermark::parse("1");
        QVERIFY(bytes && bytes->absolute);
        QCOMPARE(bytes->resolve(1000), quint64(1));
        auto sized = MemoryWatermark::parse("2GiB");
        QVERIFY(sized && sized->absolute);
        QCOMPARE(sized->resolve(1), quint64(2) << 30);
        QVERIFY(!MemoryWatermark::parse("1.5")); // a fraction above 1
        QVERIFY(!MemoryWatermark::parse("0.x"));
        QCOMPARE(MemoryWatermark{}.resolve(1000), quint64(400)); // RabbitMQ's default 0.4
    }

    void memoryAlarmRaisedAboveTheWatermarkAndClearedBelow()
    {
        ResourceAlarms a;
        a.setTotalMemory(1000);
        QVERIFY(!a.publishersBlocked());
        auto c = a.evaluate(400, std::nullopt); // at the watermark: not above
        QVERIFY(!c.any());
        QVERIFY(!a.memoryAlarm());
        c = a.evaluate(401, std::nullopt);
        QCOMPARE(c.raised, unsigned(ResourceAlarms::Memory));
        QVERIFY(a.memoryAlarm());
        QVERIFY(a.publishersBlocked());
        c = a.evaluate(500, std::nullopt); // still raised: no change reported
        QVERIFY(!c.any());
        c = a.evaluate(399, std::nullopt);
        QCOMPARE(c.cleared, unsigned(ResourceAlarms::Memory));
        QVERIFY(!a.publishersBlocked());
        QCOMPARE(a.memoryUsed(), quint64(399));
    }

    void watermarkChangesTakeEffectAtTheNextEvaluation()
    {
        ResourceAlarms a;
        a.setTotalMemory(1ull << 40);
        QVERIFY(!a.evaluate(100 << 20, std::nullopt).any());
        a.setMemoryHighWatermark(*MemoryWatermark::parse("1")); // as tests trip it: 1 byte
        QVERIFY(!a.memoryAlarm()); // not before evaluate()
        QCOMPARE(a.evaluate(100 << 20, std::nullopt).raised, unsigned(ResourceAlarms::Memory));
        a.setMemoryHighWatermark(MemoryWatermark{});
        QCOMPARE(a.evaluate(100 << 20, std::nullopt).cleared, unsigned(ResourceAlarms::Memory));
    }

    void diskAlarmBelowTheFreeLimitOnlyWhenMonitored()
    {
        ResourceAlarms a;
        a.setTotalMemory(1ull << 40);
        QCOMPARE(a.diskFreeLimit(), quint64(50000000)); // RabbitMQ's default 50 MB
        QVERIFY(!a.evaluate(1, std::nullopt).any());    // no data directory: never a disk alarm
        QVERIFY(!a.diskMonitored());
        QVERIFY(!a.evaluate(1, 50000000).any());        // equal: not below
        QCOMPARE(a.evaluate(1, 49999999).raised, unsigned(ResourceAlarms::Disk));
        QVERIFY(a.diskAlarm() && !a.memoryAlarm());
        a.setDiskFreeLimit(0);
        QCOMPARE(a.evaluate(1, 49999999).cleared, unsigned(ResourceAlarms::Disk));
    }

    void bothAlarmsAreReportedSeparately()
    {
        ResourceAlarms a;
        a.setTotalMemory(1000);
        auto c = a.evaluate(900, 1);
        QCOMPARE(c.raised, unsigned(ResourceAlarms::Memory | ResourceAlarms::Disk));
        QCOMPARE(QByteArray::fromStdString(ResourceAlarms::blockedReason(a.active())),
                 QByteArray("low on memory & disk"));
        c = a.evaluate(100, 1);
        QCOMPARE(c.cleared, unsigned(ResourceAlarms::Memory));
        QCOMPARE(c.raised, 0u);
        QVERIFY(a.publishersBlocked()); // the disk alarm still holds them
        QCOMPARE(QByteArray::fromStdString(ResourceAlarms::blockedReason(a.active())), QByteArray("low on disk"));
        QCOMPARE(QByteArray::fromStdString(ResourceAlarms::blockedReason(ResourceAlarms::Memory)),
                 QByteArray("low on memory"));
    }

    void connectionsAreAdmittedUpToTheLimit()
    {
        BrokerLimits limits;
        for (int i = 0; i < 5; ++i)
            QVERIFY(limits.tryAdmitConnection()); // 0 = unlimited
        limits.setMaxConnections(6);
        QVERIFY(limits.tryAdmitConnection());
        QVERIFY(!limits.tryAdmitConnection());
        QCOMPARE(limits.admittedConnections(), quint64(6));
        limits.releaseConnection();
        QVERIFY(limits.tryAdmitConnection());
        limits.setMaxConnections(2); // lowered: existing ones stay, new ones wait
        QVERIFY(!limits.tryAdmitConnection());
        QCOMPARE(limits.admittedConnections(), quint64(6));
    }

    void newQueuesPastTheVhostLimitAreRefusedWithRabbitMqsText()
    {
        Broker broker;
        broker.limits().setMaxQueuesPerVhost(2);
        VirtualHost &vh = broker.defaultVhost();
        QueueOptions o;
        QVERIFY(vh.declareQueue("a", o, false, ConnectionId{1}) ? true : false);
        QVERIFY(vh.declareQueue("b", o, false, ConnectionId{1}) ? true : false);
        auto third = vh.declareQueue("c", o, false, ConnectionId{1});
        QVERIFY(!third);
        QCOMPARE(third.error().kind, ErrorKind::PreconditionFailed);
        QCOMPARE(QByteArray::fromStdString(third.error().text),
                 QByteArray("cannot declare queue 'c': queue limit in vhost '/' (2) is reached"));
        QVERIFY(vh.declareQueue("a", o, false, ConnectionId{1}) ? true : false); // redeclaring is fine
        QVERIFY(vh.declareQueue("b", o, true, ConnectionId{1}) ? true : false);  // so is a passive declare
        QVERIFY(broker.addVhost("other") ? true : false);
        QVERIFY(broker.vhost("other")->declareQueue("c", o, false, ConnectionId{1}) ? true : false); // per vhost
        broker.limits().setMaxQueuesPerVhost(0);
        QVERIFY(vh.declareQueue("c", o, false, ConnectionId{1}) ? true : false);
    }
};

QTEST_GUILESS_MAIN(TestResourceAlarms)
#include "tst_resource_alarms.moc"
