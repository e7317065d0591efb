// The monitor's command side, against a BrokerServer in this process: the
// publish window (outcome label, queue depth in a later snapshot, a paced
// run stopped half-way, Kafka offsets), the Connections tab's close action
// on a real pika client, the event log page (filters, bounds, a restarted
// broker), the settings page (QSettings round trip, command-line options
// winning) and the close guard's three behaviours. Also renders the new
// views at 1280×800 to /tmp/warren-monitor-*.png for a human to look at.

#include "broker_under_test.h"
#include "in_process_broker.h"
#include "models/group_lag_table_model.h"
#include "models/lag_history.h"
#include "models/snapshot_table_model.h"

#include "model/virtual_host.h"
#include "models/app_settings.h"
#include "models/connection_table_model.h"
#include "models/consumer_group_table_model.h"
#include "models/event_log_model.h"
#include "models/queue_table_model.h"
#include "models/scheduled_message_model.h"
#include "models/topic_table_model.h"
#include "views/broker_control.h"
#include "views/close_guard.h"
#include "views/connection_actions.h"
#include "views/consumer_groups_page.h"
#include "views/event_log_page.h"
#include "views/exchanges_page.h"
#include "views/management_actions.h"
#include "views/queues_page.h"
#include "views/table_page.h"
#include "views/topics_page.h"
#include "views/main_window.h"
#include "views/publish_panel.h"
#include "views/settings_page.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace warren;
using namespace warren::monitortest;
using namespace warren::widgets;

namespace {
quint64 readyOf(const metrics::BrokerSnapshotPtr &snap, const QString &queue)
{
    if (snap)
        for (const auto &q : snap->queues)
            if (q.name == queue)
                return q.ready;
    return 0;
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

/// A BrokerControl for the settings page and the close guard without a broker.
class FakeControl : public BrokerControl
{
public:
    bool running = true;
    int starts = 0;
    int stops = 0;
    AppSettings lastStart;
    bool isRunning() const override { return running; }
    QString statusText() const override
    {
        return running ? QStringLiteral("Running: AMQP 0-9-1 on 127.0.0.1:5672, Kafka on 127.0.0.1:9092; data in "
                                        "/home/user/.local/share/warren")
                       : QStringLiteral("The broker is stopped.");
    }
    bool start(const AppSettings &settings, QString *) override
    {
        ++starts;
        lastStart = settings;
        running = true;
        emit stateChanged();
        return true;
    }
    void stop() override
    {
        ++stops;
        running = false;
        emit stateChanged();
    }
};

metrics::EventSnapshot makeEvent(quint64 seq, metrics::EventKind kind, const QString &text)
{
    return metrics::EventSnapshot{seq, 1700000000000 + qint64(seq) * 1000, kind, text};
}

/// Selects the row whose `column` shows `text`; false if there is none.
bool selectRow(QTableView *view, int column, const QString &text)
{
    QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, column).data().toString() == text) {
            view->clearSelection();
            view->selectRow(r);
            return true;
        }
    return false;
}
} // namespace

