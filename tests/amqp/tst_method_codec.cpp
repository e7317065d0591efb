// Generated method structs: every method round-trips, bits pack as the spec
// says, and undecodable payloads give RabbitMQ's errors.

#include "amqp/codec/methods.h"
#include "amqp/codec/field_table_codec.h"
#include "amqp/codec/reply_codes.h"
#include "amqp/codec/testing/method_samples.h"
#include "codec_test_util.h"

#include "amqp/codec/content.h"

#include <QTest>

#include <random>

using namespace warren;
using namespace warren::amqp;
using namespace warren::amqp::test;

namespace {

std::string encoded(const Method &m)
{
    std::string out;
    encodeMethod(m, out);
    return out;
}

// The struct names the connection/channel code is written against.
[[maybe_unused]] void requiredNamesExist()
{
    (void)(sizeof(ConnectionStart) + sizeof(ConnectionStartOk) + sizeof(ConnectionTuneOk) + sizeof(ChannelOpen) +
        sizeof(ExchangeDeclare) + sizeof(ExchangeUnbindOk) + sizeof(QueueDeclareOk) + sizeof(BasicPublish) +
        sizeof(BasicDeliver) + sizeof(BasicGetEmpty) + sizeof(BasicRecoverAsync) + sizeof(BasicNack) +
        sizeof(ConfirmSelect) + sizeof(TxCommitOk) + sizeof(ConnectionBlocked) + sizeof(ConnectionUpdateSecret) +
        sizeof(AccessRequest));
}

} // namespace

class TstMethodCodec : public QObject {
    Q_OBJECT
private slots:
    void everyMethodOfTheRabbitMqSpecIsGenerated()
    {
        QCOMPARE(std::variant_size_v<Method>, std::size_t(66));
        QCOMPARE(testing::sampleMethods(0).size(), std::variant_size_v<Method>);
        QCOMPARE(methodName(60, 40), std::string_view("basic.publish"));
        QCOMPARE(methodName(10, 70), std::string_view("connection.update-secret"));
        QCOMPARE(methodName(30, 10), std::string_view("access.request"));
        QCOMPARE(methodName(60, 999), std::string_view("unknown"));
        QVERIFY(BasicPublish::hasContent && BasicDeliver::hasContent && BasicGetOk::hasContent &&
                BasicReturn::hasContent);
        QVERIFY(!BasicGet::hasContent && !BasicAck::hasContent);
    }

    void unbindOkIdsAreThoseRabbitMqUses()
    {
        QCOMPARE(ExchangeUnbindOk::classId, std::uint16_t(40));
        QCOMPARE(ExchangeUnbindOk::methodId, std::uint16_t(51));
        QCOMPARE(QueueUnbindOk::methodId, std::uint16_t(51));
        QCOMPARE(ExchangeBindOk::methodId, std::uint16_t(31));
        QCOMPARE(BasicRecoverAsync::methodId, std::uint16_t(100));
        QCOMPARE(BasicNack::methodId, std::uint16_t(120));
        QCOMPARE(ConnectionBlocked::methodId, std::uint16_t(60));
        QCOMPARE(ConnectionUnblocked::methodId, std::uint16_t(61));
        QCOMPARE(ConnectionUpdateSecretOk::methodId, std::uint16_t(71));
    }

