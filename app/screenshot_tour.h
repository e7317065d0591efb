#pragma once
// `warren --screenshot DIR`: starts a broker on free loopback ports with a
// temporary data directory (removed at exit), runs the DemoWorkload against
// it (real AMQP and Kafka traffic), lets it run a few seconds so the charts
// have data, then shows every view of the monitor in turn — with a sensible
// row selected — and writes one PNG per view into DIR (overview.png,
// topology.png, exchanges.png, queues.png, queue-detail.png, topics.png,
// topic-messages.png, consumer-groups.png, connections.png, event-log.png,
// publish.png, settings.png). The window is 1400×900; runs offscreen too
// (QT_QPA_PLATFORM=offscreen). The workload runs 20 s before the first
// picture ($WARREN_SCREENSHOT_SECONDS overrides). Main (GUI) thread.

#include "net/broker_server.h"

#include <QStringList>

class QApplication;

namespace warren::app {

/// Runs the tour; returns the process exit code (0 when every PNG was written).
int runScreenshotTour(QApplication &app, net::ServerConfig config, const QString &directory);

/// The file names the tour writes, without ".png", in order.
QStringList screenshotNames();

} // namespace warren::app
