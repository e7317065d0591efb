// channel.flow, confirm.select and tx.* methods.
#include "amqp/amqp_channel.h"
#include "amqp/amqp_connection.h"
#include "amqp/codec/reply_codes.h"
#include "model/virtual_host.h"

namespace warren::amqp {

ChannelStatus AmqpChannel::handle(const ChannelFlow &m)
{
    m_credit->flowActive.store(m.active, std::memory_order_relaxed);
    ChannelFlowOk ok;
    ok.active = m.active;
    reply(ok);
    if (m.active)
        pokeConsumedQueues();
    return {};
}

ChannelStatus AmqpChannel::handle(const ConfirmSelect &m)
{
    if (m_tx)
        return unexpected(channelError(reply::PreconditionFailed, "cannot switch from tx to confirm mode",
                                       m.classId, m.methodId));
    m_confirm = true;
    if (!m.nowait)
        reply(ConfirmSelectOk{});
    return {};
}

ChannelStatus AmqpChannel::handle(const TxSelect &m)
{
    if (m_confirm)
        return unexpected(channelError(reply::PreconditionFailed, "cannot switch from confirm to tx mode",
                                       m.classId, m.methodId));
    m_tx = true;
    reply(TxSelectOk{});
    return {};
}

ChannelStatus AmqpChannel::handle(const TxCommit &m)
{
    if (!m_tx)
        return unexpected(channelError(reply::PreconditionFailed, "channel is not transactional", m.classId,
                                       m.methodId));
    // Settlements first (they refer to deliveries made before the commit),
    // then publishes, in the order the client sent them.
    auto settles = std::move(m_txSettles);
    m_txSettles.clear();
    for (const TxSettle &s : settles) {
        if (auto st = settle(s.tag, s.multiple, s.how); !st)
            return st;
    }
    auto publishes = std::move(m_txPublishes);
    m_txPublishes.clear();
    for (TxPublish &p : publishes) {
        m_routeScratch.clear();
        if (auto st = routeMessage(*p.message, m_routeScratch); !st)
            return st;
        if (m_delayedExchange) {
            if (auto st = scheduleDelayed(p.message); !st)
                return st;
            continue;
        }
        if (m_routeScratch.empty()) {
            if (p.mandatory)
                writeReturn(*p.message);
            continue;
        }
        if (auto st = enqueueRouted(p.message, m_routeScratch); !st)
            return st;
    }
    if (!m_durableWaits.empty()) {
        // commit-ok once the persistent messages are durable.
        startBarrier(true);
        return {};
    }
    if (m_barriers.empty())
        reply(TxCommitOk{});
    else
        m_barriers.push_back(Barrier{m_conn.nextBarrierId(), 0, true, true}); // keeps commit-oks in order
    return {};
}

ChannelStatus AmqpChannel::handle(const TxRollback &m)
{
    if (!m_tx)
        return unexpected(channelError(reply::PreconditionFailed, "channel is not transactional", m.classId,
                                       m.methodId));
    m_txPublishes.clear();
    m_txSettles.clear();
    reply(TxRollbackOk{});
    return {};
}

} // namespace warren::amqp
