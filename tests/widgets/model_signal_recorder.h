#pragma once
// Records the structural and data signals a model emits during one refresh,
// so tests can say "rows inserted and nothing else".

#include <QAbstractItemModel>
#include <QSignalSpy>

#include <memory>

namespace warren::widgets::test {

class ModelSignalRecorder
{
public:
    explicit ModelSignalRecorder(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelAboutToBeReset)
        , layout(model, &QAbstractItemModel::layoutAboutToBeChanged)
    {
    }

    void clear()
    {
        for (QSignalSpy *spy : {&inserted, &removed, &moved, &changed, &reset, &layout})
            spy->clear();
    }

    /// [first, last] of the i-th rowsInserted/rowsRemoved emission.
    static std::pair<int, int> range(const QSignalSpy &spy, int i = 0)
    {
        return {spy.at(i).at(1).toInt(), spy.at(i).at(2).toInt()};
    }
    /// [top row, bottom row] of the i-th dataChanged emission.
    std::pair<int, int> changedRows(int i = 0) const
    {
        return {changed.at(i).at(0).toModelIndex().row(), changed.at(i).at(1).toModelIndex().row()};
    }

    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;
};

} // namespace warren::widgets::test
