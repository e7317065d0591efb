// Users and permissions (issue 7): RabbitMQ's password hash format, the
// configure/write/read patterns, loopback-only guest, runtime vhosts, and the
// SQLite AccessStore (first-boot defaults, reopen).
#include "model/access_control.h"
#include "model/broker.h"
#include "model/password_hash.h"
#include "storage/metadata/metadata_store.h"
#include "storage/metadata/sql_access_store.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using model::Permission;

class TstAccessControl : public QObject {
    Q_OBJECT
private slots:
    void hashIsBase64OfSaltAndSha256OfSaltPlusPassword()
    {
        const std::string salt("\x90\x8d\xc6\x0a", 4);
        const std::string hash = model::hashPasswordWithSalt("test12", salt);
        const QByteArray raw = QByteArray::fromBase64(QByteArray::fromStdString(hash));
        QCOMPARE(raw.size(), 36);
        QCOMPARE(raw.left(4), QByteArray(salt.data(), 4));
        QCOMPARE(raw.mid(4), QCryptographicHash::hash(QByteArray(salt.data(), 4) + "test12", QCryptographicHash::Sha256));
        QVERIFY(model::checkPassword(hash, "test12"));
        QVERIFY(!model::checkPassword(hash, "test13"));
    }
    void checksAHashMadeByRabbitmqctl()
    {
        // rabbitmqctl add_user alice secret; rabbitmqctl export_definitions (RabbitMQ 3.10.8)
        QVERIFY(model::checkPassword("fnS8bwHpXX58v32/EhbDPkurQMNlBppK9g+uGQIc6y8i2CtW", "secret"));
        QVERIFY(!model::checkPassword("fnS8bwHpXX58v32/EhbDPkurQMNlBppK9g+uGQIc6y8i2CtW", "Secret"));
        // RabbitMQ's own first-boot guest
        QVERIFY(model::checkPassword("PfqAp6092ZMzPESqcjzjSYT3XASaH2Jh0ntJkX2sta07uMXK", "guest"));
    }
    void eachHashHasItsOwnSalt() { QVERIFY(model::hashPassword("x") != model::hashPassword("x")); }
    void emptyOrMalformedHashMatchesNothing()
    {
        QVERIFY(!model::checkPassword("", ""));
        QVERIFY(!model::checkPassword("not base64!", "x"));
        QVERIFY(!model::checkPassword("AAAA", "x"));
    }

