// ConnectionTableModel: rows keyed by connection id; byte rates.

#include "model_signal_recorder.h"
#include "snapshot_script.h"

#include <models/connection_table_model.h>

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;
using Col = ConnectionTableModel::Column;

class TestConnectionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreKeyedByConnectionId()
    {
        ConnectionTableModel model;
        QAbstractItemModelTester tester(&model);
        BrokerSnapshot s = snapshotAt(1000);
        s.connections = {connection(1, "127.0.0.1:5000")};
        model.applySnapshot(s);
        ModelSignalRecorder rec(&model);
        // The same peer address reconnects as a new connection (new id).
        s.takenAtMs = 1250;
        s.connections = {connection(2, "127.0.0.1:5000")};
        model.applySnapshot(s);
        QCOMPARE(rec.removed.count(), 1);
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(rec.changed.count(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(SnapshotTableModel::KeyRole).toString(), QStringLiteral("2"));
    }

    void showsPeerClientUserVhostAndChannels()
    {
        ConnectionTableModel model;
        BrokerSnapshot s = snapshotAt(1000);
        auto c = connection(7, "10.0.0.7:40122", "amqplib", "0.10.3");
        c.user = "svc";
        c.vhost = "staging";
        c.channels = 4;
        s.connections = {c};
        model.applySnapshot(s);
        QCOMPARE(model.index(0, Col::Peer).data().toString(), QStringLiteral("10.0.0.7:40122"));
        QCOMPARE(model.index(0, Col::Client).data().toString(), QStringLiteral("amqplib 0.10.3"));
        QCOMPARE(model.index(0, Col::User).data().toString(), QStringLiteral("svc"));
        QCOMPARE(model.index(0, Col::VirtualHost).data().toString(), QStringLiteral("staging"));
        QCOMPARE(model.index(0, Col::Channels).data().toString(), QStringLiteral("4"));
    }

    void openedChannelEmitsDataChangedForThatConnectionOnly()
    {
        ConnectionTableModel model;
        BrokerSnapshot s = snapshotAt(1000);
        s.connections = {connection(1, "a:1"), connection(2, "b:2"), connection(3, "c:3")};
        model.applySnapshot(s);
        ModelSignalRecorder rec(&model);
        s.takenAtMs = 1250;
        s.connections[1].channels = 2;
        model.applySnapshot(s);
        QCOMPARE(rec.changed.count(), 1);
        QCOMPARE(rec.changedRows(), std::make_pair(1, 1));
        QCOMPARE(rec.inserted.count() + rec.removed.count() + rec.reset.count(), 0);
    }

    void byteRatesFromCumulativeCounters()
    {
        ConnectionTableModel model;
        BrokerSnapshot s = snapshotAt(0);
        s.connections = {connection(1, "a:1")};
        model.applySnapshot(s);
        s.takenAtMs = 1000;
        s.connections[0].bytesIn = 2048;
        s.connections[0].bytesOut = 3 * 1024 * 1024;
        model.applySnapshot(s);
        QCOMPARE(model.index(0, Col::ReceiveRate).data(SnapshotTableModel::SortRole).toDouble(), 2048.0);
        QCOMPARE(model.index(0, Col::ReceiveRate).data().toString(),
                 QLocale().formattedDataSize(2048, 1, QLocale::DataSizeIecFormat) + "/s");
        QCOMPARE(model.index(0, Col::SendRate).data(SnapshotTableModel::SortRole).toDouble(),
                 3.0 * 1024 * 1024);
    }
};

QTEST_MAIN(TestConnectionTableModel)
#include "tst_connection_table_model.moc"
