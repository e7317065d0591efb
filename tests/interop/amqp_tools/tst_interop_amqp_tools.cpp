// The Debian amqp-tools CLI (amqp-declare-queue, amqp-publish, amqp-get,
// amqp-consume, amqp-delete-queue; librabbitmq 0.11 underneath) driving the
// broker. Expectations were taken from RabbitMQ 3.10.

#include "broker_under_test.h"
#include "client_runner.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>

class InteropAmqpTools : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;
    static constexpr int kTimeoutMs = 30000;

    ClientResult tool(const QString &name, QStringList args)
    {
        args.prepend(QString::number(m_broker.amqpPort()));
        args.prepend(QStringLiteral("--port"));
        args.prepend(m_broker.host());
        args.prepend(QStringLiteral("--server"));
        return runClient(QStandardPaths::findExecutable(name), args, kTimeoutMs);
    }
    static QString uniqueQueue(const char *what)
    {
        return QStringLiteral("interop-tools-%1-%2")
            .arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::Id128).left(12));
    }
    ClientResult publish(const QString &queue, const QString &body, QStringList extra = {})
    {
        extra << QStringLiteral("-e") << QString() << QStringLiteral("-r") << queue
              << QStringLiteral("-b") << body;
        return tool(QStringLiteral("amqp-publish"), extra);
    }

