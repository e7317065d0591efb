// Framing and headers: splitting a stream of size-prefixed requests however
// it arrives, size limits, request/response header versions.

#include "kafka/codec/api_support.h"
#include "kafka/codec/frame.h"
#include "kafka/codec/message.h"
#include "kafka/codec/request_header.h"
#include "kafka_test_util.h"

#include <QTest>

#include <random>
#include <vector>

using namespace warren::kafka;
using namespace warren::kafka::test;

namespace {

struct Seen {
    RequestHeader header;
    std::string body;
    bool operator==(const Seen &) const = default;
};

/// Feeds bytes as a connection would: appends to a buffer and takes every
/// complete frame out of it.
class Splitter {
public:
    bool feed(std::string_view chunk)
    {
        m_buf.append(chunk);
        for (;;) {
            const FrameDecode d = decodeFrame(spanOf(m_buf), 1024 * 1024);
            if (d.status == FrameStatus::NeedMore)
                return true;
            if (d.status == FrameStatus::Error)
                return false;
            std::size_t pos = 0;
            auto h = decodeRequestHeader(d.payload, pos);
            if (!h)
                return false;
            frames.push_back({*h, toStdString(d.payload.subspan(pos))});
            m_buf.erase(0, d.consumed);
        }
    }
    bool drained() const { return m_buf.empty(); }
    std::vector<Seen> frames;

private:
    std::string m_buf;
};

std::string sampleStream(std::vector<Seen> &expected)
{
    std::string out;
    RequestHeader h;
    h.correlationId = 1;
    h.clientId = "rdkafka";
    h.apiVersion = 3;
    ApiVersionsRequest av;
    av.clientSoftwareName = "librdkafka";
    av.clientSoftwareVersion = "2.0.2";
    appendRequestFrame(out, h, av);
    h.apiKey = api::ApiVersions;
    std::string body;
    encodeMessage(body, av, 3);
    expected.push_back({h, body});

    MetadataRequest md;
    md.topics = std::vector<MetadataRequest::Topic>{{"orders"}, {"payments"}};
    h = {api::Metadata, 8, 2, std::nullopt};
    appendRequestFrame(out, h, md);
    body.clear();
    encodeMessage(body, md, 8);
    expected.push_back({h, body});

    ProduceRequest pr;
    pr.acks = -1;
    pr.timeoutMs = 30000;
    const std::string records(300, 'r');
    pr.topics = {{"orders", {{0, RecordSet{spanOf(records)}}}}};
    h = {api::Produce, 7, 3, std::string("client-\xc3\xa9")};
    appendRequestFrame(out, h, pr);
    body.clear();
    encodeMessage(body, pr, 7);
    expected.push_back({h, body});

    ListGroupsRequest lg; // empty body
    h = {api::ListGroups, 2, 4, std::string()};
    appendRequestFrame(out, h, lg);
    expected.push_back({h, std::string()});
    return out;
}

} // namespace

class TstKafkaFraming : public QObject {
    Q_OBJECT

private slots:
    void streamSplitsIntoFramesFedOneByteAtATime()
    {
        std::vector<Seen> expected;
        const std::string stream = sampleStream(expected);
        Splitter s;
        for (char c : stream)
            QVERIFY(s.feed(std::string_view(&c, 1)));
        QVERIFY(s.drained());
        QCOMPARE(s.frames.size(), expected.size());
        QVERIFY(s.frames == expected);
    }

