// The Topics tab's message browser (TopicMessageBrowser) against an
// in-process broker, offscreen: without a broker it is disabled with a hint;
// Browse lists records and the detail pane shows key, value and headers;
// a search that uses up its scan budget is continued; the live tail sees a
// record produced after it started, stops polling while hidden and resumes
// when shown; the list exports as JSON and CSV; and in the main window the
// Topics tab has Partitions and Messages tabs wired to the command API.
// Renders to /tmp/warren-monitor-topic-messages.png for a human to look at.

#include "in_process_broker.h"

#include "model/virtual_host.h"

#include "models/topic_message_model.h"
#include "views/main_window.h"
#include "views/payload_view.h"
#include "views/publish_panel.h"
#include "views/record_detail_view.h"
#include "views/topic_message_browser.h"
#include "views/topics_page.h"
#include "views/table_page.h"
#include "models/partition_table_model.h"
#include "models/topic_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace warren;
using namespace warren::monitortest;
using widgets::TopicMessageBrowser;

class TestTopicMessageBrowser : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<net::BrokerServer> m_server;
    net::BrokerCommands &commands() { return *m_server->commands(); }

    void produce(const QString &topic, int partition, const QByteArray &key, const QByteArray &value,
                 QList<QPair<QString, QByteArray>> headers = {}, qint64 timestampMs = -1)
    {
        api::KafkaProduceRequest req;
        req.timestampMs = timestampMs;
        req.topic = topic;
        req.partition = partition;
        req.key = key;
        req.value = value;
        req.headers = std::move(headers);
        const auto r = commands().produceNow(req);
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    void createTopic(const QString &name, int partitions)
    {
        api::TopicCreateRequest req;
        req.name = name;
        req.partitions = partitions;
        QVERIFY(commands().createTopicNow(req).ok);
    }

    template <typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_server = startBroker(&error);
        QVERIFY2(m_server, qPrintable(error));
        createTopic(QStringLiteral("ui-orders"), 2);
        // Distinct, increasing CreateTimes: the browser merges partitions by
        // timestamp, and records produced in the same millisecond would tie.
        const qint64 base = QDateTime::currentMSecsSinceEpoch() - 60'000;
        for (int i = 0; i < 40; ++i)
            produce(QStringLiteral("ui-orders"), i % 2, "order-" + QByteArray::number(i),
                    "{\"id\":" + QByteArray::number(i) + ",\"status\":\"" + (i == 33 ? "failed" : "ok") + "\"}",
                    {{QStringLiteral("source"), "test"}}, base + i);
    }

    void cleanupTestCase() { m_server->shutdown(5000); }

    void withoutABrokerEverythingIsDisabledWithAHint()
    {
        TopicMessageBrowser browser;
        browser.setTopic(QStringLiteral("ui-orders"), 2);
        browser.show();
        QVERIFY(!child<QPushButton>(&browser, "browseButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&browser, "tailButton")->isEnabled());
        QLabel *hint = child<QLabel>(&browser, "browseHint");
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QLatin1String("Settings")));
        browser.setCommands(m_server->commands());
        QVERIFY(child<QPushButton>(&browser, "browseButton")->isEnabled());
        QVERIFY(!hint->isVisible());
    }

    void browseListsRecordsAndTheDetailShowsOne()
    {
        TopicMessageBrowser browser;
        browser.resize(1000, 700);
        browser.setCommands(m_server->commands());
        browser.setTopic(QStringLiteral("ui-orders"), 2);
        browser.show();
        QCOMPARE(browser.partitionCombo()->count(), 3); // All, 0, 1
        browser.maxRecordsSpin()->setValue(15);
        browser.browse();
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 15, 10000);
        QVERIFY(browser.canContinue());
        QVERIFY(child<QPushButton>(&browser, "continueButton")->isEnabled());
        // All partitions, merged by timestamp: produced alternately.
        QCOMPARE(browser.model()->record(0).key, std::optional<QByteArray>("order-0"));
        QCOMPARE(browser.model()->record(1).key, std::optional<QByteArray>("order-1"));
        QCOMPARE(browser.model()->record(1).partition, 1);

        browser.continueBrowse();
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 30, 10000);
        browser.continueBrowse();
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 40, 10000);
        QTRY_VERIFY(!browser.canContinue());
        QVERIFY(browser.statusText().contains(QLatin1String("end of the topic")));

        browser.view()->selectRow(3);
        const widgets::RecordDetailView *detail = browser.detail();
        QVERIFY(detail->metadataText().contains(QLatin1String("offset 1")));
        QCOMPARE(detail->keyView()->shownText(), QStringLiteral("order-3"));
        QCOMPARE(detail->valueView()->shownMode(), widgets::PayloadView::Mode::Json);
        QVERIFY(detail->valueView()->shownText().contains(QLatin1String("\"status\": \"ok\"")));
        detail->valueView()->setMode(widgets::PayloadView::Mode::Hex);
        QVERIFY(detail->valueView()->shownText().startsWith(QLatin1String("00000000  7b 22")));
        QCOMPARE(detail->headerTable()->rowCount(), 1);

        // One partition, from an offset.
        browser.partitionCombo()->setCurrentIndex(2); // partition 1
        browser.startCombo()->setCurrentIndex(browser.startCombo()->findData(int(api::BrowseStart::Offset)));
        browser.startValueEdit()->setText(QStringLiteral("18"));
        browser.browse();
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 2, 10000);
        QCOMPARE(browser.model()->record(0).offset, 18);
        QCOMPARE(browser.model()->record(0).key, std::optional<QByteArray>("order-37"));
    }

    void searchContinuesAfterItsBudget()
    {
        TopicMessageBrowser browser;
        browser.setCommands(m_server->commands());
        browser.setTopic(QStringLiteral("ui-orders"), 2);
        browser.show();
        browser.searchEdit()->setText(QStringLiteral("FAILED"));
        browser.scopeCombo()->setCurrentIndex(browser.scopeCombo()->findData(int(api::SearchScope::Value)));
        auto req = browser.requestFromControls();
        QCOMPARE(req.search.text, QStringLiteral("FAILED"));
        QVERIFY(!req.search.caseSensitive);
        browser.browse();
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 1, 10000);
        QCOMPARE(browser.model()->record(0).key, std::optional<QByteArray>("order-33"));
        QVERIFY(browser.statusText().contains(QLatin1String("40 records scanned")));

        // Match case: nothing.
        browser.caseCheck()->setChecked(true);
        browser.browse();
        QTRY_VERIFY_WITH_TIMEOUT(!browser.isBusy(), 10000);
        QCOMPARE(browser.model()->rowCount(), 0);
    }

    void liveTailSeesARecordProducedAfterItStarted()
    {
        createTopic(QStringLiteral("ui-tail"), 2);
        produce(QStringLiteral("ui-tail"), 0, "old", "before the tail");
        TopicMessageBrowser browser;
        browser.setTailInterval(100);
        browser.setCommands(m_server->commands());
        browser.setTopic(QStringLiteral("ui-tail"), 2);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        child<QPushButton>(&browser, "tailButton")->click();
        QVERIFY(browser.isTailing());
        QTRY_VERIFY_WITH_TIMEOUT(!browser.isBusy(), 10000);
        QTest::qWait(300);
        QCOMPARE(browser.model()->rowCount(), 0); // starts at the end

        produce(QStringLiteral("ui-tail"), 1, "new", "after the tail started");
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 1, 10000);
        QCOMPARE(browser.model()->record(0).value, std::optional<QByteArray>("after the tail started"));
        QCOMPARE(browser.model()->record(0).partition, 1);

        // Hidden: no polling (the record waits), shown: it arrives.
        browser.hide();
        QTRY_VERIFY_WITH_TIMEOUT(!browser.isBusy(), 5000);
        produce(QStringLiteral("ui-tail"), 0, "while", "hidden");
        QTest::qWait(500);
        QCOMPARE(browser.model()->rowCount(), 1);
        browser.show();
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 2, 10000);

        // The cap keeps the newest.
        browser.setRowCap(3);
        for (int i = 0; i < 5; ++i)
            produce(QStringLiteral("ui-tail"), i % 2, "burst", QByteArray::number(i), {},
                    QDateTime::currentMSecsSinceEpoch() + i);
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->record(browser.model()->rowCount() - 1).value,
                                  std::optional<QByteArray>("4"), 10000);
        QCOMPARE(browser.model()->rowCount(), 3);

        child<QPushButton>(&browser, "tailButton")->click();
        QVERIFY(!browser.isTailing());
    }

    void exportsJsonAndCsv()
    {
        TopicMessageBrowser browser;
        browser.setCommands(m_server->commands());
        browser.setTopic(QStringLiteral("ui-orders"), 2);
        browser.show();
        browser.maxRecordsSpin()->setValue(5);
        browser.browse();
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 5, 10000);
        QTemporaryDir dir;
        QString error;
        const QString json = dir.filePath(QStringLiteral("orders.json"));
        QVERIFY2(browser.exportTo(json, &error), qPrintable(error));
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        QJsonParseError parse;
        const QJsonObject doc = QJsonDocument::fromJson(jf.readAll(), &parse).object();
        QCOMPARE(parse.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QStringLiteral("topic")).toString(), QStringLiteral("ui-orders"));
        const QJsonArray records = doc.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("order-0"));
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("headers")).toArray().size(), 1);

        const QString csv = dir.filePath(QStringLiteral("orders.csv"));
        QVERIFY2(browser.exportTo(csv, &error), qPrintable(error));
        QFile cf(csv);
        QVERIFY(cf.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = cf.readAll().split('\n');
        QCOMPARE(lines.size(), 7); // header, 5 rows, "" after the last CRLF
        QVERIFY(lines.at(0).startsWith("partition,offset,timestamp"));
        QVERIFY(lines.at(1).contains("order-0"));
    }

    void topicsTabHasPartitionsAndMessages()
    {
        widgets::MainWindow window;
        window.setCommands(m_server->commands());
        QObject::connect(m_server.get(), &net::BrokerServer::snapshotReady, &window, &widgets::MainWindow::applySnapshot);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(window.topicsPage());
        QTabWidget *detail = window.topicsPage()->detailTabs();
        QCOMPARE(detail->count(), 2);
        TopicMessageBrowser *browser = window.topicsPage()->messageBrowser();
        QCOMPARE(detail->indexOf(browser), 1);
        QTableView *topics = window.topicsPage()->topicTable()->view();
        const auto selectTopic = [topics](const QString &name) {
            for (int row = 0; row < topics->model()->rowCount(); ++row)
                if (topics->model()->index(row, 0).data().toString() == name) {
                    topics->clearSelection();
                    topics->selectRow(row);
                    return true;
                }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(selectTopic(QStringLiteral("ui-orders")), 10000);
        QCOMPARE(browser->topic(), QStringLiteral("ui-orders"));
        QCOMPARE(browser->partitionCombo()->count(), 3);
        detail->setCurrentWidget(browser);
        child<QPushButton>(browser, "browseButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(browser->model()->rowCount(), 40, 10000);
        browser->view()->selectRow(2);

        // "Produce…" opens the publish window on its Kafka tab for this topic.
        child<QPushButton>(browser, "produceButton")->click();
        QVERIFY(window.publishDialog()->isVisible());
        auto *topic = window.publishDialog()->findChild<QComboBox *>(QStringLiteral("kafkaTopic"));
        QCOMPARE(topic->currentText(), QStringLiteral("ui-orders"));
        window.publishDialog()->hide();

        window.grab().save(QStringLiteral("/tmp/warren-monitor-topic-messages.png"));

        // An AMQP stream is listed too (italic), browsed as one partition;
        // it is written over AMQP, so "Produce…" is off.
        model::QueueOptions o;
        o.durable = true;
        o.arguments.set("x-queue-type", FieldValue(std::string("stream")));
        QVERIFY(bool(m_server->broker().defaultVhost().declareQueue("ui-stream", o, false, ConnectionId{})));
        for (int i = 0; i < 5; ++i) {
            api::AmqpPublishRequest pub;
            pub.routingKey = QStringLiteral("ui-stream");
            pub.body = "stream-" + QByteArray::number(i);
            QVERIFY(commands().publishNow(pub).ok);
        }
        QTRY_VERIFY_WITH_TIMEOUT(selectTopic(QStringLiteral("ui-stream")), 10000);
        QVERIFY(topics->selectionModel()->selectedRows().first().data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(browser->topic(), QStringLiteral("ui-stream"));
        QCOMPARE(browser->streamVhost(), QStringLiteral("/"));
        QCOMPARE(browser->partitionCombo()->count(), 2); // All, 0
        QVERIFY(!child<QPushButton>(browser, "produceButton")->isEnabled());
        detail->setCurrentWidget(window.topicsPage()->partitionTable());
        QTRY_COMPARE_WITH_TIMEOUT(window.topicsPage()->partitionModel()->rowCount(), 1, 5000);
        detail->setCurrentWidget(browser);
        child<QPushButton>(browser, "browseButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(browser->model()->rowCount(), 5, 10000);
        QCOMPARE(browser->model()->record(4).value, std::optional<QByteArray>("stream-4"));
        QCOMPARE(browser->model()->record(4).offset, 4);
        window.grab().save(QStringLiteral("/tmp/warren-monitor-stream-as-topic.png"));

        // A stopped broker: the browser is disabled.
        window.setCommands(nullptr);
        QVERIFY(!child<QPushButton>(browser, "browseButton")->isEnabled());
    }
};

QTEST_MAIN(TestTopicMessageBrowser)
#include "tst_topic_message_browser.moc"
