// Topic exchange routing against RabbitMQ's observed behaviour
// (routing_cases_observed.inc, produced by routing_cases_vs_rabbitmq.py).
#include "routing_test_util.h"

#include "model/routing/router.h"
#include "model/routing/topic_router.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace warren;
using namespace warren::model;
using namespace warren::model::test;

namespace {

struct ObservedTopicCase {
    std::string pattern, key;
    bool matches;
};

const std::vector<ObservedTopicCase> &observedTopicCases()
{
    static const std::vector<ObservedTopicCase> cases = [] {
        std::vector<ObservedTopicCase> v;
#define TOPIC_CASE(pattern, key, expected) v.push_back({pattern, key, expected});
#include "routing_cases_observed.inc"
#undef TOPIC_CASE
        return v;
    }();
    return cases;
}

/// Naive backtracking matcher written straight from the definition; exponential
/// in the worst case, only for small random cross-checks.
bool referenceMatch(const std::vector<std::string_view> &p, std::size_t i,
                    const std::vector<std::string_view> &k, std::size_t j)
{
    if (i == p.size())
        return j == k.size();
    if (p[i] == "#") {
        for (std::size_t skip = j; skip <= k.size(); ++skip)
            if (referenceMatch(p, i + 1, k, skip))
                return true;
        return false;
    }
    if (j == k.size())
        return false;
    return (p[i] == "*" || p[i] == k[j]) && referenceMatch(p, i + 1, k, j + 1);
}

bool referenceMatch(std::string_view pattern, std::string_view key)
{
    std::vector<std::string_view> p, k;
    splitTopicWords(pattern, p);
    splitTopicWords(key, k);
    return referenceMatch(p, 0, k, 0);
}

std::vector<std::uint32_t> routeTopic(const std::vector<std::string> &patterns, std::string_view key)
{
    const auto bindings = keysToBindings(patterns);
    return matchOnce(*buildRouter(ExchangeType::Topic, bindings), key);
}

} // namespace

class TstRoutingTopic : public QObject {
    Q_OBJECT
private slots:
    void topicWordsSplitLikeRabbitmq_data();
    void topicWordsSplitLikeRabbitmq();
    void topicEdgeCasesMatchRabbitmq_data();
    void topicEdgeCasesMatchRabbitmq();
    void topicBindingMatchesExactlyWhenRabbitmqDoes_data();
    void topicBindingMatchesExactlyWhenRabbitmqDoes();
    void allObservedPatternsInOneTrieRouteLikeRabbitmq_data();
    void allObservedPatternsInOneTrieRouteLikeRabbitmq();
    void keyReachingABindingByTwoTriePathsIsReportedOnce();
    void duplicateBindingsAreEachReportedInIndexOrder();
    void trieAgreesWithNaiveMatcherOnRandomPatterns();
    void manyHashWordsDoNotBlowUpMatching();
    void tenThousandBindingsBuildAndMatch();
};

void TstRoutingTopic::topicWordsSplitLikeRabbitmq_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QList<QByteArray>>("words");
    QTest::newRow("empty key has no words") << QByteArray("") << QList<QByteArray>{};
    QTest::newRow("one word") << QByteArray("a") << QList<QByteArray>{"a"};
    QTest::newRow("lone dot is two empty words") << QByteArray(".") << QList<QByteArray>{"", ""};
    QTest::newRow("double dot") << QByteArray("a..b") << QList<QByteArray>{"a", "", "b"};
    QTest::newRow("trailing dot") << QByteArray("a.") << QList<QByteArray>{"a", ""};
    QTest::newRow("leading dot") << QByteArray(".a") << QList<QByteArray>{"", "a"};
}

void TstRoutingTopic::topicWordsSplitLikeRabbitmq()
{
    QFETCH(QByteArray, key);
    QFETCH(QList<QByteArray>, words);
    const std::string k = key.toStdString();
    std::vector<std::string_view> got;
    splitTopicWords(k, got);
    QList<QByteArray> actual;
    for (auto w : got)
        actual.append(QByteArray(w.data(), qsizetype(w.size())));
    QCOMPARE(actual, words);
}

