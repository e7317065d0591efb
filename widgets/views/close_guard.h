#pragma once
// CloseGuard: decides what closing the monitor window does while the broker
// runs — ask, keep the broker running in the background (hidden to the
// system tray, or minimised where there is no tray), or stop it and quit —
// as the Settings page chose. It filters the window's close events; when
// the app should end it emits quitRequested() and the app shuts the broker
// down cleanly before exiting.
//
// Owns the tray icon (created on first use); holds non-owning pointers to
// the window and the BrokerControl. GUI thread.

#include "models/app_settings.h"

#include <QObject>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace warren::widgets {

class BrokerControl;

class CloseGuard : public QObject
{
    Q_OBJECT
public:
    enum class Choice { Background, Quit, Cancel };
    /// Asks the user; sets *remember when the choice should become the setting.
    using Ask = std::function<Choice(bool *remember)>;

    CloseGuard(QWidget *window, BrokerControl *control, QObject *parent = nullptr);
    ~CloseGuard() override;

    void setBehaviour(CloseBehaviour behaviour) { m_behaviour = behaviour; }
    CloseBehaviour behaviour() const { return m_behaviour; }
    /// Replaces the question dialog (tests).
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    /// False forces the minimise fallback (tests; platforms without a tray).
    void setTrayAllowed(bool allowed) { m_trayAllowed = allowed; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    /// Brings the window back from the tray or the task bar.
    void showWindow();
    /// Closing goes through from now on (the app is quitting).
    void allowClose() { m_quitting = true; }

signals:
    /// The user wants Warren to end: stop the broker and quit.
    void quitRequested();
    /// "Remember my choice" was ticked: store it as the setting.
    void behaviourChosen(warren::widgets::CloseBehaviour behaviour);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Choice askUser(bool *remember);
    void goBackground();

    QWidget *m_window;
    BrokerControl *m_control;
    CloseBehaviour m_behaviour = CloseBehaviour::Ask;
    Ask m_ask;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_trayAllowed = true;
    bool m_quitting = false;
};

} // namespace warren::widgets
