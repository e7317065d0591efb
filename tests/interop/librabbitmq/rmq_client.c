/*
 * librabbitmq (rabbitmq-c 0.11, Debian's librabbitmq-dev) driving a broker.
 *
 *   rmq_client HOST PORT CASE
 *
 * Exits 0 on success; on failure prints "FAIL: <reason>" and exits 1.
 * librabbitmq 0.11 has no amqp_publisher_confirm_wait(): confirms are read as
 * plain basic.ack / basic.nack / basic.return method frames with
 * amqp_simple_wait_frame_noblock().
 */
#include <amqp.h>
#include <amqp_framing.h>
#include <amqp_tcp_socket.h>

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define CH 1
#define MESSAGES 1000

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

static const char *describe_reply(amqp_rpc_reply_t r)
{
    static char buf[512];
    switch (r.reply_type) {
    case AMQP_RESPONSE_NORMAL:
        return "normal";
    case AMQP_RESPONSE_NONE:
        return "missing RPC reply";
    case AMQP_RESPONSE_LIBRARY_EXCEPTION:
        snprintf(buf, sizeof buf, "library error: %s", amqp_error_string2(r.library_error));
        return buf;
    case AMQP_RESPONSE_SERVER_EXCEPTION:
        if (r.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
            amqp_connection_close_t *m = r.reply.decoded;
            snprintf(buf, sizeof buf, "connection.close %u %.*s", m->reply_code,
                     (int)m->reply_text.len, (const char *)m->reply_text.bytes);
        } else if (r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
            amqp_channel_close_t *m = r.reply.decoded;
            snprintf(buf, sizeof buf, "channel.close %u %.*s", m->reply_code,
                     (int)m->reply_text.len, (const char *)m->reply_text.bytes);
        } else {
            snprintf(buf, sizeof buf, "server exception, method 0x%08x", r.reply.id);
        }
        return buf;
    }
    return "unknown reply type";
}

static void check_rpc(amqp_connection_state_t conn, const char *what)
{
    amqp_rpc_reply_t r = amqp_get_rpc_reply(conn);
    if (r.reply_type != AMQP_RESPONSE_NORMAL)
        fail("%s: %s", what, describe_reply(r));
}

static void check_status(int status, const char *what)
{
    if (status != AMQP_STATUS_OK)
        fail("%s: %s", what, amqp_error_string2(status));
}

static amqp_connection_state_t open_connection(const char *host, int port, const char *user,
                                               const char *password, amqp_rpc_reply_t *login)
{
    amqp_connection_state_t conn = amqp_new_connection();
    amqp_socket_t *sock = amqp_tcp_socket_new(conn);
    if (!sock)
        fail("amqp_tcp_socket_new failed");
    struct timeval tv = {10, 0};
    check_status(amqp_socket_open_noblock(sock, host, port, &tv), "socket open");
    *login = amqp_login(conn, "/", 0, 131072, 60, AMQP_SASL_METHOD_PLAIN, user, password);
    return conn;
}

static void close_connection(amqp_connection_state_t conn)
{
    amqp_rpc_reply_t r = amqp_channel_close(conn, CH, AMQP_REPLY_SUCCESS);
    if (r.reply_type != AMQP_RESPONSE_NORMAL)
        fail("channel.close: %s", describe_reply(r));
    r = amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
    if (r.reply_type != AMQP_RESPONSE_NORMAL)
        fail("connection.close: %s", describe_reply(r));
    check_status(amqp_destroy_connection(conn), "destroy connection");
}

static amqp_connection_state_t connect_guest(const char *host, int port)
{
    amqp_rpc_reply_t login;
    amqp_connection_state_t conn = open_connection(host, port, "guest", "guest", &login);
    if (login.reply_type != AMQP_RESPONSE_NORMAL)
        fail("login as guest: %s", describe_reply(login));
    amqp_channel_open(conn, CH);
    check_rpc(conn, "channel.open");
    return conn;
}

static void unique_name(char *buf, size_t size, const char *what)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    snprintf(buf, size, "interop-c-%s-%d-%ld", what, (int)getpid(), (long)ts.tv_nsec);
}

