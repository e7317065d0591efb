#include "users_page.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warren::widgets {

namespace {
enum Column { UserColumn, TagsColumn, VhostColumn, ConfigureColumn, WriteColumn, ReadColumn, ColumnCount };

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        tags << t.trimmed();
    return tags;
}
} // namespace

UsersPage::UsersPage(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_vhostsLabel(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels(
        {tr("User"), tr("Tags"), tr("Vhost"), tr("Configure"), tr("Write"), tr("Read")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("usersTable"));

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &tip, void (UsersPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        m_buttons << b;
    };
    button(tr("Add user…"), tr("Create a user with a password and tags"), &UsersPage::addUser);
    button(tr("Delete user"), tr("Delete the selected user"), &UsersPage::deleteUser);
    button(tr("Set password…"), tr("Change the selected user's password"), &UsersPage::setPassword);
    button(tr("Set tags…"), tr("Change the selected user's tags"), &UsersPage::setTags);
    button(tr("Set permissions…"), tr("Set the selected user's configure/write/read patterns in a vhost"),
           &UsersPage::setPermissions);
    button(tr("Clear permissions"), tr("Remove the selected user's permissions in the selected row's vhost"),
           &UsersPage::clearPermissions);
    button(tr("Add vhost…"), tr("Create a virtual host"), &UsersPage::addVhost);
    button(tr("Delete vhost…"), tr("Delete a virtual host with its queues and exchanges"), &UsersPage::deleteVhost);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_vhostsLabel);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    updateButtons();
}

void UsersPage::setCommands(api::CommandApi *commands)
{
    m_commands = commands;
    updateButtons();
}

void UsersPage::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    QString digest;
    for (const QString &v : snapshot.vhosts)
        digest += v + QLatin1Char('\x1f');
    for (const auto &u : snapshot.users)
        digest += QLatin1Char('\x1e') + u.name + QLatin1Char('\x1f') + u.tags.join(QLatin1Char(','));
    for (const auto &p : snapshot.permissions)
        digest += QLatin1Char('\x1d') + p.user + QLatin1Char('\x1f') + p.vhost + QLatin1Char('\x1f') + p.configure +
                  QLatin1Char('\x1f') + p.write + QLatin1Char('\x1f') + p.read;
    if (digest == m_shownDigest)
        return;
    m_shownDigest = digest;

    const QString keepUser = selectedUser();
    const QString keepVhost = selectedVhost();
    m_vhosts.clear();
    for (const QString &v : snapshot.vhosts)
        m_vhosts << v;
    m_users.clear();
    m_table->setRowCount(0);
    int keepRow = -1;
    for (const auto &u : snapshot.users) {
        m_users << u.name;
        bool any = false;
        auto addRow = [&](const metrics::PermissionSnapshot *p) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList cells{u.name, u.tags.join(QStringLiteral(", ")), p ? p->vhost : QString(),
                                    p ? p->configure : QString(), p ? p->write : QString(), p ? p->read : QString()};
            for (int c = 0; c < ColumnCount; ++c)
                m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
            if (u.name == keepUser && (keepRow < 0 || (p && p->vhost == keepVhost)))
                keepRow = row;
        };
        for (const auto &p : snapshot.permissions)
            if (p.user == u.name) {
                addRow(&p);
                any = true;
            }
        if (!any)
            addRow(nullptr);
    }
    if (keepRow >= 0)
        m_table->selectRow(keepRow);
    m_table->resizeColumnsToContents();
    m_vhostsLabel->setText(tr("Virtual hosts: %1").arg(m_vhosts.join(QStringLiteral(", "))));
    updateButtons();
}

QString UsersPage::selectedUser() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), UserColumn)->text();
}

QString UsersPage::selectedVhost() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), VhostColumn)->text();
}

void UsersPage::updateButtons()
{
    const bool running = m_commands != nullptr;
    const bool user = !selectedUser().isEmpty();
    const bool vhost = !selectedVhost().isEmpty();
    // order as created: add, delete, password, tags, set perms, clear perms, add vhost, delete vhost
    const bool enabled[] = {running, running && user, running && user, running && user,
                            running && user, running && user && vhost, running, running};
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setEnabled(enabled[i]);
}

void UsersPage::send(const api::AccessChange &change, const QString &done)
{
    if (!m_commands)
        return;
    m_commands->changeAccess(change, this, [this, done](const api::CommandResult &result) {
        if (result.ok)
            emit message(done);
        else
            QMessageBox::warning(this, tr("Users"), result.error);
    });
}

