// Authentication and authorization (issue 7) with real clients: pika for
// AMQP logins, vhosts and every kind of permission check (auth.py), guest
// refused from a non-loopback address, and Kafka SASL/PLAIN with kcat and
// confluent-kafka (kafka_sasl.py). Users are set up through warren's own
// command line (--add-user, --add-vhost, --set-permissions) on the broker's
// data directory, then the broker is restarted to load them.

#include "broker_under_test.h"
#include "client_runner.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class InteropAuth : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;
    QString m_kcat;

    static QString warren() { return qEnvironmentVariable("WARREN_BINARY"); }
    static QString script(const char *name)
    {
        return BrokerUnderTest::sourceDir() + QStringLiteral("/tests/interop/auth/") + QLatin1String(name);
    }
    static QProcessEnvironment pythonEnv()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
        return env;
    }
    void admin(const QStringList &args)
    {
        WARREN_VERIFY_CLIENT(runClient(warren(), QStringList{QStringLiteral("--data-dir"), m_broker.dataDir()} + args,
                                       30000));
    }
    void runAmqpCase(const QString &caseName)
    {
        WARREN_VERIFY_CLIENT(runClient(QStringLiteral("/usr/bin/python3"),
                                       {QStringLiteral("-B"), script("auth.py"), m_broker.host(),
                                        QString::number(m_broker.amqpPort()), caseName},
                                       90000, pythonEnv()));
    }
    ClientResult kcat(const QStringList &args)
    {
        return runClient(m_kcat, QStringList{QStringLiteral("-b"), m_broker.kafkaHostPort()} + args, 30000);
    }
    static QStringList kcatSasl(const QString &user, const QString &password)
    {
        return {QStringLiteral("-X"), QStringLiteral("security.protocol=SASL_PLAINTEXT"), QStringLiteral("-X"),
                QStringLiteral("sasl.mechanisms=PLAIN"), QStringLiteral("-X"), QStringLiteral("sasl.username=") + user,
                QStringLiteral("-X"), QStringLiteral("sasl.password=") + password};
    }

