#pragma once
// BrokerController: the GUI app's BrokerControl — owns the BrokerServer the
// window monitors and can stop it and start a new one with other settings
// (the Settings page's Start/Stop/Restart). Each start builds a fresh
// BrokerServer from the command line's ServerConfig overlaid with the
// AppSettings, wires its snapshots and command API to the window, and
// prints the listening lines as the headless program does. stop() shuts
// the broker down cleanly (clients get connection.close 320, data flushed)
// and shows the window an empty snapshot.
//
// Lives on the main (GUI) thread, which owns the BrokerServer.

#include "views/broker_control.h"

#include "net/broker_server.h"

#include <memory>

namespace warren::widgets {
class MainWindow;
}

namespace warren::app {

class BrokerController final : public widgets::BrokerControl
{
    Q_OBJECT
public:
    BrokerController(net::ServerConfig base, widgets::MainWindow *window, QObject *parent = nullptr);
    ~BrokerController() override;

    bool isRunning() const override;
    QString statusText() const override;
    bool start(const widgets::AppSettings &settings, QString *error) override;
    void stop() override;

    net::BrokerServer *server() const { return m_server.get(); }
    /// `base` with the settings applied; false + reason if a setting is unusable.
    static bool configFor(const widgets::AppSettings &settings, net::ServerConfig &config, QString *error);

private:
    const net::ServerConfig m_base;
    widgets::MainWindow *m_window;
    std::unique_ptr<net::BrokerServer> m_server;
    net::ServerConfig m_running;
    QString m_lastError;
};

} // namespace warren::app