/* Confirm bookkeeping: acked[tag] for tags 1..max. */
struct confirms {
    int acked[MESSAGES + 8];
    uint64_t max_tag;
    int returned;          /* basic.return frames seen */
    int return_before_ack; /* for the mandatory message: return came first */
    uint64_t mandatory_tag;
};

static int all_acked(const struct confirms *c)
{
    for (uint64_t t = 1; t <= c->max_tag; ++t)
        if (!c->acked[t])
            return 0;
    return 1;
}

/* Reads whatever confirm-related frames arrive within timeout (NULL = poll). */
static void read_confirm_frames(amqp_connection_state_t conn, struct confirms *c,
                                struct timeval *timeout)
{
    for (;;) {
        amqp_frame_t frame;
        struct timeval zero = {0, 0};
        int status = amqp_simple_wait_frame_noblock(conn, &frame, timeout ? timeout : &zero);
        if (status == AMQP_STATUS_TIMEOUT)
            return;
        check_status(status, "waiting for confirms");
        if (frame.frame_type != AMQP_FRAME_METHOD)
            fail("unexpected frame type %d while waiting for confirms", frame.frame_type);
        switch (frame.payload.method.id) {
        case AMQP_BASIC_ACK_METHOD: {
            amqp_basic_ack_t *ack = frame.payload.method.decoded;
            if (ack->delivery_tag == 0 || ack->delivery_tag > c->max_tag)
                fail("basic.ack for unknown delivery tag %llu (published %llu)",
                     (unsigned long long)ack->delivery_tag, (unsigned long long)c->max_tag);
            uint64_t from = ack->multiple ? 1 : ack->delivery_tag;
            for (uint64_t t = from; t <= ack->delivery_tag; ++t) {
                if (t == c->mandatory_tag && !c->acked[t])
                    c->return_before_ack = c->returned > 0;
                c->acked[t] = 1;
            }
            break;
        }
        case AMQP_BASIC_NACK_METHOD: {
            amqp_basic_nack_t *nack = frame.payload.method.decoded;
            fail("broker nacked delivery tag %llu", (unsigned long long)nack->delivery_tag);
        }
        case AMQP_BASIC_RETURN_METHOD: {
            amqp_basic_return_t *ret = frame.payload.method.decoded;
            if (ret->reply_code != 312)
                fail("basic.return reply code %u, expected 312 NO_ROUTE", ret->reply_code);
            amqp_message_t msg;
            amqp_rpc_reply_t r = amqp_read_message(conn, frame.channel, &msg, 0);
            if (r.reply_type != AMQP_RESPONSE_NORMAL)
                fail("reading returned message: %s", describe_reply(r));
            if (msg.body.len != strlen("unroutable") ||
                memcmp(msg.body.bytes, "unroutable", msg.body.len) != 0)
                fail("returned body is %.*s", (int)msg.body.len, (const char *)msg.body.bytes);
            amqp_destroy_message(&msg);
            c->returned++;
            break;
        }
        default:
            fail("unexpected method 0x%08x while waiting for confirms", frame.payload.method.id);
        }
        timeout = NULL; /* after the first frame, only drain what is already there */
    }
}

static amqp_basic_properties_t text_properties(void)
{
    amqp_basic_properties_t props;
    memset(&props, 0, sizeof props);
    props._flags = AMQP_BASIC_CONTENT_TYPE_FLAG | AMQP_BASIC_DELIVERY_MODE_FLAG;
    props.content_type = amqp_cstring_bytes("text/plain");
    props.delivery_mode = 2;
    return props;
}

