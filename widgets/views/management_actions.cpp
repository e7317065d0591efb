#include "management_actions.h"

#include "models/consumer_group_table_model.h"
#include "models/queue_table_model.h"
#include "models/topic_table_model.h"
#include "table_page.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>
#include <memory>
#include <set>

namespace warren::widgets {

// ------------------------------------------------------------ TableActions

TableActions::TableActions(TablePage *page, QObject *parent)
    : QObject(parent)
    , m_page(page)
{
    QTableView *view = page->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &TableActions::showMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TableActions::updateEnabled);
    connect(page->proxy(), &QAbstractItemModel::rowsRemoved, this, &TableActions::updateEnabled);
    m_confirm = [page](const QString &title, const QString &question) {
        return QMessageBox::question(page, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
}

QAction *TableActions::addAction(const QString &text, const QString &objectName, bool needsSelection,
                                 void (TableActions::*slot)())
{
    auto *action = new QAction(text, this);
    auto *button = new QPushButton(text, m_page);
    button->setObjectName(objectName);
    m_page->addToolWidget(button);
    connect(button, &QPushButton::clicked, this, slot);
    connect(action, &QAction::triggered, this, slot);
    m_actions << action;
    m_buttons << button;
    m_needsSelection << needsSelection;
    updateEnabled();
    return action;
}

void TableActions::setCommands(api::CommandApi *commands)
{
    m_commands = commands;
    updateEnabled();
}

QStringList TableActions::selected(int column) const
{
    QStringList values;
    for (const QModelIndex &row : m_page->view()->selectionModel()->selectedRows())
        values << row.siblingAtColumn(column).data().toString();
    return values;
}

bool TableActions::confirm(const QString &title, const QString &question) const
{
    return !m_confirm || m_confirm(title, question);
}

void TableActions::updateEnabled()
{
    const bool hasSelection = m_page->view()->selectionModel()->hasSelection();
    for (int i = 0; i < m_actions.size(); ++i) {
        const bool enabled = m_commands && (!m_needsSelection[i] || hasSelection);
        m_actions[i]->setEnabled(enabled);
        m_buttons[i]->setEnabled(enabled);
    }
}

void TableActions::showMenu(const QPoint &pos)
{
    QTableView *view = m_page->view();
    const QModelIndex at = view->indexAt(pos);
    if (at.isValid() && !view->selectionModel()->isRowSelected(at.row(), at.parent()))
        view->selectRow(at.row());
    updateEnabled();
    QMenu menu(view);
    menu.addActions(m_actions);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

// ------------------------------------------------------------ QueueActions

QueueActions::QueueActions(TablePage *queueTable, QObject *parent)
    : TableActions(queueTable, parent)
{
    addAction(tr("Purge…"), QStringLiteral("purgeQueueButton"), true,
              static_cast<void (TableActions::*)()>(&QueueActions::purgeSelected));
    addAction(tr("Delete…"), QStringLiteral("deleteQueueButton"), true,
              static_cast<void (TableActions::*)()>(&QueueActions::deleteSelected));
}

QList<QPair<QString, QString>> QueueActions::selectedQueues() const
{
    const QStringList vhosts = selected(QueueTableModel::VirtualHost);
    const QStringList names = selected(QueueTableModel::Name);
    QList<QPair<QString, QString>> queues;
    for (int i = 0; i < names.size(); ++i)
        queues.append({vhosts.value(i), names[i]});
    return queues;
}

void QueueActions::purgeSelected()
{
    const auto queues = selectedQueues();
    if (!commands() || queues.isEmpty())
        return;
    const QString question = queues.size() == 1
        ? tr("Drop every ready message of queue “%1”?").arg(queues.first().second)
        : tr("Drop every ready message of these %1 queues?").arg(queues.size());
    if (!confirm(tr("Purge queue"), question))
        return;
    for (const auto &[vhost, name] : queues)
        commands()->purgeQueue(vhost, name, this, [this, name = name](const api::CountResult &r) {
            emit message(r.ok ? tr("Queue “%1” purged: %2 messages dropped").arg(name).arg(r.count)
                              : tr("Could not purge queue “%1”: %2").arg(name, r.error));
        });
}

void QueueActions::deleteSelected()
{
    const auto queues = selectedQueues();
    if (!commands() || queues.isEmpty())
        return;
    const QString question =
        (queues.size() == 1 ? tr("Delete queue “%1”?").arg(queues.first().second)
                            : tr("Delete these %1 queues?").arg(queues.size()))
        + QLatin1Char('\n') + tr("Its messages are dropped and its consumers are cancelled.");
    if (!confirm(tr("Delete queue"), question))
        return;
    for (const auto &[vhost, name] : queues)
        commands()->deleteQueue(vhost, name, this, [this, name = name](const api::CountResult &r) {
            emit message(r.ok ? tr("Queue “%1” deleted with %2 messages").arg(name).arg(r.count)
                              : tr("Could not delete queue “%1”: %2").arg(name, r.error));
        });
}

// ------------------------------------------------------------ TopicActions

TopicActions::TopicActions(TablePage *topicTable, QObject *parent)
    : TableActions(topicTable, parent)
{
    addAction(tr("Create topic…"), QStringLiteral("createTopicButton"), false,
              static_cast<void (TableActions::*)()>(&TopicActions::createTopic));
    addAction(tr("Delete…"), QStringLiteral("deleteTopicButton"), true,
              static_cast<void (TableActions::*)()>(&TopicActions::deleteSelected));
    m_editor = [topicTable](api::TopicCreateRequest *request) {
        std::unique_ptr<QDialog> dialog(makeCreateDialog(topicTable, request));
        return dialog->exec() == QDialog::Accepted;
    };
}

QDialog *TopicActions::makeCreateDialog(QWidget *parent, api::TopicCreateRequest *request)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("createTopicDialog"));
    dialog->setWindowTitle(tr("Create topic"));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("topicName"));
    name->setPlaceholderText(tr("letters, digits, '.', '_' and '-'"));
    auto *partitions = new QSpinBox(dialog);
    partitions->setObjectName(QStringLiteral("topicPartitions"));
    partitions->setRange(0, 10000);
    partitions->setValue(0);
    partitions->setSpecialValueText(tr("broker default"));
    auto *retention = new QSpinBox(dialog);
    retention->setObjectName(QStringLiteral("topicRetention"));
    retention->setRange(0, 24 * 365 * 10);
    retention->setSpecialValueText(tr("broker default"));
    retention->setSuffix(tr(" hours"));
    auto *keepForever = new QCheckBox(tr("Keep forever"), dialog);
    connect(keepForever, &QCheckBox::toggled, retention, &QWidget::setDisabled);
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(retention, 1);
    retentionRow->addWidget(keepForever);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Partitions:"), partitions);
    form->addRow(tr("Retention:"), retentionRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(name, &QLineEdit::textChanged, dialog, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        request->name = name->text().trimmed();
        request->partitions = partitions->value() == 0 ? -1 : partitions->value();
        request->configs.clear();
        if (keepForever->isChecked())
            request->configs.append({QStringLiteral("retention.ms"), QStringLiteral("-1")});
        else if (retention->value() > 0)
            request->configs.append(
                {QStringLiteral("retention.ms"), QString::number(qint64(retention->value()) * 3600 * 1000)});
        dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->resize(420, dialog->sizeHint().height());
    return dialog;
}

void TopicActions::createTopic()
{
    if (!commands())
        return;
    api::TopicCreateRequest request;
    if (!m_editor || !m_editor(&request) || request.name.isEmpty())
        return;
    commands()->createTopic(request, this, [this, name = request.name](const api::CommandResult &r) {
        emit message(r.ok ? tr("Topic “%1” created").arg(name) : tr("Could not create topic “%1”: %2").arg(name, r.error));
    });
}

void TopicActions::deleteSelected()
{
    // AMQP streams are listed here too, but they are queues: not deleted here.
    QStringList topics;
    for (const QModelIndex &row : page()->view()->selectionModel()->selectedRows())
        if (row.data(TopicTableModel::StreamVhostRole).toString().isEmpty())
            topics << row.siblingAtColumn(TopicTableModel::Name).data().toString();
    if (topics.isEmpty() && page()->view()->selectionModel()->hasSelection())
        emit message(tr("Streams are AMQP queues: delete them on the Queues tab"));
    if (!commands() || topics.isEmpty())
        return;
    const QString question =
        (topics.size() == 1 ? tr("Delete topic “%1”?").arg(topics.first())
                            : tr("Delete these %1 topics?").arg(topics.size()))
        + QLatin1Char('\n') + tr("Its records are deleted from disk.");
    if (!confirm(tr("Delete topic"), question))
        return;
    for (const QString &topic : topics)
        commands()->deleteTopic(topic, this, [this, topic](const api::CommandResult &r) {
            emit message(r.ok ? tr("Topic “%1” deleted").arg(topic)
                              : tr("Could not delete topic “%1”: %2").arg(topic, r.error));
        });
}

// ------------------------------------------------------------ GroupActions

GroupActions::GroupActions(TablePage *groupTable, QObject *parent)
    : TableActions(groupTable, parent)
{
    addAction(tr("Reset offsets…"), QStringLiteral("resetOffsetsButton"), true,
              static_cast<void (TableActions::*)()>(&GroupActions::resetSelected));
    m_editor = [this, groupTable](api::OffsetResetRequest *request) {
        std::unique_ptr<QDialog> dialog(makeResetDialog(groupTable, request));
        return dialog->exec() == QDialog::Accepted;
    };
}

void GroupActions::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    m_topics.clear();
    for (const auto &t : snapshot.topics)
        m_topics << t.name;
    m_topics.sort();
    m_groupTopics.clear();
    for (const auto &g : snapshot.groups) {
        std::set<QString> topics;
        for (const auto &o : g.offsets)
            topics.insert(o.topic);
        m_groupTopics.insert(g.groupId, QStringList(topics.begin(), topics.end()));
    }
}

QDialog *GroupActions::makeResetDialog(QWidget *parent, api::OffsetResetRequest *request) const
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("resetOffsetsDialog"));
    dialog->setWindowTitle(tr("Reset offsets of “%1”").arg(request->groupId));
    auto *topic = new QComboBox(dialog);
    topic->setObjectName(QStringLiteral("resetTopic"));
    topic->addItem(tr("Every topic it committed offsets for"), QString());
    const QStringList committed = m_groupTopics.value(request->groupId);
    for (const QString &t : committed)
        topic->addItem(t, t);
    for (const QString &t : m_topics)
        if (!committed.contains(t))
            topic->addItem(t, t);
    topic->setCurrentIndex(committed.size() == 1 ? 1 : 0);
    auto *partition = new QSpinBox(dialog);
    partition->setObjectName(QStringLiteral("resetPartition"));
    partition->setRange(-1, 100000);
    partition->setValue(-1);
    partition->setSpecialValueText(tr("every partition"));
    auto *mode = new QComboBox(dialog);
    mode->setObjectName(QStringLiteral("resetMode"));
    mode->addItem(tr("Earliest (the log start)"), int(api::OffsetResetMode::Earliest));
    mode->addItem(tr("Latest (the end: skip everything)"), int(api::OffsetResetMode::Latest));
    mode->addItem(tr("A given offset"), int(api::OffsetResetMode::Offset));
    mode->addItem(tr("The first record at or after a time"), int(api::OffsetResetMode::Timestamp));
    auto *offset = new QSpinBox(dialog);
    offset->setRange(0, std::numeric_limits<int>::max());
    auto *time = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), dialog);
    time->setCalendarPopup(true);
    time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    auto *value = new QStackedWidget(dialog);
    value->addWidget(new QLabel(tr("—"), dialog));
    value->addWidget(offset);
    value->addWidget(time);
    connect(mode, &QComboBox::currentIndexChanged, value, [=] {
        const auto m = api::OffsetResetMode(mode->currentData().toInt());
        value->setCurrentIndex(m == api::OffsetResetMode::Offset ? 1 : m == api::OffsetResetMode::Timestamp ? 2 : 0);
    });
    auto *note = new QLabel(tr("Kafka allows this only while the group has no active members: stop its "
                               "consumers first."),
                            dialog);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Topic:"), topic);
    form->addRow(tr("Partition:"), partition);
    form->addRow(tr("Reset to:"), mode);
    form->addRow(tr("Value:"), value);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        request->topic = topic->currentData().toString();
        request->partition = partition->value();
        request->mode = api::OffsetResetMode(mode->currentData().toInt());
        request->value = request->mode == api::OffsetResetMode::Offset      ? offset->value()
                         : request->mode == api::OffsetResetMode::Timestamp ? time->dateTime().toMSecsSinceEpoch()
                                                                            : 0;
        dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog->resize(480, dialog->sizeHint().height());
    return dialog;
}

void GroupActions::resetSelected()
{
    const QStringList groups = selected(ConsumerGroupTableModel::Group);
    if (!commands() || groups.size() != 1)
        return;
    api::OffsetResetRequest request;
    request.groupId = groups.first();
    if (!m_editor || !m_editor(&request))
        return;
    commands()->resetGroupOffsets(request, this, [this, group = request.groupId](const api::OffsetResetResult &r) {
        emit message(r.ok ? tr("Offsets of group “%1” reset on %2 partitions").arg(group).arg(r.offsets.size())
                          : tr("Could not reset group “%1”: %2").arg(group, r.error));
    });
}

} // namespace warren::widgets
