// Content header frames, basic properties, body framing, and the hot-path
// basic.* writers.

#include "amqp/codec/content.h"
#include "amqp/codec/field_table_codec.h"
#include "amqp/codec/frame.h"
#include "amqp/codec/methods.h"
#include "amqp/codec/reply_codes.h"
#include "codec_test_util.h"

#include <QTest>

#include <functional>

using namespace warren;
using namespace warren::amqp;
using namespace warren::amqp::test;

namespace {

BasicProperties allProperties()
{
    BasicProperties p;
    p.contentType = "application/json";
    p.contentEncoding = "gzip";
    FieldTable h;
    h.set("x-delay", FieldValue(std::int32_t{1500}));
    h.set("x-death", FieldValue(FieldArray{FieldValue(FieldTable{})}));
    p.headers = h;
    p.deliveryMode = 2;
    p.priority = 9;
    p.correlationId = "corr";
    p.replyTo = "amq.rabbitmq.reply-to";
    p.expiration = "60000";
    p.messageId = "m-1";
    p.timestamp = 1700000000;
    p.type = "order.created";
    p.userId = "guest";
    p.appId = "shop";
    p.clusterId = "c1";
    return p;
}

using Setter = std::function<void(BasicProperties &)>;
const std::vector<std::pair<const char *, Setter>> &singleProperties()
{
    static const std::vector<std::pair<const char *, Setter>> v = {
        {"content-type", [](BasicProperties &p) { p.contentType = "t"; }},
        {"content-encoding", [](BasicProperties &p) { p.contentEncoding = "e"; }},
        {"headers", [](BasicProperties &p) { p.headers = FieldTable{}; }},
        {"delivery-mode", [](BasicProperties &p) { p.deliveryMode = 1; }},
        {"priority", [](BasicProperties &p) { p.priority = 0; }},
        {"correlation-id", [](BasicProperties &p) { p.correlationId = ""; }},
        {"reply-to", [](BasicProperties &p) { p.replyTo = "r"; }},
        {"expiration", [](BasicProperties &p) { p.expiration = "1"; }},
        {"message-id", [](BasicProperties &p) { p.messageId = "m"; }},
        {"timestamp", [](BasicProperties &p) { p.timestamp = 0; }},
        {"type", [](BasicProperties &p) { p.type = "ty"; }},
        {"user-id", [](BasicProperties &p) { p.userId = "u"; }},
        {"app-id", [](BasicProperties &p) { p.appId = "a"; }},
        {"cluster-id", [](BasicProperties &p) { p.clusterId = "c"; }},
    };
    return v;
}

std::string frameOf(const std::function<void(std::string &)> &write)
{
    std::string out;
    write(out);
    return out;
}

} // namespace

