#include "amqp_session.h"

#include <amqp_tcp_socket.h>
#include <cstdio>

std::string describeReply(const amqp_rpc_reply_t &r)
{
    switch (r.reply_type) {
    case AMQP_RESPONSE_NORMAL:
        return "ok";
    case AMQP_RESPONSE_NONE:
        return "missing RPC reply";
    case AMQP_RESPONSE_LIBRARY_EXCEPTION:
        return amqp_error_string2(r.library_error);
    case AMQP_RESPONSE_SERVER_EXCEPTION:
        if (r.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
            auto *m = static_cast<amqp_connection_close_t *>(r.reply.decoded);
            return "connection.close " + std::to_string(m->reply_code) + " " +
                   std::string(static_cast<char *>(m->reply_text.bytes), m->reply_text.len);
        }
        if (r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
            auto *m = static_cast<amqp_channel_close_t *>(r.reply.decoded);
            return "channel.close " + std::to_string(m->reply_code) + " " +
                   std::string(static_cast<char *>(m->reply_text.bytes), m->reply_text.len);
        }
        return "unexpected server method " + std::to_string(r.reply.id);
    }
    return "?";
}

AmqpSession::~AmqpSession()
{
    if (m_conn)
        amqp_destroy_connection(m_conn);
}

bool AmqpSession::rpcOk(const char *what, std::string *error) const
{
    const amqp_rpc_reply_t r = amqp_get_rpc_reply(m_conn);
    if (r.reply_type == AMQP_RESPONSE_NORMAL)
        return true;
    *error = std::string(what) + ": " + describeReply(r);
    return false;
}

bool AmqpSession::open(const BenchOptions &o, const char *connectionName, std::string *error)
{
    m_conn = amqp_new_connection();
    amqp_socket_t *socket = amqp_tcp_socket_new(m_conn);
    if (!socket) {
        *error = "cannot create socket";
        return false;
    }
    const int rc = amqp_socket_open(socket, o.host.c_str(), o.port);
    if (rc != AMQP_STATUS_OK) {
        *error = "connect " + o.host + ":" + std::to_string(o.port) + ": " + amqp_error_string2(rc);
        return false;
    }
    amqp_table_entry_t prop;
    prop.key = amqp_cstring_bytes("connection_name");
    prop.value.kind = AMQP_FIELD_KIND_UTF8;
    prop.value.value.bytes = amqp_cstring_bytes(connectionName);
    amqp_table_t props{1, &prop};
    // Heartbeats off: a publish-only or consume-only loop never services them.
    const amqp_rpc_reply_t login = amqp_login_with_properties(
        m_conn, "/", 0, AMQP_DEFAULT_FRAME_SIZE, 0, &props, AMQP_SASL_METHOD_PLAIN,
        o.user.c_str(), o.password.c_str());
    if (login.reply_type != AMQP_RESPONSE_NORMAL) {
        *error = "login: " + describeReply(login);
        return false;
    }
    amqp_channel_open(m_conn, kChannel);
    if (!rpcOk("channel.open", error))
        return false;
    m_open = true;
    return true;
}

void AmqpSession::close()
{
    if (!m_conn || !m_open)
        return;
    m_open = false;
    amqp_channel_close(m_conn, kChannel, AMQP_REPLY_SUCCESS);
    amqp_connection_close(m_conn, AMQP_REPLY_SUCCESS);
}
