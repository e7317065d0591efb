#include "connection_actions.h"

#include "models/connection_table_model.h"
#include "models/snapshot_table_model.h"
#include "table_page.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace warren::widgets {

ConnectionActions::ConnectionActions(TablePage *page, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_button(new QPushButton(tr("Close connection…"), page))
    , m_action(new QAction(tr("Close connection…"), this))
{
    m_button->setObjectName(QStringLiteral("closeConnectionButton"));
    m_button->setToolTip(tr("Close the selected connections (AMQP clients get connection.close 320 "
                            "CONNECTION_FORCED)"));
    page->addToolWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &ConnectionActions::closeSelected);
    connect(m_action, &QAction::triggered, this, &ConnectionActions::closeSelected);

    QTableView *view = page->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &ConnectionActions::showMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionActions::updateEnabled);
    // Rows of closed connections vanish: the selection may shrink.
    connect(page->proxy(), &QAbstractItemModel::rowsRemoved, this, &ConnectionActions::updateEnabled);

    m_confirm = [page](const QString &question) {
        return QMessageBox::question(page, tr("Close connection"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    updateEnabled();
}

void ConnectionActions::setCommands(api::CommandApi *commands)
{
    m_commands = commands;
    updateEnabled();
}

QList<quint64> ConnectionActions::selectedConnections() const
{
    QList<quint64> ids;
    for (const QModelIndex &row : m_page->view()->selectionModel()->selectedRows())
        ids << row.data(SnapshotTableModel::KeyRole).toULongLong();
    return ids;
}

void ConnectionActions::updateEnabled()
{
    const bool enabled = m_commands && !selectedConnections().isEmpty();
    m_button->setEnabled(enabled);
    m_action->setEnabled(enabled);
}

void ConnectionActions::showMenu(const QPoint &pos)
{
    QTableView *view = m_page->view();
    const QModelIndex at = view->indexAt(pos);
    if (at.isValid() && !view->selectionModel()->isRowSelected(at.row(), at.parent()))
        view->selectRow(at.row());
    updateEnabled();
    QMenu menu(view);
    menu.addAction(m_action);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void ConnectionActions::closeSelected()
{
    const QList<quint64> ids = selectedConnections();
    if (!m_commands || ids.isEmpty())
        return;
    QString question;
    if (ids.size() == 1) {
        const QModelIndexList rows = m_page->view()->selectionModel()->selectedRows();
        const QModelIndex row = rows.first();
        const QString peer = row.siblingAtColumn(ConnectionTableModel::Peer).data().toString();
        const QString protocol = row.siblingAtColumn(ConnectionTableModel::Protocol).data().toString();
        const QString client = row.siblingAtColumn(ConnectionTableModel::Client).data().toString();
        question = client.isEmpty()
            ? tr("Close the %1 connection from %2?").arg(protocol, peer)
            : tr("Close the %1 connection from %2 (%3)?").arg(protocol, peer, client);
    } else {
        question = tr("Close these %1 connections?").arg(ids.size());
    }
    question += QLatin1Char('\n')
        + tr("AMQP clients are told “CONNECTION_FORCED - Closed via management UI” (320); "
             "Kafka clients see their socket close and may reconnect.");
    if (m_confirm && !m_confirm(question))
        return;
    for (quint64 id : ids) {
        m_commands->closeConnection(id, this, [this, id](const api::CommandResult &r) {
            emit message(r.ok ? tr("Connection %1 closed").arg(id)
                              : tr("Could not close connection %1: %2").arg(id).arg(r.error));
        });
    }
}

} // namespace warren::widgets
