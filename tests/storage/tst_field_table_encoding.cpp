// encodeFieldTable/decodeFieldTable (common/field_table_encoding.h): the
// storage form of AMQP arguments. Every FieldValue type must come back as the
// same type and value, nested tables and arrays included, in the same order;
// equal tables give equal bytes; damaged bytes are refused, never misread.

#include "common/field_table_encoding.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace warren;

namespace {

FieldTable everyType()
{
    FieldTable inner;
    inner.set("x-match", "any");
    inner.set("n", std::int32_t(-7));
    FieldArray array{FieldValue(std::int8_t(-1)), FieldValue("s"), FieldValue(inner), FieldValue(FieldArray{}),
                     FieldValue(ByteArray{std::string("\0\xff", 2)})};
    FieldTable t;
    t.set("void", FieldValue());
    t.set("true", true);
    t.set("false", false);
    t.set("i8", std::int8_t(-128));
    t.set("u8", std::uint8_t(255));
    t.set("i16", std::int16_t(-32768));
    t.set("u16", std::uint16_t(65535));
    t.set("i32", std::int32_t(std::numeric_limits<std::int32_t>::min()));
    t.set("u32", std::uint32_t(4294967295u));
    t.set("i64", std::int64_t(std::numeric_limits<std::int64_t>::min()));
    t.set("float", 1.5f);
    t.set("negzero", -0.0);
    t.set("double", 3.141592653589793);
    t.set("inf", std::numeric_limits<double>::infinity());
    t.set("decimal", Decimal{3, -12345});
    t.set("string", std::string("caf\xc3\xa9 \0 end", 11));
    t.set("empty", std::string());
    t.set("bytes", ByteArray{std::string("\x00\x01\x02", 3)});
    t.set("timestamp", Timestamp{1700000000});
    t.set("array", array);
    t.set("table", inner);
    FieldTable deeper;
    deeper.set("level2", inner);
    deeper.set("list", FieldArray{FieldValue(deeper)});
    t.set("nested", deeper);
    t.set(std::string(), "empty key");
    return t;
}

} // namespace

class TestFieldTableEncoding : public QObject {
    Q_OBJECT

private slots:
    void emptyTableRoundTrips()
    {
        const std::string bytes = encodeFieldTable(FieldTable{});
        QCOMPARE(bytes.size(), std::size_t(4));
        auto back = decodeFieldTable(bytes);
        QVERIFY(back);
        QVERIFY(back->empty());
    }

    void everyTypeRoundTripsWithItsTypeAndOrder()
    {
        const FieldTable t = everyType();
        auto back = decodeFieldTable(encodeFieldTable(t));
        QVERIFY(back);
        QVERIFY2(*back == t, toDisplayString(*back).c_str());
        QCOMPARE(back->size(), t.size());
        for (std::size_t i = 0; i < t.size(); ++i) {
            QCOMPARE(back->entries[i].first, t.entries[i].first);
            // Same alternative, not merely an equal number (I vs l, S vs x).
            QCOMPARE(back->entries[i].second.value.index(), t.entries[i].second.value.index());
        }
        // Signed zero and bit patterns survive.
        QVERIFY(std::signbit(std::get<double>(back->find("negzero")->value)));
        QCOMPARE(std::get<Decimal>(back->find("decimal")->value), (Decimal{3, -12345}));
        QCOMPARE(back->find("string")->asString()->size(), std::size_t(11));
    }

    void nanSurvivesAsNan()
    {
        FieldTable t;
        t.set("nan", std::numeric_limits<double>::quiet_NaN());
        t.set("fnan", std::numeric_limits<float>::quiet_NaN());
        auto back = decodeFieldTable(encodeFieldTable(t));
        QVERIFY(back);
        QVERIFY(std::isnan(std::get<double>(back->find("nan")->value)));
        QVERIFY(std::isnan(std::get<float>(back->find("fnan")->value)));
    }

    void equalTablesGiveEqualBytesAndDifferentOnesDiffer()
    {
        QCOMPARE(encodeFieldTable(everyType()), encodeFieldTable(everyType()));
        FieldTable a;
        a.set("x-max-length", std::int32_t(10));
        FieldTable b;
        b.set("x-max-length", std::int64_t(10)); // same number, other type
        QVERIFY(encodeFieldTable(a) != encodeFieldTable(b));
        FieldTable s;
        s.set("k", "v");
        FieldTable x;
        x.set("k", ByteArray{"v"});
        QVERIFY(encodeFieldTable(s) != encodeFieldTable(x));
    }

    void damagedBytesAreRefused()
    {
        const std::string good = encodeFieldTable(everyType());
        // Every truncation is refused.
        for (std::size_t n = 0; n < good.size(); ++n)
            QVERIFY2(!decodeFieldTable(std::string_view(good).substr(0, n)), qPrintable(QString::number(n)));
        // Trailing bytes are refused.
        QVERIFY(!decodeFieldTable(good + '\0'));
        // An unknown tag is refused.
        FieldTable one;
        one.set("k", true);
        std::string bytes = encodeFieldTable(one);
        bytes[4 + 4 + 1] = '?'; // count, key length, key, then the tag
        QVERIFY(!decodeFieldTable(bytes));
        // A huge length does not allocate or read past the end.
        std::string huge("\x00\x00\x00\x01\xff\xff\xff\xff", 8);
        QVERIFY(!decodeFieldTable(huge));
    }

    void deepNestingIsBoundedOnDecode()
    {
        FieldTable t;
        for (int i = 0; i < 300; ++i) {
            FieldTable outer;
            outer.set("t", t);
            t = std::move(outer);
        }
        QVERIFY(!decodeFieldTable(encodeFieldTable(t)));
        FieldTable shallow;
        for (int i = 0; i < 100; ++i) { // more than AMQP allows
            FieldTable outer;
            outer.set("t", shallow);
            shallow = std::move(outer);
        }
        QVERIFY(decodeFieldTable(encodeFieldTable(shallow)));
    }
};

QTEST_APPLESS_MAIN(TestFieldTableEncoding)
#include "tst_field_table_encoding.moc"
