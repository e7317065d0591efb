// Field tables and arrays with RabbitMQ's type tags.

#include "amqp/codec/field_table_codec.h"
#include "amqp/codec/reply_codes.h"
#include "codec_test_util.h"

#include <QTest>

#include <limits>

using namespace warren;
using namespace warren::amqp;
using namespace warren::amqp::test;

Q_DECLARE_METATYPE(warren::FieldValue)

namespace {

FieldTable richTable()
{
    FieldTable inner;
    inner.set("deep", FieldValue(std::int64_t{-1}));
    inner.set("void", FieldValue());
    FieldTable t;
    t.set("bool", FieldValue(true));
    t.set("i8", FieldValue(std::int8_t{-8}));
    t.set("u8", FieldValue(std::uint8_t{200}));
    t.set("i16", FieldValue(std::int16_t{-1600}));
    t.set("u16", FieldValue(std::uint16_t{60000}));
    t.set("i32", FieldValue(std::int32_t{-320000}));
    t.set("u32", FieldValue(std::uint32_t{4000000000u}));
    t.set("i64", FieldValue(std::int64_t{-6400000000LL}));
    t.set("f", FieldValue(1.5f));
    t.set("d", FieldValue(-2.25));
    t.set("dec", FieldValue(Decimal{2, -12345}));
    t.set("str", FieldValue(std::string("h\0llo", 5)));
    t.set("arr", FieldValue(FieldArray{FieldValue(std::int32_t{1}), FieldValue("two"), FieldValue(inner)}));
    t.set("ts", FieldValue(Timestamp{1700000000}));
    t.set("tbl", FieldValue(inner));
    t.set("bytes", FieldValue(ByteArray{std::string("\x00\xff", 2)}));
    t.set("v", FieldValue());
    return t;
}

std::string nestedTables(int depth)
{
    // Level i (outermost first) is the entry "n" of type 'F' whose table body
    // holds the remaining depth-1-i levels of 7 bytes each; the innermost is empty.
    std::string body;
    body.reserve(std::size_t(depth) * 7);
    for (int i = 0; i < depth; ++i) {
        const auto n = std::uint32_t(7 * (depth - 1 - i));
        body += char(1);
        body += 'n';
        body += 'F';
        body += char(n >> 24);
        body += char(n >> 16);
        body += char(n >> 8);
        body += char(n);
    }
    return body;
}

} // namespace

class TstFieldTableCodec : public QObject {
    Q_OBJECT
private slots:
    void everyTagRoundTrips_data()
    {
        QTest::addColumn<FieldValue>("value");
        QTest::addColumn<char>("tag");
        QTest::newRow("void V") << FieldValue() << 'V';
        QTest::newRow("bool t") << FieldValue(true) << 't';
        QTest::newRow("int8 b") << FieldValue(std::int8_t{-128}) << 'b';
        QTest::newRow("uint8 B") << FieldValue(std::uint8_t{255}) << 'B';
        QTest::newRow("int16 s") << FieldValue(std::int16_t{-32768}) << 's';
        QTest::newRow("uint16 u") << FieldValue(std::uint16_t{65535}) << 'u';
        QTest::newRow("int32 I") << FieldValue(std::numeric_limits<std::int32_t>::min()) << 'I';
        QTest::newRow("uint32 i") << FieldValue(std::numeric_limits<std::uint32_t>::max()) << 'i';
        QTest::newRow("int64 l") << FieldValue(std::numeric_limits<std::int64_t>::min()) << 'l';
        QTest::newRow("float f") << FieldValue(3.25f) << 'f';
        QTest::newRow("double d") << FieldValue(-1e300) << 'd';
        QTest::newRow("decimal D") << FieldValue(Decimal{3, -123456}) << 'D';
        QTest::newRow("long string S") << FieldValue(std::string(300, 'z')) << 'S';
        QTest::newRow("array A") << FieldValue(FieldArray{FieldValue(true), FieldValue("x")}) << 'A';
        QTest::newRow("timestamp T") << FieldValue(Timestamp{0xFFFFFFFFFFFFFFFFull}) << 'T';
        QTest::newRow("table F") << FieldValue(richTable()) << 'F';
        QTest::newRow("byte array x") << FieldValue(ByteArray{std::string("\0\1\2", 3)}) << 'x';
    }
    void everyTagRoundTrips()
    {
        QFETCH(FieldValue, value);
        QFETCH(char, tag);
        FieldTable t;
        t.set("k", value);
        std::string wire;
        encodeFieldTable(t, wire);
        QCOMPARE(wire.at(4 + 2), tag); // u32 length, u8 key length, 'k', tag
        std::size_t pos = 0;
        auto back = decodeFieldTable(spanOf(wire), pos);
        QVERIFY(back.ok());
        QCOMPARE(pos, wire.size());
        QVERIFY(*back == t);
    }

