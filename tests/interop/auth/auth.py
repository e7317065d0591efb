"""Authentication and authorization with python3-pika (issue 7).

Run as:  auth.py HOST PORT CASE
The broker has (set up by tst_interop_auth.cpp through warren's command line):
  user alice / secret, in vhost "/" with configure '^(cfg|all)-', write '^(w|all)-',
  read '^(r|all)-' (so 'all-...' names are configurable, writable and readable),
  vhost 'empty' where alice has no permissions.
Every case also passes against rabbitmq-server 3.10.8 set up the same way.
"""
import sys

import pika
import pika.exceptions

sys.path.insert(0, __file__.rsplit("/", 2)[0] + "/pika")
from interop_common import check, check_equal, main, unique  # noqa: E402

HOST, PORT = sys.argv[1], int(sys.argv[2])


def connect(user="alice", password="secret", vhost="/"):
    return pika.BlockingConnection(pika.ConnectionParameters(
        host=HOST, port=PORT, virtual_host=vhost,
        credentials=pika.PlainCredentials(user, password),
        connection_attempts=1, socket_timeout=10))


def expect_connection_refused(code, text, **kw):
    try:
        connect(**kw).close()
    except pika.exceptions.AMQPConnectionError as e:
        # pika raises ProbableAuthenticationError / ProbableAccessDeniedError
        # around the broker's connection.close; its text carries code and reason.
        message = str(e)
        check("(%d)" % code in message, "expected reply code %d in %r" % (code, message))
        check(text in message, "expected %r in %r" % (text, message))
        return
    raise AssertionError("connection was not refused")


def expect_channel_refused(action, resource_kind, name):
    conn = connect()
    ch = conn.channel()
    try:
        action(ch)
    except pika.exceptions.ChannelClosedByBroker as e:
        check_equal(e.reply_code, 403, "reply code")
        check_equal(e.reply_text, "ACCESS_REFUSED - access to %s '%s' in vhost '/' refused for user 'alice'"
                    % (resource_kind, name), "reply text")
        conn.close()
        return
    conn.close()
    raise AssertionError("%s was not refused" % action)


def guarded(name):
    """A queue alice may configure, write and read, declared fresh."""
    q = "all-" + unique(name)
    conn = connect()
    conn.channel().queue_declare(q, auto_delete=False)
    conn.close()
    return q


def wrong_password():
    expect_connection_refused(403, "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. "
                                   "For details see the broker logfile.", password="wrong")


def unknown_user():
    expect_connection_refused(403, "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. "
                                   "For details see the broker logfile.", user="nobody")


def unknown_vhost():
    expect_connection_refused(530, "NOT_ALLOWED - vhost nowhere not found", vhost="nowhere")


def vhost_without_permissions():
    expect_connection_refused(530, "NOT_ALLOWED - access to vhost 'empty' refused for user 'alice'",
                              vhost="empty")


def permitted_operations_work():
    q = guarded("ok")
    conn = connect()
    ch = conn.channel()
    ch.confirm_delivery()
    x = "all-x-" + q
    ch.exchange_declare(x, "direct")
    ch.queue_bind(q, x, "k")
    ch.basic_publish(x, "k", b"x")
    method, _props, body = ch.basic_get(q, auto_ack=True)
    check_equal(body, b"x", "body")
    ch.queue_unbind(q, x, "k")
    ch.queue_purge(q)
    ch.queue_delete(q)
    ch.exchange_delete(x)
    conn.close()


def configure_refused_for_queue_declare():
    expect_channel_refused(lambda ch: ch.queue_declare("w-r-q"), "queue", "w-r-q")


def passive_declare_needs_no_permission():
    q = "other-" + unique("passive")
    admin = connect("guest", "guest")
    admin.channel().queue_declare(q, auto_delete=False)
    conn = connect()
    ok = conn.channel().queue_declare(q, passive=True)
    check_equal(ok.method.queue, q, "passive declare")
    conn.close()
    admin.channel().queue_delete(q)
    admin.close()


def configure_refused_for_exchange_declare():
    expect_channel_refused(lambda ch: ch.exchange_declare("w-x", "fanout"), "exchange", "w-x")


def configure_refused_for_queue_delete():
    expect_channel_refused(lambda ch: ch.queue_delete("r-q"), "queue", "r-q")


def configure_refused_for_exchange_delete():
    expect_channel_refused(lambda ch: ch.exchange_delete("w-x"), "exchange", "w-x")


def write_refused_for_publish():
    def publish(ch):
        ch.confirm_delivery()
        ch.basic_publish("amq.direct", "k", b"x")
    expect_channel_refused(publish, "exchange", "amq.direct")


