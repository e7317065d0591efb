// Every request and response body at every supported version: round trips
// of populated and edge-case values, truncation at every length, and
// byte-exact checks against bytes assembled by hand from the protocol spec.

#include "kafka/codec/message.h"
#include "kafka/codec/testing/message_samples.h"
#include "kafka_test_util.h"

#include <QTest>

#include <random>

using namespace warren::kafka;
using namespace warren::kafka::test;

namespace {

/// Encodes a sample, decodes it back, compares; then checks that every
/// strict prefix fails to decode (without crashing).
template <typename M>
void roundTrip(std::int16_t v, int variant)
{
    M m{};
    warren::kafka::testing::fillSample(m, v, variant);
    std::string bytes;
    encodeMessage(bytes, m, v);
    auto back = decodeMessage<M>(spanOf(bytes), v);
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    QVERIFY2(*back == m, qPrintable(toHex(bytes)));
    std::string again;
    encodeMessage(again, *back, v);
    QCOMPARE(again, bytes);
    for (std::size_t n = 0; n < bytes.size(); ++n) {
        auto cut = decodeMessage<M>(spanOf(bytes).first(n), v);
        QVERIFY2(!cut.ok(), qPrintable(QStringLiteral("prefix of %1 bytes decoded").arg(n)));
        QCOMPARE(cut.error().code, errc::INVALID_REQUEST);
    }
}

/// Decodes random mutations of a valid encoding: must return (ok or error), never crash.
template <typename M>
void mutationsNeverCrash(std::int16_t v, unsigned seed)
{
    M m{};
    warren::kafka::testing::fillSample(m, v, 0);
    std::string bytes;
    encodeMessage(bytes, m, v);
    if (bytes.empty())
        return;
    std::mt19937 rng(seed);
    for (int i = 0; i < 200; ++i) {
        std::string mutated = bytes;
        const int flips = 1 + int(rng() % 4);
        for (int f = 0; f < flips; ++f)
            mutated[rng() % mutated.size()] = char(rng() % 4 == 0 ? 0xff : rng());
        auto r = decodeMessage<M>(spanOf(mutated), v);
        if (r.ok()) {
            std::string again; // whatever decoded must encode again
            encodeMessage(again, *r, v);
        }
    }
}

std::vector<std::pair<int, ApiRange>> allMessages()
{
    std::vector<std::pair<int, ApiRange>> out;
    for (const ApiRange &r : apiSupport())
        for (int request = 0; request < 2; ++request)
            out.push_back({request, r});
    return out;
}

} // namespace

class TstKafkaMessages : public QObject {
    Q_OBJECT

private slots:
    void everyMessageRoundTripsAtEverySupportedVersion_data()
    {
        QTest::addColumn<int>("apiKey");
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("request");
        QTest::addColumn<int>("variant");
        for (const auto &[request, r] : allMessages())
            for (int v = r.minVersion; v <= r.maxVersion; ++v)
                for (int variant = 0; variant < 2; ++variant)
                    QTest::newRow(qPrintable(QStringLiteral("%1%2 v%3 %4")
                                                 .arg(QString::fromLatin1(apiName(r.key)))
                                                 .arg(request ? "Request" : "Response")
                                                 .arg(v)
                                                 .arg(variant ? "nulls+empties" : "populated")))
                        << int(r.key) << v << bool(request) << variant;
    }
    void everyMessageRoundTripsAtEverySupportedVersion()
    {
        QFETCH(int, apiKey);
        QFETCH(int, version);
        QFETCH(bool, request);
        QFETCH(int, variant);
        auto run = [&]<typename M>() { roundTrip<M>(std::int16_t(version), variant); };
        QVERIFY(request ? withRequestType(std::int16_t(apiKey), run) : withResponseType(std::int16_t(apiKey), run));
    }

    void mutatedBytesNeverCrashTheDecoder_data() { everyMessageRoundTripsAtEverySupportedVersion_data(); }
    void mutatedBytesNeverCrashTheDecoder()
    {
        QFETCH(int, apiKey);
        QFETCH(int, version);
        QFETCH(bool, request);
        QFETCH(int, variant);
        auto run = [&]<typename M>() { mutationsNeverCrash<M>(std::int16_t(version), unsigned(apiKey * 100 + version + variant)); };
        QVERIFY(request ? withRequestType(std::int16_t(apiKey), run) : withResponseType(std::int16_t(apiKey), run));
    }

