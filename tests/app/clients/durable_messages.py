"""Persistent messages across restarts of the broker, in phases on broker runs
that share one data directory (driven by tests/app/tst_app_durable_messages.cpp).

  durable_messages.py HOST PORT CASE PHASE

Every phase prints one fact per line and exits 0, or prints "FAIL: <reason>"
and exits 1. Setup phases publish with publisher confirms, so everything they
published was accepted before the broker is stopped.

CASE order      setup:  200 persistent messages with properties and headers
                        (one empty body, one of 300 KiB) to a durable queue.
                verify: all 200 are back, in publish order, bodies and
                        properties intact; basic.get message_count counts down.
CASE mixed      setup:  persistent, transient (delivery-mode 1) and unmarked
                        messages interleaved in a durable queue; persistent
                        messages in a non-durable queue; transient ones in
                        another durable queue.
                verify: only the persistent messages of the durable queue are
                        back (in order); the non-durable queue is gone; the
                        transient-only durable queue exists and is empty.
CASE routing    setup:  durable direct exchange with an alternate-exchange
                        argument, an exchange-to-exchange binding from a durable
                        topic exchange, queue bindings; persistent messages
                        published through each path.
                verify: those messages are back in their queues, the
                        exchange's arguments are (406 on other ones), and new
                        publishes still take the same paths.
CASE acks       hold:   100 persistent messages; a consumer (prefetch 10) acks
                        the first 40 and keeps 40..49 delivered but unacked;
                        prints "holding", then waits until the broker closes
                        the connection (the test stops the broker meanwhile).
                verify: exactly messages 40..99 come back, in order, each with
                        redelivered=True; they are all acked.
                empty:  (after one more restart) the queue is empty: the acks
                        of recovered messages are durable too.
CASE getcount   setup:  30 persistent messages, the first 5 taken by basic.get
                        and acked.
                verify: basic.get returns 5..29 in order with message_count
                        24, 23, ... 0, then get-empty.
CASE settle     setup:  a purged queue (then 3 new messages), a deleted queue,
                        and a queue where messages were rejected / nacked
                        without requeue, rejected with requeue and acked.
                verify: the purge, the delete and each settlement held.
"""
import time

import pika
import pika.exceptions

from app_client_common import connect, fail, run, say

PERSISTENT = 2
TRANSIENT = 1


def persistent(**kw):
    return pika.BasicProperties(delivery_mode=PERSISTENT, **kw)


def confirmed_channel(conn):
    ch = conn.channel()
    ch.confirm_delivery()
    return ch


def expect_count(ch, queue, expected):
    ok = ch.queue_declare(queue, passive=True)
    got = ok.method.message_count
    if got != expected:
        fail("%s: message_count %d after restart, expected %d" % (queue, got, expected))
    say("%s message_count %d" % (queue, got))


def expect_missing(conn, queue):
    ch = conn.channel()
    try:
        ch.queue_declare(queue, passive=True)
    except pika.exceptions.ChannelClosedByBroker as exc:
        if exc.reply_code != 404:
            fail("passive declare %s: expected 404, got %d %s" % (queue, exc.reply_code, exc.reply_text))
        say("%s gone (404)" % queue)
        return
    fail("%s: a non-durable queue survived the restart" % queue)


