/*
 * A fast AMQP client on librabbitmq (rabbitmq-c 0.11) for the app memory
 * test: builds a large backlog of persistent messages, then drains it.
 *
 *   backlog_client publish HOST PORT QUEUE COUNT SIZE WINDOW
 *       declares QUEUE durable, publishes COUNT persistent (delivery-mode 2)
 *       messages of SIZE bytes (the first 8 are the sequence number) with
 *       publisher confirms, at most WINDOW unconfirmed; waits for every
 *       confirm; any nack fails. Prints the rate and the queue's depth.
 *   backlog_client drain HOST PORT QUEUE COUNT
 *       consumes with manual acks (prefetch 1000, multiple every 500) until
 *       COUNT messages arrived; each must carry the next sequence number and
 *       an intact filler ('b'). Then the queue must be empty.
 *
 * Exits 0 on success; else prints "FAIL: <reason>" and exits 1. A 150 s
 * alarm bounds each run.
 */
#include <amqp.h>
#include <amqp_framing.h>
#include <amqp_tcp_socket.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define CH 1

static _Noreturn void fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("FAIL: ", stdout);
    vprintf(fmt, ap);
    fputc('\n', stdout);
    va_end(ap);
    fflush(stdout);
    exit(1);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void check_rpc(amqp_connection_state_t conn, const char *what)
{
    amqp_rpc_reply_t r = amqp_get_rpc_reply(conn);
    if (r.reply_type == AMQP_RESPONSE_NORMAL)
        return;
    if (r.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION)
        fail("%s: %s", what, amqp_error_string2(r.library_error));
    if (r.reply_type == AMQP_RESPONSE_SERVER_EXCEPTION && r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
        amqp_channel_close_t *m = r.reply.decoded;
        fail("%s: channel.close %u %.*s", what, m->reply_code, (int)m->reply_text.len,
             (const char *)m->reply_text.bytes);
    }
    if (r.reply_type == AMQP_RESPONSE_SERVER_EXCEPTION && r.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
        amqp_connection_close_t *m = r.reply.decoded;
        fail("%s: connection.close %u %.*s", what, m->reply_code, (int)m->reply_text.len,
             (const char *)m->reply_text.bytes);
    }
    fail("%s: failed (reply type %d)", what, (int)r.reply_type);
}

static amqp_connection_state_t connect_to(const char *host, int port)
{
    amqp_connection_state_t conn = amqp_new_connection();
    amqp_socket_t *sock = amqp_tcp_socket_new(conn);
    if (!sock)
        fail("amqp_tcp_socket_new failed");
    struct timeval tv = {10, 0};
    int rc = amqp_socket_open_noblock(sock, host, port, &tv);
    if (rc != AMQP_STATUS_OK)
        fail("connect %s:%d: %s", host, port, amqp_error_string2(rc));
    amqp_rpc_reply_t login = amqp_login(conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, "guest", "guest");
    if (login.reply_type != AMQP_RESPONSE_NORMAL)
        fail("login failed");
    amqp_channel_open(conn, CH);
    check_rpc(conn, "channel.open");
    return conn;
}

static uint32_t queue_depth(amqp_connection_state_t conn, const char *queue)
{
    amqp_queue_declare_ok_t *ok =
        amqp_queue_declare(conn, CH, amqp_cstring_bytes(queue), 1, 1, 0, 0, amqp_empty_table);
    check_rpc(conn, "passive queue.declare");
    return ok->message_count;
}

static void close_connection(amqp_connection_state_t conn)
{
    amqp_channel_close(conn, CH, AMQP_REPLY_SUCCESS);
    amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(conn);
}

/* Publisher-confirm bookkeeping: tags 1..published; lowest = lowest open tag. */
struct confirms {
    unsigned char *settled; /* by tag */
    uint64_t lowest;
    uint64_t acked;
};