    void versionsOutsideTheRangeAreUnsupported()
    {
        const std::string empty;
        auto r = decodeMessage<ProduceRequest>(spanOf(empty), 8);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, errc::UNSUPPORTED_VERSION);
        QCOMPARE(decodeMessage<FetchRequest>(spanOf(empty), -1).error().code, errc::UNSUPPORTED_VERSION);
    }

    void apiVersionsV0ResponseMatchesHandAssembledBytes()
    {
        ApiVersionsResponse r;
        r.apiKeys = {{0, 0, 7}, {18, 0, 3}};
        std::string out;
        appendResponseFrame(out, 1, 0, r);
        const std::string want = fromHex("00000016"    // size 22
                                         "00000001"    // correlation id (header v0)
                                         "0000"        // error_code
                                         "00000002"    // api_keys: int32 count
                                         "0000 0000 0007"
                                         "0012 0000 0003");
        QCOMPARE(toHex(out), toHex(want));
    }

    void apiVersionsV3ResponseIsFlexibleButKeepsHeaderV0()
    {
        ApiVersionsResponse r;
        r.apiKeys = {{0, 0, 7}, {1, 0, 11}};
        r.throttleTimeMs = 0;
        std::string out;
        appendResponseFrame(out, 0x2a, 3, r);
        const std::string want = fromHex("0000001a"      // size 26
                                         "0000002a"      // correlation id, no tagged fields (header v0)
                                         "0000"          // error_code
                                         "03"            // compact array: 2 entries + 1
                                         "0000 0000 0007 00"  // key, min, max, tagged fields
                                         "0001 0000 000b 00"
                                         "00000000"      // throttle_time_ms
                                         "00");          // tagged fields
        QCOMPARE(toHex(out), toHex(want));
        auto back = decodeResponse<ApiVersionsResponse>(spanOf(out).subspan(4), 3);
        QVERIFY(back);
        QVERIFY(*back == r);
    }

    void apiVersionsV3ResponseSkipsFeatureTaggedFields()
    {
        // SupportedFeatures (tag 0) and FinalizedFeaturesEpoch (tag 1) present.
        const std::string body = fromHex("0000 01 00000000 | 02 00 01 01 | 01 08 0000000000000005");
        auto r = decodeMessage<ApiVersionsResponse>(spanOf(body), 3);
        QVERIFY(r);
        QVERIFY(r->apiKeys.empty());
    }

    void apiVersionsV3RequestCarriesClientSoftware()
    {
        // librdkafka's first request: header v2 then a flexible body.
        const std::string frame = fromHex("00000024 0012 0003 00000001 0007 7264 6b61 666b 61 00"
                                          "0b 6c69 6272 646b 6166 6b61 06 322e 302e 32 00");
        const FrameDecode d = decodeFrame(spanOf(frame));
        QCOMPARE(d.status, FrameStatus::Ok);
        std::size_t pos = 0;
        auto h = decodeRequestHeader(d.payload, pos);
        QVERIFY(h);
        QCOMPARE(h->clientId, std::optional<std::string>("rdkafka"));
        auto req = decodeMessage<ApiVersionsRequest>(d.payload.subspan(pos), h->apiVersion);
        QVERIFY(req);
        QCOMPARE(req->clientSoftwareName, std::string("librdkafka"));
        QCOMPARE(req->clientSoftwareVersion, std::string("2.0.2"));
    }

    void metadataV1RequestMatchesHandAssembledBytes()
    {
        MetadataRequest m;
        m.topics = std::vector<MetadataRequest::Topic>{{"foo"}};
        std::string out;
        appendRequestFrame(out, {0, 1, 7, std::string("kcat")}, m);
        const std::string want = fromHex("00000017"          // size 23
                                         "0003 0001 00000007" // api key 3, version 1, correlation 7
                                         "0004 6b636174"      // client id "kcat"
                                         "00000001 0003 666f6f");
        QCOMPARE(toHex(out), toHex(want));
    }

    void metadataNullTopicsMeansAllFromV1()
    {
        const std::string nullTopics = fromHex("ffffffff");
        auto v1 = decodeMessage<MetadataRequest>(spanOf(nullTopics), 1);
        QVERIFY(v1);
        QVERIFY(!v1->topics.has_value());
        QVERIFY(v1->allowAutoTopicCreation); // absent before v4: Kafka's default
        // v0 has no null: the same bytes are malformed.
        QVERIFY(!decodeMessage<MetadataRequest>(spanOf(nullTopics), 0).ok());
        const std::string emptyTopics = fromHex("00000000");
        auto v0 = decodeMessage<MetadataRequest>(spanOf(emptyTopics), 0);
        QVERIFY(v0);
        QVERIFY(v0->topics.has_value() && v0->topics->empty());
    }

    void metadataV4CarriesAllowAutoTopicCreation()
    {
        const std::string b = fromHex("ffffffff 00");
        auto r = decodeMessage<MetadataRequest>(spanOf(b), 4);
        QVERIFY(r);
        QVERIFY(!r->allowAutoTopicCreation);
    }

    void absentFieldsTakeKafkasDefaults()
    {
        // Fetch v3 has max_bytes but not isolation level / session fields.
        FetchRequest f;
        f.maxWaitMs = 500;
        f.minBytes = 1;
        std::string b;
        encodeMessage(b, f, 0);
        auto r = decodeMessage<FetchRequest>(spanOf(b), 0);
        QVERIFY(r);
        QCOMPARE(r->maxBytes, 0x7fffffff);
        QCOMPARE(r->sessionEpoch, -1);
        QCOMPARE(r->isolationLevel, std::int8_t(0));
        ListOffsetsRequest lo;
        lo.topics = {{"t", {{0, -1, -1, 1}}}};
        b.clear();
        encodeMessage(b, lo, 1);
        auto l = decodeMessage<ListOffsetsRequest>(spanOf(b), 1);
        QVERIFY(l);
        QCOMPARE(l->topics[0].partitions[0].maxNumOffsets, 1);
    }

    void produceRecordsAreViewsIntoTheRequestBuffer()
    {
        ProduceRequest p;
        p.transactionalId = std::nullopt;
        p.acks = 1;
        p.timeoutMs = 1000;
        const std::string recs = "0123456789";
        p.topics = {{"t", {{3, RecordSet{spanOf(recs)}}}}};
        std::string b;
        encodeMessage(b, p, 3);
        // transactional id null (ffff), acks, timeout, 1 topic "t", 1 partition 3, 10 bytes
        QCOMPARE(toHex(b), toHex(fromHex("ffff 0001 000003e8 00000001 0001 74 00000001 00000003 0000000a") + recs));
        auto r = decodeMessage<ProduceRequest>(spanOf(b), 3);
        QVERIFY(r);
        const RecordSet &rs = r->topics[0].partitions[0].records;
        QCOMPARE(static_cast<const void *>(rs.bytes.data()), static_cast<const void *>(b.data() + b.size() - 10));
        QCOMPARE(toStdString(rs.bytes), recs);
    }

    void fetchResponseCanSpliceRecordSetsInsteadOfCopying()
    {
        const std::string big(100000, 'x');
        const std::string small = "abc";
        FetchResponse f;
        f.sessionId = 0;
        f.responses = {{"t",
                        {{0, 0, 100, 100, 0, std::vector<FetchResponse::Topic::Partition::AbortedTransaction>{}, -1,
                          RecordSet{spanOf(big)}},
                         {1, 0, 5, 5, 0, std::nullopt, -1, RecordSet{spanOf(small)}}}}};
        std::string flat;
        appendResponseFrame(flat, 9, 11, f);
        SplicedBuffer spliced;
        appendResponseFrame(spliced, 9, 11, f);
        QVERIFY(spliced.bytes.size() < 200); // the records were not copied
        QCOMPARE(spliced.splices.size(), std::size_t(2));
        QCOMPARE(spliced.size(), flat.size());
        std::string joined;
        spliced.flattenTo(joined);
        QVERIFY(joined == flat);
        auto back = decodeResponse<FetchResponse>(spanOf(flat).subspan(4), 11);
        QVERIFY(back);
        QVERIFY(*back == f);
    }

    void fetchResponseWritesEmptyNotNullRecordsByDefault()
    {
        FetchResponse::Topic::Partition p;
        QVERIFY(!p.records.isNull);
        FetchResponse f;
        f.responses = {{"t", {p}}};
        std::string b;
        encodeMessage(b, f, 4);
        QVERIFY(b.ends_with(fromHex("00000000")));
    }

    void nullInANonNullableFieldIsRejected()
    {
        // FindCoordinator v0 key = null
        const std::string b = fromHex("ffff");
        QCOMPARE(decodeMessage<FindCoordinatorRequest>(spanOf(b), 0).error().code, errc::INVALID_REQUEST);
    }

    void hugeArrayCountsFailWithoutAllocating()
    {
        // OffsetCommit v2 claiming 2^31-1 topics.
        const std::string b = fromHex("0001 67 00000001 0001 6d ffffffffffffffff 7fffffff 0001 74");
        QVERIFY(!decodeMessage<OffsetCommitRequest>(spanOf(b), 2).ok());
        // DescribeGroups: 0x7fffffff group names
        const std::string g = fromHex("7fffffff 0001 67");
        QVERIFY(!decodeMessage<DescribeGroupsRequest>(spanOf(g), 0).ok());
    }

    void negativeLengthsAreRejected()
    {
        // JoinGroup v0 metadata bytes with length -2.
        const std::string b = fromHex("0001 67 00007530 0000 0008 636f6e73756d6572 00000001 0005 72616e6765 fffffffe");
        QVERIFY(!decodeMessage<JoinGroupRequest>(spanOf(b), 0).ok());
    }

    void apiVersionsUnsupportedVersionFallbackIsAV0Body()
    {
        // What a broker sends when a client asks for ApiVersions v4+: error 35
        // in a v0 body with header v0, and the client retries lower.
        ApiVersionsResponse r;
        r.errorCode = errc::UNSUPPORTED_VERSION;
        r.apiKeys = {{18, 0, 3}};
        std::string out;
        appendResponseFrame(out, 5, 0, r);
        QCOMPARE(toHex(out), toHex(fromHex("00000010 00000005 0023 00000001 0012 0000 0003")));
    }
};

QTEST_MAIN(TstKafkaMessages)
#include "tst_kafka_messages.moc"
