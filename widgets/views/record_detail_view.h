#pragma once
// RecordDetailView: one Kafka record from the topic message browser — a
// metadata line (partition, offset, timestamp and its type, batch
// compression, producer id, size) above tabs for the value and the key
// (each a PayloadView: Text / Hex / JSON) and the headers (a table; Kafka
// allows repeated keys and null values).
//
// Owns its child widgets and a copy of the record. GUI thread.

#include <api/command_api.h>

#include <QWidget>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace warren::widgets {

class PayloadView;

class RecordDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit RecordDetailView(QWidget *parent = nullptr);

    void setRecord(const api::BrowsedRecord &record);
    void clear();

    PayloadView *keyView() const { return m_key; }
    PayloadView *valueView() const { return m_value; }
    QTableWidget *headerTable() const { return m_headers; }
    QString metadataText() const;

private:
    QLabel *m_meta;
    QTabWidget *m_tabs;
    PayloadView *m_value;
    PayloadView *m_key;
    QTableWidget *m_headers;
};

} // namespace warren::widgets
