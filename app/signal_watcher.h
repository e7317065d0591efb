#pragma once
// Turns SIGINT/SIGTERM into a Qt signal on the main thread (self-pipe:
// the handler only writes a byte; a QSocketNotifier reads it).

#include <QObject>

class QSocketNotifier;

namespace warren::app {

class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace warren::app
