#pragma once
// Helpers for the tests of the `warren` program as a user runs it.
//
// - WarrenProcess: one warren child the test fully controls (arguments,
//   signals, exit status), stderr kept in a file; removed with its temp dir.
// - RawAmqp: a QTcpSocket speaking just enough AMQP 0-9-1 by hand to reach an
//   open connection with a chosen heartbeat, then to send garbage. It tests
//   the broker's own timers and error handling, not client compatibility
//   (the pika scripts next to this file do that).
// - pikaAvailable()/clientScript(): the python3-pika scripts in clients/.
//
// Thread: the test thread only. Header-only, used by this directory's tests.

#include "broker_under_test.h"
#include "client_runner.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>

#include <csignal>
#include <memory>
#include <optional>
#include <sys/types.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace warren::apptest {

inline QString warrenBinary()
{
    return qEnvironmentVariable("WARREN_BINARY");
}

inline QString clientScript(const QString &name)
{
    return BrokerUnderTest::sourceDir() + QStringLiteral("/tests/app/clients/") + name;
}

inline QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

/// True if /usr/bin/python3 can import pika.
inline bool pikaAvailable()
{
    static const bool ok = [] {
        if (!QFileInfo::exists(python()))
            return false;
        return runClient(python(), {QStringLiteral("-c"), QStringLiteral("import pika")}, 20000).succeeded();
    }();
    return ok;
}

/// Non-empty lines of a text.
inline QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

class WarrenProcess {
public:
    WarrenProcess() : m_tmp(QDir::tempPath() + QStringLiteral("/warren-app-test-XXXXXX")) {}
    ~WarrenProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString tempPath(const QString &name) const { return m_tmp.filePath(name); }
    QString dataDir() const { return tempPath(QStringLiteral("data")); }

    /// Starts warren with `args`; by default `--headless --amqp-port 0
    /// --data-dir <tmp>/data` come first (later options win in Qt's parser
    /// only for single values, so pass `defaults = false` to replace them).
    bool start(const QStringList &args = {}, bool defaults = true)
    {
        QStringList all;
        if (defaults)
            all << QStringLiteral("--headless") << QStringLiteral("--amqp-port") << QStringLiteral("0")
                << QStringLiteral("--kafka-port") << QStringLiteral("0") << QStringLiteral("--data-dir") << dataDir();
        all << args;
        m_stderrPath = tempPath(QStringLiteral("warren.stderr.log"));
        m_process.setProgram(warrenBinary());
        m_process.setArguments(all);
        m_process.setStandardOutputFile(tempPath(QStringLiteral("warren.stdout.log")));
        m_process.setStandardErrorFile(m_stderrPath);
#ifdef Q_OS_LINUX
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        return true;
    }

