#include "model/routing/topic_router.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace warren::model {

void splitTopicWords(std::string_view key, std::vector<std::string_view> &words)
{
    words.clear();
    if (key.empty())
        return; // RabbitMQ: the empty key is zero words, not one empty word
    std::size_t start = 0;
    for (;;) {
        const std::size_t dot = key.find('.', start);
        if (dot == std::string_view::npos) {
            words.push_back(key.substr(start));
            return;
        }
        words.push_back(key.substr(start, dot - start));
        start = dot + 1;
    }
}

namespace {
struct BuildNode {
    std::map<std::string, std::uint32_t, std::less<>> literals;
    std::uint32_t star = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t hash = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> bindings;
    bool isHash = false;
};
} // namespace

TopicRouter::TopicRouter(std::span<const BindingSpec> bindings)
{
    // Build with maps, then flatten into arrays that are cheap to search.
    std::vector<BuildNode> build(1);
    std::vector<std::string_view> words;
    for (std::uint32_t i = 0; i < bindings.size(); ++i) {
        splitTopicWords(bindings[i].key, words);
        std::uint32_t node = 0;
        for (std::string_view w : words) {
            std::uint32_t next;
            if (w == "*" || w == "#") {
                const bool isHash = (w == "#");
                next = isHash ? build[node].hash : build[node].star;
                if (next == kNone) {
                    next = std::uint32_t(build.size());
                    build.emplace_back().isHash = isHash; // invalidates references into build
                    (isHash ? build[node].hash : build[node].star) = next;
                }
            } else {
                auto it = build[node].literals.find(w);
                if (it == build[node].literals.end()) {
                    next = std::uint32_t(build.size());
                    build[node].literals.emplace(std::string(w), next);
                    build.emplace_back();
                } else {
                    next = it->second;
                }
            }
            node = next;
        }
        build[node].bindings.push_back(i); // i ascends, so each list is sorted
    }

    m_nodes.resize(build.size());
    for (std::size_t n = 0; n < build.size(); ++n) {
        Node &out = m_nodes[n];
        BuildNode &in = build[n];
        out.edgeBegin = std::uint32_t(m_edges.size());
        for (auto &[word, child] : in.literals)
            m_edges.push_back({word, child});
        out.edgeEnd = std::uint32_t(m_edges.size());
        out.star = in.star;
        out.hash = in.hash;
        out.isHash = in.isHash;
        out.bindBegin = std::uint32_t(m_bindings.size());
        m_bindings.insert(m_bindings.end(), in.bindings.begin(), in.bindings.end());
        out.bindEnd = std::uint32_t(m_bindings.size());
    }
}

std::uint32_t TopicRouter::literalChild(const Node &n, std::string_view word) const
{
    auto first = m_edges.begin() + n.edgeBegin;
    auto last = m_edges.begin() + n.edgeEnd;
    auto it = std::lower_bound(first, last, word,
                               [](const Edge &e, std::string_view w) { return std::string_view(e.word) < w; });
    return (it != last && it->word == word) ? it->child : kNone;
}

void TopicRouter::match(std::string_view routingKey, const FieldTable *,
                        std::vector<std::uint32_t> &out) const
{
    std::vector<std::string_view> words;
    splitTopicWords(routingKey, words);
    const std::uint32_t n = std::uint32_t(words.size());
    const std::size_t firstOut = out.size();

    // State (node, pos): at `node` with words[0, pos) consumed. Only states at
    // `#` nodes can be reached more than once (every other node has a single
    // parent edge that consumes exactly one word), so only they are memoised.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stack{{0, 0}};
    std::unordered_set<std::uint64_t> seenHashStates;
    while (!stack.empty()) {
        const auto [id, pos] = stack.back();
        stack.pop_back();
        const Node &node = m_nodes[id];
        if (node.isHash && !seenHashStates.insert((std::uint64_t(id) << 32) | pos).second)
            continue;
        if (pos == n)
            out.insert(out.end(), m_bindings.begin() + node.bindBegin, m_bindings.begin() + node.bindEnd);
        if (node.hash != kNone)
            stack.emplace_back(node.hash, pos); // `#` matching zero words
        if (pos < n) {
            if (node.isHash)
                stack.emplace_back(id, pos + 1); // this `#` swallows one more word
            if (node.star != kNone)
                stack.emplace_back(node.star, pos + 1);
            const std::uint32_t lit = literalChild(node, words[pos]);
            if (lit != kNone)
                stack.emplace_back(lit, pos + 1);
        }
    }
    // Each node is reported at most once; unique() is a cheap guard anyway.
    std::sort(out.begin() + firstOut, out.end());
    out.erase(std::unique(out.begin() + firstOut, out.end()), out.end());
}

} // namespace warren::model
