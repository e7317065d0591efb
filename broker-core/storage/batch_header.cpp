#include "storage/batch_header.h"

#include "common/crc32c.h"
#include "storage/log_format.h"

#include <string>

namespace warren::storage {

namespace fmt = format;

const char *toString(StorageError::Kind kind)
{
    switch (kind) {
    case StorageError::Kind::Io: return "io";
    case StorageError::Kind::Corrupt: return "corrupt";
    case StorageError::Kind::NotFound: return "not-found";
    case StorageError::Kind::OutOfRange: return "out-of-range";
    case StorageError::Kind::Invalid: return "invalid";
    case StorageError::Kind::NoSpace: return "no-space";
    }
    return "?";
}

std::uint64_t BatchHeader::totalSize() const
{
    return fmt::kLogOverhead + std::uint64_t(std::uint32_t(batchLength));
}

std::optional<BatchHeader> parseBatchHeader(std::span<const std::byte> b)
{
    if (b.size() < fmt::kBatchHeaderSize)
        return std::nullopt;
    const std::byte *p = b.data();
    BatchHeader h;
    h.baseOffset = fmt::loadI64(p + fmt::kBaseOffsetPos);
    h.batchLength = fmt::loadI32(p + fmt::kBatchLengthPos);
    h.partitionLeaderEpoch = fmt::loadI32(p + fmt::kPartitionLeaderEpochPos);
    h.magic = std::int8_t(std::to_integer<std::uint8_t>(p[fmt::kMagicPos]));
    h.crc = fmt::loadU32(p + fmt::kCrcPos);
    h.attributes = fmt::loadI16(p + fmt::kAttributesPos);
    h.lastOffsetDelta = fmt::loadI32(p + fmt::kLastOffsetDeltaPos);
    h.baseTimestamp = fmt::loadI64(p + fmt::kBaseTimestampPos);
    h.maxTimestamp = fmt::loadI64(p + fmt::kMaxTimestampPos);
    h.producerId = fmt::loadI64(p + fmt::kProducerIdPos);
    h.producerEpoch = fmt::loadI16(p + fmt::kProducerEpochPos);
    h.baseSequence = fmt::loadI32(p + fmt::kBaseSequencePos);
    h.recordsCount = fmt::loadI32(p + fmt::kRecordsCountPos);
    return h;
}

const char *checkHeaderFields(const BatchHeader &h)
{
    if (h.magic != fmt::kMagicV2)
        return "magic is not 2";
    if (h.batchLength < fmt::kMinBatchLength)
        return "batchLength too small";
    if (h.lastOffsetDelta < 0)
        return "negative lastOffsetDelta";
    if (h.recordsCount < 0)
        return "negative recordsCount";
    return nullptr;
}

std::uint32_t computeBatchCrc(std::span<const std::byte> batch)
{
    if (batch.size() < fmt::kAttributesPos)
        return 0;
    return crc32c(batch.subspan(fmt::kAttributesPos));
}

StorageResult<BatchHeader> validateBatch(std::span<const std::byte> batch, bool checkCrc)
{
    auto h = parseBatchHeader(batch);
    if (!h)
        return storageError(StorageError::Kind::Invalid,
                            "record batch shorter than its 61-byte header (" + std::to_string(batch.size()) + " bytes)");
    if (const char *why = checkHeaderFields(*h))
        return storageError(StorageError::Kind::Invalid, std::string("record batch: ") + why);
    if (h->totalSize() != batch.size())
        return storageError(StorageError::Kind::Invalid,
                            "record batch: batchLength " + std::to_string(h->batchLength) + " does not match "
                                + std::to_string(batch.size()) + " bytes given");
    if (checkCrc && computeBatchCrc(batch) != h->crc)
        return storageError(StorageError::Kind::Invalid, "record batch: CRC-32C mismatch");
    return *h;
}

} // namespace warren::storage
