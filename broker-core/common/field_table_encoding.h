#pragma once
// A neutral, self-describing binary encoding of FieldTable for storage
// (durable AMQP definitions keep their arguments in SQLite with it). It keeps
// every FieldValue type apart — each value is a one-byte tag (RabbitMQ's
// letters: V t b B s u I i l f d D S A T F x) and a big-endian payload — so
// a table decodes to exactly the table that was encoded, order included.
// Equal tables encode to equal bytes, so the bytes can serve as a key.
//
// Layout: table = u32 entry count, then per entry u32 key length, key bytes,
// value; value = tag, payload (strings/byte arrays: u32 length + bytes;
// arrays: u32 count + values; floats by their IEEE bit patterns).
//
// Plain functions, no state: any thread.

#include "common/field_value.h"

#include <optional>
#include <string>
#include <string_view>

namespace warren {

std::string encodeFieldTable(const FieldTable &table);
/// The table, or nothing if the bytes are not a whole, valid encoding.
std::optional<FieldTable> decodeFieldTable(std::string_view bytes);

} // namespace warren
