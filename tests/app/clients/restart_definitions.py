"""Durable definitions across a restart, in two phases on two broker runs.

  restart_definitions.py HOST PORT setup
      declares: a durable topic exchange with an alternate-exchange argument,
      a durable queue with x-max-length bound to it by key, a durable headers
      exchange and queue bound with arguments, and a transient exchange, a
      transient queue and an exclusive queue (asked durable). Prints
      "setup-done".
  restart_definitions.py HOST PORT verify
      (after a restart on the same data directory) checks by passive declare
      that the durable ones exist and the others are gone (404), that
      redeclaring with the same arguments succeeds and with other arguments
      is refused (406), and that publishing through the restored bindings
      reaches the queues (and a non-matching headers message does not).
      Prints one line per check, then "verified".
"""
import pika
import pika.exceptions

from app_client_common import connect, fail, run, say

TOPIC = "restart.topic"
HEADERS = "restart.headers"
DURABLE_Q = "restart.durable"
HEADERS_Q = "restart.headers-q"
TRANSIENT_Q = "restart.transient"
EXCLUSIVE_Q = "restart.exclusive"
TRANSIENT_X = "restart.transient-x"
TOPIC_ARGS = {"alternate-exchange": "restart.ae"}
QUEUE_ARGS = {"x-max-length": 100}
HEADERS_ARGS = {"x-match": "all", "color": "red", "size": 3}


def setup(conn):
    ch = conn.channel()
    ch.exchange_declare(TOPIC, exchange_type="topic", durable=True, arguments=TOPIC_ARGS)
    ch.exchange_declare(HEADERS, exchange_type="headers", durable=True)
    ch.exchange_declare(TRANSIENT_X, exchange_type="direct", durable=False)
    ch.queue_declare(DURABLE_Q, durable=True, arguments=QUEUE_ARGS)
    ch.queue_declare(HEADERS_Q, durable=True)
    ch.queue_declare(TRANSIENT_Q, durable=False)
    ch.queue_declare(EXCLUSIVE_Q, durable=True, exclusive=True)
    ch.queue_bind(DURABLE_Q, TOPIC, routing_key="orders.*")
    ch.queue_bind(HEADERS_Q, HEADERS, routing_key="", arguments=HEADERS_ARGS)
    # Bindings with a transient end are not kept (nor are those ends).
    ch.queue_bind(TRANSIENT_Q, TOPIC, routing_key="#")
    say("setup-done")


def expect_code(conn, code, what, action):
    """Runs action(channel) on a fresh channel and expects it closed with code."""
    ch = conn.channel()
    try:
        action(ch)
    except pika.exceptions.ChannelClosedByBroker as exc:
        if exc.reply_code != code:
            fail("%s: expected %d, got %d %s" % (what, code, exc.reply_code, exc.reply_text))
        say("%s -> %d" % (what, code))
        return
    fail("%s: expected %d, but it succeeded" % (what, code))


def expect_ok(conn, what, action):
    ch = conn.channel()
    try:
        result = action(ch)
    except pika.exceptions.ChannelClosedByBroker as exc:
        fail("%s: refused %d %s" % (what, exc.reply_code, exc.reply_text))
    say("%s -> ok" % what)
    ch.close()
    return result


def verify(conn):
    # The durable definitions are back.
    expect_ok(conn, "passive exchange %s" % TOPIC, lambda ch: ch.exchange_declare(TOPIC, passive=True))
    expect_ok(conn, "passive exchange %s" % HEADERS, lambda ch: ch.exchange_declare(HEADERS, passive=True))
    ok = expect_ok(conn, "passive queue %s" % DURABLE_Q, lambda ch: ch.queue_declare(DURABLE_Q, passive=True))
    say("%s messages %d" % (DURABLE_Q, ok.method.message_count))
    expect_ok(conn, "passive queue %s" % HEADERS_Q, lambda ch: ch.queue_declare(HEADERS_Q, passive=True))
    # The transient and exclusive ones are not.
    expect_code(conn, 404, "passive queue %s" % TRANSIENT_Q, lambda ch: ch.queue_declare(TRANSIENT_Q, passive=True))
    expect_code(conn, 404, "passive queue %s" % EXCLUSIVE_Q, lambda ch: ch.queue_declare(EXCLUSIVE_Q, passive=True))
    expect_code(conn, 404, "passive exchange %s" % TRANSIENT_X,
                lambda ch: ch.exchange_declare(TRANSIENT_X, passive=True))
    # Arguments came back: equal redeclares pass, different ones are refused.
    expect_ok(conn, "redeclare %s same args" % DURABLE_Q,
              lambda ch: ch.queue_declare(DURABLE_Q, durable=True, arguments=QUEUE_ARGS))
    expect_code(conn, 406, "redeclare %s other args" % DURABLE_Q,
                lambda ch: ch.queue_declare(DURABLE_Q, durable=True, arguments={"x-max-length": 5}))
    expect_code(conn, 406, "redeclare %s transient" % DURABLE_Q,
                lambda ch: ch.queue_declare(DURABLE_Q, durable=False, arguments=QUEUE_ARGS))
    expect_ok(conn, "redeclare %s same args" % TOPIC,
              lambda ch: ch.exchange_declare(TOPIC, exchange_type="topic", durable=True, arguments=TOPIC_ARGS))
    expect_code(conn, 406, "redeclare %s other args" % TOPIC,
                lambda ch: ch.exchange_declare(TOPIC, exchange_type="topic", durable=True,
                                               arguments={"alternate-exchange": "elsewhere"}))
    expect_code(conn, 406, "redeclare %s other type" % TOPIC,
                lambda ch: ch.exchange_declare(TOPIC, exchange_type="direct", durable=True, arguments=TOPIC_ARGS))

    # Publishing through the restored bindings reaches the queues.
    ch = conn.channel()
    ch.confirm_delivery()
    ch.basic_publish(TOPIC, "orders.new", b"via-topic", mandatory=True)
    ch.basic_publish(HEADERS, "", b"via-headers", mandatory=True,
                     properties=pika.BasicProperties(headers={"color": "red", "size": 3}))
    try:
        ch.basic_publish(HEADERS, "", b"blue", mandatory=True,
                         properties=pika.BasicProperties(headers={"color": "blue", "size": 3}))
        fail("a non-matching headers message was routed")
    except pika.exceptions.UnroutableError:
        say("non-matching headers message unroutable")
    for queue, body in ((DURABLE_Q, b"via-topic"), (HEADERS_Q, b"via-headers")):
        method, _props, got = ch.basic_get(queue, auto_ack=True)
        if method is None or got != body:
            fail("%s: expected %r, got %r" % (queue, body, got))
        say("%s got %s" % (queue, got.decode()))
    # The binding to the transient queue did not come back.
    method, _props, got = ch.basic_get(DURABLE_Q, auto_ack=True)
    if method is not None:
        fail("%s: unexpected extra message %r" % (DURABLE_Q, got))
    say("verified")


def main(host, port, args):
    if not args or args[0] not in ("setup", "verify"):
        fail("usage: restart_definitions.py HOST PORT setup|verify")
    conn = connect(host, port)
    if args[0] == "setup":
        setup(conn)
    else:
        verify(conn)
    conn.close()


if __name__ == "__main__":
    run(main, 60)
