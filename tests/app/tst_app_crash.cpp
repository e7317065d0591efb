// Publisher confirms mean "on disk" (issue 4): a pika publisher with many
// confirms in flight (clients/crash_publisher.py) streams persistent messages
// into a durable queue and records every confirmed sequence number; the test
// kills warren with SIGKILL at a random moment 0.3-1.5 s into the stream,
// starts it again on the same data directory, drains the queue
// (clients/drain_queue.py) and checks that every confirmed message is there.
// Unconfirmed messages may or may not have survived; messages of earlier
// rounds that were acked shortly before a kill may come back (acks are not
// confirmed to the client); an unconfirmed one may even come back twice. A
// confirmed message missing or present twice is a failure.
//
// Every third round the publisher uses transactions instead (batches of 100,
// recorded once tx.commit-ok arrived): a committed message must survive too,
// and one published after the last tx.commit was sent must not appear.
//
// Rounds share one data directory and one queue, so recovery also runs over a
// log that earlier crashes and drains left behind. Even rounds run the broker
// with --durability always, odd ones with the default (interval, 5 ms).
// The random moments come from a logged seed; WARREN_CRASH_SEED=<n> replays.

#include "durable_test_util.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QtTest>

using namespace warren::apptest;

namespace {

constexpr int kRounds = 12;
constexpr int kMinRounds = 10;
constexpr qint64 kBudgetMs = 170'000; // no new round after this (CTest timeout is 240 s)
const QString kQueue = QStringLiteral("crash.q");

QStringList policyArgs(int round)
{
    if (round % 2 == 0)
        return {QStringLiteral("--durability"), QStringLiteral("always")};
    return {}; // the default: interval, 5 ms
}

QString policyName(int round)
{
    return round % 2 == 0 ? QStringLiteral("always") : QStringLiteral("interval (default)");
}

bool transactional(int round)
{
    return round % 3 == 0;
}

struct RoundCheck {
    qint64 published = 0;
    qint64 confirmed = 0;
    qint64 drained = 0;
    qint64 thisRound = 0;         // distinct sequence numbers of this round found
    qint64 unconfirmedKept = 0;   // of those, not confirmed
    qint64 earlierRounds = 0;     // bodies of earlier rounds (acked before a kill)
    QList<qint64> lost;           // confirmed, not found
    QList<qint64> duplicated;     // confirmed and found more than once
    qint64 duplicatedUnconfirmed = 0; // unconfirmed and found more than once (allowed)
    QStringList bogus;            // not written by the publisher
    qint64 commitSent = -1;       // tx rounds: SEQs >= this were never committed
    QList<qint64> uncommitted;    // tx rounds: found although never committed
};

} // namespace

