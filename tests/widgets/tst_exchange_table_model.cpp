// ExchangeTableModel: keyed diffing, the default exchange's name, rates.

#include "model_signal_recorder.h"
#include "snapshot_script.h"

#include <models/exchange_table_model.h>

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;
using Col = ExchangeTableModel::Column;

class TestExchangeTableModel : public QObject
{
    Q_OBJECT

private:
    static BrokerSnapshot standard(qint64 at)
    {
        BrokerSnapshot s = snapshotAt(at);
        s.exchanges = {exchange("/", ""), exchange("/", "amq.direct"),
                       exchange("/", "amq.topic", "topic"), exchange("/", "orders", "topic", 2)};
        return s;
    }

private slots:
    void defaultExchangeShowsAsAmqpDefault()
    {
        ExchangeTableModel model;
        model.applySnapshot(standard(1000));
        QCOMPARE(model.index(0, Col::Name).data().toString(), QStringLiteral("(AMQP default)"));
        QCOMPARE(model.index(0, Col::Name).data(SnapshotTableModel::SortRole).toString(), QString());
        QCOMPARE(model.index(1, Col::Name).data().toString(), QStringLiteral("amq.direct"));
    }

    void showsTypeFlagsAndBindings()
    {
        ExchangeTableModel model;
        BrokerSnapshot s = standard(1000);
        s.exchanges[2].internal = true;
        s.exchanges[2].autoDelete = true;
        model.applySnapshot(s);
        QCOMPARE(model.index(2, Col::Type).data().toString(), QStringLiteral("topic"));
        QCOMPARE(model.index(2, Col::Features).data().toString(), QStringLiteral("D AD I"));
        QCOMPARE(model.index(3, Col::Bindings).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(3, Col::VirtualHost).data().toString(), QStringLiteral("/"));
    }

    void newBindingEmitsDataChangedForThatExchangeOnly()
    {
        ExchangeTableModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(standard(1000));
        ModelSignalRecorder rec(&model);
        BrokerSnapshot s = standard(1250);
        s.exchanges[3].bindingsOut = 3;
        model.applySnapshot(s);
        QCOMPARE(rec.changed.count(), 1);
        QCOMPARE(rec.changedRows(), std::make_pair(3, 3));
        QCOMPARE(rec.inserted.count() + rec.removed.count() + rec.reset.count(), 0);
    }

    void declaredAndDeletedExchangesInsertAndRemoveRows()
    {
        ExchangeTableModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(standard(1000));
        ModelSignalRecorder rec(&model);
        BrokerSnapshot s = standard(1250);
        s.exchanges.push_back(exchange("/", "events", "fanout"));
        model.applySnapshot(s);
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(4, 4));
        QCOMPARE(rec.changed.count() + rec.removed.count() + rec.reset.count(), 0);

        rec.clear();
        s.takenAtMs = 1500;
        s.exchanges.erase(s.exchanges.begin() + 3); // orders
        model.applySnapshot(s);
        QCOMPARE(rec.removed.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.removed), std::make_pair(3, 3));
        QCOMPARE(rec.changed.count() + rec.inserted.count() + rec.reset.count(), 0);
        QCOMPARE(model.index(3, Col::Name).data().toString(), QStringLiteral("events"));
    }

    void inRateFollowsPublishedCounter()
    {
        ExchangeTableModel model;
        BrokerSnapshot s = standard(0);
        model.applySnapshot(s);
        s.takenAtMs = 2000;
        s.exchanges[3].publishedIn = 500;
        s.exchanges[3].routedOut = 1000;
        model.applySnapshot(s);
        QCOMPARE(model.index(3, Col::InRate).data(SnapshotTableModel::SortRole).toDouble(), 250.0);
        QCOMPARE(model.index(3, Col::OutRate).data(SnapshotTableModel::SortRole).toDouble(), 500.0);
        QCOMPARE(model.index(0, Col::InRate).data(SnapshotTableModel::SortRole).toDouble(), 0.0);
    }
};

QTEST_MAIN(TestExchangeTableModel)
#include "tst_exchange_table_model.moc"
