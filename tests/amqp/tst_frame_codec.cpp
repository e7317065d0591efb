// Frame layer: protocol header, splitting a stream into frames however it
// arrives, and RabbitMQ's FRAME_ERRORs.

#include "amqp/codec/content.h"
#include "amqp/codec/frame.h"
#include "amqp/codec/methods.h"
#include "amqp/codec/reply_codes.h"
#include "codec_test_util.h"

#include <QTest>

#include <random>
#include <vector>

using namespace warren;
using namespace warren::amqp;
using namespace warren::amqp::test;

namespace {

struct Frame {
    FrameType type;
    std::uint16_t channel;
    std::string payload;
    bool operator==(const Frame &) const = default;
};

/// Feeds bytes as a connection would: appends to a buffer and takes every
/// complete frame out of it.
class Splitter {
public:
    explicit Splitter(std::uint32_t frameMax) : m_frameMax(frameMax) {}
    bool feed(std::string_view chunk)
    {
        m_buf.append(chunk);
        for (;;) {
            const FrameDecode d = decodeFrame(spanOf(m_buf), m_frameMax);
            if (d.status == DecodeStatus::NeedMore)
                return true;
            if (d.status == DecodeStatus::Error)
                return false;
            frames.push_back({d.frame.type, d.frame.channel, toStdString(d.frame.payload)});
            m_buf.erase(0, d.consumed);
        }
    }
    bool drained() const { return m_buf.empty(); }
    std::vector<Frame> frames;

private:
    std::uint32_t m_frameMax;
    std::string m_buf;
};

std::string sampleStream(std::vector<Frame> &expected)
{
    std::string out;
    BasicPublish p;
    p.exchange = "amq.topic";
    p.routingKey = "a.b";
    appendMethodFrame(out, 1, p);
    BasicProperties props;
    props.contentType = "text/plain";
    props.deliveryMode = 2;
    std::string encodedProps;
    encodeBasicProperties(props, encodedProps);
    const std::string body(5000, 'b');
    appendContentHeaderFrame(out, 1, 60, body.size(), spanOf(encodedProps));
    appendBodyFrames(out, 1, spanOf(body), 4096);
    appendHeartbeatFrame(out);
    appendMethodFrame(out, 2, BasicAck{42, true});
    appendMethodFrame(out, 65535, ChannelClose{});

    Splitter whole(0);
    whole.feed(out);
    expected = whole.frames;
    return out;
}

} // namespace

class TstFrameCodec : public QObject {
    Q_OBJECT
private slots:
    void wholeStreamDecodesToTheFramesWritten()
    {
        std::vector<Frame> frames;
        sampleStream(frames);
        QCOMPARE(frames.size(), std::size_t(7));
        QVERIFY(frames[0].type == FrameType::Method && frames[0].channel == 1);
        QVERIFY(frames[1].type == FrameType::Header);
        QVERIFY(frames[2].type == FrameType::Body && frames[2].payload.size() == 4088);
        QVERIFY(frames[3].type == FrameType::Body && frames[3].payload.size() == 912);
        QVERIFY(frames[4].type == FrameType::Heartbeat && frames[4].channel == 0 && frames[4].payload.empty());
        QVERIFY(frames[5].channel == 2);
        QVERIFY(frames[6].channel == 65535);
    }

    void anySplitOneByteAtATimeDecodesTheSameFrames()
    {
        std::vector<Frame> expected;
        const std::string stream = sampleStream(expected);
        Splitter s(131072);
        for (char c : stream)
            QVERIFY(s.feed(std::string_view(&c, 1)));
        QVERIFY(s.drained());
        QVERIFY(s.frames == expected);
    }