void UsersPage::addUser()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add user"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *tags = new QLineEdit(&dialog);
    tags->setPlaceholderText(tr("administrator, monitoring, …"));
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Password:"), password);
    form->addRow(tr("Tags:"), tags);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || name->text().isEmpty())
        return;
    api::AccessChange change;
    change.kind = api::AccessChange::Kind::AddUser;
    change.user = name->text();
    change.password = password->text();
    change.tags = splitTags(tags->text());
    send(change, tr("User '%1' added").arg(change.user));
}

void UsersPage::deleteUser()
{
    const QString user = selectedUser();
    if (user.isEmpty() ||
        QMessageBox::question(this, tr("Delete user"), tr("Delete user '%1'?").arg(user)) != QMessageBox::Yes)
        return;
    api::AccessChange change;
    change.kind = api::AccessChange::Kind::DeleteUser;
    change.user = user;
    send(change, tr("User '%1' deleted").arg(user));
}

void UsersPage::setPassword()
{
    const QString user = selectedUser();
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Set password"), tr("New password for '%1':").arg(user),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    api::AccessChange change;
    change.kind = api::AccessChange::Kind::SetPassword;
    change.user = user;
    change.password = password;
    send(change, tr("Password of '%1' changed").arg(user));
}

void UsersPage::setTags()
{
    const QString user = selectedUser();
    const auto rows = m_table->selectionModel()->selectedRows();
    const QString current = rows.isEmpty() ? QString() : m_table->item(rows.first().row(), TagsColumn)->text();
    bool ok = false;
    const QString tags = QInputDialog::getText(this, tr("Set tags"), tr("Tags of '%1' (comma-separated):").arg(user),
                                               QLineEdit::Normal, current, &ok);
    if (!ok)
        return;
    api::AccessChange change;
    change.kind = api::AccessChange::Kind::SetTags;
    change.user = user;
    change.tags = splitTags(tags);
    send(change, tr("Tags of '%1' set").arg(user));
}

void UsersPage::setPermissions()
{
    const QString user = selectedUser();
    const auto rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Set permissions of '%1'").arg(user));
    auto *form = new QFormLayout(&dialog);
    auto *vhost = new QComboBox(&dialog);
    vhost->addItems(m_vhosts);
    if (row >= 0 && !selectedVhost().isEmpty())
        vhost->setCurrentText(selectedVhost());
    auto cell = [&](int column) {
        return row >= 0 && !selectedVhost().isEmpty() ? m_table->item(row, column)->text() : QStringLiteral(".*");
    };
    auto *configure = new QLineEdit(cell(ConfigureColumn), &dialog);
    auto *write = new QLineEdit(cell(WriteColumn), &dialog);
    auto *read = new QLineEdit(cell(ReadColumn), &dialog);
    form->addRow(tr("Vhost:"), vhost);
    form->addRow(tr("Configure regexp:"), configure);
    form->addRow(tr("Write regexp:"), write);
    form->addRow(tr("Read regexp:"), read);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || vhost->currentText().isEmpty())
        return;
    api::AccessChange change;
    change.kind = api::AccessChange::Kind::SetPermissions;
    change.user = user;
    change.vhost = vhost->currentText();
    change.configure = configure->text();
    change.write = write->text();
    change.read = read->text();
    send(change, tr("Permissions of '%1' in vhost '%2' set").arg(user, change.vhost));
}

void UsersPage::clearPermissions()
{
    api::AccessChange change;
    change.kind = api::AccessChange::Kind::ClearPermissions;
    change.user = selectedUser();
    change.vhost = selectedVhost();
    send(change, tr("Permissions of '%1' in vhost '%2' cleared").arg(change.user, change.vhost));
}

void UsersPage::addVhost()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add vhost"), tr("Name of the new virtual host:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.isEmpty())
        return;
    api::AccessChange change;
    change.kind = api::AccessChange::Kind::AddVhost;
    change.vhost = name;
    send(change, tr("Vhost '%1' added").arg(name));
}

void UsersPage::deleteVhost()
{
    QStringList choices = m_vhosts;
    choices.removeAll(QStringLiteral("/"));
    if (choices.isEmpty()) {
        emit message(tr("There is no vhost to delete (the default vhost '/' stays)"));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Delete vhost"),
                                               tr("Delete this virtual host with all its queues, exchanges and "
                                                  "permissions, and close its connections:"),
                                               choices, 0, false, &ok);
    if (!ok || name.isEmpty())
        return;
    api::AccessChange change;
    change.kind = api::AccessChange::Kind::DeleteVhost;
    change.vhost = name;
    send(change, tr("Vhost '%1' deleted").arg(name));
}

} // namespace warren::widgets