    void nestedTablesAndArraysRoundTrip()
    {
        const FieldTable t = richTable();
        std::string wire;
        encodeFieldTable(t, wire);
        std::size_t pos = 0;
        auto back = decodeFieldTable(spanOf(wire), pos);
        QVERIFY(back.ok());
        QVERIFY(*back == t);
        std::string again;
        encodeFieldTable(*back, again);
        QCOMPARE(toHex(again), toHex(wire));
    }

    void int64TagLAndInt16TagSDecodeWithRabbitMqWidths()
    {
        // 'l' is 8 bytes signed, 's' is 2 bytes signed: the entry after each
        // must start exactly where RabbitMQ's widths say.
        const std::string body = fromHex("01 61 6c ff ff ff ff ff ff ff fe"   // a: l -2
                                         "01 62 73 80 00"                      // b: s -32768
                                         "01 63 4c 00 00 00 00 00 00 00 05"   // c: L (librabbitmq u64) 5
                                         "01 64 55 ff ff"                      // d: U (0-9-1 short-int) -1
                                         "01 65 74 01");                       // e: t true
        auto t = decodeFieldTableBody(spanOf(body));
        QVERIFY(t.ok());
        QCOMPARE(t->size(), std::size_t(5));
        QVERIFY(t->find("a")->value == FieldValue::Variant(std::int64_t{-2}));
        QVERIFY(t->find("b")->value == FieldValue::Variant(std::int16_t{-32768}));
        QVERIFY(t->find("c")->value == FieldValue::Variant(std::int64_t{5}));
        QVERIFY(t->find("d")->value == FieldValue::Variant(std::int16_t{-1}));
        QVERIFY(t->find("e")->value == FieldValue::Variant(true));
    }

    void amqplibSmallIntegerDecodesAsSignedByte()
    {
        // amqplib sends {"x-max-priority": 10} as 'b'.
        const std::string body = fromHex("0e") + "x-max-priority" + fromHex("62 0a");
        auto t = decodeFieldTableBody(spanOf(body));
        QVERIFY(t.ok());
        QCOMPARE(t->find("x-max-priority")->toInteger().value_or(-1), std::int64_t{10});
    }

    void amqplainResponseBodyDecodesWithoutLengthPrefix()
    {
        FieldTable login;
        login.set("LOGIN", FieldValue("guest"));
        login.set("PASSWORD", FieldValue("guest"));
        std::string body;
        encodeFieldTableBody(login, body);
        QCOMPARE(body.at(0), char(5)); // straight into the first key
        auto t = decodeFieldTableBody(spanOf(body));
        QVERIFY(t.ok());
        QVERIFY(*t == login);
    }

    void decodeAdvancesPosOnlyOnSuccess()
    {
        std::string wire = "xx";
        encodeFieldTable(richTable(), wire);
        const std::size_t tableEnd = wire.size();
        wire += "yy";
        std::size_t pos = 2;
        QVERIFY(decodeFieldTable(spanOf(wire), pos).ok());
        QCOMPARE(pos, tableEnd);
        const std::string cut = wire.substr(0, tableEnd - 1);
        pos = 2;
        QVERIFY(!decodeFieldTable(spanOf(cut), pos).ok());
        QCOMPARE(pos, std::size_t(2));
    }

