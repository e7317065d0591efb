#pragma once
// The monitor window around a broker (warren without --headless): reads the
// saved settings (command-line options win over them), picks the language,
// starts the broker through a BrokerController, and runs until the user
// quits (as the close behaviour says) or SIGINT/SIGTERM; then shuts the
// broker down cleanly. Main thread.

#include "net/broker_server.h"

class QApplication;

namespace warren::app {

/// Runs the GUI; returns the process exit code. `config` is the command
/// line's; `arguments` tells which options were given explicitly.
int runGui(QApplication &app, const net::ServerConfig &config, const QStringList &arguments);

} // namespace warren::app