class TstContentCodec : public QObject {
    Q_OBJECT
private slots:
    void allFourteenPropertiesRoundTrip()
    {
        const BasicProperties p = allProperties();
        std::string wire;
        encodeBasicProperties(p, wire);
        QCOMPARE(toHex(wire.substr(0, 2)), toHex(fromHex("fffc")));
        auto back = decodeBasicProperties(spanOf(wire));
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().replyText.c_str());
        QVERIFY(*back == p);
    }

    void noPropertiesIsTwoZeroBytes()
    {
        std::string wire;
        encodeBasicProperties(BasicProperties{}, wire);
        QCOMPARE(toHex(wire), toHex(fromHex("0000")));
        auto back = decodeBasicProperties(spanOf(wire));
        QVERIFY(back.ok());
        QVERIFY(*back == BasicProperties{});
    }

    void eachPropertyAloneSetsItsFlagBit_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(singleProperties().size()); ++i)
            QTest::newRow(singleProperties()[std::size_t(i)].first) << i;
    }
    void eachPropertyAloneSetsItsFlagBit()
    {
        QFETCH(int, index);
        BasicProperties p;
        singleProperties()[std::size_t(index)].second(p);
        std::string wire;
        encodeBasicProperties(p, wire);
        const unsigned flags = (unsigned(std::uint8_t(wire[0])) << 8) | std::uint8_t(wire[1]);
        QCOMPARE(flags, 1u << (15 - index));
        auto back = decodeBasicProperties(spanOf(wire));
        QVERIFY(back.ok());
        QVERIFY(*back == p);
    }

    void someFlagsSetDecodeInSpecOrder()
    {
        // delivery-mode 2, expiration "5", app-id "a": flags 0x1000|0x0100|0x0008
        const std::string wire = fromHex("1108 02 01 35 01 61");
        auto p = decodeBasicProperties(spanOf(wire));
        QVERIFY(p.ok());
        QCOMPARE(p->deliveryMode.value_or(0), std::uint8_t(2));
        QCOMPARE(p->expiration.value_or(""), std::string("5"));
        QCOMPARE(p->appId.value_or(""), std::string("a"));
        QVERIFY(!p->contentType && !p->headers && !p->timestamp && !p->priority);
    }

    void continuationFlagWordsAreReadAndSkipped()
    {
        // content-type + continuation bit, then two more flag words (the last ends the chain).
        const std::string wire = fromHex("8001 0001 0000 02") + "ab";
        auto p = decodeBasicProperties(spanOf(wire));
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().replyText.c_str());
        QCOMPARE(p->contentType.value_or(""), std::string("ab"));
    }

    void truncatedPropertiesAtEveryLengthIsAnError()
    {
        std::string wire;
        encodeBasicProperties(allProperties(), wire);
        for (std::size_t n = 0; n < wire.size(); ++n) {
            const std::string cut = wire.substr(0, n);
            auto r = decodeBasicProperties(spanOf(cut));
            QVERIFY2(!r.ok(), qPrintable(QString("prefix %1").arg(n)));
            QCOMPARE(r.error().replyCode, reply::FrameError);
        }
    }

    void bytesLeftAfterTheLastPropertyAreAnError()
    {
        const std::string wire = fromHex("0000 00");
        auto r = decodeBasicProperties(spanOf(wire));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().replyCode, reply::FrameError);
    }

    void contentHeaderFrameCarriesThePublishersPropertiesVerbatim()
    {
        std::string props;
        encodeBasicProperties(allProperties(), props);
        std::string frame;
        appendContentHeaderFrame(frame, 9, 60, 0x0102030405ull, spanOf(props));
        const FrameDecode d = decodeFrame(spanOf(frame), 0);
        QVERIFY(d.status == DecodeStatus::Ok);
        QVERIFY(d.frame.type == FrameType::Header);
        QCOMPARE(d.frame.channel, std::uint16_t(9));
        auto h = decodeContentHeader(d.frame.payload);
        QVERIFY(h.ok());
        QCOMPARE(h->classId, std::uint16_t(60));
        QCOMPARE(h->weight, std::uint16_t(0));
        QCOMPARE(h->bodySize, std::uint64_t(0x0102030405ull));
        QCOMPARE(toHex(toStdString(h->properties)), toHex(props));
    }

    void headerPayloadShorterThan12BytesIsUnknownFrame()
    {
        const std::string payload = fromHex("003c 0000 0000");
        auto h = decodeContentHeader(spanOf(payload));
        QVERIFY(!h.ok());
        QCOMPARE(QString::fromStdString(h.error().replyText),
                 QString("FRAME_ERROR - type 2, all octets = <<0,60,0,0,0,0>>: unknown_frame"));
    }

    void bodyFramesAreAtMostFrameMaxMinus8_data()
    {
        QTest::addColumn<int>("bodySize");
        QTest::addColumn<quint32>("frameMax");
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("empty body: no frame") << 0 << 4096u << QList<int>{};
        QTest::newRow("one byte") << 1 << 4096u << QList<int>{1};
        QTest::newRow("exactly one frame") << 4088 << 4096u << QList<int>{4088};
        QTest::newRow("one byte over") << 4089 << 4096u << QList<int>{4088, 1};
        QTest::newRow("three frames") << 10000 << 4096u << QList<int>{4088, 4088, 1824};
        QTest::newRow("no limit") << 200000 << 0u << QList<int>{200000};
    }
    void bodyFramesAreAtMostFrameMaxMinus8()
    {
        QFETCH(int, bodySize);
        QFETCH(quint32, frameMax);
        QFETCH(QList<int>, sizes);
        std::string body(std::size_t(bodySize), '\0');
        for (std::size_t i = 0; i < body.size(); ++i)
            body[i] = char(i * 31);
        std::string out;
        appendBodyFrames(out, 4, spanOf(body), frameMax);
        std::string reassembled;
        QList<int> got;
        for (std::size_t pos = 0; pos < out.size();) {
            const FrameDecode d = decodeFrame(spanOf(out).subspan(pos), frameMax);
            QVERIFY(d.status == DecodeStatus::Ok);
            QVERIFY(d.frame.type == FrameType::Body && d.frame.channel == 4);
            got.append(int(d.frame.payload.size()));
            reassembled += toStdString(d.frame.payload);
            pos += d.consumed;
        }
        QCOMPARE(got, sizes);
        QVERIFY(reassembled == body);
    }

    void fastWritersMatchTheGenericEncoder_data()
    {
        QTest::addColumn<QByteArray>("fast");
        QTest::addColumn<QByteArray>("generic");
        auto row = [](const char *name, const std::string &fast, const std::string &generic) {
            QTest::newRow(name) << QByteArray(fast.data(), qsizetype(fast.size()))
                                << QByteArray(generic.data(), qsizetype(generic.size()));
        };
        for (bool flag : {false, true}) {
            const std::string sfx = flag ? " (flags set)" : " (flags clear)";
            row(("deliver" + sfx).c_str(),
                frameOf([&](std::string &o) {
                    appendBasicDeliverFrame(o, 3, "ctag-1", 0xFFFFFFFFFFull, flag, "amq.direct", "rk");
                }),
                frameOf([&](std::string &o) {
                    appendMethodFrame(o, 3, BasicDeliver{"ctag-1", 0xFFFFFFFFFFull, flag, "amq.direct", "rk"});
                }));
            row(("get-ok" + sfx).c_str(),
                frameOf([&](std::string &o) { appendBasicGetOkFrame(o, 65535, 1, flag, "", "queue", 12345); }),
                frameOf([&](std::string &o) { appendMethodFrame(o, 65535, BasicGetOk{1, flag, "", "queue", 12345}); }));
            row(("ack" + sfx).c_str(), frameOf([&](std::string &o) { appendBasicAckFrame(o, 1, 77, flag); }),
                frameOf([&](std::string &o) { appendMethodFrame(o, 1, BasicAck{77, flag}); }));
            for (bool requeue : {false, true})
                row(("nack" + sfx + (requeue ? " requeue" : "")).c_str(),
                    frameOf([&](std::string &o) { appendBasicNackFrame(o, 1, 78, flag, requeue); }),
                    frameOf([&](std::string &o) { appendMethodFrame(o, 1, BasicNack{78, flag, requeue}); }));
        }
        row("return",
            frameOf([](std::string &o) { appendBasicReturnFrame(o, 2, reply::NoRoute, "NO_ROUTE", "ex", "key"); }),
            frameOf([](std::string &o) { appendMethodFrame(o, 2, BasicReturn{reply::NoRoute, "NO_ROUTE", "ex", "key"}); }));
        row("deliver with long tag clipped like the generic encoder",
            frameOf([](std::string &o) { appendBasicDeliverFrame(o, 1, std::string(300, 't'), 1, false, "", ""); }),
            frameOf([](std::string &o) { appendMethodFrame(o, 1, BasicDeliver{std::string(300, 't'), 1, false, "", ""}); }));
    }
    void fastWritersMatchTheGenericEncoder()
    {
        QFETCH(QByteArray, fast);
        QFETCH(QByteArray, generic);
        QCOMPARE(fast.toHex(' '), generic.toHex(' '));
    }

    void fastWritersAppendWithoutTouchingWhatIsAlreadyThere()
    {
        std::string out = "prefix";
        appendBasicAckFrame(out, 1, 5, false);
        QVERIFY(out.starts_with("prefix"));
        const FrameDecode d = decodeFrame(spanOf(out).subspan(6), 0);
        QVERIFY(d.status == DecodeStatus::Ok);
        auto m = decodeMethod(d.frame.payload);
        QVERIFY(m.ok());
        QCOMPARE(std::get<BasicAck>(*m).deliveryTag, std::uint64_t(5));
    }
};

QTEST_APPLESS_MAIN(TstContentCodec)
#include "tst_content_codec.moc"
