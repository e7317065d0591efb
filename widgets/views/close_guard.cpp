#include "close_guard.h"

#include "broker_control.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QWidget>

namespace warren::widgets {

CloseGuard::CloseGuard(QWidget *window, BrokerControl *control, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_control(control)
{
    m_window->installEventFilter(this);
    m_ask = [this](bool *remember) { return askUser(remember); };
}

CloseGuard::~CloseGuard()
{
    if (m_window)
        m_window->removeEventFilter(this);
    delete m_tray;
}

bool CloseGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close || m_quitting)
        return QObject::eventFilter(watched, event);
    CloseBehaviour behaviour = m_behaviour;
    if (!m_control || !m_control->isRunning())
        behaviour = CloseBehaviour::Quit; // nothing would run in the background
    Choice choice = Choice::Quit;
    switch (behaviour) {
    case CloseBehaviour::Quit: choice = Choice::Quit; break;
    case CloseBehaviour::Background: choice = Choice::Background; break;
    case CloseBehaviour::Ask: {
        bool remember = false;
        choice = m_ask ? m_ask(&remember) : Choice::Quit;
        if (remember && choice != Choice::Cancel) {
            m_behaviour = choice == Choice::Background ? CloseBehaviour::Background : CloseBehaviour::Quit;
            emit behaviourChosen(m_behaviour);
        }
        break;
    }
    }
    switch (choice) {
    case Choice::Cancel:
        event->ignore();
        return true;
    case Choice::Background:
        event->ignore();
        goBackground();
        return true;
    case Choice::Quit:
        m_quitting = true;
        emit quitRequested();
        return false; // the window closes
    }
    return false;
}

CloseGuard::Choice CloseGuard::askUser(bool *remember)
{
    QMessageBox box(QMessageBox::Question, tr("Close Warren"),
                    tr("The broker is running. Keep it running in the background, or stop it and quit?"),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Stopping closes every client connection (CONNECTION_FORCED) after flushing "
                              "data to disk."));
    QPushButton *background = box.addButton(tr("Keep running"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(tr("Stop and quit"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(background);
    auto *rememberBox = new QCheckBox(tr("Remember my choice (change it in Settings)"), &box);
    box.setCheckBox(rememberBox);
    box.exec();
    *remember = rememberBox->isChecked();
    if (box.clickedButton() == background)
        return Choice::Background;
    if (box.clickedButton() == quit)
        return Choice::Quit;
    return Choice::Cancel;
}

void CloseGuard::goBackground()
{
    if (m_trayAllowed && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon());
            m_tray->setToolTip(tr("Warren — the broker is running"));
            auto *menu = new QMenu(m_window);
            menu->addAction(tr("Show Warren"), this, &CloseGuard::showWindow);
            menu->addSeparator();
            menu->addAction(tr("Stop the broker and quit"), this, [this] {
                m_quitting = true;
                emit quitRequested();
            });
            m_tray->setContextMenu(menu);
            connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    showWindow();
            });
        }
        m_tray->show();
        m_window->hide();
        m_tray->showMessage(tr("Warren"), tr("The broker keeps running in the background."),
                            QSystemTrayIcon::Information, 3000);
        return;
    }
    // No tray to come back from: stay in the task bar.
    m_window->showMinimized();
}

void CloseGuard::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    if (m_tray)
        m_tray->hide();
}

} // namespace warren::widgets
