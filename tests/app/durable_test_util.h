#pragma once
// Helpers for the durable-message tests of the warren program (restart,
// crash, memory): runs of warren on one shared data directory, a client
// process kept running in the background while the broker is stopped or
// killed, and the broker's memory figures from /proc.
//
// Thread: the test thread only. Header-only, used by this directory's tests.

#include "app_test_util.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <memory>
#include <vector>

namespace warren::apptest {

/// Successive warren runs on one data directory: the first run's temporary
/// directory holds the data; later runs are started on it. Every run stays
/// owned here (and is killed, if still running, when the chain is destroyed).
class WarrenRuns {
public:
    explicit WarrenRuns(QStringList extraArgs = {}) : m_extra(std::move(extraArgs)) {}

    /// Starts a new run on the shared data directory and waits until it
    /// listens. `extra` replaces the chain's extra options for this run.
    bool startNext(const QStringList *extra = nullptr)
    {
        auto run = std::make_unique<WarrenProcess>();
        const QString dir = m_runs.empty() ? run->dataDir() : m_runs.front()->dataDir();
        QStringList args{QStringLiteral("--headless"), QStringLiteral("--amqp-port"), QStringLiteral("0"),
                         QStringLiteral("--kafka-port"), QStringLiteral("0"), QStringLiteral("--bind"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("--data-dir"), dir};
        args << (extra ? *extra : m_extra);
        const bool ok = run->start(args, false) && run->waitListening(30000);
        if (!ok)
            m_error = run->errorString();
        m_runs.push_back(std::move(run));
        return ok;
    }

    /// Stops the current run with SIGTERM; empty on a clean exit (code 0),
    /// else what went wrong with the broker's stderr.
    QString stopCleanly(int timeoutMs = 20000)
    {
        WarrenProcess &w = current();
        w.sendSignal(SIGTERM);
        if (!w.waitForExit(timeoutMs))
            return QStringLiteral("warren did not stop within %1 ms of SIGTERM").arg(timeoutMs);
        if (w.crashed() || w.exitCode() != 0)
            return QStringLiteral("warren exited with code %1 (crashed: %2) on SIGTERM:\n%3")
                .arg(w.exitCode())
                .arg(w.crashed())
                .arg(QString::fromUtf8(w.stderrText()));
        return {};
    }

    /// SIGKILL, and waits until the process is gone.
    bool kill(int timeoutMs = 10000)
    {
        current().sendSignal(SIGKILL);
        return current().waitForExit(timeoutMs);
    }

    WarrenProcess &current() { return *m_runs.back(); }
    quint16 port() const { return m_runs.back()->port(); }
    quint16 kafkaPort() const { return m_runs.back()->kafkaPort(); }
    QString dataDir() const { return m_runs.front()->dataDir(); }
    int count() const { return int(m_runs.size()); }
    QString errorString() const { return m_error; }

    /// Every run's stderr, oldest first, for failure messages.
    QString allStderr() const
    {
        QString text;
        for (std::size_t i = 0; i < m_runs.size(); ++i)
            text += QStringLiteral("--- warren run %1 stderr ---\n%2\n")
                        .arg(i + 1)
                        .arg(QString::fromUtf8(m_runs[i]->stderrText()));
        return text;
    }

private:
    QStringList m_extra;
    std::vector<std::unique_ptr<WarrenProcess>> m_runs;
    QString m_error;
};

/// A client process that keeps running while the test does other things
/// (stops or kills the broker). stdout is collected; stderr goes to a file.
class BackgroundClient {
public:
    ~BackgroundClient()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QString &program, const QStringList &args)
    {
        m_command = QStringList(QStringList{program} + args).join(QLatin1Char(' '));
        m_process.setStandardInputFile(QProcess::nullDevice());
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        m_process.start(program, args);
        return m_process.waitForStarted(10000);
    }

    /// Waits until stdout contains `needle` (true), the client exits or the
    /// time is up (false).
    bool waitForOutput(const QByteArray &needle, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (true) {
            m_out += m_process.readAllStandardOutput();
            m_err += m_process.readAllStandardError();
            if (m_out.contains(needle))
                return true;
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
                return false;
            m_process.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 200)));
        }
    }

    /// Waits for the client to end (killing it at the limit) and reports.
    ClientResult finish(int timeoutMs)
    {
        ClientResult r;
        r.command = m_command;
        r.started = true;
        // (waitForFinished() is false for a process that has already ended.)
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs)) {
            r.timedOut = true;
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        r.stdOut = m_out;
        r.stdErr = m_err;
        r.crashed = !r.timedOut && m_process.exitStatus() == QProcess::CrashExit;
        r.exitCode = m_process.exitCode();
        return r;
    }

    bool running() const { return m_process.state() != QProcess::NotRunning; }
    QByteArray output() const { return m_out; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_command;
    QByteArray m_out;
    QByteArray m_err;
};

/// Memory of a process from /proc/<pid>/status, in KiB (-1 if unknown).
struct ProcMemory {
    qint64 rssKb = -1;   // VmRSS: resident now
    qint64 hwmKb = -1;   // VmHWM: the highest VmRSS so far
    qint64 anonKb = -1;  // RssAnon: heap and other anonymous memory
    qint64 fileKb = -1;  // RssFile: mapped files

    QString describe() const
    {
        return QStringLiteral("VmRSS %1 MiB, VmHWM %2 MiB, RssAnon %3 MiB, RssFile %4 MiB")
            .arg(rssKb / 1024)
            .arg(hwmKb / 1024)
            .arg(anonKb / 1024)
            .arg(fileKb / 1024);
    }
};

inline ProcMemory readProcMemory(qint64 pid)
{
    ProcMemory m;
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return m;
    const auto value = [](const QByteArray &line) {
        return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
    };
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            m.rssKb = value(line);
        else if (line.startsWith("VmHWM:"))
            m.hwmKb = value(line);
        else if (line.startsWith("RssAnon:"))
            m.anonKb = value(line);
        else if (line.startsWith("RssFile:"))
            m.fileKb = value(line);
    }
    return m;
}

/// Total size of the regular files under `dir`, in bytes.
inline qint64 directoryBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace warren::apptest