// The edge cases named in the design brief, each with its explanation. Rows
// that are also in the observed RabbitMQ matrix are checked against it too.
void TstRoutingTopic::topicEdgeCasesMatchRabbitmq_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("expected");
    auto row = [](const char *name, const char *p, const char *k, bool e) {
        QTest::newRow(name) << QByteArray(p) << QByteArray(k) << e;
    };
    row("star matches exactly one word", "a.*", "a.b", true);
    row("star does not match zero words", "a.*", "a", false);
    row("star does not match two words", "a.*", "a.b.c", false);
    row("star matches an empty word", "a.*", "a.", true);
    row("star does not match the empty key", "*", "", false);
    row("star matches the lone word", "*", "a", true);
    row("hash alone matches the empty key", "#", "", true);
    row("hash alone matches many words", "#", "a.b.c", true);
    row("hash alone matches a lone dot", "#", ".", true);
    row("trailing hash matches zero words", "a.#", "a", true);
    row("trailing hash matches several words", "a.#", "a.b.c", true);
    row("leading hash matches zero words", "#.a", "a", true);
    row("leading hash needs the last word", "#.a", "a.b", false);
    row("hash.hash matches the empty key", "#.#", "", true);
    row("hash.hash matches one word", "#.#", "a", true);
    row("inner hash matches zero words", "a.#.b", "a.b", true);
    row("inner hash matches two words", "a.#.b", "a.x.y.b", true);
    row("inner star needs one word", "a.*.b", "a.b", false);
    row("inner star matches the empty word", "a.*.b", "a..b", true);
    row("stars at several places", "*.b.*.d", "x.b.y.d", true);
    row("stars at several places, wrong word", "*.b.*.d", "a.b.c.e", false);
    row("hashes at several places", "#.b.#.d", "a.b.c.d", true);
    row("many hashes then a word", "#.#.#.#.#.x", "a.b.c.d.e.f.g.h.i.j.x", true);
    row("many hashes, last word differs", "#.#.#.#.#.x", "x.x.x.x.x.y", false);
    row("empty binding key matches only the empty key", "", "", true);
    row("empty binding key is not one empty word", "", ".", false);
    row("lone dot binding matches lone dot key", ".", ".", true);
    row("words are case-sensitive", "A", "a", false);
    row("hash inside a word is literal", "a#", "a#", true);
    row("hash inside a word is not a wildcard", "a#", "ab", false);
    row("star inside a word is literal", "a*", "ab", false);
    row("a star in the routing key is just a word", "a", "*", false);
    row("a hash in the routing key is just a word", "a.b", "#", false);
    row("hash then star needs one word", "#.*", "", false);
    row("star then hash matches one word", "*.#", "a", true);
    row("trailing dot binding matches trailing dot key", "a.", "a.", true);
    row("trailing dot binding needs the empty word", "a.", "a", false);
}

void TstRoutingTopic::topicEdgeCasesMatchRabbitmq()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, key);
    QFETCH(bool, expected);
    for (const auto &c : observedTopicCases())
        if (c.pattern == pattern.toStdString() && c.key == key.toStdString())
            QCOMPARE(c.matches, expected);
    const bool matched = !routeTopic({pattern.toStdString()}, key.toStdString()).empty();
    QCOMPARE(matched, expected);
}

void TstRoutingTopic::topicBindingMatchesExactlyWhenRabbitmqDoes_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("expected");
    for (const auto &c : observedTopicCases())
        QTest::addRow("[%s] vs [%s]", c.pattern.c_str(), c.key.c_str())
            << QByteArray::fromStdString(c.pattern) << QByteArray::fromStdString(c.key) << c.matches;
}

void TstRoutingTopic::topicBindingMatchesExactlyWhenRabbitmqDoes()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, key);
    QFETCH(bool, expected);
    const auto got = routeTopic({pattern.toStdString()}, key.toStdString());
    QCOMPARE(got, expected ? std::vector<std::uint32_t>{0} : std::vector<std::uint32_t>{});
    QCOMPARE(referenceMatch(pattern.toStdString(), key.toStdString()), expected);
}

void TstRoutingTopic::allObservedPatternsInOneTrieRouteLikeRabbitmq_data()
{
    QTest::addColumn<QByteArray>("key");
    std::set<std::string> keys;
    for (const auto &c : observedTopicCases())
        if (keys.insert(c.key).second)
            QTest::addRow("[%s]", c.key.c_str()) << QByteArray::fromStdString(c.key);
}

void TstRoutingTopic::allObservedPatternsInOneTrieRouteLikeRabbitmq()
{
    QFETCH(QByteArray, key);
    std::vector<std::string> patterns;
    std::vector<std::uint32_t> expected;
    for (const auto &c : observedTopicCases()) {
        if (c.key != key.toStdString())
            continue;
        if (c.matches)
            expected.push_back(std::uint32_t(patterns.size()));
        patterns.push_back(c.pattern);
    }
    QCOMPARE(routeTopic(patterns, key.toStdString()), expected);
}

void TstRoutingTopic::keyReachingABindingByTwoTriePathsIsReportedOnce()
{
    // "#.a.#" reaches its end node for "a.a.a" through three placements of the
    // middle "a"; "#.#" and "#.#.#" through many splits of the words.
    const std::vector<std::string> patterns{"#.a.#", "*.#", "#.#", "a.a.a", "#.#.#", "#.*.#", "a.#.a"};
    const auto got = routeTopic(patterns, "a.a.a");
    QCOMPARE(got, (std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5, 6}));
}