static void on_confirm(struct confirms *c, uint64_t tag, int multiple, int nack)
{
    if (nack)
        fail("publisher nack for delivery tag %llu", (unsigned long long)tag);
    if (multiple) {
        for (uint64_t t = c->lowest; t <= tag; ++t)
            if (!c->settled[t]) {
                c->settled[t] = 1;
                ++c->acked;
            }
    } else if (!c->settled[tag]) {
        c->settled[tag] = 1;
        ++c->acked;
    }
    while (c->settled[c->lowest])
        ++c->lowest;
}

/* Reads at least one frame (waiting up to 30 s), then whatever is buffered. */
static void read_confirms(amqp_connection_state_t conn, struct confirms *c, uint64_t published)
{
    amqp_frame_t f;
    struct timeval tv = {30, 0};
    int rc = amqp_simple_wait_frame_noblock(conn, &f, &tv);
    if (rc == AMQP_STATUS_TIMEOUT)
        fail("no publisher confirm for 30 s (%llu of %llu confirmed)", (unsigned long long)c->acked,
             (unsigned long long)published);
    for (;;) {
        if (rc != AMQP_STATUS_OK)
            fail("reading confirms: %s", amqp_error_string2(rc));
        if (f.frame_type == AMQP_FRAME_METHOD) {
            if (f.payload.method.id == AMQP_BASIC_ACK_METHOD) {
                amqp_basic_ack_t *m = f.payload.method.decoded;
                if (m->delivery_tag > published)
                    fail("confirm for unknown delivery tag %llu", (unsigned long long)m->delivery_tag);
                on_confirm(c, m->delivery_tag, m->multiple, 0);
            } else if (f.payload.method.id == AMQP_BASIC_NACK_METHOD) {
                amqp_basic_nack_t *m = f.payload.method.decoded;
                on_confirm(c, m->delivery_tag, m->multiple, 1);
            } else if (f.payload.method.id == AMQP_CHANNEL_CLOSE_METHOD ||
                       f.payload.method.id == AMQP_CONNECTION_CLOSE_METHOD) {
                fail("broker closed the channel or connection while publishing");
            }
        }
        if (!amqp_frames_enqueued(conn) && !amqp_data_in_buffer(conn))
            break;
        rc = amqp_simple_wait_frame(conn, &f);
    }
    amqp_maybe_release_buffers(conn);
}

static void publish(const char *host, int port, const char *queue, uint64_t count, size_t size,
                    uint64_t window)
{
    if (size < 8 || window < 1)
        fail("SIZE must be >= 8 and WINDOW >= 1");
    amqp_connection_state_t conn = connect_to(host, port);
    amqp_queue_declare(conn, CH, amqp_cstring_bytes(queue), 0, 1, 0, 0, amqp_empty_table);
    check_rpc(conn, "queue.declare");
    amqp_confirm_select(conn, CH);
    check_rpc(conn, "confirm.select");

    unsigned char *body = malloc(size);
    memset(body, 'b', size);
    struct confirms c = {calloc(count + 2, 1), 1, 0};
    if (!body || !c.settled)
        fail("out of memory");
    amqp_basic_properties_t props;
    memset(&props, 0, sizeof props);
    props._flags = AMQP_BASIC_DELIVERY_MODE_FLAG;
    props.delivery_mode = AMQP_DELIVERY_PERSISTENT;
    const amqp_bytes_t key = amqp_cstring_bytes(queue);
    const double t0 = now_s();
    double next_report = t0 + 5;
    for (uint64_t seq = 0; seq < count; ++seq) {
        memcpy(body, &seq, 8);
        const amqp_bytes_t b = {size, body};
        int rc = amqp_basic_publish(conn, CH, amqp_empty_bytes, key, 0, 0, &props, b);
        if (rc != AMQP_STATUS_OK)
            fail("publish %llu: %s", (unsigned long long)seq, amqp_error_string2(rc));
        const uint64_t published = seq + 1;
        while (published - (c.lowest - 1) >= window)
            read_confirms(conn, &c, published);
        if (now_s() > next_report) {
            printf("progress: %llu published, %llu confirmed\n", (unsigned long long)published,
                   (unsigned long long)c.acked);
            fflush(stdout);
            next_report += 5;
        }
    }
    while (c.lowest <= count)
        read_confirms(conn, &c, count);
    const double secs = now_s() - t0;
    const uint32_t depth = queue_depth(conn, queue);
    printf("published %llu confirmed %llu in %.2f s (%.0f msg/s); queue depth %u\n", (unsigned long long)count,
           (unsigned long long)c.acked, secs, (double)count / secs, depth);
    if (depth != count)
        fail("queue depth %u after publishing %llu with no consumer", depth, (unsigned long long)count);
    close_connection(conn);
    free(body);
    free(c.settled);
}

