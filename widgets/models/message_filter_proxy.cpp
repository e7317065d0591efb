#include "message_filter_proxy.h"

#include "browsed_message_model.h"

namespace warren::widgets {

MessageFilterProxy::MessageFilterProxy(BrowsedMessageModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(BrowsedMessageModel::SortRole);
}

void MessageFilterProxy::setSearch(const QString &text, MessageSearch::Scope scope)
{
    if (text == m_text && scope == m_scope)
        return;
    m_text = text;
    m_scope = scope;
    invalidateFilter();
}

bool MessageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow >= m_source->rowCount())
        return false;
    return MessageSearch::matches(m_source->message(sourceRow), m_text, m_scope);
}

} // namespace warren::widgets
