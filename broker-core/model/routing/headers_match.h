#pragma once
// The headers exchange's matching rules, exposed for the router and its tests.

#include "common/field_value.h"

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace warren::model {

enum class XMatch { All, Any, AllWithX, AnyWithX };

/// RabbitMQ's value equality for headers matching (Erlang `==` on the decoded
/// values, type tags ignored at the top level): all integer widths and
/// timestamps compare as numbers, also against floats/doubles (1 == 1.0);
/// long strings equal byte arrays with the same bytes; decimals equal only
/// decimals with the same scale and digits; booleans only booleans. Inside
/// arrays and tables the type tag takes part (an 'I' 1 element differs from an
/// 'l' 1 element), and tables compare in their wire order.
bool headerValuesEqual(const FieldValue &binding, const FieldValue &header);

/// One headers binding, prepared for matching: the x-match mode and the binding
/// arguments that take part (x-match itself never does; other "x-" keys only for
/// the -with-x modes), sorted by key as RabbitMQ sorts them.
///
/// Ownership: owns copies of the values. Thread-safety: immutable after
/// construction, matches() may run concurrently.
class HeadersPattern {
public:
    explicit HeadersPattern(const FieldTable &arguments);
    XMatch mode() const { return m_mode; }
    /// `sortedHeaders` are the message headers, stably sorted by key (see
    /// sortHeaders); empty when the message has none.
    bool matches(std::span<const std::pair<std::string, FieldValue> *const> sortedHeaders) const;

private:
    XMatch m_mode = XMatch::All;
    std::vector<std::pair<std::string, FieldValue>> m_pattern;
};

/// Header entries stably sorted by key (bytewise), as RabbitMQ keysorts them;
/// the pointers refer into `headers`.
std::vector<const std::pair<std::string, FieldValue> *> sortHeaders(const FieldTable *headers);

/// Convenience for one binding and one message (tests, diagnostics).
bool headersMatch(const FieldTable &bindingArguments, const FieldTable *headers);

} // namespace warren::model
