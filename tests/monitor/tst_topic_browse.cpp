// The topic message browser's command (BrokerCommands::browseTopic and
// net::TopicBrowser) against an in-process broker: browsing from an offset,
// a timestamp, the latest N, across partitions merged by timestamp, search
// by key / value / header (case rules, binary payloads) with a scan budget
// and continuation, null keys and tombstones, control batches skipped,
// batches compressed by kcat (a real librdkafka client) and by the codec
// decoded, and the asynchronous form answering on the caller's thread.

#include "in_process_broker.h"

#include "kafka/codec/record_batch.h"
#include "model/topics/topic_registry.h"
#include "net/record_matcher.h"
#include "net/topic_browser.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace warren;
using namespace warren::monitortest;

namespace {

QList<qint64> offsets(const api::TopicBrowseResult &r)
{
    QList<qint64> out;
    for (const auto &rec : r.records)
        out << rec.offset;
    return out;
}

qint64 cursor(const api::TopicBrowseResult &r, int partition)
{
    for (const auto &c : r.partitions)
        if (c.partition == partition)
            return c.nextOffset;
    return -1;
}

QString kcatPath()
{
    QString kcat = QStandardPaths::findExecutable(QStringLiteral("kcat"));
    if (kcat.isEmpty())
        kcat = QStandardPaths::findExecutable(QStringLiteral("kafkacat"));
    return kcat;
}

} // namespace

