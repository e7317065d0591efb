#include "kafka/codec/compression.h"

#include <lz4frame.h>
#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

#include <array>
#include <cstring>
#include <memory>

namespace warren::kafka {

namespace {

KafkaError corrupt(std::string what) { return KafkaError{errc::CORRUPT_MESSAGE, std::move(what)}; }

constexpr std::array<unsigned char, 8> kXerialMagic{0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0};
constexpr std::size_t kXerialHeader = 16; // magic + version i32 + compatible version i32
constexpr std::size_t kXerialBlock = 32 * 1024;

const char *chars(std::span<const std::byte> b) { return reinterpret_cast<const char *>(b.data()); }

Result<std::string, KafkaError> inflateGzip(std::span<const std::byte> in, std::size_t maxOutput)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 32) != Z_OK) // 32: accept gzip and zlib headers
        return unexpected(corrupt("gzip: inflateInit failed"));
    std::unique_ptr<z_stream, int (*)(z_stream *)> guard(&zs, inflateEnd);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<std::byte *>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    std::string out;
    char buf[64 * 1024];
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        const int rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, sizeof buf - zs.avail_out);
        if (out.size() > maxOutput)
            return unexpected(corrupt("gzip: decompressed data too large"));
        if (rc == Z_STREAM_END) {
            if (zs.avail_in == 0)
                return out;
            if (inflateReset(&zs) != Z_OK) // concatenated gzip members
                return unexpected(corrupt("gzip: reset failed"));
            continue;
        }
        if (rc != Z_OK && !(rc == Z_BUF_ERROR && zs.avail_out == 0))
            return unexpected(corrupt(std::string("gzip: ") + (zs.msg ? zs.msg : "truncated data")));
        if (zs.avail_in == 0 && zs.avail_out != 0)
            return unexpected(corrupt("gzip: truncated data"));
    }
}

Status<KafkaError> snappyRawBlock(const char *data, std::size_t len, std::size_t room, std::string &out)
{
    std::size_t n = 0;
    if (snappy_uncompressed_length(data, len, &n) != SNAPPY_OK)
        return unexpected(corrupt("snappy: bad block header"));
    if (n > room)
        return unexpected(corrupt("snappy: decompressed data too large"));
    const std::size_t at = out.size();
    out.resize(at + n);
    if (snappy_uncompress(data, len, out.data() + at, &n) != SNAPPY_OK)
        return unexpected(corrupt("snappy: corrupt block"));
    out.resize(at + n);
    return {};
}

Result<std::string, KafkaError> unsnappy(std::span<const std::byte> in, std::size_t maxOutput)
{
    std::string out;
    if (in.size() >= kXerialHeader && std::memcmp(in.data(), kXerialMagic.data(), kXerialMagic.size()) == 0) {
        std::size_t pos = kXerialHeader;
        while (pos < in.size()) {
            if (in.size() - pos < 4)
                return unexpected(corrupt("snappy: truncated xerial block length"));
            const auto *p = reinterpret_cast<const unsigned char *>(in.data()) + pos;
            const std::uint32_t len = (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) |
                                      (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]);
            pos += 4;
            if (len > in.size() - pos)
                return unexpected(corrupt("snappy: truncated xerial block"));
            auto r = snappyRawBlock(chars(in) + pos, len, maxOutput - out.size(), out);
            if (!r)
                return unexpected(r.error());
            pos += len;
        }
        return out;
    }
    auto r = snappyRawBlock(chars(in), in.size(), maxOutput, out);
    if (!r)
        return unexpected(r.error());
    return out;
}

Result<std::string, KafkaError> unlz4(std::span<const std::byte> in, std::size_t maxOutput)
{
    LZ4F_dctx *ctx = nullptr;
    if (LZ4F_isError(LZ4F_createDecompressionContext(&ctx, LZ4F_VERSION)))
        return unexpected(corrupt("lz4: context creation failed"));
    std::unique_ptr<LZ4F_dctx, LZ4F_errorCode_t (*)(LZ4F_dctx *)> guard(ctx, LZ4F_freeDecompressionContext);
    std::string out;
    char buf[64 * 1024];
    std::size_t pos = 0;
    std::size_t hint = 1;
    while (pos < in.size()) {
        std::size_t srcSize = in.size() - pos;
        std::size_t dstSize = sizeof buf;
        hint = LZ4F_decompress(ctx, buf, &dstSize, chars(in) + pos, &srcSize, nullptr);
        if (LZ4F_isError(hint))
            return unexpected(corrupt(std::string("lz4: ") + LZ4F_getErrorName(hint)));
        pos += srcSize;
        out.append(buf, dstSize);
        if (out.size() > maxOutput)
            return unexpected(corrupt("lz4: decompressed data too large"));
        if (srcSize == 0 && dstSize == 0)
            break;
    }
    // Drain output still buffered in the context.
    while (hint != 0) {
        std::size_t srcSize = 0;
        std::size_t dstSize = sizeof buf;
        hint = LZ4F_decompress(ctx, buf, &dstSize, nullptr, &srcSize, nullptr);
        if (LZ4F_isError(hint))
            return unexpected(corrupt(std::string("lz4: ") + LZ4F_getErrorName(hint)));
        if (dstSize == 0)
            break;
        out.append(buf, dstSize);
        if (out.size() > maxOutput)
            return unexpected(corrupt("lz4: decompressed data too large"));
    }
    if (hint != 0)
        return unexpected(corrupt("lz4: truncated frame"));
    return out;
}

