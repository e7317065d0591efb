#include "snapshot_table_model.h"

namespace warren::widgets {

int SnapshotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : storedRowCount();
}

void SnapshotTableModel::emitRowsChanged(int first, int last)
{
    emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

} // namespace warren::widgets