static int case_confirms_consume_get(const char *host, int port)
{
    amqp_connection_state_t conn = connect_guest(host, port);
    char exchange[128], queue[128];
    unique_name(exchange, sizeof exchange, "topic");
    unique_name(queue, sizeof queue, "queue");

    amqp_exchange_declare(conn, CH, amqp_cstring_bytes(exchange), amqp_cstring_bytes("topic"),
                          0, 0, 1, 0, amqp_empty_table);
    check_rpc(conn, "exchange.declare topic");
    amqp_queue_declare_ok_t *declared = amqp_queue_declare(
        conn, CH, amqp_cstring_bytes(queue), 0, 0, 0, 0, amqp_empty_table);
    check_rpc(conn, "queue.declare");
    if (declared->message_count != 0 || declared->consumer_count != 0)
        fail("fresh queue declare-ok counts %u/%u", declared->message_count,
             declared->consumer_count);
    amqp_queue_bind(conn, CH, amqp_cstring_bytes(queue), amqp_cstring_bytes(exchange),
                    amqp_cstring_bytes("interop.#"), amqp_empty_table);
    check_rpc(conn, "queue.bind");

    amqp_confirm_select(conn, CH);
    check_rpc(conn, "confirm.select");

    static struct confirms c;
    memset(&c, 0, sizeof c);
    amqp_basic_properties_t props = text_properties();
    char body[64];
    for (int i = 0; i < MESSAGES; ++i) {
        snprintf(body, sizeof body, "message-%04d", i);
        check_status(amqp_basic_publish(conn, CH, amqp_cstring_bytes(exchange),
                                        amqp_cstring_bytes("interop.c.msg"), 0, 0, &props,
                                        amqp_cstring_bytes(body)),
                     "basic.publish");
        c.max_tag++;
        if (i % 100 == 99)
            read_confirm_frames(conn, &c, NULL);
    }
    /* A mandatory message nobody is bound for: basic.return, then basic.ack. */
    check_status(amqp_basic_publish(conn, CH, amqp_cstring_bytes(exchange),
                                    amqp_cstring_bytes("nobody.listens"), 1, 0, &props,
                                    amqp_cstring_bytes("unroutable")),
                 "mandatory basic.publish");
    c.mandatory_tag = ++c.max_tag;

    struct timeval start, now;
    gettimeofday(&start, NULL);
    while (!all_acked(&c)) {
        struct timeval wait = {1, 0};
        read_confirm_frames(conn, &c, &wait);
        gettimeofday(&now, NULL);
        if (now.tv_sec - start.tv_sec > 20)
            fail("not every publish was confirmed within 20 s");
    }
    if (c.returned != 1)
        fail("expected one basic.return for the mandatory unroutable message, got %d", c.returned);
    if (!c.return_before_ack)
        fail("basic.ack for the unroutable mandatory message came before its basic.return");

    /* Consume all with manual ack, in order; ack with multiple every 100. */
    amqp_basic_qos(conn, CH, 0, 250, 0);
    check_rpc(conn, "basic.qos");
    amqp_basic_consume_ok_t *consumed = amqp_basic_consume(
        conn, CH, amqp_cstring_bytes(queue), amqp_cstring_bytes("interop-c-consumer"), 0, 0, 0,
        amqp_empty_table);
    check_rpc(conn, "basic.consume");
    if (consumed->consumer_tag.len != strlen("interop-c-consumer"))
        fail("consume-ok carries a different consumer tag");
    uint64_t last_tag = 0;
    for (int i = 0; i < MESSAGES; ++i) {
        amqp_envelope_t env;
        struct timeval wait = {10, 0};
        amqp_maybe_release_buffers(conn);
        amqp_rpc_reply_t r = amqp_consume_message(conn, &env, &wait, 0);
        if (r.reply_type != AMQP_RESPONSE_NORMAL)
            fail("consuming message %d: %s", i, describe_reply(r));
        snprintf(body, sizeof body, "message-%04d", i);
        if (env.message.body.len != strlen(body) ||
            memcmp(env.message.body.bytes, body, env.message.body.len) != 0)
            fail("delivery %d has body %.*s, expected %s", i, (int)env.message.body.len,
                 (const char *)env.message.body.bytes, body);
        if (env.delivery_tag != last_tag + 1)
            fail("delivery tag %llu follows %llu", (unsigned long long)env.delivery_tag,
                 (unsigned long long)last_tag);
        if (env.redelivered)
            fail("delivery %d flagged redelivered", i);
        if (!(env.message.properties._flags & AMQP_BASIC_CONTENT_TYPE_FLAG) ||
            env.message.properties.content_type.len != strlen("text/plain") ||
            env.message.properties.delivery_mode != 2)
            fail("delivery %d lost its content-type or delivery-mode", i);
        if (env.routing_key.len != strlen("interop.c.msg") ||
            env.exchange.len != strlen(exchange))
            fail("delivery %d has the wrong exchange/routing key", i);
        last_tag = env.delivery_tag;
        amqp_destroy_envelope(&env);
        if (i % 100 == 99)
            check_status(amqp_basic_ack(conn, CH, last_tag, 1), "basic.ack multiple");
    }
    amqp_basic_cancel(conn, CH, amqp_cstring_bytes("interop-c-consumer"));
    check_rpc(conn, "basic.cancel");

    /* basic.get: get-ok with message_count, then get-empty. */
    for (int i = 0; i < 2; ++i) {
        snprintf(body, sizeof body, "get-%d", i);
        check_status(amqp_basic_publish(conn, CH, amqp_cstring_bytes(""),
                                        amqp_cstring_bytes(queue), 0, 0, &props,
                                        amqp_cstring_bytes(body)),
                     "publish for basic.get");
    }
    c.max_tag += 2;
    while (!all_acked(&c)) {
        struct timeval wait = {10, 0};
        read_confirm_frames(conn, &c, &wait);
    }
    amqp_rpc_reply_t got = amqp_basic_get(conn, CH, amqp_cstring_bytes(queue), 0);
    if (got.reply_type != AMQP_RESPONSE_NORMAL || got.reply.id != AMQP_BASIC_GET_OK_METHOD)
        fail("basic.get: %s (method 0x%08x)", describe_reply(got), got.reply.id);
    amqp_basic_get_ok_t *get_ok = got.reply.decoded;
    if (get_ok->message_count != 1)
        fail("get-ok message_count %u, expected 1", get_ok->message_count);
    uint64_t get_tag = get_ok->delivery_tag;
    amqp_message_t msg;
    amqp_rpc_reply_t r = amqp_read_message(conn, CH, &msg, 0);
    if (r.reply_type != AMQP_RESPONSE_NORMAL)
        fail("reading the get-ok message: %s", describe_reply(r));
    if (msg.body.len != 5 || memcmp(msg.body.bytes, "get-0", 5) != 0)
        fail("basic.get body %.*s, expected get-0", (int)msg.body.len, (const char *)msg.body.bytes);
    amqp_destroy_message(&msg);
    check_status(amqp_basic_ack(conn, CH, get_tag, 0), "basic.ack get");
    got = amqp_basic_get(conn, CH, amqp_cstring_bytes(queue), 1);
    if (got.reply_type != AMQP_RESPONSE_NORMAL || got.reply.id != AMQP_BASIC_GET_OK_METHOD)
        fail("second basic.get: %s", describe_reply(got));
    r = amqp_read_message(conn, CH, &msg, 0);
    if (r.reply_type != AMQP_RESPONSE_NORMAL)
        fail("reading the second get-ok message: %s", describe_reply(r));
    amqp_destroy_message(&msg);
    got = amqp_basic_get(conn, CH, amqp_cstring_bytes(queue), 1);
    if (got.reply_type != AMQP_RESPONSE_NORMAL || got.reply.id != AMQP_BASIC_GET_EMPTY_METHOD)
        fail("basic.get on an empty queue: %s (method 0x%08x), expected get-empty",
             describe_reply(got), got.reply.id);

    amqp_queue_delete_ok_t *deleted =
        amqp_queue_delete(conn, CH, amqp_cstring_bytes(queue), 0, 0);
    check_rpc(conn, "queue.delete");
    if (deleted->message_count != 0)
        fail("delete-ok message_count %u, expected 0 after acking everything",
             deleted->message_count);
    amqp_exchange_delete(conn, CH, amqp_cstring_bytes(exchange), 0);
    check_rpc(conn, "exchange.delete");
    close_connection(conn);
    return 0;
}