def drain(ch, queue, expected_count, prefetch=100):
    """Consumes exactly expected_count messages with manual acks and returns
    them as (method, properties, body); then checks the queue is empty."""
    ch.basic_qos(prefetch_count=prefetch)
    got = []
    for method, props, body in ch.consume(queue, inactivity_timeout=10):
        if method is None:
            fail("%s: only %d of %d messages arrived (10 s without a delivery)" % (queue, len(got), expected_count))
        got.append((method, props, body))
        if len(got) == expected_count:
            break
        if len(got) % max(1, prefetch // 2) == 0:
            ch.basic_ack(delivery_tag=method.delivery_tag, multiple=True)
    if got:
        ch.basic_ack(delivery_tag=got[-1][0].delivery_tag, multiple=True)
    extra = ch.get_waiting_message_count()
    if extra:
        fail("%s: %d more messages than the %d expected were delivered" % (queue, extra, expected_count))
    ch.cancel()
    method, _props, body = ch.basic_get(queue, auto_ack=False)
    if method is not None:
        fail("%s: unexpected extra message %r after the expected %d" % (queue, body[:40], expected_count))
    return got


def bodies(messages):
    return [body for _m, _p, body in messages]


def expect_bodies(queue, got, expected):
    if got != expected:
        missing = [b for b in expected if b not in got]
        extra = [b for b in got if b not in expected]
        fail("%s: got %d messages, expected %d; missing %r, unexpected %r, first got %r" % (
            queue, len(got), len(expected), missing[:5], extra[:5], got[:5]))


def hold_until_broker_closes(conn, seconds):
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            conn.process_data_events(time_limit=1)
    except pika.exceptions.ConnectionClosedByBroker as exc:
        say("closed-by-broker %d %s" % (exc.reply_code, exc.reply_text))
        return
    except pika.exceptions.AMQPConnectionError as exc:
        say("connection lost %s" % type(exc).__name__)
        return
    fail("the broker did not close the connection within %d s" % seconds)


# ---------------------------------------------------------------- order

ORDER_Q = "dm.order"
ORDER_N = 200
BIG = 100      # this message's body is 300 KiB (several body frames)
EMPTY = 1      # this one's body is empty


def order_body(i):
    if i == EMPTY:
        return b""
    if i == BIG:
        return b"order-100:" + bytes(range(256)) * 1200
    return b"order-%03d" % i


def order_props(i):
    return persistent(content_type="text/plain", content_encoding="utf-8", message_id="id-%d" % i,
                      correlation_id="corr-%d" % (i % 7), reply_to="dm.replies", priority=i % 10,
                      timestamp=1700000000 + i, type="order", app_id="durable-test", expiration=None,
                      headers={"i": i, "name": "order %d" % i, "nested": {"even": i % 2 == 0},
                               "list": [i, "x"]})


def order_setup(conn):
    ch = confirmed_channel(conn)
    ch.queue_declare(ORDER_Q, durable=True)
    for i in range(ORDER_N):
        ch.basic_publish("", ORDER_Q, order_body(i), properties=order_props(i), mandatory=True)
    say("published %d persistent, confirmed" % ORDER_N)


def check_order_message(i, props, body):
    if body != order_body(i):
        fail("message %d: body differs (%d bytes, starts %r)" % (i, len(body), body[:20]))
    want = order_props(i)
    for field in ("delivery_mode", "content_type", "content_encoding", "message_id", "correlation_id",
                  "reply_to", "priority", "timestamp", "type", "app_id", "headers"):
        if getattr(props, field) != getattr(want, field):
            fail("message %d: property %s is %r, expected %r" % (i, field, getattr(props, field),
                                                                  getattr(want, field)))


def order_verify(conn):
    ch = conn.channel()
    expect_count(ch, ORDER_Q, ORDER_N)
    redelivered = 0
    # The first three by basic.get: message_count is what is left after each.
    for i in range(3):
        method, props, body = ch.basic_get(ORDER_Q, auto_ack=False)
        if method is None:
            fail("basic.get %d: get-empty right after a restart" % i)
        if method.message_count != ORDER_N - 1 - i:
            fail("basic.get %d: message_count %d, expected %d" % (i, method.message_count, ORDER_N - 1 - i))
        check_order_message(i, props, body)
        redelivered += bool(method.redelivered)
        ch.basic_ack(method.delivery_tag)
    say("basic.get message_count %d, %d, %d" % (ORDER_N - 1, ORDER_N - 2, ORDER_N - 3))
    rest = drain(ch, ORDER_Q, ORDER_N - 3, prefetch=50)
    for offset, (method, props, body) in enumerate(rest):
        check_order_message(offset + 3, props, body)
        redelivered += bool(method.redelivered)
    say("all %d back in publish order with bodies and properties intact" % ORDER_N)
    # Not asserted: RabbitMQ keeps redelivered=False for messages never
    # delivered before a clean restart; Warren marks every recovered message.
    say("redelivered flag on %d of %d" % (redelivered, ORDER_N))


# ---------------------------------------------------------------- mixed

MIXED_Q = "dm.mixed"
NONDURABLE_Q = "dm.nondurable"
TRANSIENT_ONLY_Q = "dm.transient-only"


def mixed_setup(conn):
    ch = confirmed_channel(conn)
    ch.queue_declare(MIXED_Q, durable=True)
    ch.queue_declare(NONDURABLE_Q, durable=False)
    ch.queue_declare(TRANSIENT_ONLY_Q, durable=True)
    for i in range(50):
        ch.basic_publish("", MIXED_Q, b"p-%d" % i, properties=persistent())
        ch.basic_publish("", MIXED_Q, b"t-%d" % i, properties=pika.BasicProperties(delivery_mode=TRANSIENT))
        ch.basic_publish("", MIXED_Q, b"n-%d" % i)  # no delivery-mode at all: transient
        ch.basic_publish("", NONDURABLE_Q, b"nd-%d" % i, properties=persistent())
        ch.basic_publish("", TRANSIENT_ONLY_Q, b"to-%d" % i, properties=pika.BasicProperties(delivery_mode=TRANSIENT))
    for q, n in ((MIXED_Q, 150), (NONDURABLE_Q, 50), (TRANSIENT_ONLY_Q, 50)):
        got = ch.queue_declare(q, passive=True).method.message_count
        if got != n:
            fail("before the restart %s holds %d, expected %d" % (q, got, n))
    say("published 50 persistent + 100 transient to %s, 50 persistent to %s, 50 transient to %s" % (
        MIXED_Q, NONDURABLE_Q, TRANSIENT_ONLY_Q))


def mixed_verify(conn):
    ch = conn.channel()
    expect_count(ch, MIXED_Q, 50)
    expect_bodies(MIXED_Q, bodies(drain(ch, MIXED_Q, 50)), [b"p-%d" % i for i in range(50)])
    say("%s: only the 50 persistent messages came back, in order" % MIXED_Q)
    expect_count(ch, TRANSIENT_ONLY_Q, 0)
    expect_missing(conn, NONDURABLE_Q)


# ---------------------------------------------------------------- routing

DIRECT_X = "dm.direct"
DIRECT_Q = "dm.direct-q"
TOPIC_X = "dm.topic"
TOPIC_Q = "dm.topic-q"
# Stored and compared on redeclare (RabbitMQ's exchange equivalence looks at
# this one argument). Warren does not route through alternate exchanges, so
# the test only checks that the argument itself survived.
DIRECT_ARGS = {"alternate-exchange": "dm.nowhere"}


def routing_publish(ch, tag):
    # topic --(#)--> direct --(k)--> dm.direct-q; topic --(k.*)--> dm.topic-q.
    ch.basic_publish(TOPIC_X, "k", b"via-e2e-" + tag, properties=persistent(), mandatory=True)
    ch.basic_publish(DIRECT_X, "k", b"direct-" + tag, properties=persistent(), mandatory=True)
    ch.basic_publish(TOPIC_X, "k.x", b"topic-" + tag, properties=persistent(), mandatory=True)


def routing_setup(conn):
    ch = confirmed_channel(conn)
    ch.exchange_declare(DIRECT_X, exchange_type="direct", durable=True, arguments=DIRECT_ARGS)
    ch.exchange_declare(TOPIC_X, exchange_type="topic", durable=True)
    ch.queue_declare(DIRECT_Q, durable=True)
    ch.queue_declare(TOPIC_Q, durable=True)
    ch.queue_bind(DIRECT_Q, DIRECT_X, routing_key="k")
    ch.queue_bind(TOPIC_Q, TOPIC_X, routing_key="k.*")
    ch.exchange_bind(destination=DIRECT_X, source=TOPIC_X, routing_key="#")
    routing_publish(ch, b"before")
    say("routed 3 persistent messages through an e2e binding and two queue bindings")


def routing_verify(conn):
    ch = conn.channel()
    expect_count(ch, DIRECT_Q, 2)
    expect_count(ch, TOPIC_Q, 1)
    # The exchange's arguments came back: an equal redeclare passes, another
    # alternate-exchange is refused with 406.
    ch.exchange_declare(DIRECT_X, exchange_type="direct", durable=True, arguments=DIRECT_ARGS)
    other = conn.channel()
    try:
        other.exchange_declare(DIRECT_X, exchange_type="direct", durable=True,
                               arguments={"alternate-exchange": "dm.elsewhere"})
        fail("%s: redeclare with another alternate-exchange accepted: its arguments were lost" % DIRECT_X)
    except pika.exceptions.ChannelClosedByBroker as exc:
        if exc.reply_code != 406:
            fail("%s: redeclare with other arguments: %d %s" % (DIRECT_X, exc.reply_code, exc.reply_text))
    say("%s arguments survived (equal redeclare ok, other alternate-exchange 406)" % DIRECT_X)
    cch = confirmed_channel(conn)
    try:
        routing_publish(cch, b"after")
    except pika.exceptions.UnroutableError:
        fail("a message was returned unroutable after the restart: a binding is lost")
    expect_bodies(DIRECT_Q, bodies(drain(ch, DIRECT_Q, 4)),
                  [b"via-e2e-before", b"direct-before", b"via-e2e-after", b"direct-after"])
    expect_bodies(TOPIC_Q, bodies(drain(ch, TOPIC_Q, 2)), [b"topic-before", b"topic-after"])
    say("messages and routes (exchange-to-exchange and queue bindings) survived")


# ---------------------------------------------------------------- acks

ACKS_Q = "dm.acks"
ACKS_N = 100
ACKED = 40
UNACKED = 10


def acks_hold(conn):
    ch = confirmed_channel(conn)
    ch.queue_declare(ACKS_Q, durable=True)
    for i in range(ACKS_N):
        ch.basic_publish("", ACKS_Q, b"%d" % i, properties=persistent())
    ch.basic_qos(prefetch_count=UNACKED)
    received = 0
    for method, _props, body in ch.consume(ACKS_Q, inactivity_timeout=10):
        if method is None:
            fail("only %d deliveries arrived" % received)
        if body != b"%d" % received:
            fail("delivery %d carries %r" % (received, body))
        if received < ACKED:
            ch.basic_ack(method.delivery_tag)
        received += 1
        if received == ACKED + UNACKED:
            break
    # A synchronous method on the same channel: the broker has handled the
    # acks before it answers. Prefetch keeps further deliveries back.
    ready = ch.queue_declare(ACKS_Q, passive=True).method.message_count
    if ready != ACKS_N - ACKED - UNACKED:
        fail("before the restart: %d ready, expected %d" % (ready, ACKS_N - ACKED - UNACKED))
    say("acked %d, holding %d unacked, %d ready" % (ACKED, UNACKED, ready))
    say("holding")
    hold_until_broker_closes(conn, 60)


def acks_verify(conn):
    ch = conn.channel()
    expect_count(ch, ACKS_Q, ACKS_N - ACKED)
    got = drain(ch, ACKS_Q, ACKS_N - ACKED)
    expect_bodies(ACKS_Q, bodies(got), [b"%d" % i for i in range(ACKED, ACKS_N)])
    # Redelivered: the 10 that had been delivered before the restart must
    # carry the flag (RabbitMQ 3.10 flags exactly these). Warren by design
    # marks *every* message recovered from disk redelivered (it records acks,
    # not deliveries; the flag is a hint that a message may have been seen),
    # so all 60 are expected to carry it here -- against RabbitMQ this second
    # check fails for 50..99.
    not_flagged = [body.decode() for method, _p, body in got if not method.redelivered]
    delivered_before = [b"%d" % i for i in range(ACKED, ACKED + UNACKED)]
    missed = [body.decode() for method, _p, body in got if body in delivered_before and not method.redelivered]
    if missed:
        fail("delivered before the restart but redelivered=False after it: %s" % ", ".join(missed))
    if not_flagged:
        fail("recovered messages without redelivered=True (Warren flags every recovered message): %s"
             % ", ".join(not_flagged[:20]))
    say("messages %d..%d back in order, all %d redelivered=True, acked" % (ACKED, ACKS_N - 1, len(got)))


def acks_empty(conn):
    ch = conn.channel()
    expect_count(ch, ACKS_Q, 0)
    method, _p, body = ch.basic_get(ACKS_Q, auto_ack=True)
    if method is not None:
        fail("acked after the first restart, yet %r came back after the second" % body)
    say("acks of recovered messages survived the second restart")


# ---------------------------------------------------------------- getcount

GET_Q = "dm.get"
GET_N = 30
GET_TAKEN = 5


def getcount_setup(conn):
    ch = confirmed_channel(conn)
    ch.queue_declare(GET_Q, durable=True)
    for i in range(GET_N):
        ch.basic_publish("", GET_Q, b"g-%d" % i, properties=persistent())
    for i in range(GET_TAKEN):
        method, _p, body = ch.basic_get(GET_Q, auto_ack=False)
        if method is None or body != b"g-%d" % i:
            fail("basic.get %d before the restart: %r" % (i, body))
        ch.basic_ack(method.delivery_tag)
    expect_count(ch, GET_Q, GET_N - GET_TAKEN)  # also: the acks were handled


def getcount_verify(conn):
    ch = conn.channel()
    expect_count(ch, GET_Q, GET_N - GET_TAKEN)
    counts = []
    for i in range(GET_TAKEN, GET_N):
        method, _p, body = ch.basic_get(GET_Q, auto_ack=False)
        if method is None:
            fail("basic.get: get-empty at message %d" % i)
        if body != b"g-%d" % i:
            fail("basic.get: got %r, expected g-%d" % (body, i))
        if method.message_count != GET_N - 1 - i:
            fail("basic.get of g-%d: message_count %d, expected %d" % (i, method.message_count, GET_N - 1 - i))
        counts.append(method.message_count)
        ch.basic_ack(method.delivery_tag)
    method, _p, body = ch.basic_get(GET_Q, auto_ack=False)
    if method is not None:
        fail("basic.get after the last message returned %r" % body)
    say("basic.get message_count %s then get-empty" % ", ".join(map(str, counts)))


# ---------------------------------------------------------------- settle

PURGED_Q = "dm.purged"
DELETED_Q = "dm.deleted"
SETTLED_Q = "dm.settled"


def settle_setup(conn):
    ch = confirmed_channel(conn)
    ch.queue_declare(PURGED_Q, durable=True)
    for i in range(20):
        ch.basic_publish("", PURGED_Q, b"before-purge-%d" % i, properties=persistent())
    purged = ch.queue_purge(PURGED_Q).method.message_count
    if purged != 20:
        fail("purge removed %d, expected 20" % purged)
    for i in range(3):
        ch.basic_publish("", PURGED_Q, b"after-purge-%d" % i, properties=persistent())

    ch.queue_declare(DELETED_Q, durable=True)
    for i in range(10):
        ch.basic_publish("", DELETED_Q, b"deleted-%d" % i, properties=persistent())
    ch.queue_delete(DELETED_Q)

    ch.queue_declare(SETTLED_Q, durable=True)
    for i in range(10):
        ch.basic_publish("", SETTLED_Q, b"m%d" % i, properties=persistent())
    gets = []
    for i in range(4):
        method, _p, body = ch.basic_get(SETTLED_Q, auto_ack=False)
        if method is None or body != b"m%d" % i:
            fail("basic.get %d: %r" % (i, body))
        gets.append(method.delivery_tag)
    ch.basic_reject(gets[0], requeue=False)               # m0: dropped
    ch.basic_nack(gets[1], multiple=False, requeue=False)  # m1: dropped
    ch.basic_reject(gets[2], requeue=True)                # m2: back at its place
    ch.basic_ack(gets[3])                                 # m3: acked
    expect_count(ch, SETTLED_Q, 7)  # synchronous: the settlements were handled
    say("purged %s (then 3 new), deleted %s, settled m0..m3 in %s" % (PURGED_Q, DELETED_Q, SETTLED_Q))


def settle_verify(conn):
    ch = conn.channel()
    expect_count(ch, PURGED_Q, 3)
    expect_bodies(PURGED_Q, bodies(drain(ch, PURGED_Q, 3)), [b"after-purge-%d" % i for i in range(3)])
    expect_missing(conn, DELETED_Q)
    ch = conn.channel()
    ch.queue_declare(DELETED_Q, durable=True)
    expect_count(ch, DELETED_Q, 0)
    expect_count(ch, SETTLED_Q, 7)
    expect_bodies(SETTLED_Q, bodies(drain(ch, SETTLED_Q, 7)),
                  [b"m2", b"m4", b"m5", b"m6", b"m7", b"m8", b"m9"])
    say("purge, delete, reject/nack without requeue, requeue and ack all held across the restart")


DELAYED_X = "durable-test-delayed"
DELAYED_Q = "durable-test-delayed-q"


def delayed_setup(conn):
    """A durable x-delayed-message exchange holds two persistent messages
    (due in 2.5 s and 60 s) and one transient one across the restart."""
    ch = confirmed_channel(conn)
    ch.exchange_declare(DELAYED_X, "x-delayed-message", durable=True, arguments={"x-delayed-type": "direct"})
    ch.queue_declare(DELAYED_Q, durable=True)
    ch.queue_bind(DELAYED_Q, DELAYED_X, "k")
    ch.basic_publish(DELAYED_X, "k", b"soon", persistent(headers={"x-delay": 2500}))
    ch.basic_publish(DELAYED_X, "k", b"later", persistent(headers={"x-delay": 60000}))
    ch.basic_publish(DELAYED_X, "k", b"transient", pika.BasicProperties(headers={"x-delay": 2500}))
    expect_count(ch, DELAYED_Q, 0)
    say("scheduled 3 delayed messages")


def delayed_verify(conn):
    ch = conn.channel()
    deadline = time.monotonic() + 15
    while ch.queue_declare(DELAYED_Q, durable=True, passive=True).method.message_count < 1:
        if time.monotonic() > deadline:
            fail("the persistent delayed message did not arrive after the restart")
        time.sleep(0.1)
    time.sleep(3.0)  # the transient one would have arrived by now too, had it survived
    got = drain(ch, DELAYED_Q, 1)
    expect_bodies(DELAYED_Q, bodies(got), [b"soon"])
    expect_count(ch, DELAYED_Q, 0)  # "later" is still scheduled
    say("the due persistent delayed message arrived after the restart; the transient one is gone")


CASES = {
    ("delayed", "setup"): delayed_setup, ("delayed", "verify"): delayed_verify,
    ("order", "setup"): order_setup, ("order", "verify"): order_verify,
    ("mixed", "setup"): mixed_setup, ("mixed", "verify"): mixed_verify,
    ("routing", "setup"): routing_setup, ("routing", "verify"): routing_verify,
    ("acks", "hold"): acks_hold, ("acks", "verify"): acks_verify, ("acks", "empty"): acks_empty,
    ("getcount", "setup"): getcount_setup, ("getcount", "verify"): getcount_verify,
    ("settle", "setup"): settle_setup, ("settle", "verify"): settle_verify,
}


def main(host, port, args):
    if len(args) != 2 or tuple(args) not in CASES:
        fail("usage: durable_messages.py HOST PORT CASE PHASE; known: %s" % sorted(CASES))
    conn = connect(host, port)
    CASES[tuple(args)](conn)
    if conn.is_open:
        conn.close()
    say("done")


if __name__ == "__main__":
    run(main, 80)