void TstRoutingTopic::duplicateBindingsAreEachReportedInIndexOrder()
{
    const std::vector<std::string> patterns{"a.#", "#", "b", "a.#", "*", "#", "a.*"};
    QCOMPARE(routeTopic(patterns, "a"), (std::vector<std::uint32_t>{0, 1, 3, 4, 5}));
    QCOMPARE(routeTopic(patterns, "a.b"), (std::vector<std::uint32_t>{0, 1, 3, 5, 6}));
}

void TstRoutingTopic::trieAgreesWithNaiveMatcherOnRandomPatterns()
{
    std::mt19937 rng(20240611);
    const char *patternWords[] = {"a", "b", "", "*", "#"};
    const char *keyWords[] = {"a", "b", ""};
    auto randomKey = [&](const char *const *words, int choices, int maxWords) {
        const int n = int(rng() % (maxWords + 1));
        std::string key;
        for (int i = 0; i < n; ++i) {
            if (i)
                key += '.';
            key += words[rng() % choices];
        }
        return key;
    };
    for (int round = 0; round < 200; ++round) {
        std::vector<std::string> patterns;
        for (int i = 0; i < 40; ++i)
            patterns.push_back(randomKey(patternWords, 5, 5));
        const auto bindings = keysToBindings(patterns);
        const auto router = buildRouter(ExchangeType::Topic, bindings);
        for (int k = 0; k < 20; ++k) {
            const std::string key = randomKey(keyWords, 3, 6);
            std::vector<std::uint32_t> expected;
            for (std::uint32_t i = 0; i < patterns.size(); ++i)
                if (referenceMatch(patterns[i], key))
                    expected.push_back(i);
            const auto got = matchOnce(*router, key);
            if (got != expected)
                QFAIL(qPrintable(QStringLiteral("round %1 key [%2]").arg(round).arg(QString::fromStdString(key))));
        }
    }
}

void TstRoutingTopic::manyHashWordsDoNotBlowUpMatching()
{
    // A naive matcher explores C(60, 30) splits here; the memoised trie visits
    // at most (#-nodes x words) states.
    std::string pattern;
    for (int i = 0; i < 30; ++i)
        pattern += "#.";
    pattern += "x";
    std::string key;
    for (int i = 0; i < 60; ++i)
        key += (i ? ".w" : "w");
    QVERIFY(routeTopic({pattern}, key).empty());
    QCOMPARE(routeTopic({pattern}, key + ".x"), (std::vector<std::uint32_t>{0}));
}

void TstRoutingTopic::tenThousandBindingsBuildAndMatch()
{
    std::mt19937 rng(7);
    const char *vocabulary[] = {"orders", "eu", "us", "created", "paid", "shipped", "*", "#", "stock", "v1"};
    std::vector<std::string> patterns;
    for (int i = 0; i < 10000; ++i) {
        std::string p = "svc" + std::to_string(i % 500);
        const int extra = 1 + int(rng() % 4);
        for (int w = 0; w < extra; ++w)
            p += std::string(".") + vocabulary[rng() % 10];
        patterns.push_back(p);
    }
    QElapsedTimer timer;
    timer.start();
    const auto bindings = keysToBindings(patterns);
    const auto router = buildRouter(ExchangeType::Topic, bindings);
    const qint64 buildMs = timer.elapsed();

    timer.restart();
    std::size_t matched = 0;
    std::vector<std::uint32_t> out;
    for (int i = 0; i < 10000; ++i) {
        out.clear();
        const std::string key = "svc" + std::to_string(i % 500) + ".orders.eu.created";
        router->match(key, nullptr, out);
        QVERIFY(std::is_sorted(out.begin(), out.end()));
        QVERIFY(std::adjacent_find(out.begin(), out.end()) == out.end());
        matched += out.size();
    }
    const qint64 matchMs = timer.elapsed();
    qDebug("10,000 topic bindings: %zu trie nodes, built in %lld ms; 10,000 matches in %lld ms (%zu hits)",
           static_cast<const TopicRouter &>(*router).nodeCount(), buildMs, matchMs, matched);
    QVERIFY(matched > 0);
    // Spot-check against the naive matcher.
    const std::string key = "svc7.orders.eu.created";
    std::vector<std::uint32_t> expected;
    for (std::uint32_t i = 0; i < patterns.size(); ++i)
        if (referenceMatch(patterns[i], key))
            expected.push_back(i);
    QCOMPARE(matchOnce(*router, key), expected);
}

QTEST_APPLESS_MAIN(TstRoutingTopic)
#include "tst_routing_topic.moc"
