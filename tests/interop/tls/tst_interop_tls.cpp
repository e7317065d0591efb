// TLS listeners (issue 7) with real clients: warren started with a
// certificate and key (made here with the openssl command) serves AMQP over
// TLS to pika, verifying the certificate, and Kafka over TLS to
// confluent-kafka (Metadata must name the TLS listener); a plain client on the
// TLS port and a client that does not trust the certificate are refused while
// the broker keeps serving; a missing certificate file stops the start with a
// clear error.

#include "broker_under_test.h"
#include "client_runner.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class InteropTls : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;
    QTemporaryDir m_certs;
    quint16 m_amqpsPort = 0;
    quint16 m_kafkaTlsPort = 0;

    QString cert() const { return m_certs.filePath(QStringLiteral("cert.pem")); }
    QString key() const { return m_certs.filePath(QStringLiteral("key.pem")); }
    static QString script()
    {
        return BrokerUnderTest::sourceDir() + QStringLiteral("/tests/interop/tls/tls_clients.py");
    }
    ClientResult client(const QString &caseName, quint16 port)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        return runClient(QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral("-B"), script(), caseName, m_broker.host(), QString::number(port), cert()},
                         90000, env);
    }
    quint16 portFromLog(const QString &pattern) const
    {
        const QRegularExpression re(pattern);
        const auto m = re.match(QString::fromUtf8(m_broker.stderrLog()));
        return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
    }

private slots:
    void initTestCase()
    {
        if (m_broker.isExternal() || qEnvironmentVariableIsSet("WARREN_TEST_AMQP"))
            QSKIP("needs its own warren (started with a certificate)");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            WARREN_REQUIRE_CLIENT("the openssl command is missing (apt-get install openssl)");
        if (!runClient(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral("-c"), QStringLiteral("import pika, confluent_kafka")}, 30000)
                 .succeeded())
            WARREN_REQUIRE_CLIENT("pika and confluent_kafka must be importable by /usr/bin/python3 "
                                  "(apt-get install python3-pika python3-confluent-kafka)");
        QVERIFY(m_certs.isValid());
        // A self-signed certificate for localhost / 127.0.0.1: the clients trust it as their CA.
        WARREN_VERIFY_CLIENT(runClient(openssl,
                                       {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                                        QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                                        QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"), key(),
                                        QStringLiteral("-out"), cert()},
                                       60000));
        m_broker.setNeedsKafka(true);
        m_broker.setExtraArguments({QStringLiteral("--tls-cert"), cert(), QStringLiteral("--tls-key"), key(),
                                    QStringLiteral("--amqps-port"), QStringLiteral("0"),
                                    QStringLiteral("--kafka-tls-port"), QStringLiteral("0")});
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT((m_amqpsPort = portFromLog(QStringLiteral(R"(AMQP over TLS \(amqps\) on 127\.0\.0\.1:(\d+))")))
                                     > 0,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT((m_kafkaTlsPort = portFromLog(QStringLiteral(R"(Kafka over TLS on 127\.0\.0\.1:(\d+))")))
                                     > 0,
                                 10000);
        QVERIFY(m_amqpsPort != m_broker.amqpPort());
    }

    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void amqpOverTlsRoundTrip()
    {
        const ClientResult r = client(QStringLiteral("amqps-roundtrip"), m_amqpsPort);
        WARREN_VERIFY_CLIENT(r);
        QVERIFY2(r.stdOut.contains("amqps ok TLSv1."), r.stdOut.constData());
    }

    void plainClientOnTheTlsPortIsRefused()
    {
        const ClientResult r = client(QStringLiteral("amqp-plain-to-tls"), m_amqpsPort);
        WARREN_VERIFY_CLIENT(r);
        QVERIFY(r.stdOut.contains("refused"));
        // The broker keeps serving TLS clients.
        WARREN_VERIFY_CLIENT(client(QStringLiteral("amqps-roundtrip"), m_amqpsPort));
    }

    void clientThatDoesNotTrustTheCertificateIsRefused()
    {
        const ClientResult r = client(QStringLiteral("amqps-wrong-ca"), m_amqpsPort);
        WARREN_VERIFY_CLIENT(r);
        QVERIFY(r.stdOut.contains("untrusted"));
    }

    void kafkaOverTls()
    {
        const ClientResult r = client(QStringLiteral("kafka-ssl"), m_kafkaTlsPort);
        WARREN_VERIFY_CLIENT(r);
        QVERIFY(r.stdOut.contains("kafka ssl ok"));
    }

    void missingCertificateStopsTheStartWithAClearError()
    {
        QTemporaryDir data;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(qEnvironmentVariable("WARREN_BINARY"),
                {QStringLiteral("--headless"), QStringLiteral("--amqp-port"), QStringLiteral("0"),
                 QStringLiteral("--kafka-port"), QStringLiteral("off"), QStringLiteral("--data-dir"), data.path(),
                 QStringLiteral("--tls-cert"), m_certs.filePath(QStringLiteral("missing.pem")),
                 QStringLiteral("--tls-key"), key()});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAll();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(out.contains("cannot read TLS certificate"), out.constData());
        // A key that is not a key.
        p.start(qEnvironmentVariable("WARREN_BINARY"),
                {QStringLiteral("--headless"), QStringLiteral("--amqp-port"), QStringLiteral("0"),
                 QStringLiteral("--kafka-port"), QStringLiteral("off"), QStringLiteral("--data-dir"), data.path(),
                 QStringLiteral("--tls-cert"), cert(), QStringLiteral("--tls-key"), cert()});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(p.readAll().contains("holds no unencrypted PEM private key"), "");
    }
};

QTEST_GUILESS_MAIN(InteropTls)
#include "tst_interop_tls.moc"
