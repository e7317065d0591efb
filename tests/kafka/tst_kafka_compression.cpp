// Decompression of every codec Kafka clients use: data compressed here with
// the libraries themselves (as a client would) must come back intact from
// warren's decompress(); corrupt or oversized input is an error.

#include "kafka/codec/compression.h"
#include "kafka/codec/wire.h"
#include "kafka_test_util.h"

#include <lz4frame.h>
#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

#include <QTest>

#include <random>

using namespace warren::kafka;
using namespace warren::kafka::test;

namespace {

std::string payload()
{
    std::string s;
    std::mt19937 rng(5);
    for (int i = 0; i < 20000; ++i)
        s += "record-" + std::to_string(rng() % 1000) + ";";
    return s;
}

std::string gzipWithZlib(const std::string &in)
{
    z_stream zs{};
    deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&zs, uLong(in.size())) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

std::string snappyRaw(std::string_view in)
{
    std::string out(snappy_max_compressed_length(in.size()), '\0');
    std::size_t n = out.size();
    snappy_compress(in.data(), in.size(), out.data(), &n);
    out.resize(n);
    return out;
}

/// The framing of xerial snappy-java's SnappyOutputStream (Java clients).
std::string snappyXerial(const std::string &in, std::size_t block)
{
    std::string out = fromHex("82 53 4e 41 50 50 59 00 00000001 00000001");
    for (std::size_t pos = 0; pos < in.size(); pos += block) {
        const std::string c = snappyRaw(std::string_view(in).substr(pos, block));
        const auto n = std::uint32_t(c.size());
        out += char(n >> 24);
        out += char(n >> 16);
        out += char(n >> 8);
        out += char(n);
        out += c;
    }
    return out;
}

std::string lz4Frame(const std::string &in)
{
    std::string out(LZ4F_compressFrameBound(in.size(), nullptr), '\0');
    out.resize(LZ4F_compressFrame(out.data(), out.size(), in.data(), in.size(), nullptr));
    return out;
}

std::string zstdFrame(const std::string &in)
{
    std::string out(ZSTD_compressBound(in.size()), '\0');
    out.resize(ZSTD_compress(out.data(), out.size(), in.data(), in.size(), 3));
    return out;
}

/// A zstd frame without the content size in its header, as streaming
/// compressors (librdkafka) write it.
std::string zstdStreamed(const std::string &in)
{
    ZSTD_CCtx *c = ZSTD_createCCtx();
    std::string out(ZSTD_compressBound(in.size()) + 64, '\0');
    ZSTD_inBuffer src{in.data(), in.size(), 0};
    ZSTD_outBuffer dst{out.data(), out.size(), 0};
    ZSTD_compressStream2(c, &dst, &src, ZSTD_e_continue);
    while (ZSTD_compressStream2(c, &dst, &src, ZSTD_e_end) != 0) {
    }
    ZSTD_freeCCtx(c);
    out.resize(dst.pos);
    return out;
}

} // namespace

class TstKafkaCompression : public QObject {
    Q_OBJECT

private slots:
    void clientCompressedDataDecompresses_data()
    {
        QTest::addColumn<int>("codec");
        QTest::addColumn<QByteArray>("compressed");
        const std::string p = payload();
        auto qb = [](const std::string &s) { return QByteArray(s.data(), qsizetype(s.size())); };
        QTest::newRow("gzip") << int(Compression::Gzip) << qb(gzipWithZlib(p));
        QTest::newRow("gzip, two members") << int(Compression::Gzip)
                                           << qb(gzipWithZlib(p.substr(0, 1000)) + gzipWithZlib(p.substr(1000)));
        QTest::newRow("snappy raw") << int(Compression::Snappy) << qb(snappyRaw(p));
        QTest::newRow("snappy xerial 32k blocks") << int(Compression::Snappy) << qb(snappyXerial(p, 32 * 1024));
        QTest::newRow("snappy xerial small blocks") << int(Compression::Snappy) << qb(snappyXerial(p, 1000));
        QTest::newRow("lz4 frame") << int(Compression::Lz4) << qb(lz4Frame(p));
        QTest::newRow("zstd") << int(Compression::Zstd) << qb(zstdFrame(p));
        QTest::newRow("zstd streamed") << int(Compression::Zstd) << qb(zstdStreamed(p));
    }
    void clientCompressedDataDecompresses()
    {
        QFETCH(int, codec);
        QFETCH(QByteArray, compressed);
        const std::string in(compressed.constData(), std::size_t(compressed.size()));
        auto out = decompress(Compression(codec), spanOf(in));
        QVERIFY2(out.ok(), out.ok() ? "" : out.error().message.c_str());
        QVERIFY(*out == payload());
    }

