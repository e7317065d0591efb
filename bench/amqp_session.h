#pragma once
// One librabbitmq connection with channel 1 open. Owned by one thread.

#include "bench_options.h"

#include <amqp.h>
#include <string>

class AmqpSession {
public:
    AmqpSession() = default;
    ~AmqpSession();
    AmqpSession(const AmqpSession &) = delete;
    AmqpSession &operator=(const AmqpSession &) = delete;

    // Connects, logs in (heartbeats off) and opens channel 1. On failure returns
    // false and fills *error.
    bool open(const BenchOptions &o, const char *connectionName, std::string *error);
    // Closes channel and connection politely (errors ignored).
    void close();

    amqp_connection_state_t conn() const { return m_conn; }
    static constexpr amqp_channel_t kChannel = 1;

    // Checks the last synchronous RPC; on failure fills *error with `what`.
    bool rpcOk(const char *what, std::string *error) const;

private:
    amqp_connection_state_t m_conn = nullptr;
    bool m_open = false;
};

// Human-readable form of a failed amqp_rpc_reply_t.
std::string describeReply(const amqp_rpc_reply_t &r);
