// A backlog far larger than the broker's in-memory budget (issue 4: queue
// contents beyond the budget page out to disk). A librabbitmq client
// (clients/backlog_client.c) publishes 1,000,000 persistent 1 KiB messages
// with confirms to a durable queue that has no consumer; the test samples
// warren's memory from /proc/<pid>/status meanwhile, prints it and requires
// the peak resident set (VmHWM) to stay below 768 MiB -- under the 977 MiB
// of payload, so the backlog cannot all be held in memory. Then the client
// drains the queue and checks every message arrives once, in order, intact.
//
// WARREN_MEMORY_TEST_MESSAGES=<n> changes the count (the bound stays).

#include "durable_test_util.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace warren::apptest;

namespace {

constexpr qint64 kPeakRssLimitMiB = 768;
constexpr int kBodyBytes = 1024;
constexpr int kConfirmWindow = 1000;
constexpr int kClientLimitMs = 160'000;
const QString kQueue = QStringLiteral("memory.backlog");

QString backlogClient()
{
    return QStringLiteral(WARREN_BACKLOG_CLIENT);
}

} // namespace

class TestAppMemory : public QObject {
    Q_OBJECT

    // Runs the client to completion while sampling warren's memory every
    // 250 ms; returns the client's result and raises *peakRssKb.
    static ClientResult runSampling(const QStringList &args, qint64 pid, qint64 *peakRssKb)
    {
        BackgroundClient client;
        if (!client.start(backlogClient(), args)) {
            ClientResult r;
            r.command = backlogClient();
            r.errorString = client.process().errorString();
            return r;
        }
        QElapsedTimer t;
        t.start();
        QElapsedTimer lastReport;
        lastReport.start();
        while (client.running() && t.elapsed() < kClientLimitMs) {
            client.process().waitForFinished(250);
            const ProcMemory m = readProcMemory(pid);
            *peakRssKb = std::max(*peakRssKb, m.rssKb);
            if (lastReport.elapsed() >= 10'000) {
                qInfo("  %5.1f s: warren %s", double(t.elapsed()) / 1000, qPrintable(m.describe()));
                lastReport.restart();
            }
        }
        return client.finish(1000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(warrenBinary()).isExecutable(),
                 qPrintable(QStringLiteral("WARREN_BINARY is not executable: '%1'").arg(warrenBinary())));
        QVERIFY2(QFileInfo(backlogClient()).isExecutable(), qPrintable(backlogClient()));
    }

    void millionMessageBacklogPagesOutAndDrainsInOrder()
    {
        const qint64 count = qEnvironmentVariableIsSet("WARREN_MEMORY_TEST_MESSAGES")
                                 ? qEnvironmentVariableIntValue("WARREN_MEMORY_TEST_MESSAGES")
                                 : 1'000'000;
        WarrenRuns runs;
        QVERIFY2(runs.startNext(), qPrintable(runs.errorString()));
        const qint64 pid = runs.current().pid();
        const ProcMemory idle = readProcMemory(pid);
        QVERIFY2(idle.rssKb > 0, "cannot read /proc/<warren pid>/status");
        qInfo("idle: warren %s", qPrintable(idle.describe()));

        qint64 peakRssKb = idle.rssKb;
        const QString port = QString::number(runs.port());
        const ClientResult pub = runSampling({QStringLiteral("publish"), QStringLiteral("127.0.0.1"), port, kQueue,
                                              QString::number(count), QString::number(kBodyBytes),
                                              QString::number(kConfirmWindow)},
                                             pid, &peakRssKb);
        if (!pub.succeeded())
            QFAIL(qPrintable(pub.describe() + QLatin1Char('\n') + runs.allStderr()));
        const ProcMemory backlog = readProcMemory(pid);
        const qint64 dataMiB = directoryBytes(runs.dataDir()) / (1024 * 1024);
        qInfo("%s", pub.stdOut.trimmed().split('\n').constLast().constData());
        qInfo("backlog of %lld x %d B: warren %s (sampled peak VmRSS %lld MiB); data directory %lld MiB", count,
              kBodyBytes, qPrintable(backlog.describe()), peakRssKb / 1024, dataMiB);

        const ClientResult drain = runSampling({QStringLiteral("drain"), QStringLiteral("127.0.0.1"), port, kQueue,
                                                QString::number(count)},
                                               pid, &peakRssKb);
        const ProcMemory drained = readProcMemory(pid);
        if (!drain.succeeded())
            QFAIL(qPrintable(drain.describe() + QLatin1Char('\n') + runs.allStderr()));
        qInfo("%s", drain.stdOut.trimmed().constData());
        qInfo("drained: warren %s (sampled peak VmRSS %lld MiB); data directory %lld MiB",
              qPrintable(drained.describe()), peakRssKb / 1024, directoryBytes(runs.dataDir()) / (1024 * 1024));

        // VmHWM is the kernel's own peak of VmRSS over warren's whole life.
        const qint64 peakMiB = std::max(drained.hwmKb, peakRssKb) / 1024;
        QVERIFY2(peakMiB < kPeakRssLimitMiB,
                 qPrintable(QStringLiteral("warren's resident set peaked at %1 MiB with a backlog of %2 x %3 B "
                                           "(limit %4 MiB): the backlog is held in memory")
                                .arg(peakMiB)
                                .arg(count)
                                .arg(kBodyBytes)
                                .arg(kPeakRssLimitMiB)));
        const QString stopped = runs.stopCleanly();
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    }
};

QTEST_GUILESS_MAIN(TestAppMemory)
#include "tst_app_memory.moc"