private slots:
    void initTestCase()
    {
        for (const char *name : {"amqp-declare-queue", "amqp-publish", "amqp-get", "amqp-consume",
                                 "amqp-delete-queue"}) {
            if (QStandardPaths::findExecutable(QLatin1String(name)).isEmpty())
                WARREN_REQUIRE_CLIENT(QStringLiteral("%1 not found (apt-get install amqp-tools)")
                                          .arg(QLatin1String(name)));
        }
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void declareQueuePrintsTheQueueName()
    {
        const QString q = uniqueQueue("declare");
        const ClientResult r = tool(QStringLiteral("amqp-declare-queue"), {QStringLiteral("-q"), q});
        WARREN_VERIFY_CLIENT(r);
        QCOMPARE(QString::fromUtf8(r.stdOut), q + QLatin1Char('\n'));
        WARREN_VERIFY_CLIENT(tool(QStringLiteral("amqp-delete-queue"), {QStringLiteral("-q"), q}));
    }

    void declareWithEmptyNamePrintsServerGeneratedName()
    {
        const ClientResult r = tool(QStringLiteral("amqp-declare-queue"),
                                    {QStringLiteral("-q"), QString()});
        WARREN_VERIFY_CLIENT(r);
        QVERIFY2(r.stdOut.startsWith("amq.gen-"), r.stdOut.constData());
        WARREN_VERIFY_CLIENT(tool(QStringLiteral("amqp-delete-queue"),
                                  {QStringLiteral("-q"), QString::fromUtf8(r.stdOut.trimmed())}));
    }

    void getPrintsTheBodyAndExitsTwoWhenEmpty()
    {
        const QString q = uniqueQueue("get");
        WARREN_VERIFY_CLIENT(tool(QStringLiteral("amqp-declare-queue"), {QStringLiteral("-q"), q}));
        const ClientResult empty = tool(QStringLiteral("amqp-get"), {QStringLiteral("-q"), q});
        QVERIFY2(empty.started && !empty.timedOut, qPrintable(empty.describe()));
        QCOMPARE(empty.exitCode, 2); // amqp-get's "queue was empty"
        WARREN_VERIFY_CLIENT(publish(q, QStringLiteral("hello, warren")));
        const ClientResult got = tool(QStringLiteral("amqp-get"), {QStringLiteral("-q"), q});
        WARREN_VERIFY_CLIENT(got);
        QCOMPARE(got.stdOut, QByteArray("hello, warren"));
        WARREN_VERIFY_CLIENT(tool(QStringLiteral("amqp-delete-queue"), {QStringLiteral("-q"), q}));
    }

    void consumeRunsTheCommandOncePerMessageAndStopsAtCount()
    {
        const QString q = uniqueQueue("consume");
        WARREN_VERIFY_CLIENT(tool(QStringLiteral("amqp-declare-queue"), {QStringLiteral("-q"), q}));
        for (const char *body : {"one ", "two ", "three"})
            WARREN_VERIFY_CLIENT(publish(q, QLatin1String(body)));
        const ClientResult consumed = tool(QStringLiteral("amqp-consume"),
                                           {QStringLiteral("-q"), q, QStringLiteral("-c"),
                                            QStringLiteral("2"), QStringLiteral("cat")});
        WARREN_VERIFY_CLIENT(consumed);
        QCOMPARE(consumed.stdOut, QByteArray("one two "));
        const ClientResult rest = tool(QStringLiteral("amqp-get"), {QStringLiteral("-q"), q});
        WARREN_VERIFY_CLIENT(rest);
        QCOMPARE(rest.stdOut, QByteArray("three"));
        WARREN_VERIFY_CLIENT(tool(QStringLiteral("amqp-delete-queue"), {QStringLiteral("-q"), q}));
    }

    void consumeWithPrefetchOneStillReceivesEveryMessage()
    {
        const QString q = uniqueQueue("prefetch");
        WARREN_VERIFY_CLIENT(tool(QStringLiteral("amqp-declare-queue"), {QStringLiteral("-q"), q}));
        QByteArray expected;
        for (int i = 0; i < 10; ++i) {
            WARREN_VERIFY_CLIENT(publish(q, QStringLiteral("m%1;").arg(i),
                                         {QStringLiteral("-C"), QStringLiteral("text/plain")}));
            expected += "m" + QByteArray::number(i) + ";";
        }
        const ClientResult consumed = tool(QStringLiteral("amqp-consume"),
                                           {QStringLiteral("-q"), q, QStringLiteral("-p"),
                                            QStringLiteral("1"), QStringLiteral("-c"),
                                            QStringLiteral("10"), QStringLiteral("cat")});
        WARREN_VERIFY_CLIENT(consumed);
        QCOMPARE(consumed.stdOut, expected);
        WARREN_VERIFY_CLIENT(tool(QStringLiteral("amqp-delete-queue"), {QStringLiteral("-q"), q}));
    }

    void consumeFromMissingQueueFailsWithNotFound()
    {
        const ClientResult r = tool(QStringLiteral("amqp-consume"),
                                    {QStringLiteral("-q"), uniqueQueue("missing"),
                                     QStringLiteral("-c"), QStringLiteral("1"),
                                     QStringLiteral("cat")});
        QVERIFY2(r.started && !r.timedOut, qPrintable(r.describe()));
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.stdErr.contains("server channel error 404"), qPrintable(r.describe()));
        QVERIFY2(r.stdErr.contains("NOT_FOUND"), qPrintable(r.describe()));
    }

    void deleteQueuePrintsCountAndIfEmptyRefusesNonEmptyQueue()
    {
        const QString q = uniqueQueue("delete");
        WARREN_VERIFY_CLIENT(tool(QStringLiteral("amqp-declare-queue"),
                                  {QStringLiteral("-d"), QStringLiteral("-q"), q}));
        WARREN_VERIFY_CLIENT(publish(q, QStringLiteral("persistent-1"), {QStringLiteral("-p")}));
        WARREN_VERIFY_CLIENT(publish(q, QStringLiteral("persistent-2"), {QStringLiteral("-p")}));
        const ClientResult refused = tool(QStringLiteral("amqp-delete-queue"),
                                          {QStringLiteral("-e"), QStringLiteral("-q"), q});
        QVERIFY2(refused.started && !refused.timedOut && refused.exitCode != 0,
                 qPrintable(refused.describe()));
        QVERIFY2(refused.stdErr.contains("server channel error 406"), qPrintable(refused.describe()));
        QVERIFY2(refused.stdErr.contains("PRECONDITION_FAILED"), qPrintable(refused.describe()));
        const ClientResult deleted = tool(QStringLiteral("amqp-delete-queue"), {QStringLiteral("-q"), q});
        WARREN_VERIFY_CLIENT(deleted);
        QCOMPARE(deleted.stdOut, QByteArray("2\n"));
    }
};

QTEST_GUILESS_MAIN(InteropAmqpTools)
#include "tst_interop_amqp_tools.moc"