static int case_large_message_spans_frames(const char *host, int port)
{
    amqp_connection_state_t conn = connect_guest(host, port);
    char queue[128];
    unique_name(queue, sizeof queue, "large");
    amqp_queue_declare(conn, CH, amqp_cstring_bytes(queue), 0, 0, 1, 0, amqp_empty_table);
    check_rpc(conn, "queue.declare exclusive");
    if (amqp_get_frame_max(conn) > 131072)
        fail("negotiated frame_max %d exceeds the proposed 131072", amqp_get_frame_max(conn));
    size_t size = 3 * 131072 + 17; /* several body frames */
    unsigned char *data = malloc(size);
    for (size_t i = 0; i < size; ++i)
        data[i] = (unsigned char)((i * 7919u) >> 3);
    amqp_bytes_t body = {size, data};
    amqp_basic_properties_t props = text_properties();
    check_status(amqp_basic_publish(conn, CH, amqp_cstring_bytes(""), amqp_cstring_bytes(queue),
                                    0, 0, &props, body),
                 "publish large body");
    amqp_rpc_reply_t got;
    for (int attempt = 0;; ++attempt) { /* no confirms here: poll until it is there */
        got = amqp_basic_get(conn, CH, amqp_cstring_bytes(queue), 1);
        if (got.reply_type != AMQP_RESPONSE_NORMAL)
            fail("basic.get: %s", describe_reply(got));
        if (got.reply.id == AMQP_BASIC_GET_OK_METHOD)
            break;
        if (attempt > 100)
            fail("large message never arrived");
        usleep(50000);
    }
    amqp_message_t msg;
    amqp_rpc_reply_t r = amqp_read_message(conn, CH, &msg, 0);
    if (r.reply_type != AMQP_RESPONSE_NORMAL)
        fail("reading the large message: %s", describe_reply(r));
    if (msg.body.len != size || memcmp(msg.body.bytes, data, size) != 0)
        fail("large body differs (got %zu bytes, sent %zu)", msg.body.len, size);
    amqp_destroy_message(&msg);
    free(data);
    close_connection(conn);
    return 0;
}