    void anySplitRandomChunksDecodeTheSameFrames_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed = 1; seed <= 25; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }
    void anySplitRandomChunksDecodeTheSameFrames()
    {
        QFETCH(unsigned, seed);
        std::vector<Frame> expected;
        const std::string stream = sampleStream(expected);
        std::mt19937 rng(seed);
        std::uniform_int_distribution<std::size_t> len(1, 700);
        Splitter s(131072);
        for (std::size_t pos = 0; pos < stream.size();) {
            const std::size_t n = std::min(len(rng), stream.size() - pos);
            QVERIFY(s.feed(std::string_view(stream).substr(pos, n)));
            pos += n;
        }
        QVERIFY(s.drained());
        QVERIFY(s.frames == expected);
    }

    void everyStrictPrefixOfAFrameNeedsMore()
    {
        std::string f;
        appendMethodFrame(f, 3, BasicQos{0, 10, false});
        for (std::size_t n = 0; n < f.size(); ++n) {
            const std::string cut = f.substr(0, n);
            QVERIFY(decodeFrame(spanOf(cut), 0).status == DecodeStatus::NeedMore);
        }
        const FrameDecode d = decodeFrame(spanOf(f), 0);
        QVERIFY(d.status == DecodeStatus::Ok);
        QCOMPARE(d.consumed, f.size());
    }

    void badFrameEndIsFrameError()
    {
        std::string f = fromHex("01 0001 00000004 003c 0050 00"); // end octet 0 instead of 0xCE
        const FrameDecode d = decodeFrame(spanOf(f), 0);
        QVERIFY(d.status == DecodeStatus::Error);
        QCOMPARE(d.error.replyCode, reply::FrameError);
        QCOMPARE(QString::fromStdString(d.error.replyText),
                 QString("FRAME_ERROR - type 1, all octets = <<0,60,0,80>>: {invalid_frame_end_marker,0}"));
        QCOMPARE(d.error.classId, std::uint16_t(0));
    }

    void badFrameEndShowsOnlyTheFirst16Octets()
    {
        std::string f = fromHex("03 0001 00000014") + "abcdefghijklmnopqrst" + fromHex("36");
        const FrameDecode d = decodeFrame(spanOf(f), 0);
        QVERIFY(d.status == DecodeStatus::Error);
        QCOMPARE(QString::fromStdString(d.error.replyText),
                 QString("FRAME_ERROR - type 3, first 16 octets = <<\"abcdefghijklmnop\">>: "
                         "{invalid_frame_end_marker,54}"));
    }

    void oversizeFrameIsFrameError_data()
    {
        QTest::addColumn<quint32>("frameMax");
        QTest::addColumn<quint32>("payloadSize");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("exactly frame_max - 8") << 4096u << 4088u << true;
        QTest::newRow("RabbitMQ's 8-byte fudge") << 4096u << 4096u << true;
        QTest::newRow("one past the fudge") << 4096u << 4097u << false;
        QTest::newRow("huge") << 131072u << 0x7fffffffu << false;
        QTest::newRow("no limit") << 0u << 200000u << true;
    }
    void oversizeFrameIsFrameError()
    {
        QFETCH(quint32, frameMax);
        QFETCH(quint32, payloadSize);
        QFETCH(bool, accepted);
        std::string header = fromHex("03 0005");
        appendU32(header, payloadSize);
        // The size is judged from the 7 header bytes alone.
        const FrameDecode early = decodeFrame(spanOf(header), frameMax);
        if (!accepted) {
            QVERIFY(early.status == DecodeStatus::Error);
            QCOMPARE(early.error.replyCode, reply::FrameError);
            const QString expected = QString("FRAME_ERROR - type 3, all octets = <<>>: {frame_too_large,%1,%2}")
                                         .arg(payloadSize)
                                         .arg(frameMax - 8);
            QCOMPARE(QString::fromStdString(early.error.replyText), expected);
            return;
        }
        QVERIFY(early.status == DecodeStatus::NeedMore);
        const std::string f = header + std::string(payloadSize, 'p') + fromHex("ce");
        const FrameDecode d = decodeFrame(spanOf(f), frameMax);
        QVERIFY(d.status == DecodeStatus::Ok);
        QCOMPARE(d.frame.payload.size(), std::size_t(payloadSize));
    }

    void unknownFrameTypeIsFrameError_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("text");
        QTest::newRow("type 4") << QByteArray::fromHex("04 0000 00000001 41 ce")
                                << "FRAME_ERROR - type 4, all octets = <<\"A\">>: unknown_frame";
        QTest::newRow("type 0") << QByteArray::fromHex("00 0000 00000000 ce")
                                << "FRAME_ERROR - type 0, all octets = <<>>: unknown_frame";
        QTest::newRow("heartbeat with payload") << QByteArray::fromHex("08 0000 00000001 00 ce")
                                                << "FRAME_ERROR - type 8, all octets = <<0>>: unknown_frame";
    }
    void unknownFrameTypeIsFrameError()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, text);
        const std::string f(frame.constData(), std::size_t(frame.size()));
        const FrameDecode d = decodeFrame(spanOf(f), 0);
        QVERIFY(d.status == DecodeStatus::Error);
        QCOMPARE(d.error.replyCode, reply::FrameError);
        QCOMPARE(QString::fromStdString(d.error.replyText), text);
    }

    void heartbeatFrameIsEightBytes()
    {
        std::string out;
        appendHeartbeatFrame(out);
        QCOMPARE(toHex(out), toHex(fromHex("08 0000 00000000 ce")));
    }

    void protocolHeaderCheck_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("expected");
        const int needMore = int(HeaderCheck::NeedMore), ok = int(HeaderCheck::Ok), bad = int(HeaderCheck::Mismatch);
        QTest::newRow("empty") << QByteArray() << needMore;
        QTest::newRow("AMQ") << QByteArray("AMQ") << needMore;
        QTest::newRow("AMQP 0 0 9") << QByteArray("AMQP\0\0\x09", 7) << needMore;
        QTest::newRow("AMQP 0-9-1") << QByteArray("AMQP\0\0\x09\x01", 8) << ok;
        QTest::newRow("AMQP 0-9-1 plus a frame") << QByteArray("AMQP\0\0\x09\x01\x01\0\0", 11) << ok;
        QTest::newRow("AMQP 0-9 (RabbitMQ serves it as 0-9-1)") << QByteArray("AMQP\x01\x01\0\x09", 8) << ok;
        QTest::newRow("AMQP 0-9-0") << QByteArray("AMQP\0\0\x09\0", 8) << bad;
        QTest::newRow("AMQP 0-8") << QByteArray("AMQP\x01\x01\x00\x08", 8) << bad;
        QTest::newRow("AMQP 1.0") << QByteArray("AMQP\0\x01\0\0", 8) << bad;
        QTest::newRow("AMQP 1.0 SASL") << QByteArray("AMQP\x03\x01\0\0", 8) << bad;
        QTest::newRow("HTTP GET") << QByteArray("GET / HTTP/1.1\r\n") << bad;
        QTest::newRow("G alone") << QByteArray("G") << bad;
        QTest::newRow("TLS client hello") << QByteArray::fromHex("16030100a5010000a1") << bad;
    }
    void protocolHeaderCheck()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, expected);
        const std::string b(bytes.constData(), std::size_t(bytes.size()));
        QCOMPARE(int(checkProtocolHeader(spanOf(b))), expected);
    }

    void protocolHeaderConstantIsAmqp091()
    {
        QCOMPARE(std::string(kProtocolHeader.data(), kProtocolHeader.size()), std::string("AMQP\0\0\x09\x01", 8));
    }
};

QTEST_APPLESS_MAIN(TstFrameCodec)
#include "tst_frame_codec.moc"