    /// Waits for "AMQP listening on 127.0.0.1:<port>"; false if warren exits first.
    bool waitListening(int timeoutMs = 15000)
    {
        static const QRegularExpression re(QStringLiteral(R"(AMQP listening on 127\.0\.0\.1:(\d+))"));
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            const auto m = re.match(QString::fromUtf8(stderrText()));
            if (m.hasMatch()) {
                m_port = quint16(m.captured(1).toUInt());
                return true;
            }
            if (m_process.waitForFinished(50)) {
                m_error = QStringLiteral("warren exited (code %1) before listening: %2")
                              .arg(m_process.exitCode())
                              .arg(QString::fromUtf8(stderrText()));
                return false;
            }
        }
        m_error = QStringLiteral("warren did not listen within %1 ms: %2")
                      .arg(timeoutMs)
                      .arg(QString::fromUtf8(stderrText()));
        return false;
    }

    bool waitForExit(int timeoutMs) { return m_process.waitForFinished(timeoutMs); }
    qint64 pid() const { return m_process.processId(); }
    void sendSignal(int sig) { ::kill(pid_t(m_process.processId()), sig); }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    int exitCode() const { return m_process.exitCode(); }
    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }
    quint16 port() const { return m_port; }
    /// The Kafka port from "Kafka listening on 127.0.0.1:<port>" (0 if none yet).
    quint16 kafkaPort() const
    {
        static const QRegularExpression re(QStringLiteral(R"(Kafka listening on 127\.0\.0\.1:(\d+))"));
        const auto m = re.match(QString::fromUtf8(stderrText()));
        return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
    }
    QString errorString() const { return m_error; }

    QByteArray stderrText() const
    {
        QFile f(m_stderrPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_tmp;
    QProcess m_process;
    QString m_stderrPath;
    QString m_error;
    quint16 m_port = 0;
};

// ------------------------------------------------------------ raw AMQP

struct RawFrame {
    quint8 type = 0;
    quint16 channel = 0;
    QByteArray payload;
    quint16 classId() const { return payload.size() >= 4 ? qFromBigEndian<quint16>(payload.constData()) : 0; }
    quint16 methodId() const
    {
        return payload.size() >= 4 ? qFromBigEndian<quint16>(payload.constData() + 2) : 0;
    }
};

class RawAmqp {
public:
    static QByteArray protocolHeader() { return QByteArray("AMQP\x00\x00\x09\x01", 8); }

    static void u8(QByteArray &b, quint8 v) { b.append(char(v)); }
    static void u16(QByteArray &b, quint16 v)
    {
        char x[2];
        qToBigEndian(v, x);
        b.append(x, 2);
    }
    static void u32(QByteArray &b, quint32 v)
    {
        char x[4];
        qToBigEndian(v, x);
        b.append(x, 4);
    }
    static void shortStr(QByteArray &b, const QByteArray &s)
    {
        u8(b, quint8(s.size()));
        b.append(s);
    }
    static void longStr(QByteArray &b, const QByteArray &s)
    {
        u32(b, quint32(s.size()));
        b.append(s);
    }
    static QByteArray frame(quint8 type, quint16 channel, const QByteArray &payload, quint8 end = 0xCE)
    {
        QByteArray b;
        u8(b, type);
        u16(b, channel);
        u32(b, quint32(payload.size()));
        b.append(payload);
        u8(b, end);
        return b;
    }
    static QByteArray method(quint16 classId, quint16 methodId, const QByteArray &args = {})
    {
        QByteArray p;
        u16(p, classId);
        u16(p, methodId);
        p.append(args);
        return frame(1, 0, p);
    }

    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForConnected(5000);
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(2000);
    }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    /// The next whole frame, or nothing at timeout/close.
    std::optional<RawFrame> readFrame(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (true) {
            if (m_buf.size() >= 7) {
                const quint32 size = qFromBigEndian<quint32>(m_buf.constData() + 3);
                if (quint32(m_buf.size()) >= 8 + size) {
                    RawFrame f;
                    f.type = quint8(m_buf[0]);
                    f.channel = qFromBigEndian<quint16>(m_buf.constData() + 1);
                    f.payload = m_buf.mid(7, size);
                    m_buf.remove(0, 8 + size);
                    return f;
                }
            }
            if (deadline.hasExpired() || !readMore(deadline))
                return std::nullopt;
        }
    }

    /// Reads until a method frame with that class/method (skipping heartbeats).
    std::optional<RawFrame> expectMethod(quint16 classId, quint16 methodId, int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (auto f = readFrame(int(std::max<qint64>(deadline.remainingTime(), 0)))) {
            if (f->type == 8)
                continue;
            if (f->type == 1 && f->classId() == classId && f->methodId() == methodId)
                return f;
            m_unexpected = *f;
            return std::nullopt;
        }
        return std::nullopt;
    }

    /// Header, start-ok (PLAIN guest/guest), tune-ok with `heartbeat`, open "/".
    /// Returns an empty string on success, else what went wrong.
    QString handshake(quint16 heartbeat)
    {
        send(protocolHeader());
        if (!expectMethod(10, 10))
            return QStringLiteral("no connection.start");
        QByteArray startOk;
        u32(startOk, 0); // empty client-properties
        shortStr(startOk, "PLAIN");
        longStr(startOk, QByteArray("\0guest\0guest", 12));
        shortStr(startOk, "en_US");
        send(method(10, 11, startOk));
        auto tune = expectMethod(10, 30);
        if (!tune)
            return QStringLiteral("no connection.tune");
        QByteArray tuneOk;
        u16(tuneOk, 2047);
        u32(tuneOk, 131072);
        u16(tuneOk, heartbeat);
        send(method(10, 31, tuneOk));
        QByteArray open;
        shortStr(open, "/");
        shortStr(open, "");
        u8(open, 0);
        send(method(10, 40, open));
        if (!expectMethod(10, 41))
            return QStringLiteral("no connection.open-ok");
        return {};
    }

    /// Reads (and counts heartbeat frames) until the peer closes the socket.
    /// Returns the milliseconds waited, or -1 if still open at the limit.
    qint64 waitForClose(int timeoutMs, int *heartbeats = nullptr, std::optional<RawFrame> *close = nullptr)
    {
        QElapsedTimer t;
        t.start();
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            while (auto f = readFrame(0)) {
                if (f->type == 8 && heartbeats)
                    ++*heartbeats;
                if (f->type == 1 && f->classId() == 10 && f->methodId() == 50 && close)
                    *close = f;
            }
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                return t.elapsed();
            if (!readMore(deadline)) {
                if (m_socket.state() == QAbstractSocket::UnconnectedState ||
                    m_socket.error() == QAbstractSocket::RemoteHostClosedError) {
                    while (auto f = readFrame(0)) {
                        if (f->type == 8 && heartbeats)
                            ++*heartbeats;
                        if (f->type == 1 && f->classId() == 10 && f->methodId() == 50 && close)
                            *close = f;
                    }
                    return t.elapsed();
                }
            }
        }
        return -1;
    }

    std::optional<RawFrame> unexpectedFrame() const { return m_unexpected; }
    QTcpSocket &socket() { return m_socket; }

private:
    // Waits for more bytes; false on timeout or when the socket is gone.
    bool readMore(const QDeadlineTimer &deadline)
    {
        if (m_socket.bytesAvailable() == 0) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return false;
            const int wait = int(std::clamp<qint64>(deadline.remainingTime(), 0, 200));
            if (!m_socket.waitForReadyRead(wait)) {
                if (m_socket.state() != QAbstractSocket::ConnectedState)
                    return false;
                return !deadline.hasExpired();
            }
        }
        m_buf.append(m_socket.readAll());
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buf;
    std::optional<RawFrame> m_unexpected;
};

} // namespace warren::apptest
