// Wire primitives: ints, zig-zag and unsigned varints, classic and compact
// strings/bytes/arrays, tagged fields, and their failure modes.

#include "kafka/codec/wire.h"
#include "kafka_test_util.h"

#include <QTest>

#include <limits>

using namespace warren::kafka;
using namespace warren::kafka::test;

class TstKafkaWire : public QObject {
    Q_OBJECT

private slots:
    void varintsUseZigZagEncoding_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("hex");
        QTest::newRow("0") << qint64(0) << "00";
        QTest::newRow("-1") << qint64(-1) << "01";
        QTest::newRow("1") << qint64(1) << "02";
        QTest::newRow("-64") << qint64(-64) << "7f";
        QTest::newRow("64") << qint64(64) << "8001";
        QTest::newRow("300") << qint64(300) << "d804";
        QTest::newRow("int32 max") << qint64(std::numeric_limits<std::int32_t>::max()) << "feffffff0f";
        QTest::newRow("int32 min") << qint64(std::numeric_limits<std::int32_t>::min()) << "ffffffff0f";
    }
    void varintsUseZigZagEncoding()
    {
        QFETCH(qint64, value);
        QFETCH(QString, hex);
        std::string out;
        Writer w(out);
        w.varint(static_cast<std::int32_t>(value));
        QCOMPARE(toHex(out).remove(' '), hex);
        Reader r(spanOf(out));
        std::int32_t back = 0;
        QVERIFY(r.varint(back));
        QCOMPARE(qint64(back), value);
        QCOMPARE(r.remaining(), std::size_t(0));

        std::string outLong;
        Writer wl(outLong);
        wl.varlong(value);
        QCOMPARE(outLong, out); // same encoding for values that fit 32 bits
        Reader rl(spanOf(outLong));
        std::int64_t backLong = 0;
        QVERIFY(rl.varlong(backLong));
        QCOMPARE(qint64(backLong), value);
    }

    void varlongRoundTripsExtremes()
    {
        for (std::int64_t v : {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max(),
                               std::int64_t(1) << 40, -(std::int64_t(1) << 40)}) {
            std::string out;
            Writer(out).varlong(v);
            std::int64_t back = 0;
            Reader r(spanOf(out));
            QVERIFY(r.varlong(back));
            QCOMPARE(back, v);
        }
    }

    void overlongVarintIsRejected()
    {
        const std::string six = fromHex("ff ff ff ff ff 01");
        Reader r(spanOf(six));
        std::uint32_t v = 0;
        QVERIFY(!r.uvarint(v));
        QVERIFY(r.failed());
        QCOMPARE(r.pos(), std::size_t(0));
        const std::string eleven = fromHex("ff ff ff ff ff ff ff ff ff ff 01");
        Reader rl(spanOf(eleven));
        std::uint64_t vl = 0;
        QVERIFY(!rl.uvarlong(vl));
    }

    void truncatedVarintIsRejected()
    {
        const std::string b = fromHex("ff ff");
        Reader r(spanOf(b));
        std::int32_t v = 0;
        QVERIFY(!r.varint(v));
    }

    void integersAreBigEndian()
    {
        std::string out;
        Writer w(out);
        w.i16(0x0102);
        w.i32(-2);
        w.i64(0x0102030405060708LL);
        w.boolean(true);
        QCOMPARE(toHex(out), QStringLiteral("01 02 ff ff ff fe 01 02 03 04 05 06 07 08 01"));
        Reader r(spanOf(out));
        std::int16_t a = 0;
        std::int32_t b = 0;
        std::int64_t c = 0;
        bool d = false;
        QVERIFY(r.i16(a) && r.i32(b) && r.i64(c) && r.boolean(d));
        QCOMPARE(a, std::int16_t(0x0102));
        QCOMPARE(b, -2);
        QCOMPARE(c, 0x0102030405060708LL);
        QVERIFY(d);
        std::int8_t e = 0;
        QVERIFY(!r.i8(e));
    }

    void stringsUseClassicOrCompactLengths_data()
    {
        QTest::addColumn<bool>("flexible");
        QTest::addColumn<bool>("isNull");
        QTest::addColumn<QString>("hex");
        QTest::newRow("classic") << false << false << "0002 6869";
        QTest::newRow("classic null") << false << true << "ffff";
        QTest::newRow("compact") << true << false << "03 6869";
        QTest::newRow("compact null") << true << true << "00";
    }
    void stringsUseClassicOrCompactLengths()
    {
        QFETCH(bool, flexible);
        QFETCH(bool, isNull);
        QFETCH(QString, hex);
        const std::optional<std::string> value = isNull ? std::nullopt : std::optional<std::string>("hi");
        std::string out;
        Writer(out).nullableString(value, flexible, true);
        QCOMPARE(out, fromHex(hex.toStdString()));
        Reader r(spanOf(out));
        std::optional<std::string> back = "x";
        QVERIFY(r.nullableString(back, flexible, true));
        QCOMPARE(back, value);
        // A non-nullable field must not accept null.
        Reader r2(spanOf(out));
        std::string s;
        QCOMPARE(r2.string(s, flexible), !isNull);
    }

    void negativeLengthsOtherThanMinusOneAreRejected()
    {
        const std::string s = fromHex("fffe 00");
        std::optional<std::string> v;
        QVERIFY(!Reader(spanOf(s)).nullableString(v, false, true));
        const std::string b = fromHex("fffffffe");
        std::optional<std::string> bv;
        QVERIFY(!Reader(spanOf(b)).nullableBytes(bv, false, true));
        std::int32_t n = 0;
        bool isNull = false;
        QVERIFY(!Reader(spanOf(b)).arrayLength(n, isNull, false, true));
        const std::string m1 = fromHex("ffffffff");
        QVERIFY(!Reader(spanOf(m1)).arrayLength(n, isNull, false, false)); // null where not nullable
        QVERIFY(Reader(spanOf(m1)).arrayLength(n, isNull, false, true));
        QVERIFY(isNull);
    }

    void lengthsBeyondTheInputAreRejected()
    {
        const std::string s = fromHex("0005 6869");
        std::string v;
        Reader r(spanOf(s));
        QVERIFY(!r.string(v, false));
        QCOMPARE(r.pos(), std::size_t(0));
        const std::string compact = fromHex("ffffffff0f");
        QVERIFY(!Reader(spanOf(compact)).string(v, true));
    }

    void arrayCountLargerThanRemainingBytesIsRejected()
    {
        // 2^31-1 elements claimed, 3 bytes follow: must fail before allocating.
        const std::string a = fromHex("7fffffff 000102");
        std::int32_t n = 0;
        bool isNull = false;
        QVERIFY(!Reader(spanOf(a)).arrayLength(n, isNull, false, false));
        const std::string c = fromHex("ffffffff0f 00");
        QVERIFY(!Reader(spanOf(c)).arrayLength(n, isNull, true, false));
        const std::string ok = fromHex("00000003 000102");
        QVERIFY(Reader(spanOf(ok)).arrayLength(n, isNull, false, false));
        QCOMPARE(n, 3);
    }

    void unknownTaggedFieldsAreSkipped()
    {
        // two tags: tag 0 with 2 bytes, tag 5 with 1 byte; then one more byte.
        const std::string t = fromHex("02 00 02 aabb 05 01 cc 7f");
        Reader r(spanOf(t));
        QVERIFY(r.skipTaggedFields());
        std::int8_t last = 0;
        QVERIFY(r.i8(last));
        QCOMPARE(last, std::int8_t(0x7f));
        const std::string bad = fromHex("01 00 05 aa");
        QVERIFY(!Reader(spanOf(bad)).skipTaggedFields());
    }

    void recordSetsAreViewsIntoTheInput()
    {
        const std::string b = fromHex("00000003 010203 ffffffff");
        Reader r(spanOf(b));
        RecordSet rs, null;
        QVERIFY(r.records(rs, false, true));
        QVERIFY(r.records(null, false, true));
        QVERIFY(!rs.isNull);
        QCOMPARE(static_cast<const void *>(rs.bytes.data()), static_cast<const void *>(b.data() + 4));
        QCOMPARE(rs.bytes.size(), std::size_t(3));
        QVERIFY(null.isNull);
    }

    void uuidRoundTrips()
    {
        Uuid u;
        for (std::size_t i = 0; i < u.bytes.size(); ++i)
            u.bytes[i] = std::byte(i * 17);
        std::string out;
        Writer(out).uuid(u);
        QCOMPARE(out.size(), std::size_t(16));
        Uuid back;
        QVERIFY(Reader(spanOf(out)).uuid(back));
        QVERIFY(back == u);
    }
};

QTEST_MAIN(TstKafkaWire)
#include "tst_kafka_wire.moc"
