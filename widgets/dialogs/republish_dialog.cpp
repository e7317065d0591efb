#include "republish_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace warren::widgets {

namespace {
QString defaultExchangeText()
{
    return RepublishDialog::tr("(AMQP default)");
}
} // namespace

RepublishDialog::RepublishDialog(int messageCount, const QString &vhost, const QString &exchange,
                                 const QString &routingKey, const QList<QPair<QString, QString>> &exchanges,
                                 QWidget *parent)
    : QDialog(parent)
    , m_exchanges(exchanges)
    , m_vhost(new QComboBox(this))
    , m_exchange(new QComboBox(this))
    , m_routingKey(new QLineEdit(routingKey, this))
{
    setWindowTitle(tr("Re-publish messages"));
    m_vhost->setObjectName(QStringLiteral("republishVhost"));
    m_exchange->setObjectName(QStringLiteral("republishExchange"));
    m_routingKey->setObjectName(QStringLiteral("republishRoutingKey"));
    m_vhost->setEditable(true);
    m_exchange->setEditable(true);
    QStringList vhosts;
    for (const auto &[v, name] : std::as_const(m_exchanges))
        if (!vhosts.contains(v))
            vhosts << v;
    if (!vhosts.contains(vhost))
        vhosts.prepend(vhost);
    m_vhost->addItems(vhosts);
    m_vhost->setCurrentText(vhost);
    fillExchanges();
    m_exchange->setCurrentText(exchange.isEmpty() ? defaultExchangeText() : exchange);

    auto *intro = new QLabel(tr("Publishes a copy of %n message(s) with the original properties and body.", nullptr,
                                messageCount),
                             this);
    intro->setWordWrap(true);
    auto *note = new QLabel(tr("The originals stay in this queue: a message cannot be removed from a queue "
                               "without consuming it."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false); // greyed: a remark, not a field

    auto *form = new QFormLayout;
    form->addRow(tr("Virtual host:"), m_vhost);
    form->addRow(tr("Exchange:"), m_exchange);
    form->addRow(tr("Routing key:"), m_routingKey);
    if (messageCount > 1) {
        m_ownKeys = new QCheckBox(tr("Each message keeps its own routing key"), this);
        m_ownKeys->setObjectName(QStringLiteral("republishOwnKeys"));
        m_ownKeys->setChecked(true);
        m_routingKey->setEnabled(false);
        connect(m_ownKeys, &QCheckBox::toggled, m_routingKey, [this](bool own) { m_routingKey->setEnabled(!own); });
        form->addRow(QString(), m_ownKeys);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Re-publish"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_vhost, &QComboBox::currentTextChanged, this, &RepublishDialog::fillExchanges);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void RepublishDialog::fillExchanges()
{
    const QString keep = m_exchange->currentText();
    m_exchange->clear();
    m_exchange->addItem(defaultExchangeText());
    for (const auto &[v, name] : std::as_const(m_exchanges))
        if (v == vhost() && !name.isEmpty())
            m_exchange->addItem(name);
    m_exchange->setCurrentText(keep.isEmpty() ? defaultExchangeText() : keep);
}

QString RepublishDialog::vhost() const
{
    return m_vhost->currentText();
}

QString RepublishDialog::exchange() const
{
    const QString text = m_exchange->currentText();
    return text == defaultExchangeText() ? QString() : text;
}

QString RepublishDialog::routingKey() const
{
    return m_routingKey->text();
}

bool RepublishDialog::ownRoutingKeys() const
{
    return m_ownKeys && m_ownKeys->isChecked();
}

} // namespace warren::widgets
