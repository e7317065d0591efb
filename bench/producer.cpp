// Producer thread: one connection, publishes to the default exchange with the
// queue name as routing key; optional rate limit and publisher-confirm window.

#include "amqp_session.h"
#include "payload.h"
#include "run_state.h"

#include <amqp.h>
#include <cerrno>
#include <string>
#include <vector>

namespace {

// Tracks publisher confirms with a ring of per-tag flags sized to the window:
// tags are 1, 2, ... in publish order; `base` is the lowest unconfirmed tag.
class ConfirmTracker {
public:
    explicit ConfirmTracker(std::uint32_t window)
    {
        std::size_t n = 1;
        while (n < std::size_t(window) + 1)
            n <<= 1;
        m_flags.assign(n, 0);
        m_mask = n - 1;
    }
    std::uint64_t outstanding(std::uint64_t published) const { return published - (m_base - 1); }
    void confirm(std::uint64_t tag, bool multiple, bool nack)
    {
        if (tag < m_base)
            return;
        if (multiple) {
            for (std::uint64_t t = m_base; t <= tag; ++t) {
                if (nack && !m_flags[t & m_mask])
                    ++m_nacked;
                m_flags[t & m_mask] = 0;
            }
            m_base = tag + 1;
        } else {
            if (nack)
                ++m_nacked;
            m_flags[tag & m_mask] = 1;
        }
        while (m_flags[m_base & m_mask]) {
            m_flags[m_base & m_mask] = 0;
            ++m_base;
        }
    }
    std::uint64_t nacked() const { return m_nacked; }

private:
    std::vector<unsigned char> m_flags;
    std::size_t m_mask = 0;
    std::uint64_t m_base = 1;
    std::uint64_t m_nacked = 0;
};

// Handles one incoming frame on a publishing connection. Returns false (and
// fills *error) if the broker closed the channel or connection.
bool handleFrame(const amqp_frame_t &f, ConfirmTracker &tracker, std::string *error)
{
    if (f.frame_type != AMQP_FRAME_METHOD)
        return true;
    switch (f.payload.method.id) {
    case AMQP_BASIC_ACK_METHOD: {
        auto *m = static_cast<amqp_basic_ack_t *>(f.payload.method.decoded);
        tracker.confirm(m->delivery_tag, m->multiple, false);
        return true;
    }
    case AMQP_BASIC_NACK_METHOD: {
        auto *m = static_cast<amqp_basic_nack_t *>(f.payload.method.decoded);
        tracker.confirm(m->delivery_tag, m->multiple, true);
        return true;
    }
    case AMQP_CHANNEL_CLOSE_METHOD:
    case AMQP_CONNECTION_CLOSE_METHOD: {
        amqp_rpc_reply_t r{};
        r.reply_type = AMQP_RESPONSE_SERVER_EXCEPTION;
        r.reply = f.payload.method;
        *error = "producer: broker closed: " + describeReply(r);
        return false;
    }
    default:
        return true; // basic.return etc.: not expected, harmless
    }
}

// Blocks until at least one frame arrived, then drains what is already
// buffered. Returns false on error/abort.
bool waitForConfirms(RunState &state, amqp_connection_state_t conn, ConfirmTracker &tracker,
                     std::uint64_t *idleNs, std::string *error)
{
    amqp_frame_t frame;
    timeval tv{0, 200'000};
    const int rc = amqp_simple_wait_frame_noblock(conn, &frame, &tv);
    if (rc == AMQP_STATUS_TIMEOUT) {
        *idleNs += 200'000'000;
        if (*idleNs > 60'000'000'000ull) {
            *error = "producer: no publisher confirm for 60 s";
            return false;
        }
        return !state.abort;
    }
    if (rc != AMQP_STATUS_OK) {
        *error = std::string("producer: waiting for confirms: ") + amqp_error_string2(rc);
        return false;
    }
    *idleNs = 0;
    if (!handleFrame(frame, tracker, error))
        return false;
    while (amqp_frames_enqueued(conn) || amqp_data_in_buffer(conn)) {
        if (amqp_simple_wait_frame(conn, &frame) != AMQP_STATUS_OK || !handleFrame(frame, tracker, error)) {
            if (error->empty())
                *error = "producer: reading confirms failed";
            return false;
        }
    }
    amqp_maybe_release_buffers(conn);
    return true;
}

} // namespace

void runProducer(RunState &state, int id, ProducerResult &result)
{
    const BenchOptions &o = state.opts;
    AmqpSession session;
    std::string error;
    const std::string name = "warren-bench producer " + std::to_string(id);
    bool ok = session.open(o, name.c_str(), &error);
    if (ok && o.confirmWindow) {
        amqp_confirm_select(session.conn(), AmqpSession::kChannel);
        ok = session.rpcOk("confirm.select", &error);
    }
    state.producersReady.count_down();
    if (!ok) {
        state.fail("producer " + std::to_string(id) + ": " + error);
        if (--state.producersRunning == 0) {
            state.publishingDone = true;
            state.publishingDone.notify_all();
        }
        return;
    }
    state.startGate.wait();

    amqp_connection_state_t conn = session.conn();
    std::vector<unsigned char> body(o.size, 'x');
    const amqp_bytes_t bodyBytes{body.size(), body.data()};
    const amqp_bytes_t routingKey = amqp_cstring_bytes(o.queue.c_str());
    amqp_basic_properties_t props{};
    if (o.persistent) {
        props._flags = AMQP_BASIC_DELIVERY_MODE_FLAG;
        props.delivery_mode = AMQP_DELIVERY_PERSISTENT;
    }
    ConfirmTracker tracker(o.confirmWindow ? o.confirmWindow : 1);
    const std::uint64_t startNs = state.startNs;
    const std::uint64_t deadlineNs = o.seconds > 0 ? startNs + std::uint64_t(o.seconds * 1e9) : UINT64_MAX;
    const double intervalNs = o.rate > 0 ? 1e9 * o.producers / o.rate : 0;
    const std::uint64_t limit = o.count ? o.count : UINT64_MAX;
    std::uint64_t idleNs = 0;

    std::uint64_t seq = 0;
    for (; seq < limit && !state.abort; ++seq) {
        if (intervalNs > 0) {
            const std::uint64_t due = startNs + std::uint64_t(double(seq) * intervalNs);
            if (due >= deadlineNs)
                break; // don't sleep past the end of a timed run
            if (nowNs() < due) {
                timespec ts{time_t(due / 1'000'000'000ull), long(due % 1'000'000'000ull)};
                while (::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {}
            }
        }
        const std::uint64_t now = nowNs();
        if (now >= deadlineNs)
            break;
        writePayloadHeader(body.data(), now, std::uint32_t(id), seq);
        const int rc = amqp_basic_publish(conn, AmqpSession::kChannel, amqp_empty_bytes, routingKey,
                                          0, 0, &props, bodyBytes);
        if (rc != AMQP_STATUS_OK) {
            error = std::string("producer: publish: ") + amqp_error_string2(rc);
            break;
        }
        if (o.confirmWindow) {
            while (tracker.outstanding(seq + 1) >= o.confirmWindow) {
                if (!waitForConfirms(state, conn, tracker, &idleNs, &error) || state.abort)
                    break;
            }
            if (!error.empty())
                break;
        }
    }
    result.published = seq;
    if (o.confirmWindow && error.empty()) {
        while (tracker.outstanding(seq) > 0 && !state.abort) {
            if (!waitForConfirms(state, conn, tracker, &idleNs, &error))
                break;
        }
    }
    result.endNs = nowNs();
    result.nacked = tracker.nacked();

    state.publishedTotal += result.published;
    std::uint64_t prevEnd = state.publishEndNs.load();
    while (prevEnd < result.endNs && !state.publishEndNs.compare_exchange_weak(prevEnd, result.endNs)) {}
    if (--state.producersRunning == 0) {
        state.publishingDone = true;
        state.publishingDone.notify_all();
        // Consumers may already have everything and be idle in a receive
        // timeout; end the timed window now rather than up to 100 ms later.
        // (seq_cst: either this load or the consumer's sees the other store.)
        if (state.consumedTotal.load() >= state.publishedTotal.load())
            state.finish();
    }
    if (!error.empty())
        state.fail("producer " + std::to_string(id) + ": " + error);
    session.close();
}
