#include "flow_estimator.h"

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <QSet>
#include <metrics/broker_snapshot.h>

#include <vector>

namespace warren::widgets {

namespace {

constexpr QChar Sep(0x1f); // unit separator: cannot appear in names typed by a user

template <typename Map>
double rateOf(const Map &map, const QString &vhost, const QString &name, auto member)
{
    const auto it = map.constFind({vhost, name});
    return it == map.cend() ? 0.0 : ((*it).*member).perSecond();
}

} // namespace

QString FlowEstimator::bindingKey(const metrics::BindingSnapshot &b)
{
    return b.vhost + Sep + b.source + Sep + (b.destinationIsQueue ? QLatin1Char('q') : QLatin1Char('e'))
        + b.destination + Sep + b.routingKey + Sep + b.arguments;
}

void FlowEstimator::update(const metrics::BrokerSnapshot &snapshot)
{
    const qint64 at = snapshot.takenAtMs;
    m_intervalMs = (m_lastMs > 0 && at > m_lastMs) ? at - m_lastMs : 0;
    m_lastMs = at;

    QSet<Key> seen;
    seen.reserve(qsizetype(snapshot.exchanges.size()));
    for (const auto &e : snapshot.exchanges) {
        const Key key{e.vhost, e.name};
        ExchangeRates &r = m_exchanges[key];
        r.in.addSample(e.publishedIn, at);
        r.out.addSample(e.routedOut, at);
        r.unroutable.addSample(e.unroutable, at);
        seen.insert(key);
    }
    for (auto it = m_exchanges.begin(); it != m_exchanges.end();)
        it = seen.contains(it.key()) ? std::next(it) : m_exchanges.erase(it);

    seen.clear();
    for (const auto &q : snapshot.queues) {
        const Key key{q.vhost, q.name};
        QueueRates &r = m_queues[key];
        r.in.addSample(q.published, at);
        r.out.addSample(q.delivered, at);
        seen.insert(key);
    }
    for (auto it = m_queues.begin(); it != m_queues.end();)
        it = seen.contains(it.key()) ? std::next(it) : m_queues.erase(it);

    estimate(snapshot);
}

double FlowEstimator::exchangeIn(const QString &vhost, const QString &name) const
{
    return rateOf(m_exchanges, vhost, name, &ExchangeRates::in);
}

double FlowEstimator::exchangeOut(const QString &vhost, const QString &name) const
{
    return rateOf(m_exchanges, vhost, name, &ExchangeRates::out);
}

double FlowEstimator::exchangeUnroutable(const QString &vhost, const QString &name) const
{
    return rateOf(m_exchanges, vhost, name, &ExchangeRates::unroutable);
}

double FlowEstimator::queueIn(const QString &vhost, const QString &name) const
{
    return rateOf(m_queues, vhost, name, &QueueRates::in);
}

double FlowEstimator::queueOut(const QString &vhost, const QString &name) const
{
    return rateOf(m_queues, vhost, name, &QueueRates::out);
}

double FlowEstimator::bindingRate(const metrics::BindingSnapshot &binding) const
{
    return m_bindingRates.value(bindingKey(binding), 0.0);
}

double FlowEstimator::defaultBindingRate(const QString &vhost, const QString &queue) const
{
    return m_defaultRates.value({vhost, queue}, 0.0);
}

void FlowEstimator::estimate(const metrics::BrokerSnapshot &s)
{
    m_bindingRates.clear();
    m_defaultRates.clear();

    const int exchangeCount = int(s.exchanges.size());
    QHash<Key, int> exchangeIndex;
    exchangeIndex.reserve(exchangeCount);
    std::vector<double> published(size_t(exchangeCount), 0.0);
    for (int i = 0; i < exchangeCount; ++i) {
        const auto &e = s.exchanges[size_t(i)];
        exchangeIndex.insert({e.vhost, e.name}, i);
        published[size_t(i)] = exchangeIn(e.vhost, e.name);
    }

    // Bindings grouped by (source, destination): parallel bindings share a flow.
    struct Group {
        int source = -1;
        int destExchange = -1; ///< -1: the destination is a queue
        std::vector<int> bindings;
        double flow = 0.0;
    };
    std::vector<Group> groups;
    QHash<QString, int> groupIndex;
    QHash<Key, std::vector<int>> queueGroups; // groups into each queue
    std::vector<std::vector<int>> groupsIn(static_cast<size_t>(exchangeCount));  // e2e groups into an exchange
    std::vector<std::vector<int>> groupsOut(static_cast<size_t>(exchangeCount)); // all groups out of an exchange
    for (int j = 0; j < int(s.bindings.size()); ++j) {
        const auto &b = s.bindings[size_t(j)];
        const int source = exchangeIndex.value({b.vhost, b.source}, -1);
        if (source < 0)
            continue;
        int dest = -1;
        if (!b.destinationIsQueue) {
            dest = exchangeIndex.value({b.vhost, b.destination}, -1);
            if (dest < 0 || dest == source)
                continue; // an exchange bound to itself adds nothing
        }
        const QString key = QString::number(source) + Sep
            + (b.destinationIsQueue ? QLatin1Char('q') + b.destination : QString::number(dest));
        auto it = groupIndex.find(key);
        if (it == groupIndex.end()) {
            it = groupIndex.insert(key, int(groups.size()));
            groups.push_back({source, dest, {}, 0.0});
            groupsOut[size_t(source)].push_back(*it);
            if (b.destinationIsQueue)
                queueGroups[{b.vhost, b.destination}].push_back(*it);
            else
                groupsIn[size_t(dest)].push_back(*it);
        }
        groups[size_t(*it)].bindings.push_back(j);
    }

    // Topological order of the exchange-to-exchange graph (Kahn); exchanges on
    // a cycle come last, in snapshot order.
    std::vector<int> indegree(size_t(exchangeCount), 0);
    for (const Group &g : groups) {
        if (g.destExchange >= 0)
            ++indegree[size_t(g.destExchange)];
    }
    std::vector<int> order;
    order.reserve(size_t(exchangeCount));
    for (int i = 0; i < exchangeCount; ++i) {
        if (indegree[size_t(i)] == 0)
            order.push_back(i);
    }
    for (size_t k = 0; k < order.size(); ++k) {
        for (int g : groupsOut[size_t(order[k])]) {
            const int dest = groups[size_t(g)].destExchange;
            if (dest >= 0 && --indegree[size_t(dest)] == 0)
                order.push_back(dest);
        }
    }
    std::vector<bool> ordered(size_t(exchangeCount), false);
    for (int i : order)
        ordered[size_t(i)] = true;
    for (int i = 0; i < exchangeCount; ++i) {
        if (!ordered[size_t(i)])
            order.push_back(i);
    }

    // Upstream rate: published to the exchange plus what reaches it from
    // exchanges bound to it (sources already computed; on a cycle, some are not).
    std::vector<double> upstream(size_t(exchangeCount), 0.0);
    std::vector<bool> done(size_t(exchangeCount), false);
    for (int x : order) {
        double u = published[size_t(x)];
        for (int g : groupsIn[size_t(x)]) {
            const int source = groups[size_t(g)].source;
            if (done[size_t(source)])
                u += upstream[size_t(source)];
        }
        upstream[size_t(x)] = u;
        done[size_t(x)] = true;
    }

    // Each queue's enqueue rate, shared among its sources by upstream rate.
    for (const auto &q : s.queues) {
        const double rate = queueIn(q.vhost, q.name);
        if (rate <= 0.0)
            continue;
        const Key key{q.vhost, q.name};
        const std::vector<int> sources = queueGroups.value(key);
        const int defaultExchange = exchangeIndex.value({q.vhost, QString()}, -1);
        double total = defaultExchange >= 0 ? upstream[size_t(defaultExchange)] : 0.0;
        for (int g : sources)
            total += upstream[size_t(groups[size_t(g)].source)];
        if (total > 0.0) {
            for (int g : sources)
                groups[size_t(g)].flow = rate * upstream[size_t(groups[size_t(g)].source)] / total;
            if (defaultExchange >= 0)
                m_defaultRates.insert(key, rate * upstream[size_t(defaultExchange)] / total);
        } else {
            // The counters disagree for a moment (sampled at slightly different
            // times): share equally.
            const int n = int(sources.size()) + (defaultExchange >= 0 ? 1 : 0);
            if (n == 0)
                continue;
            for (int g : sources)
                groups[size_t(g)].flow = rate / n;
            if (defaultExchange >= 0)
                m_defaultRates.insert(key, rate / n);
        }
    }

    // Exchange-to-exchange flows, downstream first: an exchange's outflow is
    // shared among the exchanges feeding it by their upstream rate (the part
    // published to it directly stays unattributed).
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int x = *it;
        double out = 0.0;
        for (int g : groupsOut[size_t(x)])
            out += groups[size_t(g)].flow;
        const double u = upstream[size_t(x)];
        if (u <= 0.0 || out <= 0.0)
            continue;
        for (int g : groupsIn[size_t(x)])
            groups[size_t(g)].flow = out * upstream[size_t(groups[size_t(g)].source)] / u;
    }

    for (const Group &g : groups) {
        const double each = g.flow / double(g.bindings.size());
        for (int j : g.bindings)
            m_bindingRates.insert(bindingKey(s.bindings[size_t(j)]), each);
    }
}

} // namespace warren::widgets