class TestTopicBrowse : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<net::BrokerServer> m_server;
    net::BrokerCommands &commands() { return *m_server->commands(); }

    void createTopic(const QString &name, int partitions)
    {
        api::TopicCreateRequest req;
        req.name = name;
        req.partitions = partitions;
        const auto r = commands().createTopicNow(req);
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    void produce(const QString &topic, int partition, const QByteArray &key, const QByteArray &value,
                 qint64 timestampMs = -1, QList<QPair<QString, QByteArray>> headers = {})
    {
        api::KafkaProduceRequest req;
        req.topic = topic;
        req.partition = partition;
        req.key = key;
        req.value = value;
        req.timestampMs = timestampMs;
        req.headers = std::move(headers);
        const auto r = commands().produceNow(req);
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    /// Appends one batch built by the codec straight to the partition.
    void appendBatch(const QString &topic, int partition, const kafka::BatchBuild &build)
    {
        std::string batch;
        QVERIFY(bool(kafka::appendRecordBatch(batch, build)));
        model::PartitionPtr p = m_server->topics()->partition(topic.toStdString(), partition);
        QVERIFY(p);
        model::BatchFacts facts;
        facts.recordCount = int(build.records.size());
        facts.lastOffsetDelta = int(build.records.size()) - 1;
        facts.control = build.control;
        facts.transactional = build.transactional;
        facts.producerId = build.producerId;
        facts.producerEpoch = build.producerEpoch;
        facts.baseSequence = build.baseSequence;
        const auto appended = p->append(std::as_bytes(std::span(batch.data(), batch.size())), facts, 0);
        QVERIFY2(appended.outcome == model::PartitionAppend::Outcome::Appended, appended.error.c_str());
    }

    api::TopicBrowseRequest request(const QString &topic, int partition = -1)
    {
        api::TopicBrowseRequest req;
        req.topic = topic;
        req.partition = partition;
        return req;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_server = startBroker(&error);
        QVERIFY2(m_server, qPrintable(error));
        QVERIFY(m_server->commands());
        QVERIFY(m_server->topics());
    }

    void cleanupTestCase() { m_server->shutdown(5000); }

    // ------------------------------------------------------------ matcher

    void matcherFoldsAsciiCaseAndFindsTextInBinary()
    {
        api::RecordSearch search;
        search.text = QStringLiteral("NeEdLe");
        const net::RecordMatcher insensitive(search);
        const QByteArray binary = QByteArray("\x00\xff\x10needle\x01", 10);
        QVERIFY(insensitive.contains(std::as_bytes(std::span(binary.constData(), binary.size()))));
        const QByteArray miss("needl");
        QVERIFY(!insensitive.contains(std::as_bytes(std::span(miss.constData(), miss.size()))));
        search.caseSensitive = true;
        const net::RecordMatcher sensitive(search);
        QVERIFY(!sensitive.contains(std::as_bytes(std::span(binary.constData(), binary.size()))));
        const QByteArray exact("xxNeEdLexx");
        QVERIFY(sensitive.contains(std::as_bytes(std::span(exact.constData(), exact.size()))));
    }

    void matcherFoldsUnicodeCaseWhenTheTextHasNonAsciiLetters()
    {
        api::RecordSearch search;
        search.text = QStringLiteral("ÄPFEL");
        const net::RecordMatcher m(search);
        const QByteArray text = QStringLiteral("zwei äpfel bitte").toUtf8();
        QVERIFY(m.contains(std::as_bytes(std::span(text.constData(), text.size()))));
        search.caseSensitive = true;
        const net::RecordMatcher exact(search);
        QVERIFY(!exact.contains(std::as_bytes(std::span(text.constData(), text.size()))));
    }

    // ------------------------------------------------------------ positions

    void browsesFromAnOffsetAndContinues()
    {
        createTopic(QStringLiteral("tb-offset"), 1);
        for (int i = 0; i < 20; ++i)
            produce(QStringLiteral("tb-offset"), 0, "k" + QByteArray::number(i), "v" + QByteArray::number(i));
        auto req = request(QStringLiteral("tb-offset"), 0);
        req.start = api::BrowseStart::Offset;
        req.value = 5;
        req.maxRecords = 10;
        const auto r = commands().browseTopicNow(req);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.records.size(), 10);
        QCOMPARE(r.records.first().offset, 5);
        QCOMPARE(r.records.first().key, std::optional<QByteArray>("k5"));
        QCOMPARE(r.records.first().value, std::optional<QByteArray>("v5"));
        QCOMPARE(r.records.last().offset, 14);
        QCOMPARE(r.stoppedBy, api::TopicBrowseResult::Stop::MaxRecords);
        QCOMPARE(r.partitions.size(), 1);
        QCOMPARE(cursor(r, 0), 15);
        QCOMPARE(r.partitions.first().highWatermark, 20);
        QCOMPARE(r.partitions.first().logStartOffset, 0);

        auto more = req;
        more.resume = r.partitions;
        const auto r2 = commands().browseTopicNow(more);
        QCOMPARE(offsets(r2), (QList<qint64>{15, 16, 17, 18, 19}));
        QVERIFY(r2.reachedEnd());
        QCOMPARE(cursor(r2, 0), 20);

        // Out-of-range offsets are clamped.
        req.value = 1000;
        const auto past = commands().browseTopicNow(req);
        QVERIFY(past.records.isEmpty());
        QVERIFY(past.reachedEnd());
        QCOMPARE(cursor(past, 0), 20);
    }

    void browsesFromATimestamp()
    {
        createTopic(QStringLiteral("tb-time"), 1);
        for (int i = 0; i < 10; ++i)
            produce(QStringLiteral("tb-time"), 0, {}, "v" + QByteArray::number(i), 1'700'000'000'000 + 1000 * i);
        auto req = request(QStringLiteral("tb-time"));
        req.start = api::BrowseStart::Timestamp;
        req.value = 1'700'000'000'000 + 5500;
        const auto r = commands().browseTopicNow(req);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(offsets(r), (QList<qint64>{6, 7, 8, 9}));
        QCOMPARE(r.records.first().timestamp, 1'700'000'000'000 + 6000);
        QCOMPARE(r.records.first().timestampType, api::TimestampKind::CreateTime);

        req.value = 1'800'000'000'000; // after every record
        const auto none = commands().browseTopicNow(req);
        QVERIFY(none.records.isEmpty());
        QCOMPARE(cursor(none, 0), 10);
    }

    void browsesTheLatestNPerPartition()
    {
        createTopic(QStringLiteral("tb-latest"), 2);
        for (int i = 0; i < 10; ++i) {
            produce(QStringLiteral("tb-latest"), 0, {}, "a" + QByteArray::number(i));
            produce(QStringLiteral("tb-latest"), 1, {}, "b" + QByteArray::number(i));
        }
        auto req = request(QStringLiteral("tb-latest"), 1);
        req.start = api::BrowseStart::Latest;
        req.value = 3;
        const auto one = commands().browseTopicNow(req);
        QCOMPARE(offsets(one), (QList<qint64>{7, 8, 9}));
        QCOMPARE(one.records.first().value, std::optional<QByteArray>("b7"));

        req.partition = -1;
        const auto both = commands().browseTopicNow(req);
        QCOMPARE(both.records.size(), 6);
        QCOMPARE(cursor(both, 0), 10);
        QCOMPARE(cursor(both, 1), 10);

        // Latest 0: nothing now, and the cursors are where new records will come.
        req.value = 0;
        const auto tail = commands().browseTopicNow(req);
        QVERIFY(tail.records.isEmpty());
        produce(QStringLiteral("tb-latest"), 1, {}, "new");
        auto next = req;
        next.resume = tail.partitions;
        const auto fresh = commands().browseTopicNow(next);
        QCOMPARE(fresh.records.size(), 1);
        QCOMPARE(fresh.records.first().partition, 1);
        QCOMPARE(fresh.records.first().offset, 10);
    }

    void mergesPartitionsByTimestamp()
    {
        createTopic(QStringLiteral("tb-merge"), 3);
        const qint64 t0 = 1'700'000'000'000;
        // Record i goes to partition (i * 7) % 3 with timestamp t0 + i.
        for (int i = 0; i < 30; ++i)
            produce(QStringLiteral("tb-merge"), (i * 7) % 3, QByteArray::number(i), {}, t0 + i);
        auto req = request(QStringLiteral("tb-merge"));
        req.maxRecords = 12;
        const auto r = commands().browseTopicNow(req);
        QCOMPARE(r.records.size(), 12);
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(r.records.at(i).timestamp, t0 + i);
            QCOMPARE(r.records.at(i).partition, (i * 7) % 3);
            QCOMPARE(r.records.at(i).key, std::optional<QByteArray>(QByteArray::number(i)));
        }
        QCOMPARE(r.partitions.size(), 3);
        QCOMPARE(cursor(r, 0) + cursor(r, 1) + cursor(r, 2), 12);
        auto rest = req;
        rest.resume = r.partitions;
        rest.maxRecords = 100;
        const auto r2 = commands().browseTopicNow(rest);
        QCOMPARE(r2.records.size(), 18);
        QCOMPARE(r2.records.first().timestamp, t0 + 12);
        QCOMPARE(r2.records.last().timestamp, t0 + 29);
        QVERIFY(r2.reachedEnd());
    }

    void unknownTopicAndPartitionFail()
    {
        auto req = request(QStringLiteral("tb-no-such-topic"));
        QVERIFY(!commands().browseTopicNow(req).ok);
        createTopic(QStringLiteral("tb-one"), 1);
        req = request(QStringLiteral("tb-one"), 4);
        const auto r = commands().browseTopicNow(req);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("partition 4")), qPrintable(r.error));
    }

    // ------------------------------------------------------------ search

    void searchesKeyValueAndHeadersAcrossTheBudgetWithContinuation_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("key") << int(api::SearchScope::Key) << QStringLiteral("ORDER-77-") << 30;
        QTest::newRow("value") << int(api::SearchScope::Value) << QStringLiteral("\"status\":\"failed\"") << 20;
        QTest::newRow("header") << int(api::SearchScope::Header) << QStringLiteral("eu-west") << 10;
        QTest::newRow("header key") << int(api::SearchScope::Header) << QStringLiteral("x-retry") << 10;
        QTest::newRow("any") << int(api::SearchScope::Any) << QStringLiteral("order-77-") << 30;
        QTest::newRow("value is not key") << int(api::SearchScope::Value) << QStringLiteral("order-77-") << 0;
    }

    void searchesKeyValueAndHeadersAcrossTheBudgetWithContinuation()
    {
        QFETCH(int, scope);
        QFETCH(QString, text);
        QFETCH(int, expected);
        const QString topic = QStringLiteral("tb-search");
        static bool filled = false;
        if (!filled) {
            filled = true;
            createTopic(topic, 2);
            // 3,000 records in batches of 100 per partition; some match.
            for (int b = 0; b < 30; ++b) {
                kafka::BatchBuild build;
                build.compression = b % 2 ? kafka::Compression::Lz4 : kafka::Compression::None;
                for (int i = 0; i < 100; ++i) {
                    const int n = b * 100 + i;
                    kafka::RecordBuild rec;
                    rec.key = (n % 100 == 77 ? "order-77-" : "order-") + std::to_string(n);
                    rec.value = std::string("{\"n\":") + std::to_string(n) + ",\"status\":\"" +
                                (n % 150 == 3 ? "failed" : "ok") + "\"}";
                    rec.headers.emplace_back("region", std::optional<std::string>(n % 300 == 5 ? "eu-west-1" : "us-east"));
                    if (n % 300 == 9)
                        rec.headers.emplace_back("x-retry", std::nullopt);
                    rec.timestamp = 1'700'000'000'000 + n;
                    build.records.push_back(std::move(rec));
                }
                appendBatch(topic, b % 2, build);
            }
        }
        auto req = request(topic);
        req.search.text = text;
        req.search.scope = api::SearchScope(scope);
        req.scanBudgetRecords = 700; // a few budget stops before the end
        req.maxRecords = 1000;
        QList<api::BrowsedRecord> found;
        int rounds = 0;
        qint64 scanned = 0;
        api::TopicBrowseResult r;
        do {
            r = commands().browseTopicNow(req);
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(r.scannedRecords <= 700);
            scanned += r.scannedRecords;
            found += r.records;
            req.resume = r.partitions;
            QVERIFY(++rounds < 20);
            if (!r.reachedEnd())
                QCOMPARE(r.stoppedBy, api::TopicBrowseResult::Stop::Budget);
        } while (!r.reachedEnd());
        QCOMPARE(rounds, 5); // 3,000 records, 700 a round
        QCOMPARE(scanned, 3000);
        QCOMPARE(found.size(), expected);
        // In timestamp order, no duplicates.
        for (int i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).timestamp < found.at(i).timestamp);
    }

    void searchStopsAtMaxRecordsAndContinuesAfterTheLastMatch()
    {
        auto req = request(QStringLiteral("tb-search"));
        req.search.text = QStringLiteral("order-77-");
        req.search.scope = api::SearchScope::Key;
        req.maxRecords = 4;
        const auto r = commands().browseTopicNow(req);
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.stoppedBy, api::TopicBrowseResult::Stop::MaxRecords);
        req.resume = r.partitions;
        req.maxRecords = 1000;
        const auto rest = commands().browseTopicNow(req);
        QCOMPARE(rest.records.size(), 26);
        QVERIFY(rest.records.first().timestamp > r.records.last().timestamp);
    }

    void maxBytesStopsButReturnsAtLeastOneRecord()
    {
        createTopic(QStringLiteral("tb-bytes"), 1);
        for (int i = 0; i < 5; ++i)
            produce(QStringLiteral("tb-bytes"), 0, {}, QByteArray(1000, 'x'));
        auto req = request(QStringLiteral("tb-bytes"));
        req.maxBytes = 2500;
        const auto r = commands().browseTopicNow(req);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.stoppedBy, api::TopicBrowseResult::Stop::MaxBytes);
        QCOMPARE(cursor(r, 0), 2);
        QCOMPARE(r.records.first().sizeBytes, 1000);
        req.maxBytes = 10;
        const auto one = commands().browseTopicNow(req);
        QCOMPARE(one.records.size(), 1);
    }

    // ------------------------------------------------------------ record forms

    void nullKeysTombstonesHeadersAndControlBatches()
    {
        const QString topic = QStringLiteral("tb-forms");
        createTopic(topic, 1);
        kafka::BatchBuild build;
        build.producerId = 4242;
        build.producerEpoch = 0;
        build.baseSequence = 0;
        build.timestampType = kafka::TimestampType::CreateTime;
        kafka::RecordBuild tombstone;
        tombstone.key = "gone";
        tombstone.timestamp = 1000;
        tombstone.headers.emplace_back("h1", std::optional<std::string>("v1"));
        tombstone.headers.emplace_back("nullh", std::nullopt);
        build.records.push_back(tombstone);
        kafka::RecordBuild noKey;
        noKey.value = std::string("\x00\x01\x02", 3);
        noKey.timestamp = 1001;
        build.records.push_back(noKey);
        appendBatch(topic, 0, build);
        kafka::BatchBuild control;
        control.control = true;
        control.transactional = true;
        control.producerId = 4242;
        control.producerEpoch = 0;
        control.records.push_back({kafka::controlRecordKey(true), kafka::endTxnMarkerValue(0), {}, 1002});
        appendBatch(topic, 0, control);
        produce(topic, 0, "after", "marker");

        const auto r = commands().browseTopicNow(request(topic));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(offsets(r), (QList<qint64>{0, 1, 3}));
        const api::BrowsedRecord &t = r.records.at(0);
        QCOMPARE(t.key, std::optional<QByteArray>("gone"));
        QVERIFY(!t.value);
        QCOMPARE(t.headers.size(), 2);
        QCOMPARE(t.headers.at(0).key, QStringLiteral("h1"));
        QCOMPARE(t.headers.at(0).value, std::optional<QByteArray>("v1"));
        QVERIFY(!t.headers.at(1).value);
        QCOMPARE(t.producerId, 4242);
        QVERIFY(!r.records.at(1).key);
        QCOMPARE(r.records.at(1).value, std::optional<QByteArray>(QByteArray("\x00\x01\x02", 3)));
        QCOMPARE(r.records.at(2).producerId, -1);
        QCOMPARE(cursor(r, 0), 4);
    }

    void codecCompressedBatchesAreDecoded_data()
    {
        QTest::addColumn<int>("codec");
        QTest::newRow("gzip") << int(kafka::Compression::Gzip);
        QTest::newRow("snappy") << int(kafka::Compression::Snappy);
        QTest::newRow("lz4") << int(kafka::Compression::Lz4);
        QTest::newRow("zstd") << int(kafka::Compression::Zstd);
    }

    void codecCompressedBatchesAreDecoded()
    {
        QFETCH(int, codec);
        const QString topic = QStringLiteral("tb-codec-%1").arg(codec);
        createTopic(topic, 1);
        kafka::BatchBuild build;
        build.compression = kafka::Compression(codec);
        for (int i = 0; i < 50; ++i)
            build.records.push_back({"k" + std::to_string(i), std::string(200, char('a' + i % 26)), {}, 5000 + i});
        appendBatch(topic, 0, build);
        auto req = request(topic);
        req.start = api::BrowseStart::Offset;
        req.value = 10; // inside the batch
        const auto r = commands().browseTopicNow(req);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.records.size(), 40);
        QCOMPARE(r.records.first().offset, 10);
        QCOMPARE(r.records.first().value, std::optional<QByteArray>(QByteArray(200, 'k')));
        QCOMPARE(int(r.records.first().compression), codec);
    }

    void kcatCompressedBatchesAreDecoded_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<int>("expected");
        QTest::newRow("gzip") << QStringLiteral("gzip") << int(api::BatchCompression::Gzip);
        QTest::newRow("snappy") << QStringLiteral("snappy") << int(api::BatchCompression::Snappy);
        QTest::newRow("lz4") << QStringLiteral("lz4") << int(api::BatchCompression::Lz4);
        QTest::newRow("zstd") << QStringLiteral("zstd") << int(api::BatchCompression::Zstd);
    }

    void kcatCompressedBatchesAreDecoded()
    {
        QFETCH(QString, codec);
        QFETCH(int, expected);
        const QString kcat = kcatPath();
        if (kcat.isEmpty())
            QSKIP("kcat is not on PATH (apt-get install kcat)");
        const QString topic = QStringLiteral("tb-kcat-") + codec;
        createTopic(topic, 1);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString file = tmp.filePath(QStringLiteral("lines.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 200; ++i)
                f.write(QStringLiteral("key-%1\tvalue %1 %2\n").arg(i).arg(QString(40, QLatin1Char('z'))).toUtf8());
        }
        // -K: key delimiter; -H: a header on every record; one linger
        // window so the records share compressed batches.
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(kcat, {QStringLiteral("-b"), QStringLiteral("127.0.0.1:%1").arg(m_server->kafkaPort()),
                       QStringLiteral("-P"), QStringLiteral("-t"), topic, QStringLiteral("-p"), QStringLiteral("0"),
                       QStringLiteral("-z"), codec, QStringLiteral("-K"), QStringLiteral("\t"), QStringLiteral("-H"),
                       QStringLiteral("origin=kcat"), QStringLiteral("-X"), QStringLiteral("linger.ms=50"),
                       QStringLiteral("-l"), file});
        // The broker accepts on this thread: wait without blocking it.
        QVERIFY(waitFor([&] { return p.state() == QProcess::NotRunning; }, 60000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAll().constData());

        auto req = request(topic);
        req.maxRecords = 1000;
        const auto r = commands().browseTopicNow(req);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.records.size(), 200);
        for (int i = 0; i < 200; ++i) {
            const api::BrowsedRecord &rec = r.records.at(i);
            QCOMPARE(rec.offset, i);
            QCOMPARE(rec.key, std::optional<QByteArray>(QStringLiteral("key-%1").arg(i).toUtf8()));
            QCOMPARE(rec.value,
                     std::optional<QByteArray>(QStringLiteral("value %1 %2").arg(i).arg(QString(40, QLatin1Char('z'))).toUtf8()));
            QCOMPARE(int(rec.compression), expected);
            QCOMPARE(rec.headers.size(), 1);
            QCOMPARE(rec.headers.first().key, QStringLiteral("origin"));
        }
        // And a search over the compressed batches.
        req.search.text = QStringLiteral("VALUE 123 ");
        const auto found = commands().browseTopicNow(req);
        QCOMPARE(offsets(found), QList<qint64>{123});
    }

    // ------------------------------------------------------------ asynchronous

    void browseAnswersOnTheCallersThread()
    {
        QObject context;
        std::optional<api::TopicBrowseResult> got;
        QThread *replyThread = nullptr;
        commands().browseTopic(request(QStringLiteral("tb-offset")), &context, [&](const api::TopicBrowseResult &r) {
            got = r;
            replyThread = QThread::currentThread();
        });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QCOMPARE(replyThread, QThread::currentThread());
        QCOMPARE(got->records.size(), 20);
    }
};

QTEST_MAIN(TestTopicBrowse)
#include "tst_topic_browse.moc"
