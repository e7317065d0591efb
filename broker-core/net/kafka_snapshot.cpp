#include "net/kafka_snapshot.h"

#include <map>

namespace warren::net {

namespace {
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

struct BigEndianReader {
    const std::string &b;
    std::size_t pos = 0;
    bool ok = true;
    std::int64_t read(int n)
    {
        if (pos + std::size_t(n) > b.size()) {
            ok = false;
            return 0;
        }
        std::int64_t v = 0;
        for (int i = 0; i < n; ++i)
            v = (v << 8) | static_cast<unsigned char>(b[pos++]);
        return v;
    }
};
} // namespace

void addStreamLogs(metrics::BrokerSnapshot &snap)
{
    for (const metrics::QueueSnapshot &q : snap.queues) {
        if (q.type != QLatin1String("stream"))
            continue;
        metrics::TopicSnapshot ts;
        ts.name = q.name;
        ts.streamVhost = q.vhost;
        ts.partitions = 1;
        ts.sizeBytes = q.diskBytes;
        ts.messages = q.streamNextOffset - q.streamFirstOffset;
        ts.configs = q.arguments;
        metrics::PartitionSnapshot ps;
        ps.topic = metrics::logKey(ts);
        ps.partition = 0;
        ps.logStartOffset = q.streamFirstOffset;
        ps.highWatermark = q.streamNextOffset;
        ps.sizeBytes = q.diskBytes;
        ps.segments = int(q.streamSegments);
        snap.streams.push_back(std::move(ts));
        snap.streamPartitions.push_back(std::move(ps));
    }
}

QStringList decodeConsumerAssignment(const std::string &bytes)
{
    QStringList out;
    BigEndianReader r{bytes};
    r.read(2); // version
    const std::int64_t topics = std::int32_t(r.read(4));
    for (std::int64_t t = 0; r.ok && t < topics && t < 100000; ++t) {
        const std::int64_t len = std::int16_t(r.read(2));
        if (!r.ok || len < 0 || r.pos + std::size_t(len) > bytes.size())
            return {};
        const QString topic = QString::fromUtf8(bytes.data() + r.pos, qsizetype(len));
        r.pos += std::size_t(len);
        const std::int64_t parts = std::int32_t(r.read(4));
        for (std::int64_t p = 0; r.ok && p < parts && p < 100000; ++p)
            out << QStringLiteral("%1-%2").arg(topic).arg(std::int32_t(r.read(4)));
    }
    return r.ok ? out : QStringList{};
}

void addKafkaState(metrics::BrokerSnapshot &snap, const model::TopicRegistry &topics,
                   const model::GroupCoordinator &groups)
{
    std::map<std::pair<std::string, int>, std::int64_t> highWatermarks;
    for (const model::TopicPtr &t : topics.list()) {
        metrics::TopicSnapshot ts;
        ts.name = q(t->name);
        ts.partitions = int(t->partitions.size());
        QStringList cfg;
        for (const auto &[k, v] : t->configs)
            cfg << q(k + "=" + v);
        ts.configs = cfg.join(QStringLiteral(", "));
        for (const auto &p : t->partitions) {
            const storage::Log &log = p->log();
            metrics::PartitionSnapshot ps;
            ps.topic = ts.name;
            ps.partition = p->index();
            ps.logStartOffset = log.logStartOffset().value;
            ps.highWatermark = log.nextOffset().value;
            ps.sizeBytes = log.sizeBytes();
            ps.segments = int(log.segmentCount());
            ts.sizeBytes += ps.sizeBytes;
            ts.messages += ps.highWatermark - ps.logStartOffset;
            highWatermarks[{t->name, p->index()}] = ps.highWatermark;
            snap.partitions.push_back(std::move(ps));
        }
        snap.topics.push_back(std::move(ts));
    }
    for (const model::GroupSnapshot &g : groups.snapshot()) {
        metrics::ConsumerGroupSnapshot gs;
        gs.groupId = q(g.groupId);
        gs.state = QString::fromLatin1(model::groupStateName(g.state));
        gs.protocolType = q(g.protocolType);
        gs.protocol = q(g.protocolName);
        gs.generation = g.generationId;
        gs.leader = q(g.leaderId);
        for (const auto &m : g.members)
            gs.members.push_back(metrics::GroupMemberSnapshot{q(m.memberId), q(m.clientId), q(m.clientHost),
                                                              decodeConsumerAssignment(m.assignment)});
        for (const auto &o : g.offsets) {
            metrics::GroupOffsetSnapshot os;
            os.topic = q(o.topic);
            os.partition = o.partition;
            os.committedOffset = o.offset;
            auto hw = highWatermarks.find({o.topic, o.partition});
            if (hw != highWatermarks.end()) {
                os.highWatermark = hw->second;
                if (o.offset >= 0) {
                    os.lag = std::max<std::int64_t>(0, hw->second - o.offset);
                    gs.totalLag += os.lag;
                }
            }
            gs.offsets.push_back(std::move(os));
        }
        snap.groups.push_back(std::move(gs));
    }
}

} // namespace warren::net