    void streamSplitsIntoFramesFedInRandomChunks_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed : {1u, 7u, 42u, 2024u, 65537u})
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }
    void streamSplitsIntoFramesFedInRandomChunks()
    {
        QFETCH(unsigned, seed);
        std::vector<Seen> expected;
        std::string stream = sampleStream(expected);
        stream += stream; // twice, so chunks straddle frame boundaries everywhere
        const std::vector<Seen> once = expected;
        expected.insert(expected.end(), once.begin(), once.end());
        std::mt19937 rng(seed);
        std::uniform_int_distribution<std::size_t> len(1, 97);
        Splitter s;
        for (std::size_t pos = 0; pos < stream.size();) {
            const std::size_t n = std::min(len(rng), stream.size() - pos);
            QVERIFY(s.feed(std::string_view(stream).substr(pos, n)));
            pos += n;
        }
        QVERIFY(s.drained());
        QVERIFY(s.frames == expected);
    }

    void incompleteFrameNeedsMore()
    {
        const std::string b = fromHex("00000005 0102");
        QCOMPARE(decodeFrame(spanOf(b)).status, FrameStatus::NeedMore);
        const std::string e;
        QCOMPARE(decodeFrame(spanOf(e)).status, FrameStatus::NeedMore);
    }

    void oversizeFrameIsAnErrorBeforeItsBytesArrive()
    {
        const std::string b = fromHex("00100001");
        const FrameDecode d = decodeFrame(spanOf(b), 0x100000);
        QCOMPARE(d.status, FrameStatus::Error);
        QCOMPARE(d.error.code, errc::INVALID_REQUEST);
        const std::string exact = fromHex("00000002 aabb");
        QCOMPARE(decodeFrame(spanOf(exact), 2).status, FrameStatus::Ok);
        QCOMPARE(decodeFrame(spanOf(exact), 1).status, FrameStatus::Error);
    }

    void negativeFrameSizeIsAnError()
    {
        const std::string b = fromHex("ffffffff");
        QCOMPARE(decodeFrame(spanOf(b)).status, FrameStatus::Error);
        const std::string m = fromHex("80000000");
        QCOMPARE(decodeFrame(spanOf(m)).status, FrameStatus::Error);
    }

    void zeroSizeFrameIsOkButItsHeaderIsTruncated()
    {
        const std::string b = fromHex("00000000");
        const FrameDecode d = decodeFrame(spanOf(b));
        QCOMPARE(d.status, FrameStatus::Ok);
        QCOMPARE(d.consumed, std::size_t(4));
        std::size_t pos = 0;
        QVERIFY(!decodeRequestHeader(d.payload, pos).ok());
    }

    void requestHeaderVersionFollowsFlexibility_data()
    {
        QTest::addColumn<int>("apiKey");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("requestHeader");
        QTest::addColumn<int>("responseHeader");
        QTest::newRow("ApiVersions v0") << 18 << 0 << 1 << 0;
        QTest::newRow("ApiVersions v3 (response header stays v0)") << 18 << 3 << 2 << 0;
        QTest::newRow("ApiVersions v4 (newer than ours)") << 18 << 4 << 2 << 0;
        QTest::newRow("Produce v7") << 0 << 7 << 1 << 0;
        QTest::newRow("Produce v9 (beyond our range)") << 0 << 9 << 2 << 1;
        QTest::newRow("Fetch v11") << 1 << 11 << 1 << 0;
        QTest::newRow("Fetch v12") << 1 << 12 << 2 << 1;
        QTest::newRow("Metadata v9") << 3 << 9 << 2 << 1;
        QTest::newRow("SaslHandshake v1 (never flexible)") << 17 << 1 << 1 << 0;
        QTest::newRow("unknown key") << 999 << 5 << 1 << 0;
    }
    void requestHeaderVersionFollowsFlexibility()
    {
        QFETCH(int, apiKey);
        QFETCH(int, version);
        QFETCH(int, requestHeader);
        QFETCH(int, responseHeader);
        QCOMPARE(requestHeaderVersion(std::int16_t(apiKey), std::int16_t(version)), requestHeader);
        QCOMPARE(responseHeaderVersion(std::int16_t(apiKey), std::int16_t(version)), responseHeader);
    }

    void requestHeaderV2SkipsTaggedFields()
    {
        // ApiVersions v3, correlation 9, client "ab", one tagged field.
        const std::string b = fromHex("0012 0003 00000009 0002 6162 | 01 00 01 ff | 0a");
        std::size_t pos = 0;
        auto h = decodeRequestHeader(spanOf(b), pos);
        QVERIFY(h);
        QCOMPARE(h->apiKey, std::int16_t(18));
        QCOMPARE(h->apiVersion, std::int16_t(3));
        QCOMPARE(h->correlationId, 9);
        QCOMPARE(h->clientId, std::optional<std::string>("ab"));
        QCOMPARE(pos, b.size() - 1);
    }

    void requestHeaderWithNullClientIdDecodes()
    {
        const std::string b = fromHex("0003 0001 00000001 ffff");
        std::size_t pos = 0;
        auto h = decodeRequestHeader(spanOf(b), pos);
        QVERIFY(h);
        QVERIFY(!h->clientId);
        QCOMPARE(pos, b.size());
    }

    void truncatedRequestHeaderIsAnErrorAtEveryLength()
    {
        std::string b;
        encodeRequestHeader(b, {api::ApiVersions, 3, 77, std::string("client")});
        std::size_t full = 0;
        QVERIFY(decodeRequestHeader(spanOf(b), full).ok());
        QCOMPARE(full, b.size());
        for (std::size_t n = 0; n < b.size(); ++n) {
            std::size_t pos = 0;
            auto h = decodeRequestHeader(spanOf(b).first(n), pos);
            QVERIFY2(!h.ok(), qPrintable(QString::number(n)));
            QCOMPARE(h.error().code, errc::INVALID_REQUEST);
            QCOMPARE(pos, std::size_t(0));
        }
    }

    void responseFrameCarriesSizeAndCorrelationId()
    {
        HeartbeatResponse r;
        r.errorCode = errc::REBALANCE_IN_PROGRESS;
        std::string out;
        appendResponseFrame(out, 0x01020304, 1, r);
        QCOMPARE(toHex(out), QStringLiteral("00 00 00 0a 01 02 03 04 00 00 00 00 00 1b"));
        const FrameDecode d = decodeFrame(spanOf(out));
        QCOMPARE(d.status, FrameStatus::Ok);
        std::int32_t corr = 0;
        auto back = decodeResponse<HeartbeatResponse>(d.payload, 1, &corr);
        QVERIFY(back);
        QCOMPARE(corr, 0x01020304);
        QVERIFY(*back == r);
    }

    void apiSupportListsExactlyTheAdvertisedRanges()
    {
        const std::vector<std::array<int, 3>> want = {
            {0, 0, 7},  {1, 0, 11}, {2, 0, 5},  {3, 0, 8},  {8, 0, 7},  {9, 0, 5},  {10, 0, 2}, {11, 0, 5},
            {12, 0, 3}, {13, 0, 3}, {14, 0, 3}, {15, 0, 4}, {16, 0, 2}, {17, 0, 1}, {18, 0, 3}, {19, 0, 4},
            {20, 0, 3}, {22, 0, 1}, {24, 0, 1}, {25, 0, 1}, {26, 0, 1}, {28, 0, 2}, {36, 0, 1}};
        const auto got = apiSupport();
        QCOMPARE(got.size(), want.size());
        for (std::size_t i = 0; i < want.size(); ++i) {
            QCOMPARE(int(got[i].key), want[i][0]);
            QCOMPARE(int(got[i].minVersion), want[i][1]);
            QCOMPARE(int(got[i].maxVersion), want[i][2]);
        }
        QVERIFY(isSupported(api::Fetch, 11));
        QVERIFY(!isSupported(api::Fetch, 12));
        QVERIFY(!isSupported(api::Produce, -1));
        QVERIFY(!isSupported(21, 0));
        QVERIFY(isFlexible(api::ApiVersions, 3));
        QVERIFY(!isFlexible(api::ApiVersions, 2));
        for (const ApiRange &r : got)
            for (int v = r.minVersion; v <= r.maxVersion; ++v)
                QCOMPARE(isFlexible(r.key, std::int16_t(v)), r.key == api::ApiVersions && v == 3);
        QCOMPARE(apiName(api::Fetch), std::string_view("Fetch"));
    }
};

QTEST_MAIN(TstKafkaFraming)
#include "tst_kafka_framing.moc"