class TestMonitorViews : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<net::BrokerServer> m_server;
    std::unique_ptr<MainWindow> m_window;

    void declareBound(const std::string &queue, const std::string &exchange, const std::string &key)
    {
        model::VirtualHost &vh = m_server->broker().defaultVhost();
        QVERIFY(bool(vh.declareQueue(queue, model::QueueOptions{}, false, ConnectionId{})));
        QVERIFY(bool(vh.bindQueue(queue, exchange, key, {}, ConnectionId{})));
    }

    void save(QWidget *w, const QString &name)
    {
        QTest::qWait(200);
        const QString path = QDir::temp().filePath(QStringLiteral("warren-monitor-%1.png").arg(name));
        QVERIFY(w->grab().save(path));
        qInfo("rendered %s", qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_server = startBroker(&error);
        QVERIFY2(m_server, qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        connect(m_server.get(), &net::BrokerServer::snapshotReady, m_window.get(), &MainWindow::applySnapshot);
        m_window->setCommands(m_server->commands());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window->setCommands(nullptr);
        m_server->shutdown(5000);
        m_window.reset();
    }

    // --------------------------------------------------------- publishing

    void publishPanelPublishesAndShowsTheOutcome()
    {
        declareBound("panel-q", "amq.direct", "panel.key");
        declareBound("panel-q2", "amq.direct", "panel.key");
        m_window->showPublishDialog();
        PublishDialog *dialog = m_window->publishDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        PublishPanel *panel = dialog->panel();
        auto *exchange = child<QComboBox>(panel, "amqpExchange");
        // The exchange choices come from snapshots.
        QTRY_VERIFY(exchange->findText(QStringLiteral("amq.direct")) >= 0);
        exchange->setCurrentIndex(exchange->findText(QStringLiteral("amq.direct")));
        child<QLineEdit>(panel, "amqpRoutingKey")->setText(QStringLiteral("panel.key"));
        child<QComboBox>(panel, "amqpDeliveryMode")->setCurrentIndex(1);
        child<QLineEdit>(panel, "amqpContentType")->setText(QStringLiteral("text/plain"));
        child<QLineEdit>(panel, "amqpMessageId")->setText(QStringLiteral("msg-{n}"));
        child<QPlainTextEdit>(panel, "amqpHeaders")->setPlainText(QStringLiteral("source=monitor\nrun=1"));
        child<QPlainTextEdit>(panel, "amqpBody")->setPlainText(QStringLiteral("hello {n}"));
        child<QSpinBox>(panel, "amqpRepeat")->setValue(3);
        child<QSpinBox>(panel, "amqpRate")->setValue(0);

        const api::AmqpPublishRequest req = panel->amqpRequest(2);
        QCOMPARE(req.exchange, QStringLiteral("amq.direct"));
        QCOMPARE(req.body, QByteArray("hello 2"));
        QCOMPARE(req.messageId, QStringLiteral("msg-2"));
        QCOMPARE(req.deliveryMode, 2);
        QCOMPARE(req.headers.size(), 2);

        QTest::mouseClick(child<QPushButton>(panel, "amqpSend"), Qt::LeftButton);
        auto *outcome = child<QLabel>(panel, "amqpOutcome");
        QTRY_VERIFY2(!panel->isSending(), qPrintable(outcome->text()));
        QVERIFY2(outcome->text().startsWith(QLatin1String("Done: 3 of 3 (3 routed, 0 unroutable, 0 failed)")),
                 qPrintable(outcome->text()));
        QVERIFY2(outcome->text().endsWith(QLatin1String("last: Routed to 2 queues")), qPrintable(outcome->text()));
        // The queue depth in a later snapshot, as the window sees it.
        QTRY_COMPARE(readyOf(m_window->lastSnapshot(), QStringLiteral("panel-q")), quint64(3));
        QCOMPARE(readyOf(m_window->lastSnapshot(), QStringLiteral("panel-q2")), quint64(3));
        save(dialog, QStringLiteral("publish-amqp"));

        // One unroutable message.
        child<QLineEdit>(panel, "amqpRoutingKey")->setText(QStringLiteral("nobody.home"));
        child<QSpinBox>(panel, "amqpRepeat")->setValue(1);
        QTest::mouseClick(child<QPushButton>(panel, "amqpSend"), Qt::LeftButton);
        QTRY_VERIFY(outcome->text().startsWith(QLatin1String("Unroutable")));

        // The default exchange by queue name.
        exchange->setCurrentIndex(0);
        child<QLineEdit>(panel, "amqpRoutingKey")->setText(QStringLiteral("panel-q"));
        QCOMPARE(panel->amqpRequest(1).exchange, QString());
        QTest::mouseClick(child<QPushButton>(panel, "amqpSend"), Qt::LeftButton);
        QTRY_COMPARE(outcome->text(), QStringLiteral("Routed to 1 queue"));

        // A bad header line is refused before anything is sent.
        child<QPlainTextEdit>(panel, "amqpHeaders")->setPlainText(QStringLiteral("no equals sign"));
        QTest::mouseClick(child<QPushButton>(panel, "amqpSend"), Qt::LeftButton);
        QVERIFY(outcome->text().startsWith(QLatin1String("Header line 1")));
        child<QPlainTextEdit>(panel, "amqpHeaders")->clear();
    }

    void pacedRunCanBeStopped()
    {
        PublishPanel *panel = m_window->publishDialog()->panel();
        child<QComboBox>(panel, "amqpExchange")->setCurrentIndex(0);
        child<QLineEdit>(panel, "amqpRoutingKey")->setText(QStringLiteral("panel-q"));
        child<QSpinBox>(panel, "amqpRepeat")->setValue(1000);
        child<QSpinBox>(panel, "amqpRate")->setValue(20);
        const quint64 before = readyOf(m_server->snapshot(), QStringLiteral("panel-q"));
        QTest::mouseClick(child<QPushButton>(panel, "amqpSend"), Qt::LeftButton);
        QVERIFY(panel->isSending());
        QVERIFY(!child<QPushButton>(panel, "amqpSend")->isEnabled());
        QTest::qWait(500);
        QTest::mouseClick(child<QPushButton>(panel, "amqpStop"), Qt::LeftButton);
        QVERIFY(!panel->isSending());
        auto *outcome = child<QLabel>(panel, "amqpOutcome");
        QVERIFY2(outcome->text().startsWith(QLatin1String("Stopped after")), qPrintable(outcome->text()));
        QTest::qWait(300);
        const quint64 sent = readyOf(m_server->snapshot(), QStringLiteral("panel-q")) - before;
        // About 20 msg/s for half a second (the first goes at once).
        QVERIFY2(sent >= 5 && sent <= 20, qPrintable(QString::number(sent)));
        child<QSpinBox>(panel, "amqpRepeat")->setValue(1);
    }

    void kafkaTabProducesRecords()
    {
        PublishPanel *panel = m_window->publishDialog()->panel();
        panel->tabs()->setCurrentIndex(1);
        child<QComboBox>(panel, "kafkaTopic")->setCurrentText(QStringLiteral("panel-topic"));
        child<QCheckBox>(panel, "kafkaNullKey")->setChecked(false);
        child<QLineEdit>(panel, "kafkaKey")->setText(QStringLiteral("customer-{n}"));
        child<QPlainTextEdit>(panel, "kafkaHeaders")->setPlainText(QStringLiteral("trace=abc"));
        child<QPlainTextEdit>(panel, "kafkaValue")->setPlainText(QStringLiteral("{\"order\": {n}}"));
        child<QSpinBox>(panel, "kafkaRepeat")->setValue(2);
        child<QSpinBox>(panel, "kafkaRate")->setValue(0);
        QCOMPARE(panel->kafkaRequest(7).key, std::optional<QByteArray>(QByteArray("customer-7")));
        QTest::mouseClick(child<QPushButton>(panel, "kafkaSend"), Qt::LeftButton);
        auto *outcome = child<QLabel>(panel, "kafkaOutcome");
        QTRY_VERIFY2(!panel->isSending(), qPrintable(outcome->text()));
        QVERIFY2(outcome->text().startsWith(QStringLiteral("Done: 2 of 2 (2 stored, 0 failed) · last: Partition 0, offset 1")),
                 qPrintable(outcome->text()));
        // The new topic shows up in the choices.
        QTRY_VERIFY(child<QComboBox>(panel, "kafkaTopic")->findText(QStringLiteral("panel-topic")) >= 0);
        save(m_window->publishDialog(), QStringLiteral("publish-kafka"));
        panel->tabs()->setCurrentIndex(0);
        m_window->publishDialog()->close();
    }

    void withoutABrokerNothingCanBeSent()
    {
        PublishPanel panel;
        QVERIFY(!child<QPushButton>(&panel, "amqpSend")->isEnabled());
        panel.publishAmqp(); // no crash, no run
        QVERIFY(!panel.isSending());
    }

    // ------------------------------------------------------- connections

    void connectionsTabClosesAConnection()
    {
        if (!pythonHas(QStringLiteral("pika")))
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 (apt-get install python3-pika)");
        ClientProcess client;
        client.start({script(QStringLiteral("app"), QStringLiteral("wait_for_broker_close.py")),
                      QStringLiteral("127.0.0.1"), QString::number(m_server->amqpPort()), QStringLiteral("consume")});
        QVERIFY2(waitFor([&] { return client.printed("ready") || client.finished(); }, 30000), qPrintable(client.describe()));
        QTRY_VERIFY(m_window->connectionModel()->rowCount() >= 1);

        auto *tabs = child<QTabWidget>(m_window.get(), "mainTabs");
        auto *view = child<QTableView>(m_window.get(), "connectionTable");
        tabs->setCurrentWidget(view->parentWidget());
        ConnectionActions *actions = m_window->connectionActions();
        QPushButton *button = actions->closeButton();
        QVERIFY(!button->isEnabled()); // nothing selected
        view->selectRow(0);
        QVERIFY(button->isEnabled());
        QCOMPARE(actions->selectedConnections().size(), 1);
        save(m_window.get(), QStringLiteral("connections"));

        // Cancelled: nothing happens.
        QString asked;
        actions->setConfirm([&](const QString &question) {
            asked = question;
            return false;
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(asked.contains(QLatin1String("Close the AMQP 0-9-1 connection from 127.0.0.1:")), qPrintable(asked));
        QTest::qWait(300);
        QVERIFY(!client.finished());

        actions->setConfirm([](const QString &) { return true; });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(waitFor([&] { return client.finished(); }, 20000), qPrintable(client.describe()));
        QVERIFY2(client.printed("closed-by-broker 320 CONNECTION_FORCED - Closed via management UI"),
                 qPrintable(client.describe()));
        QTRY_COMPARE(m_window->connectionModel()->rowCount(), 0);
        QVERIFY(!button->isEnabled());
    }

    // --------------------------------------------------------- event log

    void exchangesTabListsScheduledMessagesWithDueTimes()
    {
        // pika publishes three messages with x-delay 1.5 s, 10 min and 5 min
        // to an x-delayed-message exchange; its Scheduled tab lists them
        // earliest first with their due times, and the first leaves the list
        // (and reaches the queue) once it is due.
        if (!pythonHas(QStringLiteral("pika")))
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 (apt-get install python3-pika)");
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        ClientProcess client;
        client.start({script(QStringLiteral("monitor"), QStringLiteral("publish_delayed.py")), QStringLiteral("127.0.0.1"),
                      QString::number(m_server->amqpPort()), QStringLiteral("ui-later"), QStringLiteral("ui-later-q"),
                      QStringLiteral("1500"), QStringLiteral("600000"), QStringLiteral("300000")});
        QVERIFY2(waitFor([&] { return client.finished(); }, 30000), qPrintable(client.describe()));
        QVERIFY2(client.printed("published"), qPrintable(client.describe()));

        ExchangesPage *page = m_window->exchangesPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->selectExchange(QStringLiteral("/"), QStringLiteral("ui-later")), 10000);
        m_window->showExchange(QStringLiteral("/"), QStringLiteral("ui-later"));
        QTabWidget *tabs = page->detailTabs();
        QTRY_VERIFY(tabs->isTabEnabled(1));
        tabs->setCurrentIndex(1);
        ScheduledMessageModel *model = page->scheduledModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Scheduled (3)"));
        QTableView *view = page->scheduledView();
        const auto shown = [&](int row, int column) { return view->model()->index(row, column).data().toString(); };
        QCOMPARE(shown(0, ScheduledMessageModel::Payload), QStringLiteral("delayed-0"));
        QCOMPARE(shown(1, ScheduledMessageModel::Payload), QStringLiteral("delayed-2")); // 5 min before 10 min
        QCOMPARE(shown(2, ScheduledMessageModel::MessageId), QStringLiteral("m1"));
        QCOMPARE(shown(1, ScheduledMessageModel::RoutingKey), QStringLiteral("ui-later-q"));
        const qint64 due = view->model()->index(1, ScheduledMessageModel::DueAt).data(ScheduledMessageModel::SortRole).toLongLong();
        QVERIFY(due >= before + 300'000 && due <= QDateTime::currentMSecsSinceEpoch() + 300'000);
        QVERIFY2(shown(1, ScheduledMessageModel::DueIn).startsWith(QLatin1String("in 4 min")),
                 qPrintable(shown(1, ScheduledMessageModel::DueIn)));
        QVERIFY(page->scheduledStatus()->text().contains(QLatin1String("3 scheduled message")));
        save(m_window.get(), QStringLiteral("scheduled"));

        // The 1.5 s one is released: the list refreshes without it.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        QCOMPARE(shown(0, ScheduledMessageModel::Payload), QStringLiteral("delayed-2"));
        QTRY_VERIFY(m_window->queueModel()->rowCount() > 0);
        QVERIFY(bool(m_server->broker().defaultVhost().findQueue("ui-later-q")));
        QCOMPARE(m_server->broker().defaultVhost().findQueue("ui-later-q")->messageCount(), 1u);

        // Another exchange: the tab is disabled and Bindings shown again.
        QVERIFY(page->selectExchange(QStringLiteral("/"), QStringLiteral("amq.direct")));
        QVERIFY(!tabs->isTabEnabled(1));
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(model->rowCount(), 0);
    }

    void eventLogPageShowsTheBrokersEvents()
    {
        declareBound("events-q", "amq.topic", "a.#");
        EventLogPage *page = m_window->eventLogPage();
        auto contains = [page](const QString &text) {
            for (int r = 0; r < page->model()->rowCount(); ++r)
                if (page->model()->index(r, EventLogModel::Text).data().toString().contains(text))
                    return true;
            return false;
        };
        QTRY_VERIFY(contains(QStringLiteral("queue 'events-q' declared in vhost '/'")));
        QVERIFY(contains(QStringLiteral("binding added: exchange 'amq.topic' \u2192 queue 'events-q' (key 'a.#')")));
        QVERIFY(m_server->commands()->deleteQueueNow(QStringLiteral("/"), QStringLiteral("events-q")).ok);
        QTRY_VERIFY(contains(QStringLiteral("queue 'events-q' deleted in vhost '/'")));

        // Filters.
        const int all = page->shownCount();
        page->filterEdit()->setText(QStringLiteral("events-q"));
        QVERIFY(page->shownCount() >= 3 && page->shownCount() < all);
        page->kindCombo()->setCurrentIndex(page->kindCombo()->findData(int(metrics::EventKind::Binding)));
        QCOMPARE(page->shownCount(), 1);
        page->filterEdit()->clear();
        page->kindCombo()->setCurrentIndex(0);
        QCOMPARE(page->shownCount(), page->model()->rowCount());
        // Newest first.
        QTableView *view = page->view();
        QVERIFY(view->model()->index(0, 0).data(EventLogModel::SeqRole).toULongLong()
                > view->model()->index(1, 0).data(EventLogModel::SeqRole).toULongLong());
        auto *tabs = child<QTabWidget>(m_window.get(), "mainTabs");
        tabs->setCurrentWidget(page);
        save(m_window.get(), QStringLiteral("event-log"));
    }

    void eventLogModelIsBoundedAndMergesBySequence()
    {
        EventLogModel model(nullptr, 5);
        metrics::BrokerSnapshot s;
        s.takenAtMs = 2000000;
        s.uptimeMs = 1000;
        for (quint64 i = 1; i <= 3; ++i)
            s.events.push_back(makeEvent(i, metrics::EventKind::Queue, QStringLiteral("e%1").arg(i)));
        model.applySnapshot(s);
        QCOMPARE(model.rowCount(), 3);
        model.applySnapshot(s); // the same events again: nothing new
        QCOMPARE(model.rowCount(), 3);
        for (quint64 i = 4; i <= 8; ++i)
            s.events.push_back(makeEvent(i, metrics::EventKind::Connection, QStringLiteral("e%1").arg(i)));
        s.takenAtMs += 200;
        s.uptimeMs += 200;
        model.applySnapshot(s);
        QCOMPARE(model.rowCount(), 5); // capacity
        QCOMPARE(model.index(0, EventLogModel::Text).data().toString(), QStringLiteral("e4"));
        QCOMPARE(model.index(4, EventLogModel::Text).data().toString(), QStringLiteral("e8"));
        QCOMPARE(model.missedEvents(), quint64(0));
        // A gap: events 9–11 never reached a snapshot.
        s.events = {makeEvent(12, metrics::EventKind::Exchange, QStringLiteral("e12"))};
        model.applySnapshot(s);
        QCOMPARE(model.missedEvents(), quint64(3));
        // A restarted broker numbers from 1 again: its events still arrive.
        metrics::BrokerSnapshot restarted;
        restarted.takenAtMs = s.takenAtMs + 60000;
        restarted.uptimeMs = 100;
        restarted.events = {makeEvent(1, metrics::EventKind::Connection, QStringLiteral("after restart"))};
        model.applySnapshot(restarted);
        QCOMPARE(model.index(model.rowCount() - 1, EventLogModel::Text).data().toString(), QStringLiteral("after restart"));
        QCOMPARE(model.index(0, EventLogModel::Kind).data().toString(), QStringLiteral("Connection"));
    }

    // ------------------------------------------- queues, topics, groups

    void queueActionsPurgeAndDelete()
    {
        declareBound("act-q", "amq.fanout", "");
        api::AmqpPublishRequest req;
        req.routingKey = QStringLiteral("act-q");
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_server->commands()->publishNow(req).routedQueues, 1);
        QueueActions *actions = m_window->queueActions();
        actions->setConfirm([](const QString &, const QString &) { return true; });
        QTableView *view = m_window->queuesPage()->table()->view();
        auto *tabs = child<QTabWidget>(m_window.get(), "mainTabs");
        tabs->setCurrentWidget(m_window->queuesPage());
        QTRY_VERIFY(selectRow(view, QueueTableModel::Name, QStringLiteral("act-q")));
        QTRY_COMPARE(readyOf(m_window->lastSnapshot(), QStringLiteral("act-q")), quint64(4));
        save(m_window.get(), QStringLiteral("queues-actions"));
        auto *purge = child<QPushButton>(m_window->queuesPage(), "purgeQueueButton");
        QVERIFY(purge->isEnabled());
        QTest::mouseClick(purge, Qt::LeftButton);
        QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Queue “act-q” purged: 4 messages dropped"));
        QTRY_COMPARE(readyOf(m_window->lastSnapshot(), QStringLiteral("act-q")), quint64(0));
        QVERIFY(selectRow(view, QueueTableModel::Name, QStringLiteral("act-q")));
        QTest::mouseClick(child<QPushButton>(m_window->queuesPage(), "deleteQueueButton"), Qt::LeftButton);
        QTRY_VERIFY(!selectRow(view, QueueTableModel::Name, QStringLiteral("act-q")));
        tabs->setCurrentIndex(0);
    }

    void topicActionsCreateAndDelete()
    {
        TopicActions *actions = m_window->topicActions();
        actions->setEditor([](api::TopicCreateRequest *r) {
            r->name = QStringLiteral("ui-topic");
            r->partitions = 2;
            return true;
        });
        actions->setConfirm([](const QString &, const QString &) { return true; });
        auto *create = child<QPushButton>(m_window->topicsPage(), "createTopicButton");
        QVERIFY(create->isEnabled());
        create->click(); // the tab need not be shown
        QTableView *view = m_window->topicsPage()->topicTable()->view();
        QTRY_VERIFY2(selectRow(view, TopicTableModel::Name, QStringLiteral("ui-topic")),
                     qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(view->model()->index(view->currentIndex().row() < 0 ? 0 : view->selectionModel()->selectedRows().first().row(),
                                      TopicTableModel::Partitions).data().toString(), QStringLiteral("2"));
        child<QPushButton>(m_window->topicsPage(), "deleteTopicButton")->click();
        QTRY_VERIFY(!selectRow(view, TopicTableModel::Name, QStringLiteral("ui-topic")));

        // The dialog the button shows, filled in.
        api::TopicCreateRequest request;
        std::unique_ptr<QDialog> dialog(TopicActions::makeCreateDialog(m_window.get(), &request));
        child<QLineEdit>(dialog.get(), "topicName")->setText(QStringLiteral("orders"));
        child<QSpinBox>(dialog.get(), "topicPartitions")->setValue(6);
        child<QSpinBox>(dialog.get(), "topicRetention")->setValue(72);
        dialog->show();
        save(dialog.get(), QStringLiteral("create-topic"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(request.name, QStringLiteral("orders"));
        QCOMPARE(request.partitions, 6);
        QCOMPARE(request.configs.value(0).second, QStringLiteral("259200000"));
    }

    void groupActionsResetOffsets()
    {
        api::TopicCreateRequest create;
        create.name = QStringLiteral("ui-events");
        create.partitions = 2;
        QVERIFY(m_server->commands()->createTopicNow(create).ok);
        api::KafkaProduceRequest produce;
        produce.topic = create.name;
        produce.value = QByteArray("x");
        for (int i = 0; i < 6; ++i)
            QVERIFY(m_server->commands()->produceNow(produce).ok); // round robin: 3 each
        api::OffsetResetRequest start;
        start.groupId = QStringLiteral("ui-group");
        start.topic = create.name;
        QVERIFY(m_server->commands()->resetGroupOffsetsNow(start).ok); // committed at 0

        GroupActions *actions = m_window->groupActions();
        QTableView *view = m_window->groupsPage()->groupTable()->view();
        QTRY_VERIFY(selectRow(view, ConsumerGroupTableModel::Group, QStringLiteral("ui-group")));
        api::OffsetResetRequest seen;
        actions->setEditor([&seen](api::OffsetResetRequest *r) {
            seen = *r;
            r->mode = api::OffsetResetMode::Latest;
            return true;
        });
        child<QPushButton>(m_window->groupsPage(), "resetOffsetsButton")->click();
        QCOMPARE(seen.groupId, QStringLiteral("ui-group"));
        QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Offsets of group “ui-group” reset on 2 partitions"));
        QTRY_VERIFY([&] {
            const auto snap = m_window->lastSnapshot();
            for (const auto &g : snap->groups)
                if (g.groupId == QLatin1String("ui-group"))
                    return g.totalLag == 0 && g.offsets.size() == 2 && g.offsets[0].committedOffset == 3;
            return false;
        }());

        // The dialog the button shows.
        api::OffsetResetRequest request;
        request.groupId = QStringLiteral("ui-group");
        std::unique_ptr<QDialog> dialog(actions->makeResetDialog(m_window.get(), &request));
        auto *mode = child<QComboBox>(dialog.get(), "resetMode");
        mode->setCurrentIndex(mode->findData(int(api::OffsetResetMode::Timestamp)));
        dialog->show();
        save(dialog.get(), QStringLiteral("reset-offsets"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(request.topic, QStringLiteral("ui-events")); // the one topic it committed
        QCOMPARE(request.mode, api::OffsetResetMode::Timestamp);
        QVERIFY(request.value > 0);
    }

    void groupViewShowsLagFromRealClients()
    {
        // kcat (librdkafka) produces 10 records to each of two partitions; a
        // confluent-kafka consumer in group "lag-group" reads 6 of them,
        // commits and leaves: the group view must show 14 behind.
        const QString kcat = QStandardPaths::findExecutable(QStringLiteral("kcat"));
        if (kcat.isEmpty())
            QSKIP("kcat is not on PATH (apt-get install kcat)");
        api::TopicCreateRequest create;
        create.name = QStringLiteral("lag-demo");
        create.partitions = 2;
        QVERIFY(m_server->commands()->createTopicNow(create).ok);
        const QString bootstrap = QStringLiteral("127.0.0.1:%1").arg(m_server->kafkaPort());
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString lines = tmp.filePath(QStringLiteral("lines.txt"));
        {
            QFile f(lines);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 10; ++i)
                f.write(QByteArray("record ") + QByteArray::number(i) + '\n');
        }
        for (const char *partition : {"0", "1"}) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(kcat, {QStringLiteral("-b"), bootstrap, QStringLiteral("-P"), QStringLiteral("-t"), create.name,
                           QStringLiteral("-p"), QLatin1String(partition), QStringLiteral("-l"), lines});
            // The broker accepts on this thread: wait with the event loop running.
            QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAll().constData());
        }

        QProcess consumer;
        consumer.setProcessChannelMode(QProcess::MergedChannels);
        consumer.start(QStringLiteral("/usr/bin/python3"),
                       {BrokerUnderTest::sourceDir() + QStringLiteral("/tests/monitor/clients/group_commit.py"), bootstrap,
                        create.name, QStringLiteral("lag-group"), QStringLiteral("6")});
        QTRY_VERIFY_WITH_TIMEOUT(consumer.state() == QProcess::NotRunning, 90000);
        const QByteArray out = consumer.readAll();
        if (consumer.exitCode() == 77)
            QSKIP(out.constData());
        QVERIFY2(consumer.exitCode() == 0 && out.contains("committed 6"), out.constData());

        QTableView *view = m_window->groupsPage()->groupTable()->view();
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(view, ConsumerGroupTableModel::Group, QStringLiteral("lag-group")), 10000);
        QTRY_COMPARE(m_window->groupsPage()->selectedGroup(), QStringLiteral("lag-group"));
        GroupLagTableModel *lag = m_window->groupsPage()->lagModel();
        // librdkafka may take all six from one partition: a partition shows
        // once the group committed an offset there (as Kafka's tools).
        qint64 committed = 0;
        qint64 behind = 0;
        QTRY_VERIFY([&] {
            committed = behind = 0;
            for (int r = 0; r < lag->rowCount(); ++r)
                committed += lag->index(r, GroupLagTableModel::Committed).data(SnapshotTableModel::SortRole).toLongLong();
            return committed == 6;
        }());
        for (int r = 0; r < lag->rowCount(); ++r) {
            const qint64 hw = lag->index(r, GroupLagTableModel::HighWatermark).data(SnapshotTableModel::SortRole).toLongLong();
            const qint64 c = lag->index(r, GroupLagTableModel::Committed).data(SnapshotTableModel::SortRole).toLongLong();
            const qint64 l = lag->index(r, GroupLagTableModel::Lag).data(SnapshotTableModel::SortRole).toLongLong();
            QCOMPARE(hw, 10);
            QCOMPARE(l, hw - c);
            behind += l;
        }
        QVERIFY(behind == 14 || behind == 4); // 6 from two partitions, or from one
        const QAbstractItemModel *groups = view->model();
        bool totalShown = false;
        for (int r = 0; r < groups->rowCount(); ++r)
            if (groups->index(r, ConsumerGroupTableModel::Group).data().toString() == QLatin1String("lag-group"))
                totalShown = groups->index(r, ConsumerGroupTableModel::TotalLag).data(SnapshotTableModel::SortRole)
                                 .toLongLong() == behind;
        QVERIFY(totalShown);
        QTRY_VERIFY(m_window->groupsPage()->lagHistory().pointCount(QStringLiteral("lag-group")) > 0);
        QTRY_COMPARE(m_window->groupsPage()->lagHistory().latest(QStringLiteral("lag-group"))->lag, behind);
    }

    // ---------------------------------------------------------- settings

    void settingsRoundTripThroughQSettings()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("warren.ini")), QSettings::IniFormat);
        FakeControl control;
        SettingsPage page;
        page.setStore(&store);
        page.setControl(&control);
        AppSettings initial;
        initial.dataDir = QStringLiteral("/tmp/warren-data");
        page.setSettings(initial);
        QCOMPARE(page.settings().dataDir, initial.dataDir);

        child<QSpinBox>(&page, "settingsAmqpPort")->setValue(5673);
        child<QCheckBox>(&page, "settingsKafkaEnabled")->setChecked(false);
        child<QComboBox>(&page, "settingsDurability")->setCurrentIndex(0);
        child<QCheckBox>(&page, "settingsRetainForever")->setChecked(true);
        child<QComboBox>(&page, "settingsLanguage")->setCurrentIndex(2);
        child<QComboBox>(&page, "settingsCloseBehaviour")->setCurrentIndex(1);
        child<QLineEdit>(&page, "settingsTlsCert")->setText(QStringLiteral("/etc/warren/cert.pem"));
        child<QLineEdit>(&page, "settingsTlsKey")->setText(QStringLiteral("/etc/warren/key.pem"));
        child<QSpinBox>(&page, "settingsAmqpTlsPort")->setValue(5999);
        QSignalSpy saved(&page, &SettingsPage::saved);
        QVERIFY(page.save());
        QCOMPARE(saved.size(), 1);
        auto *note = child<QLabel>(&page, "settingsNote");
        QVERIFY2(note->text().contains(QLatin1String("until it is restarted")), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QLatin1String("next time Warren starts")), qPrintable(note->text()));

        AppSettings loaded;
        loaded.load(store);
        QCOMPARE(loaded.amqpPort, 5673);
        QCOMPARE(loaded.kafkaEnabled, false);
        QCOMPARE(loaded.durability, QStringLiteral("always"));
        QCOMPARE(loaded.retentionHours, qint64(-1));
        QCOMPARE(loaded.language, QStringLiteral("ko"));
        QCOMPARE(loaded.closeBehaviour, CloseBehaviour::Background);
        QCOMPARE(loaded.dataDir, initial.dataDir);
        QCOMPARE(loaded.tlsCertificateFile, QStringLiteral("/etc/warren/cert.pem"));
        QCOMPARE(loaded.tlsKeyFile, QStringLiteral("/etc/warren/key.pem"));
        QCOMPARE(loaded.amqpTlsPort, 5999);
        QCOMPARE(loaded.kafkaTlsPort, 9093);

        // An option given on the command line wins over the stored value.
        AppSettings fromCommandLine;
        fromCommandLine.amqpPort = 6000;
        fromCommandLine.load(store, {AppSettings::kAmqpPort});
        QCOMPARE(fromCommandLine.amqpPort, 6000);
        QCOMPARE(fromCommandLine.durability, QStringLiteral("always"));

        // Start/stop/restart go through the control.
        auto *stop = child<QPushButton>(&page, "settingsStop");
        auto *start = child<QPushButton>(&page, "settingsStart");
        QVERIFY(stop->isEnabled());
        QVERIFY(!start->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(control.stops, 1);
        QVERIFY(start->isEnabled());
        QCOMPARE(child<QLabel>(&page, "settingsState")->text(), QStringLiteral("The broker is stopped."));
        QTest::mouseClick(child<QPushButton>(&page, "settingsRestart"), Qt::LeftButton);
        QCOMPARE(control.starts, 1);
        QCOMPARE(control.lastStart.amqpPort, 5673);
        QVERIFY(control.running);
    }

    void settingsPageRenders()
    {
        FakeControl control;
        SettingsPage *page = m_window->settingsPage();
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("warren.ini")), QSettings::IniFormat);
        AppSettings s;
        s.dataDir = QStringLiteral("/home/user/.local/share/warren");
        page->setSettings(s);
        page->setControl(&control);
        page->setStore(&store);
        auto *tabs = child<QTabWidget>(m_window.get(), "mainTabs");
        tabs->setCurrentWidget(page);
        save(m_window.get(), QStringLiteral("settings"));
        page->setControl(nullptr);
        page->setStore(nullptr);
        tabs->setCurrentIndex(0);
    }

    // -------------------------------------------------------- close guard

    void closeGuardFollowsTheSetting()
    {
        FakeControl control;
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CloseGuard guard(&window, &control);
        guard.setTrayAllowed(false);
        QSignalSpy quit(&guard, &CloseGuard::quitRequested);
        QSignalSpy chosen(&guard, &CloseGuard::behaviourChosen);

        // Background without a tray: minimised, still open, broker untouched.
        guard.setBehaviour(CloseBehaviour::Background);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QTRY_VERIFY(window.isMinimized());
        QCOMPARE(quit.size(), 0);
        guard.showWindow();

        // Ask, cancelled: nothing. Ask, "keep running" remembered: a setting.
        guard.setBehaviour(CloseBehaviour::Ask);
        int asked = 0;
        guard.setAsk([&](bool *remember) {
            ++asked;
            *remember = false;
            return CloseGuard::Choice::Cancel;
        });
        QVERIFY(!window.close());
        QCOMPARE(asked, 1);
        guard.setAsk([&](bool *remember) {
            ++asked;
            *remember = true;
            return CloseGuard::Choice::Background;
        });
        QVERIFY(!window.close());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().value<CloseBehaviour>(), CloseBehaviour::Background);
        QCOMPARE(guard.behaviour(), CloseBehaviour::Background);
        guard.showWindow();

        // Quit: the window closes and the app is asked to quit.
        guard.setBehaviour(CloseBehaviour::Quit);
        QVERIFY(window.close());
        QCOMPARE(quit.size(), 1);
    }

    void closingWithTheBrokerStoppedJustQuits()
    {
        FakeControl control;
        control.running = false;
        QWidget window;
        window.show();
        CloseGuard guard(&window, &control);
        guard.setBehaviour(CloseBehaviour::Ask);
        guard.setAsk([](bool *) {
            qFatal("asked although nothing runs");
            return CloseGuard::Choice::Cancel;
        });
        QSignalSpy quit(&guard, &CloseGuard::quitRequested);
        QVERIFY(window.close());
        QCOMPARE(quit.size(), 1);
    }
};

QTEST_MAIN(TestMonitorViews)
#include "tst_monitor_views.moc"
