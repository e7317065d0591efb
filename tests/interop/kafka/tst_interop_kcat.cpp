// kcat 1.7.1 (librdkafka 2.0.2) driving the broker's Kafka listener. The test
// runs the tool itself; stdin is never used (kcat -P reads a file with -l).

#include "kafka_interop.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kafka_interop;

namespace {
constexpr int kKcatTimeoutMs = 60000;
}

class InteropKcat : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;
    QString m_kcat;
    QTemporaryDir m_tmp;

    ClientResult kcat(const QStringList &args, int timeoutMs = kKcatTimeoutMs)
    {
        return runClient(m_kcat, QStringList{QStringLiteral("-b"), m_broker.kafkaHostPort()} + args, timeoutMs);
    }

    QString writeLines(const QString &fileName, const QStringList &lines)
    {
        const QString path = m_tmp.filePath(fileName);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        return path;
    }

    // kcat -P -l <file>: one message per line, to partition 0.
    void produceLines(const QString &topic, const QStringList &lines, int timeoutMs = kKcatTimeoutMs)
    {
        const QString file = writeLines(topic + QStringLiteral(".txt"), lines);
        QVERIFY(!file.isEmpty());
        WARREN_VERIFY_CLIENT(kcat({QStringLiteral("-P"), QStringLiteral("-t"), topic, QStringLiteral("-p"),
                                   QStringLiteral("0"), QStringLiteral("-l"), file},
                                  timeoutMs));
    }

private slots:
    void initTestCase()
    {
        m_kcat = kcatPath();
        if (m_kcat.isEmpty())
            WARREN_REQUIRE_CLIENT("kcat is not on PATH (apt-get install kcat)");
        QVERIFY(m_tmp.isValid());
        m_broker.setNeedsKafka(true);
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void metadataListsTheBrokerAndTopics()
    {
        const QString topic = uniqueName("kcat-meta");
        produceLines(topic, {QStringLiteral("hello")}); // auto-creates the topic
        const ClientResult r = kcat({QStringLiteral("-L"), QStringLiteral("-J")});
        WARREN_VERIFY_CLIENT(r);
        QJsonParseError err;
        const QJsonObject md = QJsonDocument::fromJson(r.stdOut, &err).object();
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(r.describe()));

        const QJsonArray brokers = md.value(QStringLiteral("brokers")).toArray();
        QCOMPARE(brokers.size(), 1);
        const QJsonObject broker = brokers.at(0).toObject();
        if (!m_broker.isExternal())
            QCOMPARE(broker.value(QStringLiteral("name")).toString(), m_broker.kafkaHostPort());
        const int brokerId = broker.value(QStringLiteral("id")).toInt(-1);

        QJsonObject ours;
        for (const QJsonValue &t : md.value(QStringLiteral("topics")).toArray())
            if (t.toObject().value(QStringLiteral("topic")).toString() == topic)
                ours = t.toObject();
        QVERIFY2(!ours.isEmpty(), qPrintable(QStringLiteral("topic %1 not in kcat -L:\n%2")
                                                 .arg(topic, QString::fromUtf8(r.stdOut))));
        QVERIFY2(!ours.contains(QStringLiteral("error")), qPrintable(QString::fromUtf8(r.stdOut)));
        const QJsonArray partitions = ours.value(QStringLiteral("partitions")).toArray();
        QCOMPARE(partitions.size(), 1);
        QCOMPARE(partitions.at(0).toObject().value(QStringLiteral("leader")).toInt(-2), brokerId);

        // The plain-text form names the broker too.
        const ClientResult text = kcat({QStringLiteral("-L"), QStringLiteral("-t"), topic});
        WARREN_VERIFY_CLIENT(text);
        QVERIFY2(text.stdOut.contains("1 brokers:"), qPrintable(text.describe()));
        QVERIFY2(text.stdOut.contains("topic \"" + topic.toUtf8() + "\" with 1 partitions"),
                 qPrintable(text.describe()));
    }

    void hundredThousandLinesRoundTripInOrder()
    {
        const QString topic = uniqueName("kcat-100k");
        QStringList lines;
        lines.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            lines << QStringLiteral("line %1 %2").arg(i, 6, 10, QLatin1Char('0')).arg(QString(i % 50, QLatin1Char('x')));
        produceLines(topic, lines, 120000);

        const ClientResult r = kcat({QStringLiteral("-C"), QStringLiteral("-t"), topic, QStringLiteral("-p"),
                                     QStringLiteral("0"), QStringLiteral("-o"), QStringLiteral("beginning"),
                                     QStringLiteral("-e"), QStringLiteral("-q")},
                                    120000);
        WARREN_VERIFY_CLIENT(r);
        const QStringList got = QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(got.size(), lines.size());
        for (int i = 0; i < lines.size(); ++i)
            if (got.at(i) != lines.at(i))
                QFAIL(qPrintable(QStringLiteral("line %1 differs: '%2' != '%3'").arg(i).arg(got.at(i), lines.at(i))));

        // Offsets: -f with %o, last message is offset 99999.
        const ClientResult last = kcat({QStringLiteral("-C"), QStringLiteral("-t"), topic, QStringLiteral("-p"),
                                        QStringLiteral("0"), QStringLiteral("-o"), QStringLiteral("-1"),
                                        QStringLiteral("-e"), QStringLiteral("-q"), QStringLiteral("-f"),
                                        QStringLiteral("%o %s\\n")});
        WARREN_VERIFY_CLIENT(last);
        QCOMPARE(QString::fromUtf8(last.stdOut).trimmed(), QStringLiteral("99999 ") + lines.last());
    }

    void groupMemberConsumesAndCommits()
    {
        const QString topic = uniqueName("kcat-group");
        const QString group = uniqueName("g-kcat");
        QStringList first;
        for (int i = 0; i < 50; ++i)
            first << QStringLiteral("first-%1").arg(i);
        produceLines(topic, first);

        // kcat -G has no -e: bound it by count (-c) and the runner's time limit.
        auto consume = [&](int count) {
            return kcat({QStringLiteral("-G"), group, QStringLiteral("-X"), QStringLiteral("auto.offset.reset=earliest"),
                         QStringLiteral("-c"), QString::number(count), QStringLiteral("-q"), topic},
                        kKcatTimeoutMs);
        };
        ClientResult r = consume(50);
        WARREN_VERIFY_CLIENT(r);
        QCOMPARE(QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts), first);

        // kcat commits on close, so the next member of the group gets only new messages.
        QStringList second;
        for (int i = 0; i < 10; ++i)
            second << QStringLiteral("second-%1").arg(i);
        const QString file = writeLines(topic + QStringLiteral("-2.txt"), second);
        WARREN_VERIFY_CLIENT(kcat({QStringLiteral("-P"), QStringLiteral("-t"), topic, QStringLiteral("-l"), file}));
        r = consume(10);
        WARREN_VERIFY_CLIENT(r);
        QCOMPARE(QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts), second);
    }
};

QTEST_GUILESS_MAIN(InteropKcat)
#include "tst_interop_kcat.moc"
