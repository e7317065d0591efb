// Writes the seed corpora of the fuzz targets from the codecs' own encoders:
//   make_fuzz_corpus <repo>/fuzz/corpus
// Each seed is in the input format its target's header comment describes.
// Deterministic: running it again rewrites the same files.

#include "amqp/codec/content.h"
#include "amqp/codec/field_table_codec.h"
#include "amqp/codec/frame.h"
#include "amqp/codec/methods.h"
#include "amqp/codec/testing/method_samples.h"
#include "kafka/codec/message.h"
#include "kafka/codec/record_batch.h"
#include "kafka/codec/testing/message_samples.h"
#include "storage/log.h"
#include "storage/memory_file_system.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>

using namespace warren;
namespace fs = std::filesystem;

namespace {

fs::path g_root;

void write(const std::string &target, const std::string &name, const std::string &bytes)
{
    const fs::path dir = g_root / target;
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << bytes;
}

std::span<const std::byte> bytesOf(const std::string &s)
{
    return {reinterpret_cast<const std::byte *>(s.data()), s.size()};
}

FieldTable sampleTable()
{
    FieldTable nested{{{"deep", FieldValue(true)}, {"n", FieldValue(std::int64_t{-1})}}};
    return FieldTable{{
        {"void", FieldValue()},
        {"bool", FieldValue(true)},
        {"i8", FieldValue(std::int8_t{-8})},
        {"u8", FieldValue(std::uint8_t{200})},
        {"i16", FieldValue(std::int16_t{-300})},
        {"u16", FieldValue(std::uint16_t{60000})},
        {"i32", FieldValue(std::int32_t{-70000})},
        {"u32", FieldValue(std::uint32_t{4000000000u})},
        {"i64", FieldValue(std::int64_t{-5000000000})},
        {"f", FieldValue(1.5f)},
        {"d", FieldValue(-2.25)},
        {"dec", FieldValue(Decimal{2, 12345})},
        {"str", FieldValue(std::string("text"))},
        {"arr", FieldValue(FieldArray{FieldValue(std::int32_t{1}), FieldValue(std::string("x")), FieldValue(nested)})},
        {"ts", FieldValue(Timestamp{1700000000})},
        {"tbl", FieldValue(nested)},
        {"bytes", FieldValue(ByteArray{std::string("\0\1\2", 3)})},
    }};
}

void amqpSeeds()
{
    // Field tables.
    std::string t;
    amqp::encodeFieldTable(sampleTable(), t);
    write("fuzz_amqp_field_table", "all_tags", t);
    t.clear();
    amqp::encodeFieldTable(FieldTable{}, t);
    write("fuzz_amqp_field_table", "empty", t);
    t.clear();
    amqp::encodeFieldTable(FieldTable{{{"x-death", FieldValue(FieldArray{FieldValue(sampleTable())})}}}, t);
    write("fuzz_amqp_field_table", "x_death", t);
    // librabbitmq's 'L' and pika's 'U' tags, written by hand.
    write("fuzz_amqp_field_table", "tags_L_U",
          std::string("\0\0\0\x10\1aL\0\0\0\0\0\0\0\7\1bU\xff\xfe", 20));

    // One seed per method (variants 0 and 1), each as frame_max selector + frame.
    for (int variant = 0; variant < 2; ++variant) {
        int i = 0;
        for (const auto &m : amqp::testing::sampleMethods(variant)) {
            std::string payload;
            amqp::encodeMethod(m, payload);
            std::string s(1, char(2));
            amqp::appendFrame(s, amqp::FrameType::Method, 1, bytesOf(payload));
            const auto id = amqp::methodIdOf(m);
            write("fuzz_amqp_frame",
                  "method_" + std::to_string(id.classId) + "_" + std::to_string(id.methodId) + "_v" +
                      std::to_string(variant),
                  s);
            ++i;
        }
    }
    // A connection's start: protocol header, start-ok, then a publish with
    // properties and a body cut into frames, a heartbeat.
    std::string s(1, char(1)); // frame_max 4096
    s.append(amqp::kProtocolHeader.begin(), amqp::kProtocolHeader.end());
    amqp::ConnectionStartOk ok;
    ok.clientProperties = FieldTable{{{"product", FieldValue(std::string("seed"))}}};
    ok.mechanism = "PLAIN";
    ok.response = std::string("\0guest\0guest", 12);
    ok.locale = "en_US";
    amqp::appendMethodFrame(s, 0, ok);
    amqp::BasicPublish pub;
    pub.exchange = "amq.topic";
    pub.routingKey = "a.b.c";
    amqp::appendMethodFrame(s, 1, pub);
    amqp::BasicProperties props;
    props.contentType = "text/plain";
    props.headers = sampleTable();
    props.deliveryMode = 2;
    props.priority = 5;
    props.correlationId = "c1";
    props.replyTo = "amq.rabbitmq.reply-to";
    props.expiration = "60000";
    props.messageId = "m1";
    props.timestamp = 1700000000;
    props.type = "t";
    props.userId = "guest";
    props.appId = "seed";
    std::string encodedProps;
    amqp::encodeBasicProperties(props, encodedProps);
    const std::string body(5000, 'b');
    amqp::appendContentHeaderFrame(s, 1, 60, body.size(), bytesOf(encodedProps));
    amqp::appendBodyFrames(s, 1, bytesOf(body.substr(0, 300)), 4096);
    amqp::appendHeartbeatFrame(s);
    write("fuzz_amqp_frame", "session_publish", s);
}

void kafkaRequestSeeds()
{
    for (const auto &range : kafka::apiSupport()) {
        for (std::int16_t v = range.minVersion; v <= range.maxVersion; ++v) {
            kafka::withRequestType(range.key, [&]<typename M>() {
                M m{};
                kafka::testing::fillSample(m, v, 0);
                kafka::RequestHeader h;
                h.apiVersion = v;
                h.correlationId = 7;
                h.clientId = "seed";
                std::string frame;
                kafka::appendRequestFrame(frame, h, m);
                write("fuzz_kafka_request", std::string(M::kName) + "_v" + std::to_string(v), frame);
            });
        }
    }
}

std::string batchOf(kafka::Compression c, int records, bool withHeaders, bool control = false)
{
    kafka::BatchBuild b;
    b.compression = c;
    b.producerId = 1000;
    b.producerEpoch = 0;
    b.baseSequence = 0;
    for (int i = 0; i < records; ++i) {
        kafka::RecordBuild r;
        if (i % 3 != 2)
            r.key = "key-" + std::to_string(i);
        if (i % 4 != 3)
            r.value = std::string(20 + i, char('a' + i % 26));
        if (withHeaders)
            r.headers = {{"h1", std::string("v")}, {"h2", std::nullopt}};
        r.timestamp = 1'700'000'000'000 + i;
        b.records.push_back(std::move(r));
    }
    std::string out;
    if (control) {
        kafka::appendEndTxnMarker(out, 0, 1000, 0, true, 3, 1'700'000'000'000);
        return out;
    }
    kafka::appendRecordBatch(out, b);
    return out;
}

void recordBatchSeeds()
{
    using kafka::Compression;
    const std::pair<const char *, Compression> codecs[] = {{"none", Compression::None},
                                                           {"gzip", Compression::Gzip},
                                                           {"snappy", Compression::Snappy},
                                                           {"lz4", Compression::Lz4},
                                                           {"zstd", Compression::Zstd}};
    for (const auto &[name, c] : codecs) {
        write("fuzz_kafka_record_batch", std::string("batch_") + name, std::string(1, '\0') + batchOf(c, 5, true));
        // Flags 3: lengths and CRCs fixed up after mutation.
        write("fuzz_kafka_record_batch", std::string("batch_fixup_") + name,
              std::string(1, '\3') + batchOf(c, 3, false));
    }
    write("fuzz_kafka_record_batch", "two_batches",
          std::string(1, '\0') + batchOf(Compression::None, 2, false) + batchOf(Compression::Gzip, 2, true));
    write("fuzz_kafka_record_batch", "control", std::string(1, '\3') + batchOf(Compression::None, 1, false, true));
    // Bare compressed data for the direct decompress() path (codec in bits 5-7).
    const std::string plain(300, 'z');
    auto raw = kafka::compressSnappyRaw(bytesOf(plain));
    write("fuzz_kafka_record_batch", "snappy_raw", std::string(1, char(2 << 5)) + *raw);
    for (const auto &[name, c] : codecs) {
        if (c == Compression::None)
            continue;
        auto z = kafka::compress(c, bytesOf(plain));
        write("fuzz_kafka_record_batch", std::string("compressed_") + name, std::string(1, char(int(c) << 5)) + *z);
    }
}

void putBe(std::string &out, std::uint64_t v, int n)
{
    for (int i = n - 1; i >= 0; --i)
        out.push_back(char((v >> (8 * i)) & 0xff));
}

/// A log directory in fuzz_storage_recovery's input format.
std::string storageSeed(std::uint8_t configByte, storage::MemoryFileSystem &mfs, const std::string &dir,
                        const std::function<std::string(const std::string &, std::string)> &edit = {})
{
    std::string out(1, char(configByte));
    auto names = mfs.list(dir);
    std::sort(names->begin(), names->end());
    for (const auto &n : *names) {
        std::string bytes = mfs.contents(dir + "/" + n);
        if (edit)
            bytes = edit(n, bytes);
        std::uint8_t kind = 3;
        if (n.ends_with(".log"))
            kind = 0;
        else if (n.ends_with(".timeindex"))
            kind = 2;
        else if (n.ends_with(".index"))
            kind = 1;
        const std::uint64_t base = kind == 3 ? 0 : std::stoull(n.substr(0, 20));
        out.push_back(char(kind));
        putBe(out, base, 8);
        putBe(out, bytes.size(), 4);
        out += bytes;
    }
    return out;
}

void storageSeeds()
{
    using namespace storage;
    const std::string dir = "/seed";
    for (int segmented = 0; segmented < 2; ++segmented) {
        MemoryFileSystem mfs;
        LogConfig cfg;
        cfg.indexIntervalBytes = 64;
        if (segmented)
            cfg.segmentBytes = 256;
        auto log = Log::open(mfs, dir, cfg);
        for (int i = 0; i < 6; ++i) {
            const std::string b = batchOf(i % 2 ? kafka::Compression::None : kafka::Compression::Lz4, 1 + i % 3, i % 2);
            (*log)->append(bytesOf(b), 1'700'000'000'000 + i);
        }
        if (segmented)
            (*log)->setLogStartOffset(Offset{2});
        (*log)->close();
        const std::uint8_t config = 6 | (segmented ? 16 : 0); // index interval 64
        const std::string name = segmented ? "segments" : "one_segment";
        write("fuzz_storage_recovery", name, storageSeed(config, mfs, dir));
        // A torn tail: the last .log loses its last 10 bytes.
        auto names = mfs.list(dir);
        std::sort(names->begin(), names->end());
        std::string lastLog;
        for (const auto &n : *names)
            if (n.ends_with(".log"))
                lastLog = n;
        write("fuzz_storage_recovery", name + "_torn",
              storageSeed(config, mfs, dir, [&](const std::string &n, std::string b) {
                  if (n == lastLog && b.size() > 10)
                      b.resize(b.size() - 10);
                  return b;
              }));
        // A damaged index: garbage instead of entries.
        write("fuzz_storage_recovery", name + "_bad_index",
              storageSeed(config, mfs, dir, [&](const std::string &n, std::string b) {
                  if (n.ends_with(".index"))
                      return std::string("\xff\xff\xff\xff\0\0\0\1\0\0", 10);
                  return b;
              }));
    }
    write("fuzz_storage_recovery", "empty_dir", std::string(1, '\x0c'));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <corpus root>\n", argv[0]);
        return 2;
    }
    g_root = argv[1];
    amqpSeeds();
    kafkaRequestSeeds();
    recordBatchSeeds();
    storageSeeds();
    return 0;
}