Result<std::string, KafkaError> unzstd(std::span<const std::byte> in, std::size_t maxOutput)
{
    std::unique_ptr<ZSTD_DCtx, std::size_t (*)(ZSTD_DCtx *)> ctx(ZSTD_createDCtx(), ZSTD_freeDCtx);
    if (!ctx)
        return unexpected(corrupt("zstd: context creation failed"));
    ZSTD_inBuffer input{in.data(), in.size(), 0};
    std::string out;
    char buf[64 * 1024];
    std::size_t last = 1;
    while (input.pos < input.size || last != 0) {
        ZSTD_outBuffer output{buf, sizeof buf, 0};
        const std::size_t before = input.pos;
        last = ZSTD_decompressStream(ctx.get(), &output, &input);
        if (ZSTD_isError(last))
            return unexpected(corrupt(std::string("zstd: ") + ZSTD_getErrorName(last)));
        out.append(buf, output.pos);
        if (out.size() > maxOutput)
            return unexpected(corrupt("zstd: decompressed data too large"));
        if (input.pos == before && output.pos == 0) {
            if (last != 0)
                return unexpected(corrupt("zstd: truncated frame"));
            break;
        }
    }
    return out;
}

} // namespace

Result<std::string, KafkaError> decompress(Compression codec, std::span<const std::byte> in, std::size_t maxOutput)
{
    switch (codec) {
    case Compression::None:
        if (in.size() > maxOutput)
            return unexpected(corrupt("records too large"));
        return std::string(chars(in), in.size());
    case Compression::Gzip:
        return inflateGzip(in, maxOutput);
    case Compression::Snappy:
        return unsnappy(in, maxOutput);
    case Compression::Lz4:
        return unlz4(in, maxOutput);
    case Compression::Zstd:
        return unzstd(in, maxOutput);
    }
    return unexpected(KafkaError{errc::UNSUPPORTED_COMPRESSION_TYPE,
                                 "unknown compression codec " + std::to_string(int(codec))});
}

Result<std::string, KafkaError> compressSnappyRaw(std::span<const std::byte> in)
{
    std::string out(snappy_max_compressed_length(in.size()), '\0');
    std::size_t n = out.size();
    if (snappy_compress(chars(in), in.size(), out.data(), &n) != SNAPPY_OK)
        return unexpected(corrupt("snappy: compression failed"));
    out.resize(n);
    return out;
}

Result<std::string, KafkaError> compress(Compression codec, std::span<const std::byte> in)
{
    switch (codec) {
    case Compression::None:
        return std::string(chars(in), in.size());
    case Compression::Gzip: {
        z_stream zs{};
        if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return unexpected(corrupt("gzip: deflateInit failed"));
        std::string out(deflateBound(&zs, static_cast<uLong>(in.size())) + 32, '\0');
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<std::byte *>(in.data()));
        zs.avail_in = static_cast<uInt>(in.size());
        zs.next_out = reinterpret_cast<Bytef *>(out.data());
        zs.avail_out = static_cast<uInt>(out.size());
        const int rc = deflate(&zs, Z_FINISH);
        out.resize(zs.total_out);
        deflateEnd(&zs);
        if (rc != Z_STREAM_END)
            return unexpected(corrupt("gzip: compression failed"));
        return out;
    }
    case Compression::Snappy: {
        std::string out(reinterpret_cast<const char *>(kXerialMagic.data()), kXerialMagic.size());
        out.append("\0\0\0\1\0\0\0\1", 8); // version 1, minimum compatible version 1
        for (std::size_t pos = 0; pos < in.size(); pos += kXerialBlock) {
            auto block = compressSnappyRaw(in.subspan(pos, std::min(kXerialBlock, in.size() - pos)));
            if (!block)
                return block;
            const auto n = static_cast<std::uint32_t>(block->size());
            const char len[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
            out.append(len, 4);
            out.append(*block);
        }
        return out;
    }
    case Compression::Lz4: {
        LZ4F_preferences_t prefs{};
        prefs.frameInfo.blockSizeID = LZ4F_max64KB;
        std::string out(LZ4F_compressFrameBound(in.size(), &prefs), '\0');
        const std::size_t n = LZ4F_compressFrame(out.data(), out.size(), in.data(), in.size(), &prefs);
        if (LZ4F_isError(n))
            return unexpected(corrupt("lz4: compression failed"));
        out.resize(n);
        return out;
    }
    case Compression::Zstd: {
        std::string out(ZSTD_compressBound(in.size()), '\0');
        const std::size_t n = ZSTD_compress(out.data(), out.size(), in.data(), in.size(), 3);
        if (ZSTD_isError(n))
            return unexpected(corrupt("zstd: compression failed"));
        out.resize(n);
        return out;
    }
    }
    return unexpected(KafkaError{errc::UNSUPPORTED_COMPRESSION_TYPE,
                                 "unknown compression codec " + std::to_string(int(codec))});
}

} // namespace warren::kafka
