// Headers exchange routing against RabbitMQ's observed behaviour
// (routing_cases_observed.inc, produced by routing_cases_vs_rabbitmq.py).
#include "routing_test_util.h"

#include "model/routing/headers_match.h"
#include "model/routing/router.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <map>

using namespace warren;
using namespace warren::model;
using namespace warren::model::test;

namespace {

struct ObservedHeadersCase {
    std::string name;
    FieldTable binding;
    OptionalTable headers;
    bool matches;
};

const std::vector<ObservedHeadersCase> &observedHeadersCases()
{
    static const std::vector<ObservedHeadersCase> cases = [] {
        std::vector<ObservedHeadersCase> v;
#define HEADERS_CASE(name, binding, headers, expected) v.push_back({name, binding, headers, expected});
#include "routing_cases_observed.inc"
#undef HEADERS_CASE
        return v;
    }();
    return cases;
}

} // namespace

class TstRoutingHeaders : public QObject {
    Q_OBJECT
private slots:
    void headersBindingMatchesExactlyWhenRabbitmqDoes_data();
    void headersBindingMatchesExactlyWhenRabbitmqDoes();
    void headersRouterReportsMatchingBindingsInIndexOrder_data();
    void headersRouterReportsMatchingBindingsInIndexOrder();
    void headerValuesCompareLikeErlang_data();
    void headerValuesCompareLikeErlang();
    void headersExchangeIgnoresTheRoutingKey();
    void firstOfDuplicateHeaderKeysIsTheOneCompared();
};

void TstRoutingHeaders::headersBindingMatchesExactlyWhenRabbitmqDoes_data()
{
    QTest::addColumn<FieldTable>("binding");
    QTest::addColumn<OptionalTable>("headers");
    QTest::addColumn<bool>("expected");
    for (const auto &c : observedHeadersCases())
        QTest::newRow(c.name.c_str()) << c.binding << c.headers << c.matches;
}

void TstRoutingHeaders::headersBindingMatchesExactlyWhenRabbitmqDoes()
{
    QFETCH(FieldTable, binding);
    QFETCH(OptionalTable, headers);
    QFETCH(bool, expected);
    const FieldTable *h = headers ? &*headers : nullptr;
    QCOMPARE(headersMatch(binding, h), expected);
    const std::vector<BindingSpec> bindings{{"ignored", binding}};
    QCOMPARE(matchOnce(*buildRouter(ExchangeType::Headers, bindings), "k", h),
             expected ? std::vector<std::uint32_t>{0} : std::vector<std::uint32_t>{});
}

// Each observed group's bindings routed together, one message at a time.
void TstRoutingHeaders::headersRouterReportsMatchingBindingsInIndexOrder_data()
{
    QTest::addColumn<std::vector<std::uint32_t>>("unused");
    std::map<std::string, bool> seen;
    for (const auto &c : observedHeadersCases()) {
        const std::string message = c.name.substr(0, c.name.find('/')) + "~" + c.name.substr(c.name.find('~') + 1);
        if (!seen[message])
            QTest::newRow(message.c_str()) << std::vector<std::uint32_t>{};
        seen[message] = true;
    }
}

void TstRoutingHeaders::headersRouterReportsMatchingBindingsInIndexOrder()
{
    const std::string row = QTest::currentDataTag();
    const std::string group = row.substr(0, row.find('~'));
    const std::string message = row.substr(row.find('~') + 1);
    std::vector<BindingSpec> bindings;
    std::vector<std::uint32_t> expected;
    const OptionalTable *headers = nullptr;
    for (const auto &c : observedHeadersCases()) {
        if (c.name.substr(0, c.name.find('/')) != group || c.name.substr(c.name.find('~') + 1) != message)
            continue;
        if (c.matches)
            expected.push_back(std::uint32_t(bindings.size()));
        bindings.push_back({"", c.binding});
        headers = &c.headers;
    }
    QVERIFY(headers);
    const auto router = buildRouter(ExchangeType::Headers, bindings);
    QCOMPARE(matchOnce(*router, "k", *headers ? &**headers : nullptr), expected);
}

