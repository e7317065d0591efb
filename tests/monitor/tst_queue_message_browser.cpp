// The queue message browser (the Queues tab's Messages sub-tab) against a
// real in-process broker: it lists a queue's ready messages without
// consuming them, shows a JSON body pretty (and says when a body is not
// JSON), its properties and typed headers, filters by payload / headers /
// routing key, fetches a window and picks up new messages with auto-refresh,
// exports valid JSON and CSV, re-publishes a copy with its properties and
// reports unroutable copies, and hints when no broker runs. The Messages tab
// of a MainWindow is rendered to /tmp/warren-monitor-messages.png.

#include "in_process_broker.h"

#include "dialogs/republish_dialog.h"
#include "model/virtual_host.h"
#include "models/browsed_message_model.h"
#include "models/message_filter_proxy.h"
#include "views/main_window.h"
#include "views/payload_view.h"
#include "views/queue_message_browser.h"
#include "views/queues_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace warren;
using namespace warren::monitortest;
using namespace warren::widgets;

namespace {

const QByteArray kJsonBody = "{\"id\":1,\"region\":\"eu\",\"note\":\"say \\\"hi\\\", twice\"}";

QByteArray binaryBody()
{
    QByteArray b;
    for (int i = 0; i < 32; ++i)
        b.append(char(i));
    return b + "needle";
}

/// RFC 4180 reader, enough for the export's output.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            // part of CRLF
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

int rowWith(const QTableWidget *t, int column, const QString &text)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, column) && t->item(r, column)->text() == text)
            return r;
    return -1;
}

} // namespace

