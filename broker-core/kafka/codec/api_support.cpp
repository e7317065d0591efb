#include "kafka/codec/api_support.h"

#include "kafka/codec/messages.h"

#include <array>

namespace warren::kafka {

namespace {

constexpr auto kRanges = [] {
    std::array<ApiRange, kApiDescriptors.size()> r{};
    for (std::size_t i = 0; i < kApiDescriptors.size(); ++i)
        r[i] = {kApiDescriptors[i].key, kApiDescriptors[i].minVersion, kApiDescriptors[i].maxVersion};
    return r;
}();

const ApiDescriptor *find(std::int16_t key)
{
    for (const ApiDescriptor &d : kApiDescriptors)
        if (d.key == key)
            return &d;
    return nullptr;
}

} // namespace

std::span<const ApiRange> apiSupport() { return kRanges; }

bool isSupported(std::int16_t apiKey, std::int16_t apiVersion)
{
    const ApiDescriptor *d = find(apiKey);
    return d && apiVersion >= d->minVersion && apiVersion <= d->maxVersion;
}

bool isFlexible(std::int16_t apiKey, std::int16_t apiVersion)
{
    const ApiDescriptor *d = find(apiKey);
    return d && d->firstFlexibleVersion >= 0 && apiVersion >= d->firstFlexibleVersion;
}

int requestHeaderVersion(std::int16_t apiKey, std::int16_t apiVersion)
{
    return isFlexible(apiKey, apiVersion) ? 2 : 1;
}

int responseHeaderVersion(std::int16_t apiKey, std::int16_t apiVersion)
{
    if (apiKey == api::ApiVersions)
        return 0;
    return isFlexible(apiKey, apiVersion) ? 1 : 0;
}

std::string_view apiName(std::int16_t apiKey)
{
    const ApiDescriptor *d = find(apiKey);
    return d ? d->name : std::string_view();
}

} // namespace warren::kafka
