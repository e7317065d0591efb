// The Users tab (issue 7): one row per user and vhost permission (users
// without permissions get one row), the selection survives a refresh, and
// nothing can be changed while no broker runs.
#include "views/users_page.h"

#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace warren;

namespace {
metrics::BrokerSnapshot snapshot()
{
    metrics::BrokerSnapshot s;
    s.vhosts = {QStringLiteral("/"), QStringLiteral("orders")};
    s.users = {metrics::UserSnapshot{QStringLiteral("alice"), {QStringLiteral("monitoring")}},
               metrics::UserSnapshot{QStringLiteral("bob"), {}},
               metrics::UserSnapshot{QStringLiteral("guest"), {QStringLiteral("administrator")}}};
    s.permissions = {
        metrics::PermissionSnapshot{QStringLiteral("alice"), QStringLiteral("/"), QStringLiteral("^a-"),
                                    QStringLiteral(".*"), QStringLiteral(".*")},
        metrics::PermissionSnapshot{QStringLiteral("alice"), QStringLiteral("orders"), QStringLiteral(""),
                                    QStringLiteral("^o"), QStringLiteral("^o")},
        metrics::PermissionSnapshot{QStringLiteral("guest"), QStringLiteral("/"), QStringLiteral(".*"),
                                    QStringLiteral(".*"), QStringLiteral(".*")}};
    return s;
}
} // namespace

class TstUsersPage : public QObject {
    Q_OBJECT
private slots:
    void oneRowPerUserAndVhostPermission()
    {
        widgets::UsersPage page;
        page.applySnapshot(snapshot());
        QTableWidget *t = page.table();
        QCOMPARE(t->rowCount(), 4); // alice x2, bob (none), guest
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("alice"));
        QCOMPARE(t->item(0, 1)->text(), QStringLiteral("monitoring"));
        QCOMPARE(t->item(1, 2)->text(), QStringLiteral("orders"));
        QCOMPARE(t->item(1, 4)->text(), QStringLiteral("^o"));
        QCOMPARE(t->item(2, 0)->text(), QStringLiteral("bob"));
        QCOMPARE(t->item(2, 2)->text(), QString());
    }
    void selectionSurvivesARefresh()
    {
        widgets::UsersPage page;
        page.applySnapshot(snapshot());
        page.table()->selectRow(3);
        auto changed = snapshot();
        changed.users[1].tags = {QStringLiteral("management")};
        page.applySnapshot(changed);
        const auto rows = page.table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(page.table()->item(rows.first().row(), 0)->text(), QStringLiteral("guest"));
        QCOMPARE(page.table()->item(2, 1)->text(), QStringLiteral("management"));
    }
    void buttonsAreDisabledWithoutABroker()
    {
        widgets::UsersPage page;
        page.applySnapshot(snapshot());
        page.table()->selectRow(0);
        for (QPushButton *b : page.findChildren<QPushButton *>())
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
    }
};

QTEST_MAIN(TstUsersPage)
#include "tst_users_page.moc"