    void patternsMatchUnanchoredLikeRabbitmq_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("all") << ".*" << "anything" << true;
        QTest::newRow("prefix") << "^app\\." << "app.orders" << true;
        QTest::newRow("prefix-miss") << "^app\\." << "other.app.orders" << false;
        QTest::newRow("unanchored") << "orders" << "app.orders.eu" << true;
        QTest::newRow("empty-means-^$") << "" << "q" << false;
        QTest::newRow("empty-matches-empty") << "" << "" << true;
        QTest::newRow("alternation") << "^(a|b)$" << "b" << true;
    }
    void patternsMatchUnanchoredLikeRabbitmq()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QFETCH(bool, allowed);
        const std::string p = pattern.toStdString();
        model::VhostAccess access(model::PermissionPatterns{p, p, p});
        for (Permission perm : {Permission::Configure, Permission::Write, Permission::Read})
            QCOMPARE(access.allows(perm, name.toStdString()), allowed);
    }
    void eachPermissionUsesItsOwnPattern()
    {
        model::VhostAccess access(model::PermissionPatterns{"^cfg", "^w", "^r"});
        QVERIFY(access.allows(Permission::Configure, "cfg.q"));
        QVERIFY(!access.allows(Permission::Write, "cfg.q"));
        QVERIFY(access.allows(Permission::Write, "w.x"));
        QVERIFY(!access.allows(Permission::Read, "w.x"));
        QVERIFY(access.allows(Permission::Read, "r.q"));
    }
    void refusedTextIsRabbitmqs()
    {
        QCOMPARE(QString::fromStdString(model::accessRefusedText(model::ResourceKind::Queue, "q", "/", "u")),
                 QStringLiteral("access to queue 'q' in vhost '/' refused for user 'u'"));
        QCOMPARE(QString::fromStdString(model::accessRefusedText(model::ResourceKind::Exchange, "x", "v", "u")),
                 QStringLiteral("access to exchange 'x' in vhost 'v' refused for user 'u'"));
    }
    void invalidPatternIsRefused()
    {
        model::AccessControl ac;
        QVERIFY(ac.addUser("u", "p", {}));
        QVERIFY(!ac.setPermissions("u", "/", model::PermissionPatterns{"(", ".*", ".*"}));
        QVERIFY(!ac.access("u", "/"));
    }

    void wrongPasswordAndUnknownUserAreRefused()
    {
        model::AccessControl ac;
        QVERIFY(ac.addUser("alice", "secret", {"administrator"}));
        QVERIFY(ac.authenticate("alice", "secret", false));
        QVERIFY(!ac.authenticate("alice", "Secret", true));
        QVERIFY(!ac.authenticate("bob", "secret", true));
        QVERIFY(!ac.addUser("alice", "again", {}));
    }
    void guestOnlyFromLoopback()
    {
        model::AccessControl ac;
        QVERIFY(ac.addUser("guest", "guest", {}));
        QVERIFY(ac.authenticate("guest", "guest", true));
        std::string why;
        QVERIFY(!ac.authenticate("guest", "guest", false, &why));
        QVERIFY(why.find("localhost") != std::string::npos);
    }
    void changesBumpTheVersionAndPermissionsFollow()
    {
        model::AccessControl ac;
        QVERIFY(ac.addUser("u", "p", {}));
        const auto v0 = ac.version();
        QVERIFY(!ac.access("u", "/"));
        QVERIFY(ac.setPermissions("u", "/", model::PermissionPatterns{".*", ".*", ".*"}));
        QVERIFY(ac.version() > v0);
        QVERIFY(ac.access("u", "/")->allows(Permission::Read, "q"));
        QVERIFY(ac.clearPermissions("u", "/"));
        QVERIFY(!ac.access("u", "/"));
        QVERIFY(ac.setPassword("u", "new"));
        QVERIFY(ac.authenticate("u", "new", true));
        QVERIFY(ac.deleteUser("u"));
        QVERIFY(!ac.authenticate("u", "new", true));
    }

    void vhostsAreAddedAndDeletedAtRuntime()
    {
        model::Broker broker;
        QVERIFY(broker.addVhost("v1"));
        QVERIFY(!broker.addVhost("v1"));
        model::VirtualHost *vh = broker.vhost("v1");
        QVERIFY(vh);
        QVERIFY(vh->declareQueue("q", model::QueueOptions{}, false, ConnectionId{1}));
        QVERIFY(broker.access().addUser("u", "p", {}));
        QVERIFY(broker.setPermissions("u", "v1", model::PermissionPatterns{".*", ".*", ".*"}));
        QVERIFY(!broker.setPermissions("u", "nope", model::PermissionPatterns{".*", ".*", ".*"}));
        QVERIFY(broker.deleteVhost("v1"));
        QVERIFY(!broker.vhost("v1"));
        QVERIFY(vh->queues().empty()); // retired, emptied, still valid
        QVERIFY(!broker.access().access("u", "v1"));
        QVERIFY(!broker.deleteVhost("/"));
    }

    void freshDatabaseGetsGuestWithFullPermissionsOnRoot()
    {
        auto meta = storage::MetadataStore::openInMemory();
        QVERIFY(meta);
        storage::SqlAccessStore store(*meta);
        QVERIFY(store.initialise());
        const auto defs = store.loadAccess();
        QCOMPARE(defs.users.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(defs.users[0].name), QStringLiteral("guest"));
        QCOMPARE(defs.users[0].tags, std::vector<std::string>{"administrator"});
        QVERIFY(model::checkPassword(defs.users[0].passwordHash, "guest"));
        QCOMPARE(defs.vhosts, std::vector<std::string>{"/"});
        QCOMPARE(defs.permissions.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(defs.permissions[0].patterns.write), QStringLiteral(".*"));
    }
    void storedChangesSurviveAReopenAndDefaultsAreNotReseeded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("metadata.db"));
        {
            auto meta = storage::MetadataStore::open(path, nullptr);
            storage::SqlAccessStore store(*meta);
            QVERIFY(store.initialise());
            model::Broker broker;
            broker.loadAccess(store.loadAccess());
            broker.setAccessStore(&store);
            QVERIFY(broker.addVhost("orders"));
            QVERIFY(broker.access().addUser("alice", "secret", {"monitoring"}));
            QVERIFY(broker.setPermissions("alice", "orders", model::PermissionPatterns{"^a", "^b", "^c"}));
            QVERIFY(broker.access().deleteUser("guest"));
            broker.setAccessStore(nullptr);
        }
        auto meta = storage::MetadataStore::open(path, nullptr);
        storage::SqlAccessStore store(*meta);
        QVERIFY(store.initialise());
        model::Broker broker;
        broker.loadAccess(store.loadAccess());
        QVERIFY(broker.vhost("orders"));
        QVERIFY(!broker.access().hasUser("guest"));
        QVERIFY(broker.access().authenticate("alice", "secret", false));
        auto access = broker.access().access("alice", "orders");
        QVERIFY(access);
        QVERIFY(access->allows(Permission::Write, "b1"));
        QVERIFY(!access->allows(Permission::Write, "a1"));
    }
};

QTEST_GUILESS_MAIN(TstAccessControl)
#include "tst_access_control.moc"