static void drain(const char *host, int port, const char *queue, uint64_t count)
{
    amqp_connection_state_t conn = connect_to(host, port);
    amqp_basic_qos(conn, CH, 0, 1000, 0);
    check_rpc(conn, "basic.qos");
    amqp_basic_consume(conn, CH, amqp_cstring_bytes(queue), amqp_empty_bytes, 0, 0, 0, amqp_empty_table);
    check_rpc(conn, "basic.consume");
    const double t0 = now_s();
    uint64_t got = 0, redelivered = 0;
    while (got < count) {
        amqp_envelope_t env;
        struct timeval tv = {30, 0};
        amqp_maybe_release_buffers(conn);
        amqp_rpc_reply_t r = amqp_consume_message(conn, &env, &tv, 0);
        if (r.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION && r.library_error == AMQP_STATUS_TIMEOUT)
            fail("%llu of %llu delivered, then 30 s without a delivery", (unsigned long long)got,
                 (unsigned long long)count);
        if (r.reply_type != AMQP_RESPONSE_NORMAL)
            fail("consume after %llu deliveries: reply type %d", (unsigned long long)got, (int)r.reply_type);
        uint64_t seq = UINT64_MAX;
        if (env.message.body.len >= 8)
            memcpy(&seq, env.message.body.bytes, 8);
        if (seq != got)
            fail("delivery %llu carries sequence %llu (lost, duplicated or reordered)", (unsigned long long)got,
                 (unsigned long long)seq);
        const unsigned char *p = env.message.body.bytes;
        for (size_t i = 8; i < env.message.body.len; ++i)
            if (p[i] != 'b')
                fail("delivery %llu: body byte %zu corrupted", (unsigned long long)got, i);
        redelivered += env.redelivered ? 1 : 0;
        ++got;
        if (got % 500 == 0 || got == count) {
            int rc = amqp_basic_ack(conn, CH, env.delivery_tag, 1);
            if (rc != AMQP_STATUS_OK)
                fail("basic.ack: %s", amqp_error_string2(rc));
        }
        amqp_destroy_envelope(&env);
    }
    const double secs = now_s() - t0;
    /* A synchronous method on the same channel: the acks are handled first. */
    const uint32_t depth = queue_depth(conn, queue);
    printf("drained %llu in order in %.2f s (%.0f msg/s), redelivered %llu; queue depth %u\n",
           (unsigned long long)got, secs, (double)got / secs, (unsigned long long)redelivered, depth);
    if (depth != 0)
        fail("queue still holds %u messages after the drain", depth);
    close_connection(conn);
}

int main(int argc, char **argv)
{
    alarm(150);
    if (argc == 8 && strcmp(argv[1], "publish") == 0) {
        publish(argv[2], atoi(argv[3]), argv[4], strtoull(argv[5], NULL, 10), strtoull(argv[6], NULL, 10),
                strtoull(argv[7], NULL, 10));
        return 0;
    }
    if (argc == 6 && strcmp(argv[1], "drain") == 0) {
        drain(argv[2], atoi(argv[3]), argv[4], strtoull(argv[5], NULL, 10));
        return 0;
    }
    fprintf(stderr, "usage: backlog_client publish HOST PORT QUEUE COUNT SIZE WINDOW\n"
                    "       backlog_client drain HOST PORT QUEUE COUNT\n");
    return 2;
}