static int case_wrong_password_is_refused(const char *host, int port)
{
    amqp_rpc_reply_t login;
    amqp_connection_state_t conn =
        open_connection(host, port, "guest", "definitely-not-the-password", &login);
    /* librabbitmq advertises authentication_failure_close, so the broker must
     * answer with connection.close 403 ACCESS_REFUSED rather than just hanging up. */
    if (login.reply_type != AMQP_RESPONSE_SERVER_EXCEPTION ||
        login.reply.id != AMQP_CONNECTION_CLOSE_METHOD)
        fail("login with a wrong password: %s, expected connection.close 403",
             describe_reply(login));
    amqp_connection_close_t *m = login.reply.decoded;
    if (m->reply_code != 403)
        fail("login refusal: %s, expected 403 ACCESS_REFUSED", describe_reply(login));
    if (m->reply_text.len < 14 || memcmp(m->reply_text.bytes, "ACCESS_REFUSED", 14) != 0)
        fail("login refusal text: %s", describe_reply(login));
    amqp_destroy_connection(conn);
    return 0;
}

static void on_alarm(int sig)
{
    (void)sig;
    static const char msg[] = "FAIL: case exceeded its 60 s time limit\n";
    (void)!write(STDOUT_FILENO, msg, sizeof msg - 1);
    _exit(1);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s HOST PORT CASE\n"
                        "cases: confirms_consume_get large_message_spans_frames "
                        "wrong_password_is_refused\n", argv[0]);
        return 2;
    }
    signal(SIGALRM, on_alarm);
    alarm(60);
    setvbuf(stdout, NULL, _IOLBF, 0);
    const char *host = argv[1];
    int port = atoi(argv[2]);
    const char *name = argv[3];
    int rc;
    if (strcmp(name, "confirms_consume_get") == 0)
        rc = case_confirms_consume_get(host, port);
    else if (strcmp(name, "large_message_spans_frames") == 0)
        rc = case_large_message_spans_frames(host, port);
    else if (strcmp(name, "wrong_password_is_refused") == 0)
        rc = case_wrong_password_is_refused(host, port);
    else {
        fprintf(stderr, "unknown case %s\n", name);
        return 2;
    }
    if (rc == 0)
        printf("OK: %s\n", name);
    return rc;
}
