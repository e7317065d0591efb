// Direct and fanout exchange routing, and the exchange type names.
#include "routing_test_util.h"

#include "model/routing/router.h"

#include <QTest>

using namespace warren;
using namespace warren::model;
using namespace warren::model::test;

class TstRoutingDirectFanout : public QObject {
    Q_OBJECT
private slots:
    void exchangeTypeNamesRoundTrip();
    void unknownExchangeTypeNameIsRejected_data();
    void unknownExchangeTypeNameIsRejected();
    void directMatchesOnlyEqualKeysAsRabbitmqDoes_data();
    void directMatchesOnlyEqualKeysAsRabbitmqDoes();
    void directReportsEveryBindingWithTheKeyInIndexOrder();
    void fanoutMatchesEveryBindingWhateverTheKey_data();
    void fanoutMatchesEveryBindingWhateverTheKey();
    void matchAppendsAfterExistingOutput();
    void routerWithNoBindingsMatchesNothing();
};

void TstRoutingDirectFanout::exchangeTypeNamesRoundTrip()
{
    for (ExchangeType t : {ExchangeType::Direct, ExchangeType::Fanout, ExchangeType::Topic, ExchangeType::Headers})
        QCOMPARE(exchangeTypeFromString(toString(t)), std::optional(t));
    QCOMPARE(toString(ExchangeType::Headers), std::string_view("headers"));
}

void TstRoutingDirectFanout::unknownExchangeTypeNameIsRejected_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("upper case") << QByteArray("Direct");
    QTest::newRow("plugin type") << QByteArray("x-consistent-hash");
    QTest::newRow("trailing space") << QByteArray("topic ");
}

void TstRoutingDirectFanout::unknownExchangeTypeNameIsRejected()
{
    QFETCH(QByteArray, name);
    QVERIFY(!exchangeTypeFromString(name.toStdString()).has_value());
}

void TstRoutingDirectFanout::directMatchesOnlyEqualKeysAsRabbitmqDoes_data()
{
    QTest::addColumn<QByteArray>("bindingKey");
    QTest::addColumn<QByteArray>("routingKey");
    QTest::addColumn<bool>("expected");
#define DIRECT_CASE(pattern, key, expected)                                                      \
    QTest::addRow("[%s] vs [%s]", std::string(pattern).c_str(), std::string(key).c_str())       \
        << QByteArray::fromStdString(pattern) << QByteArray::fromStdString(key) << (expected);
#include "routing_cases_observed.inc"
#undef DIRECT_CASE
}

void TstRoutingDirectFanout::directMatchesOnlyEqualKeysAsRabbitmqDoes()
{
    QFETCH(QByteArray, bindingKey);
    QFETCH(QByteArray, routingKey);
    QFETCH(bool, expected);
    const std::vector<BindingSpec> bindings{{bindingKey.toStdString(), {}}};
    const auto router = buildRouter(ExchangeType::Direct, bindings);
    QCOMPARE(matchOnce(*router, routingKey.toStdString()), expected ? std::vector<std::uint32_t>{0} : std::vector<std::uint32_t>{});
}

void TstRoutingDirectFanout::directReportsEveryBindingWithTheKeyInIndexOrder()
{
    const auto bindings = keysToBindings({"b", "a", "c", "a", "", "a"});
    const auto router = buildRouter(ExchangeType::Direct, bindings);
    QCOMPARE(matchOnce(*router, "a"), (std::vector<std::uint32_t>{1, 3, 5}));
    QCOMPARE(matchOnce(*router, ""), (std::vector<std::uint32_t>{4}));
    QCOMPARE(matchOnce(*router, "d"), (std::vector<std::uint32_t>{}));
}

void TstRoutingDirectFanout::fanoutMatchesEveryBindingWhateverTheKey_data()
{
    QTest::addColumn<QByteArray>("bindingKey");
    QTest::addColumn<QByteArray>("routingKey");
    QTest::addColumn<bool>("expected");
#define FANOUT_CASE(pattern, key, expected)                                                      \
    QTest::addRow("[%s] vs [%s]", std::string(pattern).c_str(), std::string(key).c_str())       \
        << QByteArray::fromStdString(pattern) << QByteArray::fromStdString(key) << (expected);
#include "routing_cases_observed.inc"
#undef FANOUT_CASE
}

void TstRoutingDirectFanout::fanoutMatchesEveryBindingWhateverTheKey()
{
    QFETCH(QByteArray, bindingKey);
    QFETCH(QByteArray, routingKey);
    QFETCH(bool, expected);
    const std::vector<BindingSpec> bindings{{"other", {}}, {bindingKey.toStdString(), {}}};
    const auto router = buildRouter(ExchangeType::Fanout, bindings);
    const std::vector<std::uint32_t> want = expected ? std::vector<std::uint32_t>{0, 1} : std::vector<std::uint32_t>{0};
    QCOMPARE(matchOnce(*router, routingKey.toStdString()), want);
}

void TstRoutingDirectFanout::matchAppendsAfterExistingOutput()
{
    const auto bindings = keysToBindings({"a", "a"});
    for (ExchangeType t : {ExchangeType::Direct, ExchangeType::Fanout, ExchangeType::Topic, ExchangeType::Headers}) {
        const auto router = buildRouter(t, bindings);
        std::vector<std::uint32_t> out{99, 7};
        router->match("a", nullptr, out);
        QCOMPARE(out, (std::vector<std::uint32_t>{99, 7, 0, 1}));
    }
}

void TstRoutingDirectFanout::routerWithNoBindingsMatchesNothing()
{
    for (ExchangeType t : {ExchangeType::Direct, ExchangeType::Fanout, ExchangeType::Topic, ExchangeType::Headers}) {
        const auto router = buildRouter(t, {});
        QVERIFY(router);
        QVERIFY(matchOnce(*router, "").empty());
        QVERIFY(matchOnce(*router, "a.b").empty());
    }
}

QTEST_APPLESS_MAIN(TstRoutingDirectFanout)
#include "tst_routing_direct_fanout.moc"
