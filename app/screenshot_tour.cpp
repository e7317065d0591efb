#include "screenshot_tour.h"

#include "broker_controller.h"
#include "demo/demo_workload.h"

#include "models/app_settings.h"
#include "models/topology_graph.h"
#include "views/consumer_groups_page.h"
#include "views/event_log_page.h"
#include "views/exchanges_page.h"
#include "views/main_window.h"
#include "views/publish_panel.h"
#include "views/queues_page.h"
#include "views/settings_page.h"
#include "views/table_page.h"
#include "views/topics_page.h"
#include "views/topology_page.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace warren::app {

namespace {

/// Runs the event loop for `ms` (snapshots arrive, timers fire, views paint).
void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Selects the first row with `text` in any of the first three columns.
bool selectRow(QTableView *view, const QString &text)
{
    QAbstractItemModel *model = view->model();
    for (int column = 0; column < qMin(3, model->columnCount()); ++column) {
        const QModelIndexList hits =
            model->match(model->index(0, column), Qt::DisplayRole, text, 1, Qt::MatchExactly);
        if (!hits.isEmpty()) {
            view->setCurrentIndex(hits.first());
            view->selectRow(hits.first().row());
            view->scrollTo(hits.first());
            return true;
        }
    }
    return false;
}

/// A widget of the named class (by its meta-object, so views that are not
/// built yet cost nothing here), or null.
QWidget *findByClass(QWidget *root, const char *className)
{
    for (QWidget *w : root->findChildren<QWidget *>())
        if (QByteArray(w->metaObject()->className()).endsWith(className))
            return w;
    return nullptr;
}

/// Shows the tab of `tabs` that is or holds `widget`.
bool showTabHolding(QTabWidget *tabs, QWidget *widget)
{
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget *page = tabs->widget(i);
        if (page == widget || page->isAncestorOf(widget)) {
            tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

/// Clicks the first enabled button below `root` whose text starts with one of `texts`.
bool clickButton(QWidget *root, const QStringList &texts)
{
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        const QString label = b->text().remove(QLatin1Char('&'));
        for (const QString &t : texts)
            if (b->isEnabled() && b->isVisible() && label.startsWith(t, Qt::CaseInsensitive)) {
                b->click();
                return true;
            }
    }
    return false;
}

/// The dialog drawn over the window, centred, with a thin frame: how the
/// user sees a non-modal dialog over the monitor.
QImage composite(const QImage &window, const QImage &dialog)
{
    QImage out = window.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    p.fillRect(out.rect(), QColor(0, 0, 0, 60));
    const QPoint at((out.width() - dialog.width()) / 2, (out.height() - dialog.height()) / 2);
    p.fillRect(QRect(at + QPoint(4, 6), dialog.size()), QColor(0, 0, 0, 70)); // shadow
    p.drawImage(at, dialog);
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.drawRect(QRect(at, dialog.size()).adjusted(-1, -1, 0, 0));
    return out;
}

} // namespace

QStringList screenshotNames()
{
    return {QStringLiteral("overview"),       QStringLiteral("topology"),        QStringLiteral("exchanges"),
            QStringLiteral("queues"),         QStringLiteral("queue-detail"),    QStringLiteral("topics"),
            QStringLiteral("topic-messages"), QStringLiteral("consumer-groups"), QStringLiteral("connections"),
            QStringLiteral("event-log"),      QStringLiteral("publish"),         QStringLiteral("settings")};
}

int runScreenshotTour(QApplication &app, net::ServerConfig config, const QString &directory)
{
    Q_UNUSED(app);
    auto say = [](const QString &text) {
        std::fprintf(stderr, "warren: %s\n", qPrintable(text));
        std::fflush(stderr);
    };
    QDir out(directory);
    if (!out.mkpath(QStringLiteral("."))) {
        say(QStringLiteral("cannot create %1").arg(directory));
        return 1;
    }
    QTemporaryDir data(QDir::tempPath() + QStringLiteral("/warren-screenshot-XXXXXX"));
    if (!data.isValid()) {
        say(QStringLiteral("cannot create a temporary data directory"));
        return 1;
    }
    config.bindAddress = QHostAddress::LocalHost;
    config.amqpPort = 0;
    config.kafkaPort = 0;
    config.kafkaEnabled = true;
    config.dataDir = data.path();

    widgets::MainWindow window;
    BrokerController controller(config, &window);
    widgets::AppSettings settings;
    settings.bindAddress = QStringLiteral("127.0.0.1");
    settings.amqpPort = 0;
    settings.kafkaPort = 0;
    settings.dataDir = data.path();
    widgets::SettingsPage *settingsPage = window.settingsPage();
    settingsPage->setControl(&controller);
    QString error;
    if (!controller.start(settings, &error)) {
        say(QStringLiteral("the broker did not start: %1").arg(error));
        return 1;
    }
    const quint16 amqpPort = controller.server()->amqpPort();
    const quint16 kafkaPort = controller.server()->kafkaPort();
    // The Settings tab shows the ports actually in use.
    settings.amqpPort = amqpPort;
    settings.kafkaPort = kafkaPort;
    settingsPage->setSettings(settings);

    window.resize(1400, 900);
    window.show();

    demo::DemoWorkload workload({QHostAddress::LocalHost, amqpPort, kafkaPort, 100});
    workload.start();
    QDeadlineTimer setup(20000);
    while (!workload.isReady() && !workload.failed() && !setup.hasExpired())
        pause(50);
    if (!workload.isReady()) {
        say(QStringLiteral("the demo workload did not start: %1")
                .arg(workload.failed() ? workload.error() : QStringLiteral("timed out")));
        workload.stop();
        controller.stop();
        return 1;
    }
    bool okSeconds = false;
    const int warmUpMs = qEnvironmentVariableIntValue("WARREN_SCREENSHOT_SECONDS", &okSeconds) * 1000;
    pause(okSeconds && warmUpMs > 0 ? warmUpMs : 20000);

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    int failures = 0;
    auto save = [&](const QString &name, const QImage &image) {
        const QString path = out.filePath(name + QStringLiteral(".png"));
        if (image.isNull() || !image.save(path, "PNG")) {
            say(QStringLiteral("could not write %1").arg(path));
            ++failures;
            return;
        }
        say(QStringLiteral("wrote %1").arg(QDir::toNativeSeparators(path)));
    };
    auto shoot = [&](const QString &name, QWidget *tab, const std::function<void()> &prepare = {}) {
        if (tab)
            tabs->setCurrentWidget(tab);
        if (prepare)
            prepare();
        pause(700); // two or three snapshots, replots and the topology's animation
        save(name, window.grab().toImage());
    };

    shoot(QStringLiteral("overview"), tabs->widget(0));

    widgets::TopologyPage *topology = window.topologyPage();
    shoot(QStringLiteral("topology"), topology, [&] {
        pause(300);
        topology->fit();
        topology->selectNode(widgets::TopologyGraph::exchangeId(QStringLiteral("/"), QStringLiteral("orders")));
    });

    widgets::ExchangesPage *exchanges = window.exchangesPage();
    shoot(QStringLiteral("exchanges"), exchanges,
          [&] { exchanges->selectExchange(QStringLiteral("/"), QStringLiteral("orders")); });

    widgets::QueuesPage *queues = window.queuesPage();
    shoot(QStringLiteral("queues"), queues, [&] {
        queues->selectQueue(QStringLiteral("/"), QStringLiteral("billing.invoices"));
        queues->detailTabs()->setCurrentIndex(0);
    });

    // The queue's detail: its messages when the Messages tab exists, else
    // its arguments (dead-lettering) and bindings.
    shoot(QStringLiteral("queue-detail"), queues, [&] {
        if (QWidget *browser = findByClass(queues, "QueueMessageBrowser")) {
            queues->selectQueue(QStringLiteral("/"), QStringLiteral("orders.audit"));
            showTabHolding(queues->detailTabs(), browser);
            pause(300);
            clickButton(browser, {QStringLiteral("Peek"), QStringLiteral("Load"), QStringLiteral("Fetch"),
                                  QStringLiteral("Refresh"), QStringLiteral("Browse")});
            pause(500);
            if (auto *list = browser->findChild<QTableView *>())
                list->selectRow(2); // its payload, properties and headers below
        } else {
            queues->selectQueue(QStringLiteral("/"), QStringLiteral("orders.created"));
            QTabWidget *detail = queues->detailTabs();
            for (int i = 0; i < detail->count(); ++i)
                if (detail->tabText(i).startsWith(widgets::QueuesPage::tr("Arguments").left(4)))
                    detail->setCurrentIndex(i);
        }
    });

    widgets::TopicsPage *topics = window.topicsPage();
    shoot(QStringLiteral("topics"), topics,
          [&] { selectRow(topics->topicTable()->view(), QStringLiteral("clickstream")); });
    shoot(QStringLiteral("topic-messages"), topics, [&] {
        selectRow(topics->topicTable()->view(), QStringLiteral("clickstream"));
        if (QWidget *browser = findByClass(topics, "TopicMessageBrowser")) {
            if (auto *inner = browser->parentWidget() ? qobject_cast<QTabWidget *>(browser->parentWidget()->parentWidget())
                                                      : nullptr)
                showTabHolding(inner, browser);
            pause(300);
            clickButton(browser, {QStringLiteral("Fetch"), QStringLiteral("Load"), QStringLiteral("Read"),
                                  QStringLiteral("Refresh"), QStringLiteral("Browse")});
            pause(500);
            if (auto *list = browser->findChild<QTableView *>())
                list->selectRow(2);
        }
    });

    widgets::ConsumerGroupsPage *groups = window.groupsPage();
    shoot(QStringLiteral("consumer-groups"), groups,
          [&] { selectRow(groups->groupTable()->view(), QStringLiteral("analytics")); });

    QTableView *connections = window.findChild<QTableView *>(QStringLiteral("connectionTable"));
    shoot(QStringLiteral("connections"), connections ? connections->parentWidget() : nullptr);

    shoot(QStringLiteral("event-log"), window.eventLogPage());

    // The publish window over the Exchanges tab, after one message was sent.
    {
        tabs->setCurrentWidget(exchanges);
        widgets::PublishDialog *dialog = window.publishDialog();
        widgets::PublishPanel *panel = dialog->panel();
        panel->tabs()->setCurrentIndex(0);
        if (auto *exchange = panel->findChild<QComboBox *>(QStringLiteral("amqpExchange")))
            exchange->setCurrentText(QStringLiteral("orders"));
        if (auto *key = panel->findChild<QLineEdit *>(QStringLiteral("amqpRoutingKey")))
            key->setText(QStringLiteral("order.created.eu"));
        if (auto *type = panel->findChild<QLineEdit *>(QStringLiteral("amqpContentType")))
            type->setText(QStringLiteral("application/json"));
        if (auto *id = panel->findChild<QLineEdit *>(QStringLiteral("amqpMessageId")))
            id->setText(QStringLiteral("manual-{n}"));
        if (auto *headers = panel->findChild<QPlainTextEdit *>(QStringLiteral("amqpHeaders")))
            headers->setPlainText(QStringLiteral("source=monitor\ntrace-id=7f3a9c"));
        if (auto *body = panel->findChild<QPlainTextEdit *>(QStringLiteral("amqpBody")))
            body->setPlainText(QStringLiteral("{\n  \"order\": {n},\n  \"customer\": \"c-42\",\n"
                                              "  \"region\": \"eu\",\n  \"total\": 99.50\n}"));
        dialog->resize(900, 560);
        dialog->show();
        pause(300);
        panel->publishAmqp();
        pause(700);
        save(QStringLiteral("publish"), composite(window.grab().toImage(), dialog->grab().toImage()));
        dialog->hide();
    }

    shoot(QStringLiteral("settings"), settingsPage);

    workload.stop();
    controller.stop();
    if (failures == 0)
        say(QStringLiteral("%1 screenshots in %2").arg(screenshotNames().size()).arg(QDir::toNativeSeparators(out.absolutePath())));
    return failures == 0 ? 0 : 1;
}

} // namespace warren::app
