#include "model/dead_letter.h"

#include <algorithm>

namespace warren::model {

std::string_view toString(DeathReason reason)
{
    switch (reason) {
    case DeathReason::Rejected:
        return "rejected";
    case DeathReason::Expired:
        return "expired";
    case DeathReason::MaxLen:
        return "maxlen";
    case DeathReason::DeliveryLimit:
        return "delivery_limit";
    }
    return "rejected";
}

namespace {
bool entryIs(const FieldValue &entry, std::string_view key, std::string_view value)
{
    const FieldTable *t = entry.asTable();
    const FieldValue *v = t ? t->find(key) : nullptr;
    const std::string *s = v ? v->asString() : nullptr;
    return s && *s == value;
}
} // namespace

void recordDeath(FieldTable &headers, const DeathEvent &death)
{
    const std::string reason(toString(death.reason));
    FieldArray deaths;
    if (FieldValue *old = headers.find("x-death"))
        if (const FieldArray *a = old->asArray())
            deaths = *a;

    auto same = std::find_if(deaths.begin(), deaths.end(), [&](const FieldValue &e) {
        return entryIs(e, "queue", death.queue) && entryIs(e, "reason", reason);
    });
    if (same != deaths.end()) {
        FieldValue entry = std::move(*same);
        deaths.erase(same);
        if (FieldTable *t = std::get_if<FieldTable>(&entry.value)) {
            FieldValue *count = t->find("count");
            const std::int64_t n = count ? count->toInteger().value_or(0) : 0;
            t->set("count", std::int64_t(n + 1));
        }
        deaths.insert(deaths.begin(), std::move(entry));
    } else {
        FieldTable entry;
        entry.set("count", std::int64_t(1));
        entry.set("reason", reason);
        entry.set("queue", death.queue);
        entry.set("time", Timestamp{death.timeSeconds});
        entry.set("exchange", death.exchange);
        FieldArray keys;
        for (const std::string &k : death.routingKeys)
            keys.emplace_back(k);
        entry.set("routing-keys", std::move(keys));
        if (death.originalExpiration)
            entry.set("original-expiration", *death.originalExpiration);
        deaths.insert(deaths.begin(), FieldValue(std::move(entry)));
    }
    headers.set("x-death", std::move(deaths));

    if (!headers.find("x-first-death-reason")) {
        headers.set("x-first-death-reason", reason);
        headers.set("x-first-death-queue", death.queue);
        headers.set("x-first-death-exchange", death.exchange);
    }
    headers.set("x-last-death-reason", reason);
    headers.set("x-last-death-queue", death.queue);
    headers.set("x-last-death-exchange", death.exchange);
}

bool isDeadLetterCycle(const FieldTable &headers, std::string_view queue, DeathReason reason)
{
    if (reason == DeathReason::Rejected)
        return false;
    const FieldValue *v = headers.find("x-death");
    const FieldArray *deaths = v ? v->asArray() : nullptr;
    if (!deaths)
        return false;
    // Newest first: every death up to and including the queue's own entry
    // must be automatic (not a rejection, and one we recognise).
    for (const FieldValue &entry : *deaths) {
        if (!entry.asTable() || entryIs(entry, "reason", "rejected"))
            return false;
        if (entryIs(entry, "queue", queue))
            return true;
    }
    return false;
}

} // namespace warren::model