class TestQueueMessageBrowser : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<net::BrokerServer> m_server;
    std::unique_ptr<QueueMessageBrowser> m_browser;

    net::BrokerCommands &commands() { return *m_server->commands(); }
    model::VirtualHost &vhost() { return m_server->broker().defaultVhost(); }

    void publish(const QString &key, const QByteArray &body, const QString &contentType,
                 const QList<QPair<QString, QString>> &headers, const QString &messageId)
    {
        api::AmqpPublishRequest req;
        req.exchange = QStringLiteral("amq.topic");
        req.routingKey = key;
        req.body = body;
        req.contentType = contentType;
        req.headers = headers;
        req.messageId = messageId;
        const auto r = commands().publishNow(req);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.routedQueues, 1);
    }

    /// Fetches and waits for the answer.
    bool fetch(QueueMessageBrowser &browser)
    {
        QSignalSpy spy(&browser, &QueueMessageBrowser::fetched);
        browser.refresh();
        return spy.wait(5000);
    }

    void select(int proxyRow)
    {
        QTableView *view = m_browser->messageTable();
        view->selectionModel()->clearSelection();
        view->selectRow(proxyRow);
        view->setCurrentIndex(view->model()->index(proxyRow, 0));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_server = startBroker(&error);
        QVERIFY2(m_server, qPrintable(error));
        QVERIFY(bool(vhost().declareQueue("browse-ui", model::QueueOptions{}, false, ConnectionId{})));
        QVERIFY(bool(vhost().bindQueue("browse-ui", "amq.topic", "orders.#", {}, ConnectionId{})));
        publish(QStringLiteral("orders.eu"), kJsonBody, QStringLiteral("application/json"),
                {{QStringLiteral("tenant"), QStringLiteral("acme")}}, QStringLiteral("order-1"));
        publish(QStringLiteral("orders.us"), "plain text body", QStringLiteral("text/plain"),
                {{QStringLiteral("tenant"), QStringLiteral("globex")}}, QStringLiteral("order-2"));
        publish(QStringLiteral("orders.eu.late"), binaryBody(), QString(), {}, QStringLiteral("order-3"));

        m_browser = std::make_unique<QueueMessageBrowser>();
        m_browser->resize(1000, 700);
        m_browser->setCommands(m_server->commands());
        QSignalSpy fetched(m_browser.get(), &QueueMessageBrowser::fetched);
        m_browser->setQueue(QStringLiteral("/"), QStringLiteral("browse-ui"));
        QCOMPARE(m_browser->model()->rowCount(), 0); // not shown yet: nothing fetched
        m_browser->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
        QTRY_COMPARE(fetched.count(), 1); // shown with a queue: it fetches once
        QCOMPARE(m_browser->model()->rowCount(), 3);
    }

    void cleanupTestCase()
    {
        m_browser.reset();
        m_server->shutdown(5000);
    }

    void listsTheReadyMessagesWithoutConsumingThem()
    {
        QVERIFY(fetch(*m_browser));
        BrowsedMessageModel *model = m_browser->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, BrowsedMessageModel::RoutingKey).data().toString(), QStringLiteral("orders.eu"));
        QCOMPARE(model->index(0, BrowsedMessageModel::Exchange).data().toString(), QStringLiteral("amq.topic"));
        QCOMPARE(model->index(0, BrowsedMessageModel::ContentType).data().toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(model->index(1, BrowsedMessageModel::MessageId).data().toString(), QStringLiteral("order-2"));
        QCOMPARE(model->index(2, BrowsedMessageModel::Position).data(BrowsedMessageModel::SortRole).toULongLong(), 2u);
        QVERIFY2(m_browser->statusLabel()->text().contains(QStringLiteral("of 3 ready")),
                 qPrintable(m_browser->statusLabel()->text()));
        // Still all there, never delivered.
        QCOMPARE(vhost().findQueue("browse-ui")->messageCount(), 3u);
        QCOMPARE(vhost().findQueue("browse-ui")->stats().delivered, 0u);
    }

    void detailShowsPrettyJsonPropertiesAndHeaders()
    {
        select(0);
        PayloadView *payload = m_browser->payloadView();
        QCOMPARE(payload->shownMode(), PayloadView::Mode::Json);
        const QString shown = payload->shownText();
        QVERIFY2(shown.contains(QStringLiteral("\n    \"id\": 1,")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("\"note\": \"say \\\"hi\\\", twice\"")));
        QTableWidget *props = m_browser->propertyTable();
        const int ct = rowWith(props, 0, QStringLiteral("content_type"));
        QVERIFY(ct >= 0);
        QCOMPARE(props->item(ct, 1)->text(), QStringLiteral("application/json"));
        QVERIFY(rowWith(props, 0, QStringLiteral("message_id")) >= 0);
        QTableWidget *headers = m_browser->headerTable();
        QCOMPARE(headers->rowCount(), 1);
        QCOMPARE(headers->item(0, 0)->text(), QStringLiteral("tenant"));
        QCOMPARE(headers->item(0, 1)->text(), QStringLiteral("long string"));
        QCOMPARE(headers->item(0, 2)->text(), QStringLiteral("acme"));
        QCOMPARE(m_browser->detailTabs()->tabText(2), QStringLiteral("Headers (1)"));
        QVERIFY(m_browser->deliveryLabel()->text().contains(QStringLiteral("routing key “orders.eu”")));

        // Asking for JSON on a text body says it is not JSON.
        select(1);
        payload->setMode(PayloadView::Mode::Json);
        QCOMPARE(payload->shownMode(), PayloadView::Mode::Text);
        QCOMPARE(payload->shownText(), QStringLiteral("plain text body"));
        auto *info = payload->findChild<QLabel *>(QStringLiteral("payloadInfo"));
        QVERIFY(info);
        QVERIFY2(info->text().contains(QStringLiteral("not JSON")), qPrintable(info->text()));

        // Binary: offsets, hex and ASCII.
        select(2);
        payload->setMode(PayloadView::Mode::Hex);
        const QString hex = payload->shownText();
        QVERIFY2(hex.startsWith(QStringLiteral("00000000  00 01 02 03")), qPrintable(hex));
        QVERIFY(hex.contains(QStringLiteral("00000020  6e 65 65 64 6c 65")));
        QVERIFY(hex.contains(QStringLiteral("needle")));
        payload->setMode(PayloadView::Mode::Auto);
    }

    void searchFiltersByScope_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scope");
        QTest::addColumn<QStringList>("keys");
        using S = MessageSearch::Scope;
        QTest::newRow("header value anywhere") << "GLOBEX" << int(S::Anywhere) << QStringList{"orders.us"};
        QTest::newRow("header value in headers") << "globex" << int(S::Headers) << QStringList{"orders.us"};
        QTest::newRow("header value not in payload") << "globex" << int(S::Payload) << QStringList{};
        QTest::newRow("header name") << "tenant" << int(S::Headers) << QStringList{"orders.eu", "orders.us"};
        QTest::newRow("json payload") << "\"region\"" << int(S::Payload) << QStringList{"orders.eu"};
        QTest::newRow("text inside binary payload") << "needle" << int(S::Payload) << QStringList{"orders.eu.late"};
        QTest::newRow("routing key") << "orders.eu" << int(S::RoutingKey) << QStringList{"orders.eu", "orders.eu.late"};
        QTest::newRow("routing key not in payload") << "orders.eu" << int(S::Payload) << QStringList{};
        QTest::newRow("message id anywhere") << "order-3" << int(S::Anywhere) << QStringList{"orders.eu.late"};
        QTest::newRow("empty keeps all") << "" << int(S::Payload)
                                         << QStringList{"orders.eu", "orders.us", "orders.eu.late"};
    }

    void searchFiltersByScope()
    {
        QFETCH(QString, text);
        QFETCH(int, scope);
        QFETCH(QStringList, keys);
        m_browser->scopeBox()->setCurrentIndex(m_browser->scopeBox()->findData(scope));
        m_browser->searchEdit()->setText(text);
        QStringList shown;
        QAbstractItemModel *view = m_browser->messageTable()->model();
        for (int r = 0; r < view->rowCount(); ++r)
            shown << view->index(r, BrowsedMessageModel::RoutingKey).data().toString();
        QCOMPARE(shown, keys);
        m_browser->searchEdit()->clear();
        m_browser->scopeBox()->setCurrentIndex(0);
        QCOMPARE(view->rowCount(), 3);
    }

    void exportWritesValidJsonAndCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString jsonPath = dir.filePath(QStringLiteral("messages.json"));
        QString error;
        QVERIFY2(m_browser->exportTo(jsonPath, QueueMessageBrowser::ExportFormat::Json, &error), qPrintable(error));
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(jsonFile.readAll(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(doc.object().value(QStringLiteral("queue")).toString(), QStringLiteral("browse-ui"));
        const QJsonArray messages = doc.object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        const QJsonObject first = messages[0].toObject();
        QCOMPARE(first.value(QStringLiteral("routing_key")).toString(), QStringLiteral("orders.eu"));
        QCOMPARE(first.value(QStringLiteral("exchange")).toString(), QStringLiteral("amq.topic"));
        QCOMPARE(first.value(QStringLiteral("payload_encoding")).toString(), QStringLiteral("string"));
        QCOMPARE(first.value(QStringLiteral("payload")).toString().toUtf8(), kJsonBody);
        const QJsonObject props = first.value(QStringLiteral("properties")).toObject();
        QCOMPARE(props.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/json"));
        QCOMPARE(props.value(QStringLiteral("message_id")).toString(), QStringLiteral("order-1"));
        QCOMPARE(props.value(QStringLiteral("headers")).toObject().value(QStringLiteral("tenant")).toString(),
                 QStringLiteral("acme"));
        QVERIFY(!first.value(QStringLiteral("properties_raw")).toString().isEmpty());
        const QJsonObject binary = messages[2].toObject();
        QCOMPARE(binary.value(QStringLiteral("payload_encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(binary.value(QStringLiteral("payload")).toString().toLatin1()), binaryBody());
        QCOMPARE(binary.value(QStringLiteral("payload_bytes")).toInt(), int(binaryBody().size()));

        // CSV, with the search applied: only what is listed is written.
        m_browser->searchEdit()->setText(QStringLiteral("orders.eu"));
        m_browser->scopeBox()->setCurrentIndex(m_browser->scopeBox()->findData(int(MessageSearch::Scope::RoutingKey)));
        const QString csvPath = dir.filePath(QStringLiteral("messages.csv"));
        QVERIFY(m_browser->exportTo(csvPath, QueueMessageBrowser::ExportFormat::Csv, &error));
        m_browser->searchEdit()->clear();
        m_browser->scopeBox()->setCurrentIndex(0);
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csv = csvFile.readAll();
        QVERIFY(csv.contains("\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv));
        QCOMPARE(rows.size(), 3); // header + 2
        const QStringList header = rows[0];
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        const auto cell = [&](int row, const char *column) { return rows[row][header.indexOf(QLatin1String(column))]; };
        QCOMPARE(cell(1, "routing_key"), QStringLiteral("orders.eu"));
        QCOMPARE(cell(1, "payload").toUtf8(), kJsonBody); // commas and quotes survive the quoting
        QCOMPARE(cell(1, "content_type"), QStringLiteral("application/json"));
        QCOMPARE(QJsonDocument::fromJson(cell(1, "headers").toUtf8()).object().value(QStringLiteral("tenant")).toString(),
                 QStringLiteral("acme"));
        QCOMPARE(cell(2, "routing_key"), QStringLiteral("orders.eu.late"));
        QCOMPARE(cell(2, "payload_encoding"), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(cell(2, "payload").toLatin1()), binaryBody());

        // A path that cannot be written is an error, not a crash.
        QVERIFY(!m_browser->exportTo(dir.filePath(QStringLiteral("no/such/dir/x.json")),
                                     QueueMessageBrowser::ExportFormat::Json, &error));
        QVERIFY(!error.isEmpty());
    }

    void republishCopiesTheMessageWithItsProperties()
    {
        QVERIFY(bool(vhost().declareQueue("browse-ui-copy", model::QueueOptions{}, false, ConnectionId{})));
        select(0);
        QCOMPARE(m_browser->selectedMessages().size(), 1);
        QVERIFY(m_browser->republishButton()->isEnabled());
        QSignalSpy done(m_browser.get(), &QueueMessageBrowser::republished);
        m_browser->republishSelected(QStringLiteral("/"), QString(), QStringLiteral("browse-ui-copy"));
        QVERIFY(done.wait(5000));
        QVERIFY2(m_browser->statusLabel()->text().contains(QStringLiteral("routed to 1 queue")),
                 qPrintable(m_browser->statusLabel()->text()));

        api::QueueBrowseRequest req;
        req.queue = QStringLiteral("browse-ui-copy");
        const auto copy = commands().browseQueueNow(req);
        QCOMPARE(copy.messages.size(), 1);
        const api::BrowsedMessage original = m_browser->model()->message(0);
        QCOMPARE(copy.messages[0].body, original.body);
        QCOMPARE(copy.messages[0].encodedProperties, original.encodedProperties);
        QCOMPARE(copy.messages[0].messageId, QStringLiteral("order-1"));
        QCOMPARE(vhost().findQueue("browse-ui")->messageCount(), 3u); // the original stays

        // Two at once, each with its own routing key, to the topic exchange:
        // both come back to this queue.
        QTableView *view = m_browser->messageTable();
        view->selectionModel()->clearSelection();
        view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_browser->selectedMessages().size(), 2);
        m_browser->republishSelected(QStringLiteral("/"), QStringLiteral("amq.topic"), std::nullopt);
        QVERIFY(done.wait(5000));
        // (No translation is loaded here: English plurals read "message(s)".)
        QVERIFY2(m_browser->statusLabel()->text().contains(
                     QRegularExpression(QStringLiteral("^2 message(s|\\(s\\)) re-published to exchange “amq.topic” · "
                                                       "routed to 2 queue"))),
                 qPrintable(m_browser->statusLabel()->text()));
        QCOMPARE(vhost().findQueue("browse-ui")->messageCount(), 5u);

        // Nowhere to go: reported as unroutable.
        select(0);
        m_browser->republishSelected(QStringLiteral("/"), QStringLiteral("amq.direct"), QStringLiteral("nobody"));
        QVERIFY(done.wait(5000));
        QVERIFY2(m_browser->statusLabel()->text().contains(QStringLiteral("unroutable")),
                 qPrintable(m_browser->statusLabel()->text()));
    }

    void deadLettersGoBackWhereTheyCameFromByDefault()
    {
        api::BrowsedMessage plain;
        plain.exchange = QStringLiteral("amq.topic");
        plain.routingKey = QStringLiteral("orders.eu");
        QCOMPARE(QueueMessageBrowser::defaultTarget(plain), qMakePair(QStringLiteral("amq.topic"), QStringLiteral("orders.eu")));
        api::BrowsedMessage dead = plain;
        dead.exchange = QStringLiteral("dlx");
        dead.routingKey = QStringLiteral("parked");
        dead.deathQueue = QStringLiteral("work");
        dead.deathReason = QStringLiteral("rejected");
        dead.deathExchange = QStringLiteral("amq.topic");
        dead.deathRoutingKey = QStringLiteral("orders.eu");
        QCOMPARE(QueueMessageBrowser::defaultTarget(dead), qMakePair(QStringLiteral("amq.topic"), QStringLiteral("orders.eu")));
    }

    void republishDialogOffersTheVhostsExchanges()
    {
        const QList<QPair<QString, QString>> exchanges{{QStringLiteral("/"), QString()},
                                                       {QStringLiteral("/"), QStringLiteral("amq.topic")},
                                                       {QStringLiteral("other"), QStringLiteral("billing")}};
        RepublishDialog one(1, QStringLiteral("/"), QString(), QStringLiteral("work"), exchanges);
        QCOMPARE(one.vhost(), QStringLiteral("/"));
        QCOMPARE(one.exchange(), QString()); // shown as "(AMQP default)"
        QCOMPARE(one.routingKey(), QStringLiteral("work"));
        QVERIFY(!one.ownRoutingKeys());
        QCOMPARE(one.exchangeBox()->count(), 2); // default + amq.topic
        one.vhostBox()->setCurrentText(QStringLiteral("other"));
        QCOMPARE(one.exchangeBox()->findText(QStringLiteral("billing")), 1);
        QCOMPARE(one.exchangeBox()->findText(QStringLiteral("amq.topic")), -1);
        one.exchangeBox()->setCurrentText(QStringLiteral("billing"));
        QCOMPARE(one.exchange(), QStringLiteral("billing"));

        RepublishDialog several(3, QStringLiteral("/"), QStringLiteral("amq.topic"), QStringLiteral("k"), exchanges);
        QCOMPARE(several.exchange(), QStringLiteral("amq.topic"));
        QVERIFY(several.ownRoutingKeys()); // several messages keep their own keys by default
        QVERIFY(!several.routingKeyEdit()->isEnabled());
    }

    void fromAndCountFetchAWindowAndAutoRefreshFollows()
    {
        m_browser->fromBox()->setValue(1);
        m_browser->countBox()->setValue(2);
        QVERIFY(fetch(*m_browser));
        QCOMPARE(m_browser->model()->rowCount(), 2);
        QCOMPARE(m_browser->model()->message(0).position, 1u);
        QCOMPARE(m_browser->model()->message(0).messageId, QStringLiteral("order-2"));
        m_browser->fromBox()->setValue(0);
        m_browser->countBox()->setValue(100);
        QVERIFY(fetch(*m_browser));
        const int before = m_browser->model()->rowCount();

        m_browser->autoRefreshBox()->setChecked(true);
        publish(QStringLiteral("orders.later"), "arrived later", QStringLiteral("text/plain"), {},
                QStringLiteral("order-4"));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser->model()->rowCount(), before + 1, 6000);
        m_browser->autoRefreshBox()->setChecked(false);
    }

    void withoutABrokerItSaysSo()
    {
        QueueMessageBrowser browser;
        browser.setQueue(QStringLiteral("/"), QStringLiteral("browse-ui"));
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QVERIFY2(browser.statusLabel()->text().contains(QStringLiteral("No broker is running")),
                 qPrintable(browser.statusLabel()->text()));
        QVERIFY(!browser.refreshButton()->isEnabled());
        QVERIFY(!browser.republishButton()->isEnabled());
        browser.refresh(); // a no-op, not a crash
        QCOMPARE(browser.model()->rowCount(), 0);
    }

    void messagesTabOfTheQueuesPageBrowsesTheSelectedQueue()
    {
        MainWindow window;
        connect(m_server.get(), &net::BrokerServer::snapshotReady, &window, &MainWindow::applySnapshot);
        window.setCommands(m_server->commands());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.applySnapshot(m_server->snapshot());
        window.showQueue(QStringLiteral("/"), QStringLiteral("browse-ui"));
        auto *page = window.findChild<QueuesPage *>();
        QVERIFY(page);
        QueueMessageBrowser *browser = page->messageBrowser();
        QCOMPARE(browser->queue(), QStringLiteral("browse-ui"));
        const int tab = page->detailTabs()->indexOf(browser);
        QCOMPARE(page->detailTabs()->tabText(tab), QStringLiteral("Messages"));
        QSignalSpy fetched(browser, &QueueMessageBrowser::fetched);
        page->detailTabs()->setCurrentIndex(tab); // shown: fetches
        QTRY_VERIFY(fetched.count() >= 1);
        QVERIFY(browser->model()->rowCount() >= 3);
        browser->messageTable()->selectRow(0);
        browser->messageTable()->setCurrentIndex(browser->messageTable()->model()->index(0, 0));
        QTest::qWait(300);
        window.grab().save(QStringLiteral("/tmp/warren-monitor-messages.png"));
        window.setCommands(nullptr);
        QVERIFY(browser->statusLabel()->text().contains(QStringLiteral("No broker is running")));
    }
};

QTEST_MAIN(TestQueueMessageBrowser)
#include "tst_queue_message_browser.moc"