private slots:
    void initTestCase()
    {
        if (m_broker.isExternal() || qEnvironmentVariableIsSet("WARREN_TEST_AMQP"))
            QSKIP("needs its own warren (users are set up through its command line)");
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
            WARREN_REQUIRE_CLIENT("/usr/bin/python3 is missing (apt-get install python3-pika)");
        if (!runClient(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import pika")}, 30000)
                 .succeeded())
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 (apt-get install python3-pika)");
        m_kcat = QStandardPaths::findExecutable(QStringLiteral("kcat"));
        m_broker.setNeedsKafka(true);
        m_broker.setExtraArguments({QStringLiteral("--kafka-sasl")});
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
        // The first start wrote RabbitMQ's defaults (guest); add ours, then restart to load them.
        admin({QStringLiteral("--add-user"), QStringLiteral("alice"), QStringLiteral("secret"), QStringLiteral("--tags"),
               QStringLiteral("monitoring")});
        admin({QStringLiteral("--add-vhost"), QStringLiteral("empty")});
        admin({QStringLiteral("--set-permissions"), QStringLiteral("alice"), QStringLiteral("/"),
               QStringLiteral("^(cfg|all)-"), QStringLiteral("^(w|all)-"), QStringLiteral("^(r|all)-")});
        QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
    }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void pika_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const char *c : {"wrong_password", "unknown_user", "unknown_vhost", "vhost_without_permissions",
                              "configure_refused_for_queue_declare", "passive_declare_needs_no_permission",
                              "configure_refused_for_exchange_declare", "configure_refused_for_queue_delete",
                              "configure_refused_for_exchange_delete", "write_refused_for_publish",
                              "write_refused_for_publish_to_default_exchange", "write_refused_for_queue_bind",
                              "read_refused_for_queue_bind_source", "read_refused_for_exchange_bind_source",
                              "write_refused_for_exchange_bind_destination", "read_refused_for_basic_get",
                              "read_refused_for_basic_consume", "read_refused_for_queue_purge",
                              "publish_consume_with_matching_permissions", "permitted_operations_work",
                              "dead_letter_exchange_needs_write_on_it", "dead_letter_queue_needs_read_on_it",
                              "alternate_exchange_needs_write_on_it",
                              "alternate_exchange_needs_read_on_the_new_exchange"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void pika()
    {
        QFETCH(QString, caseName);
        runAmqpCase(caseName);
    }

    // RabbitMQ's loopback_users: a second broker listens on every address,
    // and the client connects to this machine's non-loopback address, so the
    // broker sees a non-loopback peer.
    void guestIsRefusedFromANonLoopbackAddress()
    {
        QHostAddress outside;
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal()) {
                outside = a;
                break;
            }
        if (outside.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to connect from");
        QTemporaryDir dir;
        QProcess broker;
        broker.setProcessChannelMode(QProcess::MergedChannels);
        broker.start(warren(), {QStringLiteral("--headless"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0"),
                                QStringLiteral("--amqp-port"), QStringLiteral("0"), QStringLiteral("--kafka-port"),
                                QStringLiteral("off"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(broker.waitForStarted(10000));
        static const QRegularExpression listening(QStringLiteral(R"(AMQP listening on 0\.0\.0\.0:(\d+))"));
        QByteArray log;
        QRegularExpressionMatch m;
        for (int i = 0; i < 100 && !m.hasMatch(); ++i) {
            broker.waitForReadyRead(100);
            log += broker.readAll();
            m = listening.match(QString::fromUtf8(log));
        }
        QVERIFY2(m.hasMatch(), log.constData());
        const QString port = m.captured(1);
        const QString probe = QStringLiteral(
            "import pika, sys\n"
            "def login(host):\n"
            "    c = pika.BlockingConnection(pika.ConnectionParameters(host, int(sys.argv[1]), '/',\n"
            "        pika.PlainCredentials('guest', 'guest'), connection_attempts=1, socket_timeout=10))\n"
            "    c.close()\n"
            "login('127.0.0.1')\n"
            "try:\n"
            "    login(sys.argv[2])\n"
            "except pika.exceptions.AMQPConnectionError as e:\n"
            "    text = str(e)\n"
            "    ok = '(403)' in text and 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN' in text\n"
            "    print(('OK: ' if ok else 'FAIL: unexpected error ') + text)\n"
            "    sys.exit(0 if ok else 1)\n"
            "print('FAIL: guest logged in from ' + sys.argv[2])\n"
            "sys.exit(1)\n");
        const ClientResult r = runClient(QStringLiteral("/usr/bin/python3"),
                                         {QStringLiteral("-c"), probe, port, outside.toString()}, 60000, pythonEnv());
        broker.terminate();
        broker.waitForFinished(10000);
        WARREN_VERIFY_CLIENT(r);
        log += broker.readAll();
        QVERIFY2(log.contains("can only connect via localhost"), log.constData());
    }

    void kcatLogsInWithTheRightPassword()
    {
        if (m_kcat.isEmpty())
            WARREN_REQUIRE_CLIENT("kcat is not on PATH (apt-get install kcat)");
        const ClientResult r = kcat(QStringList{QStringLiteral("-L")} + kcatSasl(QStringLiteral("alice"),
                                                                                  QStringLiteral("secret")));
        WARREN_VERIFY_CLIENT(r);
        QVERIFY2(r.stdOut.contains("1 brokers"), qPrintable(r.describe()));
    }
    void kcatIsRefusedWithAWrongPassword()
    {
        if (m_kcat.isEmpty())
            WARREN_REQUIRE_CLIENT("kcat is not on PATH (apt-get install kcat)");
        const ClientResult r = kcat(QStringList{QStringLiteral("-L"), QStringLiteral("-m"), QStringLiteral("5")} +
                                    kcatSasl(QStringLiteral("alice"), QStringLiteral("wrong")));
        QVERIFY2(!r.succeeded(), qPrintable(r.describe()));
        QVERIFY2(r.stdErr.contains("Authentication failed: Invalid username or password"), qPrintable(r.describe()));
    }
    void kcatWithoutSaslIsRefused()
    {
        if (m_kcat.isEmpty())
            WARREN_REQUIRE_CLIENT("kcat is not on PATH (apt-get install kcat)");
        const ClientResult r = kcat({QStringLiteral("-L"), QStringLiteral("-m"), QStringLiteral("5")});
        QVERIFY2(!r.succeeded(), qPrintable(r.describe()));
    }

    void kafkaSaslPythonClients_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const char *c : {"good_password_produces_and_consumes", "bad_password_is_refused",
                              "unknown_user_is_refused", "plaintext_client_is_refused",
                              "kafka_python_logs_in_with_a_v0_handshake"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void kafkaSaslPythonClients()
    {
        QFETCH(QString, caseName);
        WARREN_VERIFY_CLIENT(runClient(QStringLiteral("/usr/bin/python3"),
                                       {QStringLiteral("-B"), script("kafka_sasl.py"), m_broker.kafkaHostPort(),
                                        caseName},
                                       120000, pythonEnv()));
    }
};

QTEST_GUILESS_MAIN(InteropAuth)
#include "tst_interop_auth.moc"
