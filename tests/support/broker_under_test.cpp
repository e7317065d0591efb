#include "broker_under_test.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {

constexpr int kStartTimeoutMs = 15000;
constexpr int kStopTimeoutMs = 10000;
constexpr qsizetype kMaxDumpBytes = 64 * 1024;

QByteArray readFileFrom(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (offset > 0 && !f.seek(offset))
        return {};
    return f.readAll();
}

QByteArray tail(const QByteArray &text)
{
    if (text.size() <= kMaxDumpBytes)
        return text;
    return "[... " + QByteArray::number(text.size() - kMaxDumpBytes) + " bytes omitted ...]\n"
        + text.right(kMaxDumpBytes);
}

} // namespace

BrokerUnderTest::BrokerUnderTest() = default;

BrokerUnderTest::~BrokerUnderTest()
{
    stop();
}

QString BrokerUnderTest::sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("WARREN_SOURCE_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStringLiteral(WARREN_TEST_DEFAULT_SOURCE_DIR);
}

bool BrokerUnderTest::start()
{
    const QString external = qEnvironmentVariable("WARREN_TEST_AMQP");
    if (!external.isEmpty()) {
        const qsizetype colon = external.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = colon > 0 ? external.mid(colon + 1).toUInt(&ok) : 0;
        if (!ok || port == 0 || port > 65535) {
            m_error = QStringLiteral("WARREN_TEST_AMQP must be host:port, got '%1'").arg(external);
            return false;
        }
        m_external = true;
        m_host = external.left(colon);
        m_port = quint16(port);
        return true;
    }

    const QString binary = qEnvironmentVariable("WARREN_BINARY");
    if (binary.isEmpty() || !QFileInfo(binary).isExecutable()) {
        m_error = QStringLiteral("WARREN_BINARY is not set or not executable ('%1'); run the test "
                                 "through CTest, or set WARREN_TEST_AMQP=host:port to use a "
                                 "running broker").arg(binary);
        return false;
    }

    m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/warren-test-XXXXXX"));
    if (!m_tmp->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_tmp->errorString());
        return false;
    }
    const QString dataDir = m_tmp->filePath(QStringLiteral("data"));
    QDir().mkpath(dataDir);
    m_stderrPath = m_tmp->filePath(QStringLiteral("warren.stderr.log"));

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binary);
    m_process->setArguments({QStringLiteral("--headless"),
                             QStringLiteral("--amqp-port"), QStringLiteral("0"),
                             QStringLiteral("--kafka-port"), QStringLiteral("0"),
                             QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                             QStringLiteral("--data-dir"), dataDir,
                             QStringLiteral("--log-level"), QStringLiteral("info")});
    // Files, not pipes: nobody drains a pipe while a test waits on a client.
    m_process->setStandardOutputFile(m_tmp->filePath(QStringLiteral("warren.stdout.log")));
    m_process->setStandardErrorFile(m_stderrPath);
#ifdef Q_OS_LINUX
    // If the test binary dies without running destructors (CTest timeout, a
    // crash), the broker must not outlive it holding a port and a temp dir.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start();
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary, m_process->errorString());
        m_process.reset();
        return false;
    }

    static const QRegularExpression listening(
        QStringLiteral(R"(AMQP listening on (127\.0\.0\.1):(\d+))"));
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(stderrLog()));
        if (m.hasMatch()) {
            m_host = m.captured(1);
            m_port = quint16(m.captured(2).toUInt());
            return true;
        }
        // Doubles as the poll interval; returns true if the broker exited.
        if (m_process->waitForFinished(50)) {
            m_error = QStringLiteral("warren exited (code %1) before listening; stderr:\n%2")
                          .arg(m_process->exitCode())
                          .arg(QString::fromUtf8(tail(stderrLog())));
            m_process.reset();
            return false;
        }
    }
    m_error = QStringLiteral("warren did not print 'AMQP listening on 127.0.0.1:<port>' within "
                             "%1 ms; stderr:\n%2")
                  .arg(kStartTimeoutMs)
                  .arg(QString::fromUtf8(tail(stderrLog())));
    stop();
    return false;
}

QByteArray BrokerUnderTest::stderrLog() const
{
    if (m_stderrPath.isEmpty())
        return {};
    return readFileFrom(m_stderrPath, 0);
}

void BrokerUnderTest::markLog()
{
    if (!m_stderrPath.isEmpty())
        m_logMark = QFileInfo(m_stderrPath).size();
}

void BrokerUnderTest::reportIfTestFailed()
{
    if (!QTest::currentTestFailed() || m_external || m_stderrPath.isEmpty())
        return;
    if (m_process && m_process->state() == QProcess::NotRunning)
        qWarning("warren is no longer running (exit code %d)", m_process->exitCode());
    const QByteArray text = tail(readFileFrom(m_stderrPath, m_logMark));
    qWarning("warren stderr during this test:\n%s", text.constData());
}

int BrokerUnderTest::stop()
{
    if (!m_process)
        return -1;
    int code = -1;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM
        if (!m_process->waitForFinished(kStopTimeoutMs)) {
            qWarning("warren did not stop within %d ms of SIGTERM; killing it", kStopTimeoutMs);
            m_process->kill();
            m_process->waitForFinished(kStopTimeoutMs);
        } else if (m_process->exitStatus() == QProcess::NormalExit) {
            code = m_process->exitCode();
        }
    } else if (m_process->exitStatus() == QProcess::NormalExit) {
        code = m_process->exitCode();
    }
    m_process.reset();
    return code;
}
