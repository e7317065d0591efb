#pragma once
// RecordMatcher: does a decoded Kafka record contain a search text — in its
// key, value, a header (key or value) or any of them? It looks at the
// record's spans (into the batch or its decompressed buffer) and allocates
// nothing per record, so a search can scan millions of records a second.
//
// Substring search is Horspool's algorithm over bytes through a fold table
// (identity, or ASCII lower-casing when case-insensitive). A case-insensitive
// text with non-ASCII letters (whose case ASCII folding misses) is matched
// by decoding the candidate bytes as UTF-8 and comparing with Qt's Unicode
// folding instead: correct, slower.
//
// Immutable after construction; any thread.

#include "api/command_api.h"
#include "kafka/codec/record_batch.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace warren::net {

class RecordMatcher {
public:
    explicit RecordMatcher(const api::RecordSearch &search);

    /// No text: every record matches.
    bool matchesEverything() const { return m_needle.empty(); }
    bool matches(const kafka::RecordView &record) const;
    /// Whether `haystack` contains the text (per the case rule).
    bool contains(std::span<const std::byte> haystack) const;

private:
    bool containsFolded(const unsigned char *data, std::size_t size) const;
    bool containsUnicode(std::span<const std::byte> haystack) const;

    api::SearchScope m_scope;
    std::string m_needle;                      // folded when case-insensitive
    std::array<unsigned char, 256> m_fold{};   // byte -> compared byte
    std::array<std::size_t, 256> m_skip{};     // Horspool's shift per folded byte
    bool m_unicode = false;                    // fold with QString (non-ASCII letters)
    QString m_text;                            // the original text, for the Unicode path
};

} // namespace warren::net
