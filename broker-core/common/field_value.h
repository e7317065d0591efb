#pragma once
// Neutral typed values and tables, as carried in AMQP arguments and message
// headers. They belong to no wire protocol: the AMQP codec reads and writes
// them (RabbitMQ's type tags), the model compares them (queue arguments,
// headers-exchange matching) and the GUI shows them.
//
// Plain value types: no thread affinity, safe to copy between threads.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace warren {

struct Decimal {
    std::uint8_t scale = 0;
    std::int32_t value = 0;
    bool operator==(const Decimal &) const = default;
};

/// Seconds since the epoch (AMQP tag 'T').
struct Timestamp {
    std::uint64_t seconds = 0;
    bool operator==(const Timestamp &) const = default;
};

/// Raw bytes (RabbitMQ tag 'x'), kept apart from long strings ('S').
struct ByteArray {
    std::string bytes;
    bool operator==(const ByteArray &) const = default;
};

struct FieldValue;
using FieldArray = std::vector<FieldValue>;

/// An ordered table of named values. Order is kept so that a table is
/// re-encoded exactly as it was received; look-ups are linear (tables are small).
struct FieldTable {
    std::vector<std::pair<std::string, FieldValue>> entries;

    const FieldValue *find(std::string_view key) const;
    FieldValue *find(std::string_view key);
    /// Sets (replacing an existing entry with that key) and returns the value.
    FieldValue &set(std::string key, FieldValue value);
    bool remove(std::string_view key);
    // Defined below FieldValue: clang instantiates vector<pair<..., FieldValue>>
    // members at an in-class definition, where FieldValue is still incomplete.
    bool empty() const;
    std::size_t size() const;

    bool operator==(const FieldTable &) const;
};

struct FieldValue {
    using Variant = std::variant<std::monostate, // 'V' void
                                 bool,           // 't'
                                 std::int8_t,    // 'b'
                                 std::uint8_t,   // 'B'
                                 std::int16_t,   // 's'
                                 std::uint16_t,  // 'u'
                                 std::int32_t,   // 'I'
                                 std::uint32_t,  // 'i'
                                 std::int64_t,   // 'l'
                                 float,          // 'f'
                                 double,         // 'd'
                                 Decimal,        // 'D'
                                 std::string,    // 'S' long string
                                 FieldArray,     // 'A'
                                 Timestamp,      // 'T'
                                 FieldTable,     // 'F'
                                 ByteArray>;     // 'x'
    Variant value;

    FieldValue() = default;
    template <typename T,
              typename = std::enable_if_t<std::is_constructible_v<Variant, T &&> &&
                                          !std::is_same_v<std::decay_t<T>, FieldValue>>>
    FieldValue(T &&v) : value(std::forward<T>(v)) {}
    FieldValue(const char *s) : value(std::string(s)) {}

    bool isVoid() const { return std::holds_alternative<std::monostate>(value); }
    /// Any integer tag (b B s u I i l) as int64; clients pick widths freely.
    std::optional<std::int64_t> toInteger() const;
    /// Long string or byte array contents; nullptr otherwise.
    const std::string *asString() const;
    const FieldTable *asTable() const { return std::get_if<FieldTable>(&value); }
    const FieldArray *asArray() const { return std::get_if<FieldArray>(&value); }
    const bool *asBool() const { return std::get_if<bool>(&value); }

    bool operator==(const FieldValue &o) const { return value == o.value; }
};

inline bool FieldTable::empty() const { return entries.empty(); }
inline std::size_t FieldTable::size() const { return entries.size(); }

/// Human-readable rendering for logs and the GUI, e.g. {a: 1, b: "x"}.
std::string toDisplayString(const FieldValue &v);
std::string toDisplayString(const FieldTable &t);

} // namespace warren