    void ownCompressionRoundTrips_data()
    {
        QTest::addColumn<int>("codec");
        for (int c = 0; c <= 4; ++c)
            QTest::newRow(qPrintable(QString::number(c))) << c;
    }
    void ownCompressionRoundTrips()
    {
        QFETCH(int, codec);
        const std::string p = payload();
        auto c = compress(Compression(codec), spanOf(p));
        QVERIFY(c);
        auto d = decompress(Compression(codec), spanOf(*c));
        QVERIFY(d);
        QVERIFY(*d == p);
        if (codec == int(Compression::Snappy))
            QVERIFY(c->starts_with(fromHex("82 53 4e 41 50 50 59 00"))); // xerial, like Java
    }

    void corruptInputIsAnErrorNotACrash_data()
    {
        QTest::addColumn<int>("codec");
        QTest::addColumn<QByteArray>("compressed");
        const std::string p = payload();
        auto qb = [](const std::string &s) { return QByteArray(s.data(), qsizetype(s.size())); };
        QTest::newRow("gzip") << int(Compression::Gzip) << qb(gzipWithZlib(p));
        QTest::newRow("snappy raw") << int(Compression::Snappy) << qb(snappyRaw(p));
        QTest::newRow("snappy xerial") << int(Compression::Snappy) << qb(snappyXerial(p, 4096));
        QTest::newRow("lz4") << int(Compression::Lz4) << qb(lz4Frame(p));
        QTest::newRow("zstd") << int(Compression::Zstd) << qb(zstdFrame(p));
    }
    void corruptInputIsAnErrorNotACrash()
    {
        QFETCH(int, codec);
        QFETCH(QByteArray, compressed);
        const std::string good(compressed.constData(), std::size_t(compressed.size()));
        // Truncations: every one must fail (or, never, silently return wrong data).
        for (std::size_t n = 0; n < good.size(); n += 1 + good.size() / 97) {
            auto out = decompress(Compression(codec), spanOf(good).first(n));
            if (out.ok())
                QVERIFY(*out != payload());
            else
                QCOMPARE(out.error().code, errc::CORRUPT_MESSAGE);
        }
        // Bit flips in the middle.
        std::string bad = good;
        for (std::size_t i = good.size() / 3; i < good.size() / 3 + 8 && i < bad.size(); ++i)
            bad[i] = char(bad[i] ^ 0x5a);
        auto out = decompress(Compression(codec), spanOf(bad));
        if (out.ok())
            QVERIFY(*out != payload());
    }

    void decompressionStopsAtTheOutputCap_data()
    {
        QTest::addColumn<int>("codec");
        for (int c = 1; c <= 4; ++c)
            QTest::newRow(qPrintable(QString::number(c))) << c;
    }
    void decompressionStopsAtTheOutputCap()
    {
        QFETCH(int, codec);
        const std::string zeros(4 * 1024 * 1024, '\0');
        auto c = compress(Compression(codec), spanOf(zeros));
        QVERIFY(c);
        auto capped = decompress(Compression(codec), spanOf(*c), 1024 * 1024);
        QVERIFY(!capped.ok());
        QCOMPARE(capped.error().code, errc::CORRUPT_MESSAGE);
        QVERIFY(decompress(Compression(codec), spanOf(*c), zeros.size()).ok());
    }

    void unknownCodecIsUnsupported()
    {
        const std::string x = "x";
        QCOMPARE(decompress(Compression(5), spanOf(x)).error().code, errc::UNSUPPORTED_COMPRESSION_TYPE);
    }
};

QTEST_MAIN(TstKafkaCompression)
#include "tst_kafka_compression.moc"
