// Consumer thread: one connection, basic.consume on the bench queue, records
// end-to-end latency and checks per-producer sequence numbers.

#include "amqp_session.h"
#include "payload.h"
#include "run_state.h"

#include <amqp.h>
#include <algorithm>
#include <cstdio>
#include <string>

namespace {

// Completion test shared by all consumers: every published message consumed.
bool allConsumed(RunState &state, std::uint64_t consumedTotal)
{
    return state.publishingDone.load() && consumedTotal >= state.publishedTotal.load();
}

// A non-delivery frame arrived where amqp_consume_message expected a delivery.
// Returns false if it means the channel or connection is gone.
bool handleOtherFrame(amqp_connection_state_t conn, std::string *error)
{
    amqp_frame_t frame;
    if (amqp_simple_wait_frame(conn, &frame) != AMQP_STATUS_OK) {
        *error = "consumer: connection lost";
        return false;
    }
    if (frame.frame_type == AMQP_FRAME_METHOD &&
        (frame.payload.method.id == AMQP_CHANNEL_CLOSE_METHOD ||
         frame.payload.method.id == AMQP_CONNECTION_CLOSE_METHOD)) {
        amqp_rpc_reply_t r{};
        r.reply_type = AMQP_RESPONSE_SERVER_EXCEPTION;
        r.reply = frame.payload.method;
        *error = "consumer: broker closed: " + describeReply(r);
        return false;
    }
    return true;
}

bool subscribe(AmqpSession &session, const BenchOptions &o, std::string *error)
{
    amqp_basic_consume(session.conn(), AmqpSession::kChannel, amqp_cstring_bytes(o.queue.c_str()), amqp_empty_bytes,
                       0, o.manualAck ? 0 : 1, 0, amqp_empty_table);
    return session.rpcOk("basic.consume", error);
}

} // namespace

void runConsumer(RunState &state, int id, ConsumerResult &result)
{
    const BenchOptions &o = state.opts;
    AmqpSession session;
    std::string error;
    const std::string name = "warren-bench consumer " + std::to_string(id);
    bool ok = session.open(o, name.c_str(), &error);
    amqp_connection_state_t conn = session.conn();
    if (ok && o.manualAck) {
        amqp_basic_qos(conn, AmqpSession::kChannel, 0, o.prefetch, 0);
        ok = session.rpcOk("basic.qos", &error);
    }
    // --backlog: connected now, subscribed only once everything is published.
    if (ok && !o.backlog)
        ok = subscribe(session, o, &error);
    state.consumersReady.count_down();
    if (!ok) {
        state.fail("consumer " + std::to_string(id) + ": " + error);
        return;
    }

    const std::size_t producers = std::size_t(o.producers);
    result.perProducer.assign(producers, 0);
    result.maxSeqPlusOne.assign(producers, 0);
    std::vector<std::uint64_t> nextSeq(producers, 0);
    const bool exactSequence = o.consumers == 1; // with several consumers each sees a subsequence
    const std::uint32_t ackEvery = o.multipleAck;
    std::uint32_t sinceAck = 0;
    std::uint64_t lastTag = 0, lastAckedTag = 0;
    const std::uint64_t drainNs = std::uint64_t(o.drainTimeout * 1e9);

    if (o.backlog) {
        state.consumeGate.wait();
        if (state.abort) {
            session.close();
            return;
        }
        if (!subscribe(session, o, &error)) {
            state.fail("consumer " + std::to_string(id) + ": " + error);
            return;
        }
    } else {
        state.startGate.wait();
    }
    while (!state.finished.load(std::memory_order_relaxed)) {
        amqp_maybe_release_buffers(conn);
        amqp_envelope_t env;
        timeval tv{0, 100'000};
        const amqp_rpc_reply_t r = amqp_consume_message(conn, &env, &tv, 0);
        if (r.reply_type == AMQP_RESPONSE_NORMAL) {
            const std::uint64_t now = nowNs();
            const amqp_bytes_t &b = env.message.body;
            if (b.len >= kPayloadHeader) {
                const PayloadHeader h = readPayloadHeader(static_cast<const unsigned char *>(b.bytes));
                if (h.producer < producers) {
                    result.latency.record(now > h.sendNs ? now - h.sendNs : 0);
                    ++result.perProducer[h.producer];
                    if (h.seq + 1 > result.maxSeqPlusOne[h.producer])
                        result.maxSeqPlusOne[h.producer] = h.seq + 1;
                    std::uint64_t &next = nextSeq[h.producer];
                    if (h.seq == next) {
                        ++next;
                    } else if (h.seq > next) {
                        if (exactSequence)
                            result.gaps += h.seq - next;
                        next = h.seq + 1;
                    } else {
                        ++result.reordered;
                    }
                } else {
                    ++result.foreign;
                }
            } else {
                ++result.foreign;
            }
            if (env.redelivered)
                ++result.redelivered;
            ++result.consumed;
            result.bytes += b.len;
            result.lastNs = now;
            lastTag = env.delivery_tag;
            amqp_destroy_envelope(&env);
            if (o.manualAck && ++sinceAck >= ackEvery) {
                if (amqp_basic_ack(conn, AmqpSession::kChannel, lastTag, 1) != AMQP_STATUS_OK) {
                    error = "consumer: basic.ack failed";
                    break;
                }
                lastAckedTag = lastTag;
                sinceAck = 0;
            }
            if (allConsumed(state, state.consumedTotal.fetch_add(1) + 1)) {
                state.finish();
                break;
            }
            continue;
        }
        if (r.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION && r.library_error == AMQP_STATUS_TIMEOUT) {
            if (allConsumed(state, state.consumedTotal.load())) {
                state.finish();
                break;
            }
            if (state.publishingDone.load()) {
                const std::uint64_t idleSince =
                    std::max({result.lastNs, state.publishEndNs.load(), state.consumeStartNs});
                if (nowNs() - idleSince > drainNs) {
                    char msg[96];
                    std::snprintf(msg, sizeof msg, "consumer %d: gave up after %.1f s without deliveries", id,
                                  o.drainTimeout);
                    state.warn(msg);
                    state.finish();
                    break;
                }
            }
            continue;
        }
        if (r.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION && r.library_error == AMQP_STATUS_UNEXPECTED_STATE) {
            if (!handleOtherFrame(conn, &error))
                break;
            continue;
        }
        error = "consumer: " + describeReply(r);
        break;
    }
    if (error.empty() && o.manualAck && lastTag > lastAckedTag)
        amqp_basic_ack(conn, AmqpSession::kChannel, lastTag, 1);
    if (!error.empty())
        state.fail("consumer " + std::to_string(id) + ": " + error);
    session.close();
}
