// The GUI app's BrokerController (app/broker_controller.*): starts a broker
// from settings, hands the window its snapshots and command API, stops it
// cleanly (the window then shows nothing listening and its actions are
// disabled) and starts a new one on the same data directory, whose durable
// definitions come back and whose events still reach the event log page.

#include "broker_controller.h"

#include "model/virtual_host.h"
#include "models/event_log_model.h"
#include "views/event_log_page.h"
#include "views/main_window.h"

#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace warren;

class TestBrokerController : public QObject {
    Q_OBJECT

private slots:
    void startStopAndRestart()
    {
        QTemporaryDir dir;
        widgets::MainWindow window;
        net::ServerConfig base;
        base.workerThreads = 2;
        base.snapshotIntervalMs = 100;
        app::BrokerController controller(base, &window);
        QSignalSpy changed(&controller, &widgets::BrokerControl::stateChanged);

        widgets::AppSettings s;
        s.amqpPort = 0;
        s.kafkaPort = 0;
        s.dataDir = dir.filePath(QStringLiteral("data"));
        s.retentionHours = 24;
        QString error;
        QVERIFY2(controller.start(s, &error), qPrintable(error));
        QVERIFY(controller.isRunning());
        QCOMPARE(changed.size(), 1);
        QVERIFY(window.commands());
        QVERIFY2(controller.statusText().startsWith(QLatin1String("Running: AMQP 0-9-1 on 127.0.0.1:")),
                 qPrintable(controller.statusText()));

        model::QueueOptions durable;
        durable.durable = true;
        QVERIFY(bool(controller.server()->broker().defaultVhost().declareQueue("kept", durable, false, ConnectionId{})));
        auto eventsMention = [&window](const QString &text) {
            auto *m = window.eventLogPage()->model();
            int n = 0;
            for (int r = 0; r < m->rowCount(); ++r)
                n += m->index(r, widgets::EventLogModel::Text).data().toString().contains(text);
            return n;
        };
        QTRY_COMPARE(eventsMention(QStringLiteral("queue 'kept' declared")), 1);

        controller.stop();
        QVERIFY(!controller.isRunning());
        QVERIFY(!window.commands());
        QCOMPARE(controller.statusText(), QStringLiteral("The broker is stopped."));
        QVERIFY(window.lastSnapshot()->listeners.empty());

        // Again, on the same data directory: the durable queue is back; a new
        // declaration is logged although the new broker numbers events from 1.
        QVERIFY2(controller.start(s, &error), qPrintable(error));
        QVERIFY(controller.server()->broker().defaultVhost().findQueue("kept"));
        QVERIFY(bool(controller.server()->broker().defaultVhost().declareQueue("after", durable, false, ConnectionId{})));
        QTRY_COMPARE(eventsMention(QStringLiteral("queue 'after' declared")), 1);
        QCOMPARE(eventsMention(QStringLiteral("queue 'kept' declared")), 1);

        // A port in use: start fails with the reason, nothing runs.
        widgets::AppSettings clash = s;
        clash.amqpPort = controller.server()->amqpPort();
        app::BrokerController other(base, nullptr);
        QVERIFY(!other.start(clash, &error));
        QVERIFY2(error.contains(QString::number(clash.amqpPort)), qPrintable(error));
        QVERIFY(other.statusText().startsWith(QLatin1String("The broker is stopped: ")));
        clash.bindAddress = QStringLiteral("not-an-address");
        QVERIFY(!other.start(clash, &error));
    }

    void tlsListenersFromSettings()
    {
        // The Settings page's TLS certificate and key start the TLS listeners
        // (the status and the Overview list them); a bad file is a clear error.
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is missing (apt-get install openssl)");
        QTemporaryDir dir;
        QProcess gen;
        gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=localhost"), QStringLiteral("-days"), QStringLiteral("1"),
                            QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                            dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(gen.waitForFinished(60000) && gen.exitCode() == 0);

        widgets::MainWindow window;
        net::ServerConfig base;
        base.workerThreads = 1;
        app::BrokerController controller(base, &window);
        widgets::AppSettings s;
        s.amqpPort = 0;
        s.kafkaPort = 0;
        s.amqpTlsPort = 0;
        s.kafkaTlsPort = 0;
        s.dataDir = dir.filePath(QStringLiteral("data"));
        s.tlsCertificateFile = dir.filePath(QStringLiteral("cert.pem"));
        s.tlsKeyFile = dir.filePath(QStringLiteral("key.pem"));
        QString error;
        QVERIFY2(controller.start(s, &error), qPrintable(error));
        QVERIFY(controller.server()->amqpTlsPort() > 0);
        QVERIFY(controller.server()->kafkaTlsPort() > 0);
        QVERIFY2(controller.statusText().contains(QLatin1String("AMQP 0-9-1 over TLS")), qPrintable(controller.statusText()));
        QVERIFY2(controller.statusText().contains(QLatin1String("Kafka over TLS")), qPrintable(controller.statusText()));
        controller.stop();

        s.tlsKeyFile = dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(!controller.start(s, &error));
        QVERIFY2(error.contains(QLatin1String("cannot read TLS key")), qPrintable(error));
    }
};

QTEST_MAIN(TestBrokerController)
#include "tst_broker_controller.moc"