void TstRoutingHeaders::headerValuesCompareLikeErlang_data()
{
    QTest::addColumn<FieldTable>("pair"); // {binding value, header value}
    QTest::addColumn<bool>("equal");
    auto row = [](const char *name, FieldValue b, FieldValue h, bool eq) {
        QTest::newRow(name) << table({{"b", std::move(b)}, {"h", std::move(h)}}) << eq;
    };
    row("I 1 equals l 1", std::int32_t(1), std::int64_t(1), true);
    row("I 1 equals double 1.0", std::int32_t(1), 1.0, true);
    row("I 1 is not bool true", std::int32_t(1), true, false);
    row("u 65535 equals i 65535", std::uint16_t(65535), std::uint32_t(65535), true);
    row("B 255 is not b -1", std::uint8_t(255), std::int8_t(-1), false);
    row("l 2^53+1 is not double 2^53", std::int64_t((1LL << 53) + 1), double(1LL << 53), false);
    row("l 2^53 equals double 2^53", std::int64_t(1LL << 53), double(1LL << 53), true);
    row("l max is not double 2^63", std::numeric_limits<std::int64_t>::max(), std::ldexp(1.0, 63), false);
    row("T equals l with the same seconds", Timestamp{1700000000}, std::int64_t(1700000000), true);
    row("float 0.1 is not double 0.1", 0.1f, 0.1, false);
    row("float 0.5 equals double 0.5", 0.5f, 0.5, true);
    row("double 0 equals double -0", 0.0, -0.0, true);
    row("int 0 equals double -0", std::int32_t(0), -0.0, true);
    row("NaN is not NaN", std::nan(""), std::nan(""), false);
    row("S equals x with the same bytes", "abc", ByteArray{"abc"}, true);
    row("S is not S of other case", "abc", "ABC", false);
    row("S 1 is not I 1", "1", std::int32_t(1), false);
    row("decimal compares scale and digits", Decimal{1, 10}, Decimal{0, 1}, false);
    row("decimal equal", Decimal{2, 314}, Decimal{2, 314}, true);
    row("decimal is not a number", Decimal{0, 1}, std::int32_t(1), false);
    row("bool false equals bool false", false, false, true);
    row("array element types must agree", FieldArray{std::int32_t(1)}, FieldArray{std::int64_t(1)}, false);
    row("array of S is not array of x", FieldArray{"a"}, FieldArray{ByteArray{"a"}}, false);
    row("arrays of equal typed elements", FieldArray{std::int8_t(1), "a"}, FieldArray{std::int8_t(1), "a"}, true);
    row("nested tables keep wire order",
        FieldValue(table({{"p", std::int32_t(1)}, {"q", std::int32_t(2)}})),
        FieldValue(table({{"q", std::int32_t(2)}, {"p", std::int32_t(1)}})), false);
    row("nested table value types must agree", FieldValue(table({{"k", std::int32_t(1)}})),
        FieldValue(table({{"k", std::int64_t(1)}})), false);
    row("void equals void", FieldValue(), FieldValue(), true);
    row("void is not I 0", FieldValue(), std::int32_t(0), false);
}

void TstRoutingHeaders::headerValuesCompareLikeErlang()
{
    QFETCH(FieldTable, pair);
    QFETCH(bool, equal);
    QCOMPARE(headerValuesEqual(pair.entries[0].second, pair.entries[1].second), equal);
    QCOMPARE(headerValuesEqual(pair.entries[1].second, pair.entries[0].second), equal); // Erlang == is symmetric
}

void TstRoutingHeaders::headersExchangeIgnoresTheRoutingKey()
{
    const std::vector<BindingSpec> bindings{{"a", table({{"x-match", "any"}, {"h", std::int32_t(1)}})},
                                            {"b", table({{"h", std::int32_t(2)}})}};
    const auto router = buildRouter(ExchangeType::Headers, bindings);
    const FieldTable headers = table({{"h", std::int32_t(1)}});
    QCOMPARE(matchOnce(*router, "b", &headers), (std::vector<std::uint32_t>{0}));
    QCOMPARE(matchOnce(*router, "", &headers), (std::vector<std::uint32_t>{0}));
}

void TstRoutingHeaders::firstOfDuplicateHeaderKeysIsTheOneCompared()
{
    // RabbitMQ keysorts the headers stably and compares the first entry of a
    // key; later duplicates are skipped.
    const FieldTable headers = table({{"h", std::int32_t(1)}, {"h", std::int32_t(2)}});
    QVERIFY(headersMatch(table({{"h", std::int32_t(1)}}), &headers));
    QVERIFY(!headersMatch(table({{"h", std::int32_t(2)}}), &headers));
}

QTEST_APPLESS_MAIN(TstRoutingHeaders)
#include "tst_routing_headers.moc"
