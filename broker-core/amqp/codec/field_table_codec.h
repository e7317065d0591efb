#pragma once
// Field tables and arrays on the wire, with RabbitMQ's type tags (not the
// 0-9-1 spec's): t b B s u I i l f d D S A T F V x.
//
// Decoding also accepts tags other clients send:
//   'L' -> std::int64_t  (librabbitmq's "U64" tag; RabbitMQ reads it as
//                         signed 64-bit, bit pattern kept)
//   'U' -> std::int16_t  (the 0-9-1 spec's short-int; pika decodes it)
// Re-encoding writes RabbitMQ's tag for the C++ type ('l', 's'), so such a
// table is not byte-identical after a round trip; the broker forwards message
// properties verbatim, so this only affects tables it re-encodes itself.
//
// Errors: a table that runs past its bytes is 501 FRAME_ERROR
// ("cannot decode ..."), an unknown type tag or nesting deeper than
// kMaxFieldNesting is 502 SYNTAX_ERROR. classId/methodId are left 0; method
// decoding fills them in.
//
// Pure functions; no thread affinity.

#include "amqp/codec/amqp_error.h"
#include "common/field_value.h"
#include "common/result.h"

#include <cstddef>
#include <span>
#include <string>

namespace warren::amqp {

/// Tables and arrays nested deeper than this are rejected, so a small hostile
/// frame cannot exhaust the stack.
constexpr int kMaxFieldNesting = 64;

/// Reads the u32-length-prefixed table at pos and advances pos past it
/// (pos is left unchanged on error).
Result<FieldTable, AmqpError> decodeFieldTable(std::span<const std::byte> in, std::size_t &pos);
/// Reads a table body without length prefix: all of `body` is entries
/// (what a SASL AMQPLAIN response carries).
Result<FieldTable, AmqpError> decodeFieldTableBody(std::span<const std::byte> body);

void encodeFieldTable(const FieldTable &t, std::string &out);     // u32 length + entries
void encodeFieldTableBody(const FieldTable &t, std::string &out); // entries only
/// One tagged value (tag byte + data), as in an array element.
void encodeFieldValue(const FieldValue &v, std::string &out);

} // namespace warren::amqp
