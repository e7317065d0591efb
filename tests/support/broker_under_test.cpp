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

namespace {

bool parseHostPort(const QString &text, QString *host, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint p = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || p == 0 || p > 65535)
        return false;
    *host = text.left(colon);
    *port = quint16(p);
    return true;
}

} // namespace

bool BrokerUnderTest::start()
{
    const QString externalKafka = qEnvironmentVariable("WARREN_TEST_KAFKA");
    if (m_needsKafka && !externalKafka.isEmpty()) {
        if (!parseHostPort(externalKafka, &m_host, &m_kafkaPort)) {
            m_error = QStringLiteral("WARREN_TEST_KAFKA must be host:port, got '%1'").arg(externalKafka);
            return false;
        }
        m_external = true;
        m_port = 0;
        return true;
    }
    const QString external = qEnvironmentVariable("WARREN_TEST_AMQP");
    if (!m_needsKafka && !external.isEmpty()) {
        if (!parseHostPort(external, &m_host, &m_port)) {
            m_error = QStringLiteral("WARREN_TEST_AMQP must be host:port, got '%1'").arg(external);
            return false;
        }
        m_external = true;
        return true;
    }

    const QString binary = qEnvironmentVariable("WARREN_BINARY");
    if (binary.isEmpty() || !QFileInfo(binary).isExecutable()) {
        m_error = QStringLiteral("WARREN_BINARY is not set or not executable ('%1'); run the test "
                                 "through CTest, or set %2=host:port to use a running broker")
                      .arg(binary, m_needsKafka ? QStringLiteral("WARREN_TEST_KAFKA")
                                                : QStringLiteral("WARREN_TEST_AMQP"));
        return false;
    }

    m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/warren-test-XXXXXX"));
    if (!m_tmp->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_tmp->errorString());
        return false;
    }
    QDir().mkpath(dataDir());
    m_stderrPath = m_tmp->filePath(QStringLiteral("warren.stderr.log"));
    return launch();
}

QString BrokerUnderTest::dataDir() const
{
    return m_tmp ? m_tmp->filePath(QStringLiteral("data")) : QString();
}

bool BrokerUnderTest::restart()
{
    if (m_external || !m_tmp) {
        m_error = QStringLiteral("restart() needs a broker started by the test");
        return false;
    }
    m_lastExitCode = stop();
    return launch();
}

bool BrokerUnderTest::launch()
{
    const QString binary = qEnvironmentVariable("WARREN_BINARY");
    m_startOffset = QFileInfo(m_stderrPath).exists() ? QFileInfo(m_stderrPath).size() : 0;
    m_logMark = m_startOffset;
    m_port = 0;
    m_kafkaPort = 0;

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binary);
    m_process->setArguments(QStringList{QStringLiteral("--headless"),
                                        QStringLiteral("--amqp-port"), QStringLiteral("0"),
                                        QStringLiteral("--kafka-port"), QStringLiteral("0"),
                                        QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                        QStringLiteral("--data-dir"), dataDir(),
                                        QStringLiteral("--log-level"), QStringLiteral("info")}
                            + m_extraArgs);
    // Files, not pipes: nobody drains a pipe while a test waits on a client.
    // Appended, so a restart() keeps the earlier runs' output in the same log.
    m_process->setStandardOutputFile(m_tmp->filePath(QStringLiteral("warren.stdout.log")),
                                     QIODevice::Append);
    m_process->setStandardErrorFile(m_stderrPath, QIODevice::Append);
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
    static const QRegularExpression kafkaListening(
        QStringLiteral(R"(Kafka listening on (127\.0\.0\.1):(\d+))"));
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        const QString log = QString::fromUtf8(readFileFrom(m_stderrPath, m_startOffset));
        const QRegularExpressionMatch m = listening.match(log);
        const QRegularExpressionMatch k = kafkaListening.match(log);
        if (k.hasMatch())
            m_kafkaPort = quint16(k.captured(2).toUInt());
        if (m.hasMatch() && (!m_needsKafka || k.hasMatch())) {
            m_host = m.captured(1);
            m_port = quint16(m.captured(2).toUInt());
            return true;
        }
        // Doubles as the poll interval; returns true if the broker exited.
        if (m_process->waitForFinished(50)) {
            m_error = QStringLiteral("warren exited (code %1) before listening; stderr:\n%2")
                          .arg(m_process->exitCode())
                          .arg(QString::fromUtf8(tail(readFileFrom(m_stderrPath, m_startOffset))));
            m_process.reset();
            return false;
        }
    }
    m_error = QStringLiteral("warren did not print '%1 listening on 127.0.0.1:<port>' within "
                             "%2 ms; stderr:\n%3")
                  .arg(m_needsKafka ? QStringLiteral("AMQP/Kafka") : QStringLiteral("AMQP"))
                  .arg(kStartTimeoutMs)
                  .arg(QString::fromUtf8(tail(readFileFrom(m_stderrPath, m_startOffset))));
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
