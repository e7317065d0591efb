#include "gui_app.h"

#include "broker_controller.h"
#include "signal_watcher.h"

#include "models/app_settings.h"
#include "views/close_guard.h"
#include "views/main_window.h"
#include "views/settings_page.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>

#include <cstdio>

namespace warren::app {

namespace {
/// Settings keys an explicit command-line option overrides.
QStringList keysSetOnCommandLine(const QStringList &arguments)
{
    using S = widgets::AppSettings;
    QStringList keys;
    auto given = [&](const QString &option) {
        for (const QString &a : arguments)
            if (a == option || a.startsWith(option + QLatin1Char('=')))
                return true;
        return false;
    };
    if (given(QStringLiteral("--amqp-port")))
        keys << S::kAmqpPort;
    if (given(QStringLiteral("--kafka-port")))
        keys << S::kKafkaPort << S::kKafkaEnabled;
    if (given(QStringLiteral("--bind")))
        keys << S::kBindAddress;
    if (given(QStringLiteral("--data-dir")))
        keys << S::kDataDir;
    if (given(QStringLiteral("--durability")))
        keys << S::kDurability;
    if (given(QStringLiteral("--tls-cert")) || given(QStringLiteral("--tls-key")))
        keys << S::kTlsCertificateFile << S::kTlsKeyFile;
    if (given(QStringLiteral("--amqps-port")))
        keys << S::kAmqpTlsPort;
    if (given(QStringLiteral("--kafka-tls-port")))
        keys << S::kKafkaTlsPort;
    return keys;
}

widgets::AppSettings defaultsFrom(const net::ServerConfig &config)
{
    widgets::AppSettings s;
    s.bindAddress = config.bindAddress.toString();
    s.amqpPort = config.amqpPort;
    s.kafkaEnabled = config.kafkaEnabled;
    s.kafkaPort = config.kafkaPort;
    s.dataDir = config.dataDir;
    s.durability = config.durability == storage::DurabilityPolicy::Always  ? QStringLiteral("always")
                   : config.durability == storage::DurabilityPolicy::Never ? QStringLiteral("never")
                                                                           : QStringLiteral("interval");
    s.retentionHours = config.defaultRetentionMs < 0 ? -1 : config.defaultRetentionMs / (3600 * 1000);
    s.tlsCertificateFile = config.tlsCertificateFile;
    s.tlsKeyFile = config.tlsKeyFile;
    s.amqpTlsPort = config.amqpTlsPort;
    s.kafkaTlsPort = config.kafkaTlsPort;
    return s;
}
} // namespace

int runGui(QApplication &app, const net::ServerConfig &config, const QStringList &arguments)
{
    QSettings store;
    widgets::AppSettings settings = defaultsFrom(config);
    settings.load(store, keysSetOnCommandLine(arguments));

    // The chosen language, else the system's (English is the source language).
    QTranslator translator;
    const QLocale locale = settings.language.isEmpty() ? QLocale() : QLocale(settings.language);
    if (settings.language != QLatin1String("en")
        && translator.load(locale, QStringLiteral("warren"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/warren.svg")));
    // Closing the window decides through the CloseGuard, which asks to quit.
    app.setQuitOnLastWindowClosed(false);

    widgets::MainWindow window;
    BrokerController controller(config, &window);
    widgets::SettingsPage *page = window.settingsPage();
    page->setStore(&store);
    page->setSettings(settings);
    page->setControl(&controller);

    widgets::CloseGuard guard(&window, &controller);
    guard.setBehaviour(settings.closeBehaviour);
    QObject::connect(page, &widgets::SettingsPage::saved, &guard,
                     [&guard](const widgets::AppSettings &saved) { guard.setBehaviour(saved.closeBehaviour); });
    QObject::connect(&guard, &widgets::CloseGuard::behaviourChosen, &store, [&store, page](widgets::CloseBehaviour b) {
        store.setValue(widgets::AppSettings::kCloseBehaviour, widgets::AppSettings::closeBehaviourKey(b));
        store.sync();
        page->setCloseBehaviour(b);
    });
    QObject::connect(&guard, &widgets::CloseGuard::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, [&](int sig) {
        std::fprintf(stderr, "warren: signal %d, shutting down\n", sig);
        guard.allowClose();
        controller.stop();
        QCoreApplication::quit();
    });

    QString error;
    if (!controller.start(settings, &error)) {
        // The window still opens: the port or directory can be changed in Settings.
        window.statusBar()->showMessage(BrokerController::tr("The broker did not start: %1").arg(error));
        if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs")))
            tabs->setCurrentWidget(page);
    }
    window.show();
    const int rc = app.exec();
    guard.allowClose();
    controller.stop();
    std::fprintf(stderr, "warren: stopped\n");
    return rc;
}

} // namespace warren::app