def write_refused_for_publish_to_default_exchange():
    def publish(ch):
        ch.confirm_delivery()
        ch.basic_publish("", "anything", b"x")
    expect_channel_refused(publish, "exchange", "amq.default")


def write_refused_for_queue_bind():
    # queue.bind needs write on the queue (and read on the exchange)
    expect_channel_refused(lambda ch: ch.queue_bind("cfg-q", "r-x", "k"), "queue", "cfg-q")


def read_refused_for_queue_bind_source():
    expect_channel_refused(lambda ch: ch.queue_bind("w-q", "amq.direct", "k"), "exchange", "amq.direct")


def read_refused_for_exchange_bind_source():
    expect_channel_refused(lambda ch: ch.exchange_bind("w-dest", "amq.direct", "k"), "exchange", "amq.direct")


def write_refused_for_exchange_bind_destination():
    expect_channel_refused(lambda ch: ch.exchange_bind("amq.fanout", "r-src", "k"), "exchange", "amq.fanout")


def read_refused_for_basic_get():
    expect_channel_refused(lambda ch: ch.basic_get("cfg-q"), "queue", "cfg-q")


def read_refused_for_basic_consume():
    expect_channel_refused(lambda ch: ch.basic_consume("cfg-q", lambda *a: None), "queue", "cfg-q")


def read_refused_for_queue_purge():
    expect_channel_refused(lambda ch: ch.queue_purge("cfg-q"), "queue", "cfg-q")


def publish_consume_with_matching_permissions():
    # alice may write to exchanges '^w-' and read queues '^r-': guest sets up
    # exchange w-ex -> queue r-..., alice publishes and consumes.
    q = "r-" + unique("flow")
    admin = connect("guest", "guest")
    ach = admin.channel()
    ach.exchange_declare("w-ex", "direct")
    ach.queue_declare(q, auto_delete=False)
    ach.queue_bind(q, "w-ex", q)
    conn = connect()
    ch = conn.channel()
    ch.confirm_delivery()
    for i in range(10):
        ch.basic_publish("w-ex", q, b"m%d" % i)
    got = []
    for _ in range(10):
        method, _props, body = ch.basic_get(q, auto_ack=True)
        check(method is not None, "message missing")
        got.append(body)
    check_equal(got, [b"m%d" % i for i in range(10)], "bodies")
    conn.close()
    ach.queue_delete(q)
    admin.close()


def dead_letter_exchange_needs_write_on_it():
    # a new queue with x-dead-letter-exchange: read on the queue, write on the DLX
    expect_channel_refused(lambda ch: ch.queue_declare("all-dlx-q", arguments={"x-dead-letter-exchange": "amq.direct"}),
                           "exchange", "amq.direct")


def dead_letter_queue_needs_read_on_it():
    expect_channel_refused(lambda ch: ch.queue_declare("cfg-dlx-q", arguments={"x-dead-letter-exchange": "w-dlx"}),
                           "queue", "cfg-dlx-q")


def alternate_exchange_needs_write_on_it():
    expect_channel_refused(lambda ch: ch.exchange_declare("all-ae-x", "fanout",
                                                          arguments={"alternate-exchange": "amq.fanout"}),
                           "exchange", "amq.fanout")


def alternate_exchange_needs_read_on_the_new_exchange():
    expect_channel_refused(lambda ch: ch.exchange_declare("cfg-ae-x", "fanout", arguments={"alternate-exchange": "w-ae"}),
                           "exchange", "cfg-ae-x")


CASES = {f.__name__: (lambda host, port, f=f: f()) for f in [
    wrong_password, unknown_user, unknown_vhost, vhost_without_permissions,
    configure_refused_for_queue_declare, passive_declare_needs_no_permission,
    configure_refused_for_exchange_declare, configure_refused_for_queue_delete,
    configure_refused_for_exchange_delete, write_refused_for_publish,
    write_refused_for_publish_to_default_exchange, write_refused_for_queue_bind,
    read_refused_for_queue_bind_source, read_refused_for_exchange_bind_source,
    write_refused_for_exchange_bind_destination, read_refused_for_basic_get,
    read_refused_for_basic_consume, read_refused_for_queue_purge,
    publish_consume_with_matching_permissions, permitted_operations_work,
    dead_letter_exchange_needs_write_on_it, dead_letter_queue_needs_read_on_it,
    alternate_exchange_needs_write_on_it, alternate_exchange_needs_read_on_the_new_exchange,
]}

if __name__ == "__main__":
    sys.exit(main(CASES))