class TestAppCrash : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(warrenBinary()).isExecutable(),
                 qPrintable(QStringLiteral("WARREN_BINARY is not executable: '%1'").arg(warrenBinary())));
    }

    void confirmedPersistentMessagesSurviveSigkill()
    {
        if (!pikaAvailable())
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 (apt-get install python3-pika)");

        const quint32 seed = qEnvironmentVariableIsSet("WARREN_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("WARREN_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (WARREN_CRASH_SEED=%u replays the kill moments)", seed, seed);
        QRandomGenerator rng(seed);

        QTemporaryDir files;
        QVERIFY(files.isValid());
        WarrenRuns runs;
        const QStringList firstPolicy = policyArgs(1);
        QVERIFY2(runs.startNext(&firstPolicy), qPrintable(runs.errorString()));

        QElapsedTimer total;
        total.start();
        QStringList failures;
        qint64 totalConfirmed = 0;
        int rounds = 0;
        for (int round = 1; round <= kRounds && total.elapsed() < kBudgetMs; ++round) {
            ++rounds;
            const QString confirmedPath = files.filePath(QStringLiteral("confirmed-%1.txt").arg(round));
            const QString drainedPath = files.filePath(QStringLiteral("drained-%1.txt").arg(round));

            BackgroundClient publisher;
            QStringList publisherArgs{clientScript(QStringLiteral("crash_publisher.py")), QStringLiteral("127.0.0.1"),
                                      QString::number(runs.port()), kQueue, QString::number(round), confirmedPath};
            if (transactional(round))
                publisherArgs << QStringLiteral("tx");
            QVERIFY(publisher.start(python(), publisherArgs));
            if (!publisher.waitForOutput("publishing\n", 30000))
                QFAIL(qPrintable(QStringLiteral("round %1: ").arg(round) + publisher.finish(5000).describe() +
                                 runs.allStderr()));
            const int killAfterMs = int(rng.bounded(300, 1501));
            QThread::msleep(killAfterMs);
            QVERIFY2(runs.kill(), "warren did not die on SIGKILL");
            const ClientResult pub = publisher.finish(30000);
            QVERIFY2(pub.succeeded(), qPrintable(pub.describe()));

            // Recovery on the same data directory (the run the next round kills).
            QElapsedTimer recovery;
            recovery.start();
            const QStringList nextPolicy = policyArgs(round + 1);
            if (!runs.startNext(&nextPolicy))
                QFAIL(qPrintable(QStringLiteral("round %1: warren did not come back after SIGKILL: %2\n%3")
                                     .arg(round)
                                     .arg(runs.errorString(), runs.allStderr())));
            const qint64 recoveryMs = recovery.elapsed();

            const ClientResult drained = runClient(python(),
                                                   {clientScript(QStringLiteral("drain_queue.py")),
                                                    QStringLiteral("127.0.0.1"), QString::number(runs.port()),
                                                    kQueue, drainedPath},
                                                   120000);
            if (!drained.succeeded())
                QFAIL(qPrintable(QStringLiteral("round %1: ").arg(round) + drained.describe() + runs.allStderr()));

            const RoundCheck c = check(round, pub.stdOut, confirmedPath, drainedPath);
            totalConfirmed += c.confirmed;
            qInfo("%s", qPrintable(QStringLiteral("round %1: %2, killed %3 ms into the stream; published %4, "
                                                  "%5; after recovery (%6 ms): %7 messages, %8 of this "
                                                  "round (%9 unconfirmed ones kept), %10 from earlier rounds; "
                                                  "lost %11, duplicated %12 (+%13 unconfirmed), bogus %14")
                                       .arg(round)
                                       .arg(policyName(round))
                                       .arg(killAfterMs)
                                       .arg(c.published)
                                       .arg(QStringLiteral("%1 %2").arg(c.confirmed).arg(
                                           transactional(round) ? QStringLiteral("committed (tx)")
                                                                : QStringLiteral("confirmed")))
                                       .arg(recoveryMs)
                                       .arg(c.drained)
                                       .arg(c.thisRound)
                                       .arg(c.unconfirmedKept)
                                       .arg(c.earlierRounds)
                                       .arg(c.lost.size())
                                       .arg(c.duplicated.size())
                                       .arg(c.duplicatedUnconfirmed)
                                       .arg(c.bogus.size())));
            if (!c.lost.isEmpty())
                failures << QStringLiteral("round %1 (%2%3): %4 of %5 confirmed messages lost, e.g. sequence %6")
                                .arg(round)
                                .arg(policyName(round))
                                .arg(transactional(round) ? QStringLiteral(", tx.commit") : QString())
                                .arg(c.lost.size())
                                .arg(c.confirmed)
                                .arg(sample(c.lost));
            if (!c.duplicated.isEmpty())
                failures << QStringLiteral("round %1: %2 confirmed messages present more than once, e.g. sequence %3")
                                .arg(round)
                                .arg(c.duplicated.size())
                                .arg(sample(c.duplicated));
            if (!c.uncommitted.isEmpty())
                failures << QStringLiteral("round %1: %2 messages published after the last tx.commit was sent "
                                           "reached the queue, e.g. sequence %3")
                                .arg(round)
                                .arg(c.uncommitted.size())
                                .arg(sample(c.uncommitted));
            if (!c.bogus.isEmpty())
                failures << QStringLiteral("round %1: %2 bodies the publisher never sent, e.g. %3")
                                .arg(round)
                                .arg(c.bogus.size())
                                .arg(c.bogus.mid(0, 5).join(QLatin1String(", ")));
        }
        qInfo("%d rounds in %lld ms, %lld confirmed messages checked", rounds, total.elapsed(), totalConfirmed);

        const QString stopped = runs.stopCleanly();
        if (!failures.isEmpty())
            QFAIL(qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY2(rounds >= kMinRounds,
                 qPrintable(QStringLiteral("only %1 rounds fit in %2 s").arg(rounds).arg(kBudgetMs / 1000)));
        QVERIFY2(totalConfirmed > 0, "no publisher confirm arrived in any round: nothing was checked");
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    }

private:
    static QString sample(const QList<qint64> &seqs)
    {
        QStringList s;
        for (qint64 v : seqs.mid(0, 5))
            s << QString::number(v);
        return s.join(QLatin1String(", "));
    }

    // Compares the confirmed sequence numbers of `round` with the drained bodies.
    static RoundCheck check(int round, const QByteArray &publisherOut, const QString &confirmedPath,
                            const QString &drainedPath)
    {
        RoundCheck c;
        static const QRegularExpression summary(QStringLiteral(R"(published (\d+) confirmed (\d+))"));
        const auto m = summary.match(QString::fromUtf8(publisherOut));
        if (m.hasMatch())
            c.published = m.captured(1).toLongLong();
        static const QRegularExpression commitSent(QStringLiteral(R"(commit-sent (\d+))"));
        const auto cm = commitSent.match(QString::fromUtf8(publisherOut));
        if (cm.hasMatch())
            c.commitSent = cm.captured(1).toLongLong();

        QSet<qint64> confirmed;
        QFile cf(confirmedPath);
        if (cf.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : cf.readAll().split('\n'))
                if (!line.isEmpty())
                    confirmed.insert(line.toLongLong());
        }
        c.confirmed = confirmed.size();

        QHash<qint64, int> seen;
        QFile df(drainedPath);
        if (df.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : df.readAll().split('\n')) {
                if (line.isEmpty())
                    continue;
                ++c.drained;
                const int colon = line.indexOf(':');
                bool okRound = false, okSeq = false;
                const int bodyRound = line.left(colon).toInt(&okRound);
                const qint64 seq = line.mid(colon + 1).toLongLong(&okSeq);
                if (colon < 0 || !okRound || !okSeq || bodyRound > round || bodyRound < 1 || seq < 0 ||
                    (bodyRound == round && c.published > 0 && seq >= c.published)) {
                    c.bogus << QString::fromUtf8(line.left(40));
                    continue;
                }
                if (bodyRound < round) {
                    ++c.earlierRounds;
                    continue;
                }
                ++seen[seq];
            }
        }
        c.thisRound = seen.size();
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            if (c.commitSent >= 0 && it.key() >= c.commitSent)
                c.uncommitted << it.key();
            if (it.value() < 2)
                continue;
            if (confirmed.contains(it.key()))
                c.duplicated << it.key();
            else
                ++c.duplicatedUnconfirmed;
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            if (!confirmed.contains(it.key()))
                ++c.unconfirmedKept;
        for (qint64 seq : std::as_const(confirmed))
            if (!seen.contains(seq))
                c.lost << seq;
        std::sort(c.lost.begin(), c.lost.end());
        std::sort(c.duplicated.begin(), c.duplicated.end());
        std::sort(c.uncommitted.begin(), c.uncommitted.end());
        return c;
    }
};

QTEST_GUILESS_MAIN(TestAppCrash)
#include "tst_app_crash.moc"
