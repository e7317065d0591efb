// Bad input against a live warren: every case of the corpus in corpus/
// (malformed AMQP frames and Kafka requests, each with the reaction RabbitMQ
// 3.10 or Kafka has to it in corpus/manifest.txt) is replayed over a raw
// socket by clients/replay_corpus.py. Each case must get its protocol's
// reaction; a pika connection and confluent-kafka clients connected through
// the whole replay must still publish and receive after every case, and the
// broker must hold only their sessions again (no leak).

#include "hardening_test.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QtTest>

using namespace warren::hardening;

class TestHardeningBadInput : public QObject {
    Q_OBJECT

private:
    BrokerUnderTest m_broker;

    static QString corpusDir() { return hardeningDir() + QStringLiteral("/corpus"); }

private slots:
    void initTestCase() { WARREN_HARDENING_START(m_broker, QStringList()); }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void manifestNamesEveryCorpusFileOnce()
    {
        QFile manifest(corpusDir() + QStringLiteral("/manifest.txt"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QSet<QString> listed;
        for (const QByteArray &raw : manifest.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw.left(raw.indexOf('#') < 0 ? raw.size() : raw.indexOf('#')))
                                     .trimmed();
            if (line.isEmpty())
                continue;
            const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(f.size() == 4 || (f.size() == 5 && f[4].startsWith(QStringLiteral("rabbitmq="))), qPrintable(line));
            const QString file = f[0] + QLatin1Char('/') + f[1] + QStringLiteral(".bin");
            QVERIFY2(!listed.contains(file), qPrintable(file + " listed twice"));
            listed.insert(file);
        }
        QSet<QString> present;
        for (const QString &proto : {QStringLiteral("amqp"), QStringLiteral("kafka")})
            for (const QString &f : QDir(corpusDir() + QLatin1Char('/') + proto).entryList({QStringLiteral("*.bin")}))
                present.insert(proto + QLatin1Char('/') + f);
        QCOMPARE(listed, present);
        QVERIFY(present.size() >= 30);
    }

    void corpusGetsProtocolReactionsWhileOthersKeepWorking()
    {
        runScriptExpecting(m_broker, QStringLiteral("replay_corpus.py"), {corpusDir()}, 240000, "replayed ");
    }
};

QTEST_GUILESS_MAIN(TestHardeningBadInput)
#include "tst_hardening_bad_input.moc"
