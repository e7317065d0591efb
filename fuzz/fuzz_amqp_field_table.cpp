// libFuzzer target: AMQP field tables (the wire form, with RabbitMQ's tags and
// the 'L'/'U' tags other clients send) and the storage form
// (common/field_table_encoding) that durable arguments are kept in.
//
// Invariants: re-encoding a decoded table is stable (bytes compared, so NaN
// floats are fine); the table body decoder agrees with the length-prefixed
// one; the storage form round-trips every decoded table exactly.

#include "amqp/codec/field_table_codec.h"
#include "common/field_table_encoding.h"
#include "fuzz_util.h"

using namespace warren;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto in = fuzz::bytesOf(data, size);

    std::size_t pos = 0;
    auto table = amqp::decodeFieldTable(in, pos);
    if (table) {
        FUZZ_CHECK(pos >= 4 && pos <= in.size());
        std::string once;
        amqp::encodeFieldTable(*table, once);
        std::size_t pos2 = 0;
        auto again = amqp::decodeFieldTable(fuzz::bytesOf(once), pos2);
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(pos2 == once.size());
        std::string twice;
        amqp::encodeFieldTable(*again, twice);
        FUZZ_CHECK(once == twice);

        // The same entries without the length prefix.
        auto body = amqp::decodeFieldTableBody(in.subspan(4, pos - 4));
        FUZZ_CHECK(body.ok());
        std::string bodyBytes;
        amqp::encodeFieldTableBody(*body, bodyBytes);
        FUZZ_CHECK(bodyBytes == once.substr(4));

        // Storage form: exact, order and types included.
        const std::string stored = encodeFieldTable(*table);
        auto restored = decodeFieldTable(stored);
        FUZZ_CHECK(restored.has_value());
        FUZZ_CHECK(encodeFieldTable(*restored) == stored);
    } else {
        FUZZ_CHECK(pos == 0);
        FUZZ_CHECK(table.error().replyCode == 501 || table.error().replyCode == 502);
    }

    // The whole input as a table body (SASL AMQPLAIN responses).
    auto body = amqp::decodeFieldTableBody(in);
    if (body) {
        std::string once;
        amqp::encodeFieldTableBody(*body, once);
        auto again = amqp::decodeFieldTableBody(fuzz::bytesOf(once));
        FUZZ_CHECK(again.ok());
    }

    // The whole input as the storage form (what SQLite hands back).
    const std::string_view raw(reinterpret_cast<const char *>(data), size);
    if (auto stored = decodeFieldTable(raw)) {
        const std::string re = encodeFieldTable(*stored);
        auto again = decodeFieldTable(re);
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(encodeFieldTable(*again) == re);
    }
    return 0;
}
