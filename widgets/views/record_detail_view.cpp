#include "record_detail_view.h"

#include "models/display_format.h"
#include "models/payload_format.h"
#include "models/topic_message_model.h"
#include "payload_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warren::widgets {

RecordDetailView::RecordDetailView(QWidget *parent)
    : QWidget(parent)
    , m_meta(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_value(new PayloadView(QString(), m_tabs))
    , m_key(new PayloadView(QString(), m_tabs))
    , m_headers(new QTableWidget(0, 2, m_tabs))
{
    m_meta->setObjectName(QStringLiteral("recordMetadata"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setDocumentMode(true);
    m_value->setObjectName(QStringLiteral("recordValue"));
    m_key->setObjectName(QStringLiteral("recordKey"));
    m_headers->setObjectName(QStringLiteral("recordHeaders"));
    m_headers->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->setVisible(false);
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(m_value, tr("Value"));
    m_tabs->addTab(m_key, tr("Key"));
    m_tabs->addTab(m_headers, tr("Headers"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_meta);
    layout->addWidget(m_tabs, 1);
    clear();
}

void RecordDetailView::clear()
{
    m_meta->setText(tr("Select a record to see its key, value and headers."));
    m_value->clear();
    m_key->clear();
    m_headers->setRowCount(0);
    m_tabs->setTabText(2, tr("Headers"));
    m_tabs->setEnabled(false);
}

QString RecordDetailView::metadataText() const
{
    return m_meta->text();
}

void RecordDetailView::setRecord(const api::BrowsedRecord &r)
{
    m_tabs->setEnabled(true);
    const QString type =
        r.timestampType == api::TimestampKind::LogAppendTime ? tr("log append time") : tr("create time");
    QString meta = tr("Partition %1 · offset %2 · %3 (%4) · %5 · batch compression: %6")
                       .arg(r.partition)
                       .arg(r.offset)
                       .arg(TopicMessageModel::timestampText(r.timestamp), type,
                            DisplayFormat::bytes(quint64(r.sizeBytes)),
                            TopicMessageModel::compressionName(r.compression));
    if (r.producerId >= 0)
        meta += tr(" · producer id %1").arg(r.producerId);
    m_meta->setText(meta);
    m_value->setPayload(r.value);
    m_key->setPayload(r.key);
    m_headers->setRowCount(int(r.headers.size()));
    for (int i = 0; i < r.headers.size(); ++i) {
        const api::BrowsedHeader &h = r.headers.at(i);
        m_headers->setItem(i, 0, new QTableWidgetItem(h.key));
        auto *value = new QTableWidgetItem(h.value ? PayloadFormat::preview(*h.value, 400) : tr("(null)"));
        if (h.value && !PayloadFormat::isText(*h.value))
            value->setToolTip(PayloadFormat::hexDump(*h.value, 512));
        m_headers->setItem(i, 1, value);
    }
    m_tabs->setTabText(2, r.headers.isEmpty() ? tr("Headers") : tr("Headers (%1)").arg(r.headers.size()));
}

} // namespace warren::widgets