    void everyMethodRoundTrips_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("extreme values, all bits set") << 0;
        QTest::newRow("distinct values, alternating bits") << 1;
        QTest::newRow("defaults") << 2;
    }
    void everyMethodRoundTrips()
    {
        QFETCH(int, variant);
        for (const Method &m : testing::sampleMethods(variant)) {
            const MethodId id = methodIdOf(m);
            const std::string name(methodName(id.classId, id.methodId));
            const std::string wire = encoded(m);
            auto back = decodeMethod(spanOf(wire));
            QVERIFY2(back.ok(), qPrintable(QString::fromStdString(name + ": " +
                                                                  (back.ok() ? "" : back.error().replyText))));
            QVERIFY2(*back == m, name.c_str());
            QCOMPARE(back->index(), m.index());
            // The template frame writer and the variant encoder agree.
            std::string viaTemplate, viaVariant;
            std::visit([&](const auto &x) { appendMethodFrame(viaTemplate, 7, x); }, m);
            appendFrame(viaVariant, FrameType::Method, 7, spanOf(wire));
            QCOMPARE(toHex(viaTemplate), toHex(viaVariant));
        }
    }

    void queueDeclareFlagsPackIntoOneOctetLowBitFirst()
    {
        QueueDeclare q;
        q.queue = "q";
        q.passive = true;
        q.durable = false;
        q.exclusive = true;
        q.autoDelete = false;
        q.noWait = true;
        const std::string wire = encoded(q);
        // ids(4) reserved-1(2) queue(1+1) bits(1) arguments(4)
        QCOMPARE(toHex(wire), toHex(fromHex("0032 000a 0000 01 71 15 00000000")));
        q.passive = false;
        q.durable = true;
        q.exclusive = false;
        q.autoDelete = true;
        q.noWait = false;
        QCOMPARE(std::uint8_t(encoded(q).at(8)), std::uint8_t(0x0a));
    }

    void basicNackMultipleIsBitZeroAndRequeueBitOne_data()
    {
        QTest::addColumn<bool>("multiple");
        QTest::addColumn<bool>("requeue");
        QTest::addColumn<int>("octet");
        QTest::newRow("neither") << false << false << 0;
        QTest::newRow("multiple") << true << false << 1;
        QTest::newRow("requeue") << false << true << 2;
        QTest::newRow("both") << true << true << 3;
    }
    void basicNackMultipleIsBitZeroAndRequeueBitOne()
    {
        QFETCH(bool, multiple);
        QFETCH(bool, requeue);
        QFETCH(int, octet);
        BasicNack n;
        n.deliveryTag = 0x0102030405060708ull;
        n.multiple = multiple;
        n.requeue = requeue;
        const std::string wire = encoded(n);
        QCOMPARE(toHex(wire.substr(0, 12)), toHex(fromHex("003c 0078 0102030405060708")));
        QCOMPARE(wire.size(), std::size_t(13));
        QCOMPARE(int(std::uint8_t(wire.at(12))), octet);
        auto back = decodeMethod(spanOf(wire));
        QVERIFY(back.ok());
        QVERIFY(std::get<BasicNack>(*back) == n);
    }

    void exchangeDeclareFiveFlagsShareOneOctet()
    {
        // exchange.declare: passive durable auto-delete internal no-wait share one octet.
        ExchangeDeclare x;
        x.exchange = "e";
        x.type = "topic";
        x.passive = x.durable = x.autoDelete = x.internal = x.noWait = true;
        const std::string wire = encoded(x);
        QCOMPARE(toHex(wire), toHex(fromHex("0028 000a 0000 01 65 05 746f706963 1f 00000000")));
    }

    void connectionStartIsByteExact()
    {
        ConnectionStart s;
        s.versionMajor = 0;
        s.versionMinor = 9;
        s.serverProperties.set("product", FieldValue("Warren"));
        s.mechanisms = "PLAIN AMQPLAIN";
        s.locales = "en_US";
        std::string frame;
        appendMethodFrame(frame, 0, s);
        const std::string expected = fromHex("01 0000 00000038"      // method frame, channel 0, 56 bytes
                                             "000a 000a"             // connection.start
                                             "00 09"                 // version 0-9
                                             "00000013 07") +        // table of 19 bytes, key of 7
                                     "product" + fromHex("53 00000006") + "Warren" +
                                     fromHex("0000000e") + "PLAIN AMQPLAIN" + fromHex("00000005") + "en_US" +
                                     fromHex("ce");
        QCOMPARE(toHex(frame), toHex(expected));
    }

    void closeMethodsCarryTheFailingMethodAsReplyClassAndMethodId()
    {
        ConnectionClose c;
        c.replyCode = reply::FrameError;
        c.replyText = "FRAME_ERROR - x";
        c.replyClassId = 60;
        c.replyMethodId = 40;
        QCOMPARE(toHex(encoded(c)), toHex(fromHex("000a 0032 01f5 0f") + "FRAME_ERROR - x" + fromHex("003c 0028")));
    }

    void unknownClassOrMethodIdIsNotImplemented_data()
    {
        QTest::addColumn<int>("classId");
        QTest::addColumn<int>("methodId");
        QTest::newRow("basic.999") << 60 << 999;
        QTest::newRow("class 99") << 99 << 10;
        QTest::newRow("connection.12") << 10 << 12;
        QTest::newRow("class 0") << 0 << 0;
    }
    void unknownClassOrMethodIdIsNotImplemented()
    {
        QFETCH(int, classId);
        QFETCH(int, methodId);
        std::string payload;
        appendU16(payload, std::uint16_t(classId));
        appendU16(payload, std::uint16_t(methodId));
        payload += "whatever";
        auto r = decodeMethod(spanOf(payload));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().replyCode, reply::NotImplemented);
        QCOMPARE(r.error().classId, std::uint16_t(classId));
        QCOMPARE(r.error().methodId, std::uint16_t(methodId));
        QVERIFY(isConnectionError(r.error().replyCode));
        const std::string expected =
            "NOT_IMPLEMENTED - {unknown_method_id,{" + std::to_string(classId) + "," + std::to_string(methodId) + "}}";
        QCOMPARE(QString::fromStdString(r.error().replyText), QString::fromStdString(expected));
    }

    void truncatedMethodPayloadAtEveryLengthIsAFrameError()
    {
        for (int variant : {0, 1, 2}) {
            for (const Method &m : testing::sampleMethods(variant)) {
                const std::string wire = encoded(m);
                const MethodId id = methodIdOf(m);
                for (std::size_t n = 0; n < wire.size(); ++n) {
                    const std::string cut = wire.substr(0, n);
                    auto r = decodeMethod(spanOf(cut));
                    QVERIFY2(!r.ok(), qPrintable(QString("%1 decoded from %2 of %3 bytes")
                                                     .arg(QString::fromUtf8(methodName(id.classId, id.methodId).data()))
                                                     .arg(n)
                                                     .arg(wire.size())));
                    QCOMPARE(r.error().replyCode, reply::FrameError);
                    if (n >= 4) {
                        QCOMPARE(r.error().classId, id.classId);
                        QCOMPARE(r.error().methodId, id.methodId);
                    }
                }
            }
        }
    }

    void truncatedPayloadTextIsRabbitMqsCannotDecode()
    {
        const std::string payload = fromHex("003c 0050 0000"); // basic.ack, 2 of 9 argument bytes
        auto r = decodeMethod(spanOf(payload));
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().replyText), QString("FRAME_ERROR - cannot decode <<0,0>>"));
        QCOMPARE(r.error().classId, std::uint16_t(60));
        QCOMPARE(r.error().methodId, std::uint16_t(80));
    }

    void payloadShorterThanTheIdsIsUnknownFrame()
    {
        const std::string payload = fromHex("003c");
        auto r = decodeMethod(spanOf(payload));
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().replyText),
                 QString("FRAME_ERROR - type 1, all octets = <<0,60>>: unknown_frame"));
    }

    void trailingBytesAfterTheArgumentsAreAFrameError()
    {
        std::string wire = encoded(BasicAck{});
        wire += '\0';
        auto r = decodeMethod(spanOf(wire));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().replyCode, reply::FrameError);
    }

    void malformedUtf8InAShortStringIsAFrameError()
    {
        QueueDeclare q;
        q.queue = "bad\xff";
        auto r = decodeMethod(spanOf(encoded(q)));
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().replyText), QString("FRAME_ERROR - Malformed UTF-8 in shortstr"));
        QCOMPARE(r.error().methodId, std::uint16_t(10));
    }

    void contentMethodsSkipTheUtf8CheckLikeRabbitMq()
    {
        BasicPublish p;
        p.routingKey = "\xff\xfe";
        auto r = decodeMethod(spanOf(encoded(p)));
        QVERIFY(r.ok());
        QCOMPARE(std::get<BasicPublish>(*r).routingKey, std::string("\xff\xfe"));
    }

    void badTableInsideArgumentsReportsTheMethod()
    {
        std::string wire = fromHex("0032 000a 0000 01 71 00 00000004 01 6b 5a 00"); // queue.declare, tag 'Z'
        auto r = decodeMethod(spanOf(wire));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().replyCode, reply::SyntaxError);
        QCOMPARE(r.error().classId, std::uint16_t(50));
        QCOMPARE(r.error().methodId, std::uint16_t(10));
    }

    void shortStringsLongerThan255BytesAreClippedAtAUtf8Boundary()
    {
        BasicConsumeOk c;
        c.consumerTag = std::string(254, 'a') + "\xc3\xa9"; // 256 bytes, 'é' straddles 255
        const std::string wire = encoded(c);
        QCOMPARE(std::uint8_t(wire.at(4)), std::uint8_t(254));
        auto r = decodeMethod(spanOf(wire));
        QVERIFY(r.ok());
        QCOMPARE(std::get<BasicConsumeOk>(*r).consumerTag, std::string(254, 'a'));
    }

    void mutatedAndRandomPayloadsNeverCrashAnyDecoder()
    {
        // Not a fuzzer, but it runs every decoder over damaged input on each
        // test run (ASan/UBSan builds make it meaningful).
        std::mt19937 rng(20240601);
        std::vector<std::string> seeds;
        for (int variant : {0, 1})
            for (const Method &m : testing::sampleMethods(variant))
                seeds.push_back(encoded(m));
        int decoded = 0;
        for (int round = 0; round < 20000; ++round) {
            std::string b = seeds[rng() % seeds.size()];
            const int edits = 1 + int(rng() % 4);
            for (int e = 0; e < edits && !b.empty(); ++e) {
                switch (rng() % 4) {
                case 0: b[rng() % b.size()] = char(rng()); break;
                case 1: b.resize(rng() % b.size()); break;
                case 2: b.insert(rng() % (b.size() + 1), 1, char(rng())); break;
                default: b[rng() % b.size()] ^= char(1u << (rng() % 8)); break;
                }
            }
            if (round % 5 == 0) { // pure noise too
                b.resize(rng() % 64);
                for (char &c : b)
                    c = char(rng());
            }
            const auto s = spanOf(b);
            if (auto m = decodeMethod(s); m.ok()) {
                ++decoded;
                std::string again;
                encodeMethod(*m, again);
                auto twice = decodeMethod(spanOf(again));
                QVERIFY(twice.ok() && *twice == *m);
            }
            (void)decodeFieldTableBody(s);
            std::size_t pos = 0;
            (void)decodeFieldTable(s, pos);
            (void)decodeBasicProperties(s);
            (void)decodeContentHeader(s);
            (void)decodeFrame(s, 4096);
            (void)checkProtocolHeader(s);
        }
        QVERIFY(decoded > 0);
    }

    void replyCodeNamesAndClassesFollowRabbitMq()
    {
        QCOMPARE(replyCodeName(reply::NotFound), std::string_view("NOT_FOUND"));
        QCOMPARE(replyCodeName(reply::NoRoute), std::string_view("NO_ROUTE"));
        QCOMPARE(replyCodeName(reply::InternalError), std::string_view("INTERNAL_ERROR"));
        for (std::uint16_t c : {320, 402, 501, 502, 503, 504, 505, 506, 530, 540, 541})
            QVERIFY2(isConnectionError(c), qPrintable(QString::number(c)));
        for (std::uint16_t c : {311, 312, 313, 403, 404, 405, 406})
            QVERIFY2(!isConnectionError(c), qPrintable(QString::number(c)));
        const AmqpError e = makeAmqpError(reply::NotFound, std::string(400, 'q'));
        QCOMPARE(e.replyText.size(), std::size_t(255));
        QVERIFY(e.replyText.ends_with("..."));
    }
};

QTEST_APPLESS_MAIN(TstMethodCodec)
#include "tst_method_codec.moc"
