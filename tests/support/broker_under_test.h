#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Runs one broker for the lifetime of a test executable.
//
// By default it starts the `warren` binary named by $WARREN_BINARY (CTest sets
// it) with an ephemeral AMQP port and a throw-away data directory, and waits for
// the "AMQP listening on 127.0.0.1:<port>" line on stderr. If $WARREN_TEST_AMQP
// is set to host:port, it starts nothing and points the tests at that broker
// instead (how the suite is run against RabbitMQ for comparison).
//
// Kafka: the broker is always started with --kafka-port 0; kafkaPort() is parsed
// from its "Kafka listening on 127.0.0.1:<port>" line. Tests that need Kafka call
// setNeedsKafka(true) before start(): then start() also waits for that line, and
// $WARREN_TEST_KAFKA=host:port (instead of $WARREN_TEST_AMQP) selects an external
// broker. setExtraArguments() appends options to the broker's command line, and
// restart() stops the broker (SIGTERM) and starts it again on the same data
// directory (the ports may change).
//
// The broker's stdout/stderr go to files, never to pipes, so a chatty broker can
// not block while a test is busy waiting on a client process.
//
// Ownership: owns the child process and its temporary directory; stops the
// broker (SIGTERM, then SIGKILL after 10 s) in the destructor.
// Thread: the test thread only.
class BrokerUnderTest
{
public:
    BrokerUnderTest();
    ~BrokerUnderTest();
    BrokerUnderTest(const BrokerUnderTest &) = delete;
    BrokerUnderTest &operator=(const BrokerUnderTest &) = delete;

    // Starts (or locates) the broker. On failure returns false and
    // errorString() explains why, including the broker's stderr if any.
    bool start();
    QString errorString() const { return m_error; }

    // Before start(): require the Kafka listener (see above).
    void setNeedsKafka(bool needs) { m_needsKafka = needs; }
    // Before start()/restart(): extra broker options, e.g. {"--default-partitions", "3"}.
    void setExtraArguments(const QStringList &args) { m_extraArgs = args; }
    // Stops the broker with SIGTERM (waiting for a clean exit) and starts it again
    // on the same data directory. Not possible for an external broker.
    bool restart();
    // The exit code of the last stop() (-1 if killed or never stopped).
    int lastExitCode() const { return m_lastExitCode; }

    bool isExternal() const { return m_external; }
    QString host() const { return m_host; }
    quint16 amqpPort() const { return m_port; }
    QString hostPort() const { return m_host + QLatin1Char(':') + QString::number(m_port); }
    // 0 when the broker has no Kafka listener.
    quint16 kafkaPort() const { return m_kafkaPort; }
    /// The broker process's id (0 when using $WARREN_TEST_AMQP or not started).
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QString kafkaHostPort() const { return m_host + QLatin1Char(':') + QString::number(m_kafkaPort); }
    // The broker's data directory (empty for an external broker).
    QString dataDir() const;

    // Everything the broker wrote to stderr so far (empty for an external broker).
    QByteArray stderrLog() const;
    // The file the broker's stderr goes to (empty for an external broker), for
    // client scripts that follow the log.
    QString stderrPath() const { return m_stderrPath; }

    // Call from init(): remembers where the log stands before a test function.
    void markLog();
    // Call from cleanup(): if the current test failed, dumps the broker's stderr
    // written since markLog() (and reports if the broker died) via qWarning.
    void reportIfTestFailed();

    // Stops the broker now (also done by the destructor). Returns the exit code,
    // or -1 if it had to be killed or was not running.
    int stop();

    // Root of the source tree: $WARREN_SOURCE_DIR, else the configure-time path.
    static QString sourceDir();

private:
    bool launch();

    bool m_external = false;
    bool m_needsKafka = false;
    quint16 m_kafkaPort = 0;
    QStringList m_extraArgs;
    int m_lastExitCode = -1;
    qint64 m_startOffset = 0; // where the current run's stderr starts in the log file
    QString m_host;
    quint16 m_port = 0;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QProcess> m_process;
    QString m_stderrPath;
    qint64 m_logMark = 0;
};
