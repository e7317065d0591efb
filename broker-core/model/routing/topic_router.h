#pragma once

#include "model/routing/router.h"

#include <limits>

namespace warren::model {

/// Splits a topic routing or binding key into its dot-separated words the way
/// RabbitMQ does: "" has no words; otherwise every dot separates two words, so
/// "a..b", ".a" and "a." contain empty words. Views point into `key`.
void splitTopicWords(std::string_view key, std::vector<std::string_view> &words);

/// Topic exchange matcher: a trie of binding-key words with `*` (exactly one
/// word) and `#` (zero or more words) edges.
///
/// Matching walks (node, word position) states; a state can be reached twice
/// only through `#`, so states at `#` nodes are memoised, which bounds a match
/// by (#-nodes x words) + other nodes instead of growing exponentially with
/// the number of `#` in a pattern.
///
/// Ownership: owns its trie (flat arrays, words copied). Thread-safety: immutable
/// after construction, match() may run concurrently.
class TopicRouter final : public Router {
public:
    explicit TopicRouter(std::span<const BindingSpec> bindings);
    void match(std::string_view routingKey, const FieldTable *headers,
               std::vector<std::uint32_t> &out) const override;
    std::size_t nodeCount() const { return m_nodes.size(); }

private:
    static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    struct Node {
        std::uint32_t edgeBegin = 0, edgeEnd = 0; // literal edges, sorted by word
        std::uint32_t star = kNone;               // child via `*`
        std::uint32_t hash = kNone;               // child via `#`
        std::uint32_t bindBegin = 0, bindEnd = 0; // binding indices ending here, ascending
        bool isHash = false;                      // reached through a `#` edge
    };
    struct Edge {
        std::string word;
        std::uint32_t child;
    };
    std::uint32_t literalChild(const Node &n, std::string_view word) const;

    std::vector<Node> m_nodes; // m_nodes[0] is the root
    std::vector<Edge> m_edges;
    std::vector<std::uint32_t> m_bindings;
};

} // namespace warren::model
