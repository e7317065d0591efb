#pragma once
// BrokerControl: how the window starts and stops the broker it monitors.
// The app implements it over its BrokerServer (app/broker_controller.h);
// the Settings page and the close guard use only this interface, so the
// widgets library does not depend on the core. GUI thread.

#include "models/app_settings.h"

#include <QObject>
#include <QString>

namespace warren::widgets {

class BrokerControl : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isRunning() const = 0;
    /// One line: "Running: AMQP 0-9-1 on 127.0.0.1:5672, Kafka on 127.0.0.1:9092" or why not.
    virtual QString statusText() const = 0;
    /// Starts a broker with `settings` (stopping a running one first).
    /// Returns false with a one-line reason (e.g. the port in use).
    virtual bool start(const AppSettings &settings, QString *error) = 0;
    /// Graceful stop: clients get connection.close 320, data is flushed.
    virtual void stop() = 0;

signals:
    void stateChanged();
};

} // namespace warren::widgets
