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
};

QTEST_MAIN(TestBrokerController)
#include "tst_broker_controller.moc"
