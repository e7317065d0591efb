#pragma once
// MessageFilterProxy: the message browser's sortable, searchable view of a
// BrowsedMessageModel — rows kept when MessageSearch::matches() them, sorted
// by BrowsedMessageModel::SortRole. Not owning its source. GUI thread.

#include "message_search.h"

#include <QSortFilterProxyModel>

namespace warren::widgets {

class BrowsedMessageModel;

class MessageFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MessageFilterProxy(BrowsedMessageModel *source, QObject *parent = nullptr);

    void setSearch(const QString &text, MessageSearch::Scope scope);
    QString searchText() const { return m_text; }
    MessageSearch::Scope scope() const { return m_scope; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    BrowsedMessageModel *m_source;
    QString m_text;
    MessageSearch::Scope m_scope = MessageSearch::Scope::Anywhere;
};

} // namespace warren::widgets