    void truncatedTableAtEveryLengthIsAnErrorNotACrash()
    {
        std::string wire;
        encodeFieldTable(richTable(), wire);
        for (std::size_t n = 0; n < wire.size(); ++n) {
            const std::string cut = wire.substr(0, n);
            std::size_t pos = 0;
            auto r = decodeFieldTable(spanOf(cut), pos);
            QVERIFY2(!r.ok(), qPrintable(QString("prefix %1 decoded").arg(n)));
            QCOMPARE(r.error().replyCode, reply::FrameError);
        }
        // Cutting the body itself (length prefix consistent with the cut):
        // only cuts at an entry boundary may decode, and then re-encode exactly.
        const std::string body = wire.substr(4);
        for (std::size_t n = 0; n < body.size(); ++n) {
            const std::string cut = body.substr(0, n);
            auto r = decodeFieldTableBody(spanOf(cut));
            if (r.ok()) {
                std::string again;
                encodeFieldTableBody(*r, again);
                QCOMPARE(toHex(again), toHex(cut));
            } else {
                QVERIFY(r.error().replyCode == reply::FrameError || r.error().replyCode == reply::SyntaxError);
            }
        }
    }

    void unknownTagIsSyntaxError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("Z in table") << QByteArray::fromHex("01 6b 5a 00");
        QTest::newRow("NUL tag") << QByteArray::fromHex("01 6b 00");
        QTest::newRow("lowercase z tag") << QByteArray::fromHex("01 6b 7a");
    }
    void unknownTagIsSyntaxError()
    {
        QFETCH(QByteArray, body);
        const std::string b(body.constData(), std::size_t(body.size()));
        auto r = decodeFieldTableBody(spanOf(b));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().replyCode, reply::SyntaxError);
        QVERIFY(QString::fromStdString(r.error().replyText).startsWith("SYNTAX_ERROR - unknown field table value type"));
    }

    void unknownTagInsideAnArrayIsSyntaxError()
    {
        const std::string body = fromHex("01 6b 41 00 00 00 03 74 01 5a");
        auto r = decodeFieldTableBody(spanOf(body));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().replyCode, reply::SyntaxError);
        QVERIFY(r.error().replyText.find("'Z'") != std::string::npos);
    }

    void nestingUpToTheLimitDecodes()
    {
        const std::string body = nestedTables(kMaxFieldNesting);
        QVERIFY(decodeFieldTableBody(spanOf(body)).ok());
    }

    void depthBombIsRejected()
    {
        const std::string body = nestedTables(100000); // ~700 KB of nested 'F'
        auto r = decodeFieldTableBody(spanOf(body));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().replyCode, reply::SyntaxError);
        QVERIFY(r.error().replyText.find("nested deeper") != std::string::npos);
    }

    void arrayDepthBombIsRejected()
    {
        std::string v = fromHex("41 00 00 00 00"); // empty array
        for (int i = 0; i < 200; ++i) {
            const auto n = std::uint32_t(v.size());
            v = std::string("A") + char(n >> 24) + char(n >> 16) + char(n >> 8) + char(n) + v;
        }
        const std::string body = fromHex("01 6b") + v;
        auto r = decodeFieldTableBody(spanOf(body));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().replyCode, reply::SyntaxError);
    }

    void keysLongerThan255BytesAreClippedOnEncode()
    {
        FieldTable t;
        t.set(std::string(300, 'k'), FieldValue(true));
        std::string wire;
        encodeFieldTable(t, wire);
        std::size_t pos = 0;
        auto back = decodeFieldTable(spanOf(wire), pos);
        QVERIFY(back.ok());
        QCOMPARE(back->entries.at(0).first.size(), std::size_t(255));
    }
};

QTEST_APPLESS_MAIN(TstFieldTableCodec)
#include "tst_field_table_codec.moc"
