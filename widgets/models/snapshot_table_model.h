#pragma once
// SnapshotTableModel: base of the tables fed by broker snapshots. It keeps one
// row per keyed item (queue by vhost+name, connection by id) and, on each new
// snapshot, diffs by key: removes rows that are gone, inserts rows that are
// new (appended; views sort through a proxy), and emits dataChanged only for
// rows whose shown values changed. It never resets on a refresh, so the
// selection, the current index and the scroll position of a view survive.
// Lives on the GUI thread.

#include <QAbstractTableModel>
#include <QHash>

#include <type_traits>
#include <vector>

namespace warren::widgets {

class SnapshotTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        /// Raw value to sort by (numbers as numbers); the proxy's sort role.
        SortRole = Qt::UserRole + 1,
        /// A string unique to the row ("vhost/name", connection id).
        KeyRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    /// Number of rows the subclass holds; rowCount() returns it.
    virtual int storedRowCount() const = 0;

    /// Brings `rows` in line with `items`. Row must have a member `item` of
    /// type Item. keyOf(const Item&) gives the key; makeRow(const Item&)
    /// builds a new row; updateRow(Row&, const Item&) refreshes one and
    /// returns whether anything shown in it changed.
    template <typename Row, typename Item, typename KeyOf, typename MakeRow, typename UpdateRow>
    void syncRows(std::vector<Row> &rows, const std::vector<Item> &items, KeyOf keyOf,
                  MakeRow makeRow, UpdateRow updateRow);

    /// Removes every row as one rowsRemoved range (not a reset): for detail
    /// tables whose subject (the selected topic or group) changed.
    template <typename Row>
    void removeAllRows(std::vector<Row> &rows);

private:
    void emitRowsChanged(int first, int last);
};

template <typename Row, typename Item, typename KeyOf, typename MakeRow, typename UpdateRow>
void SnapshotTableModel::syncRows(std::vector<Row> &rows, const std::vector<Item> &items,
                                  KeyOf keyOf, MakeRow makeRow, UpdateRow updateRow)
{
    using Key = std::decay_t<decltype(keyOf(items.front()))>;
    QHash<Key, int> incoming;
    incoming.reserve(qsizetype(items.size()));
    for (int i = 0; i < int(items.size()); ++i)
        incoming.insert(keyOf(items[size_t(i)]), i); // a duplicate key: the last one wins

    // 1. Remove rows that are gone, bottom-up, one contiguous range at a time.
    for (int last = int(rows.size()) - 1; last >= 0;) {
        if (incoming.contains(keyOf(rows[size_t(last)].item))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(keyOf(rows[size_t(first - 1)].item)))
            --first;
        beginRemoveRows({}, first, last);
        rows.erase(rows.begin() + first, rows.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }

    // 2. Update the rows that stay; report contiguous runs of changed rows.
    std::vector<bool> present(items.size(), false);
    int runStart = -1;
    for (int r = 0; r < int(rows.size()); ++r) {
        const int i = incoming.value(keyOf(rows[size_t(r)].item));
        present[size_t(i)] = true;
        if (updateRow(rows[size_t(r)], items[size_t(i)])) {
            if (runStart < 0)
                runStart = r;
        } else if (runStart >= 0) {
            emitRowsChanged(runStart, r - 1);
            runStart = -1;
        }
    }
    if (runStart >= 0)
        emitRowsChanged(runStart, int(rows.size()) - 1);

    // 3. Append the new ones in snapshot order.
    std::vector<int> added;
    for (int i = 0; i < int(items.size()); ++i) {
        if (!present[size_t(i)] && incoming.value(keyOf(items[size_t(i)])) == i)
            added.push_back(i);
    }
    if (added.empty())
        return;
    const int first = int(rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    rows.reserve(rows.size() + added.size());
    for (int i : added)
        rows.push_back(makeRow(items[size_t(i)]));
    endInsertRows();
}

template <typename Row>
void SnapshotTableModel::removeAllRows(std::vector<Row> &rows)
{
    if (rows.empty())
        return;
    beginRemoveRows({}, 0, int(rows.size()) - 1);
    rows.clear();
    endRemoveRows();
}

} // namespace warren::widgets
