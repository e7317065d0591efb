#!/usr/bin/python3
"""pika cases for RabbitMQ streams over AMQP 0-9-1 (x-queue-type: stream):
declaration rules, the methods streams refuse, consumers starting at each
x-stream-offset spec (first, last, next, an offset, a timestamp, an interval),
the x-stream-offset header (a long), acks as credit, nacks ignored, every
consumer reading everything.

Every case also passes against rabbitmq-server 3.10.8 (run by hand:
`/usr/bin/python3 streams.py 127.0.0.1 5672 CASE`). Messages are published
with publisher confirms, one at a time, so each is its own chunk on both
brokers ("last" = the last chunk). Acks are sent with multiple=True: RabbitMQ
3.10 does not always resume a stream consumer after single acks sent from a
pika callback.
"""
import datetime
import time

import pika
import pika.exceptions

from interop_common import (CaseFailure, check, check_equal, connect,
                            expect_channel_closed, main, pump, pump_until, unique)


def declare_stream(ch, name, **arguments):
    args = {"x-queue-type": "stream"}
    args.update(arguments)
    return ch.queue_declare(name, durable=True, arguments=args)


def publish_each(ch, queue, bodies):
    """One confirmed publish per body: each its own chunk."""
    ch.confirm_delivery()
    for body in bodies:
        ch.basic_publish("", queue, body, pika.BasicProperties(headers={"n": body.decode()}))


def stream_with(bodies):
    conn = connect(HOST, PORT)
    ch = conn.channel()
    name = unique("stream")
    declare_stream(ch, name)
    publish_each(ch, name, bodies)
    return conn, ch, name


def consume(queue, offset, prefetch=100, seconds=1.0, expect=None):
    """A new connection's consumer at `offset`; returns [(body, x-stream-offset, redelivered)]."""
    conn = connect(HOST, PORT)
    ch = conn.channel()
    ch.basic_qos(prefetch_count=prefetch)
    got = []

    def on_message(_ch, method, props, body):
        got.append((body, (props.headers or {}).get("x-stream-offset"), method.redelivered, method.delivery_tag))

    args = {} if offset is None else {"x-stream-offset": offset}
    ch.basic_consume(queue, on_message, arguments=args)
    if expect is not None:
        pump_until(conn, lambda: len(got) >= expect, 10, "%d deliveries" % expect)
    pump(conn, seconds)
    return conn, ch, got


def offsets(got):
    return [o for (_, o, _, _) in got]


def delete(queue):
    conn = connect(HOST, PORT)
    conn.channel().queue_delete(queue)
    conn.close()


def declare_rules_follow_rabbitmq(host, port):
    conn = connect(host, port)
    name = unique("rules")
    cases = [
        (dict(durable=False), "invalid property 'non-durable' for queue '%s'"),
        (dict(durable=True, exclusive=True), "invalid property 'exclusive-owner' for queue '%s'"),
        (dict(durable=True, auto_delete=True), "invalid property 'auto-delete' for queue '%s'"),
        (dict(durable=True, arguments={"x-message-ttl": 1000}),
         "invalid arg 'x-message-ttl' for queue '%s' in vhost '/' of queue type rabbit_stream_queue"),
        (dict(durable=True, arguments={"x-max-length": 10}),
         "invalid arg 'x-max-length' for queue '%s' in vhost '/' of queue type rabbit_stream_queue"),
        (dict(durable=True, arguments={"x-max-age": "10ms"}),
         "invalid arg 'x-max-age' for queue '%s' in vhost '/': invalid_max_age"),
        (dict(durable=True, arguments={"x-max-age": 7}),
         "invalid arg 'x-max-age' for queue '%s' in vhost '/': {unacceptable_type,signedint}"),
    ]
    for kwargs, text in cases:
        ch = conn.channel()
        args = {"x-queue-type": "stream"}
        args.update(kwargs.pop("arguments", {}))
        expect_channel_closed(406, "PRECONDITION_FAILED - " + (text % name),
                              lambda: ch.queue_declare(name, arguments=args, **kwargs), str(kwargs))
    ch = conn.channel()
    retained = unique("retained")
    ok = declare_stream(ch, retained, **{"x-max-age": "7D", "x-max-length-bytes": 10_000_000,
                                        "x-stream-max-segment-size-bytes": 1_000_000})
    check_equal(ok.method.message_count, 0, "declare-ok message_count")
    ch.queue_delete(retained)
    declare_stream(ch, name)
    expect_channel_closed(406, "PRECONDITION_FAILED - inequivalent arg 'x-queue-type'",
                          lambda: ch.queue_declare(name, durable=True), "redeclare as a classic queue")
    ch = conn.channel()
    expect_channel_closed(406, "PRECONDITION_FAILED - Cannot declare a server-named queue for type rabbit_stream_queue",
                          lambda: declare_stream(ch, ""), "server-named stream")
    conn.channel().queue_delete(name)
    conn.close()


def consume_requires_a_prefetch_and_manual_acks(host, port):
    conn, ch, name = stream_with([b"a"])
    c2 = connect(host, port)
    ch2 = c2.channel()
    expect_channel_closed(406, "PRECONDITION_FAILED - consumer prefetch count is not set for 'queue '%s' in vhost '/''" % name,
                          lambda: ch2.basic_consume(name, lambda *a: None), "consume without basic.qos")
    ch2 = c2.channel()
    ch2.basic_qos(prefetch_count=5, global_qos=True)
    expect_channel_closed(406, "PRECONDITION_FAILED - consumer prefetch count is not set",
                          lambda: ch2.basic_consume(name, lambda *a: None), "consume with only a global prefetch")
    ch2 = c2.channel()
    ch2.basic_qos(prefetch_count=5)
    try:
        ch2.basic_consume(name, lambda *a: None, auto_ack=True)
        pump(c2, 0.5)
        raise CaseFailure("auto-ack consume on a stream was accepted")
    except pika.exceptions.ConnectionClosedByBroker as exc:
        check_equal(exc.reply_code, 540, "auto-ack reply code")
        check_equal(exc.reply_text, "NOT_IMPLEMENTED - automatic acknowledgement not supported by stream queues "
                    "queue '%s' in vhost '/'" % name, "auto-ack reply text")
    delete(name)
    conn.close()


def basic_get_and_purge_are_not_supported(host, port):
    conn, ch, name = stream_with([b"a"])
    for what, action in (("basic.get", lambda c: c.basic_get(name, auto_ack=False)),
                         ("queue.purge", lambda c: c.queue_purge(name))):
        c = connect(host, port)
        try:
            action(c.channel())
            raise CaseFailure("%s on a stream was accepted" % what)
        except pika.exceptions.ConnectionClosedByBroker as exc:
            check_equal(exc.reply_code, 540, what + " reply code")
            check_equal(exc.reply_text, "NOT_IMPLEMENTED - %s not supported by stream queues queue '%s' in vhost '/'"
                        % (what, name), what + " reply text")
    delete(name)
    conn.close()


def x_stream_offset_on_a_classic_queue_is_refused(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    name = unique("classic")
    ch.queue_declare(name, exclusive=True)
    ch.basic_qos(prefetch_count=1)
    expect_channel_closed(406, "PRECONDITION_FAILED - invalid arg 'x-stream-offset' for queue '%s' in vhost '/' "
                          "of queue type rabbit_classic_queue" % name,
                          lambda: ch.basic_consume(name, lambda *a: None, arguments={"x-stream-offset": "first"}),
                          "x-stream-offset on a classic queue")
    conn.close()


def bad_stream_offset_is_precondition_failed(host, port):
    conn, ch, name = stream_with([b"a"])
    c = connect(host, port)
    ch2 = c.channel()
    ch2.basic_qos(prefetch_count=5)
    expect_channel_closed(406, "PRECONDITION_FAILED - invalid arg 'x-stream-offset' for queue '%s' in vhost '/': "
                          "{invalid_stream_offset_arg,{longstr,<<\"5\">>}}" % name,
                          lambda: ch2.basic_consume(name, lambda *a: None, arguments={"x-stream-offset": "5"}),
                          "x-stream-offset '5'")
    delete(name)
    conn.close()


BODIES = [b"m0", b"m1", b"m2", b"m3", b"m4"]


def first_reads_everything_with_long_offsets(host, port):
    conn, ch, name = stream_with(BODIES)
    c, _, got = consume(name, "first", expect=5)
    check_equal([b for (b, _, _, _) in got], BODIES, "bodies from first")
    check_equal(offsets(got), [0, 1, 2, 3, 4], "x-stream-offset headers")
    for (_, o, redelivered, _) in got:
        check_equal(type(o).__name__, "long", "x-stream-offset header type (pika's 'l')")
        check(not redelivered, "stream deliveries are not redelivered")
    delete(name)
    conn.close()


def publisher_headers_are_kept_next_to_the_offset(host, port):
    conn, ch, name = stream_with([b"h"])
    c = connect(host, port)
    ch2 = c.channel()
    ch2.basic_qos(prefetch_count=1)
    seen = []
    ch2.basic_consume(name, lambda _c, m, p, b: seen.append((m, p)), arguments={"x-stream-offset": "first"})
    pump_until(c, lambda: seen, 10, "the delivery")
    method, props = seen[0]
    check_equal(props.headers.get("n"), b"h" if isinstance(props.headers.get("n"), bytes) else "h", "publisher header")
    check_equal(props.headers.get("x-stream-offset"), 0, "x-stream-offset")
    check_equal(method.exchange, "", "exchange")
    check_equal(method.routing_key, name, "routing key")
    delete(name)
    conn.close()


def last_starts_at_the_last_chunk(host, port):
    conn, ch, name = stream_with(BODIES)
    c, _, got = consume(name, "last", expect=1)
    check_equal(offsets(got), [4], "from last")
    delete(name)
    conn.close()


def next_waits_for_new_messages(host, port):
    conn, ch, name = stream_with(BODIES)
    c, _, got = consume(name, "next", seconds=0.5)
    check_equal(got, [], "nothing old from next")
    ch.basic_publish("", name, b"new")
    pump_until(c, lambda: got, 10, "the new message")
    check_equal([(b, o) for (b, o, _, _) in got], [(b"new", 5)], "the new message from next")
    delete(name)
    conn.close()


def default_offset_is_next(host, port):
    conn, ch, name = stream_with(BODIES)
    c, _, got = consume(name, None, seconds=0.5)
    check_equal(got, [], "nothing old without x-stream-offset")
    delete(name)
    conn.close()


def numeric_offset_starts_there(host, port):
    conn, ch, name = stream_with(BODIES)
    _, _, got = consume(name, 2, expect=3)
    check_equal(offsets(got), [2, 3, 4], "from offset 2")
    _, _, got = consume(name, 100, seconds=0.5)
    check_equal(got, [], "from an offset past the end")
    _, _, got = consume(name, -1, expect=5)
    check_equal(offsets(got), [0, 1, 2, 3, 4], "from a negative offset")
    delete(name)
    conn.close()


def timestamp_offset_starts_at_that_time(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    name = unique("stream")
    declare_stream(ch, name)
    publish_each(ch, name, [b"old0", b"old1"])
    time.sleep(2.1)  # AMQP timestamps have whole seconds
    since = datetime.datetime.utcfromtimestamp(int(time.time()))
    time.sleep(0.1)
    publish_each(ch, name, [b"new0", b"new1"])
    _, _, got = consume(name, since, expect=2)
    check_equal([b for (b, _, _, _) in got], [b"new0", b"new1"], "from a timestamp")
    _, _, got = consume(name, datetime.datetime.utcfromtimestamp(time.time() + 3600), seconds=0.5)
    check_equal(got, [], "from a timestamp in the future")
    _, _, got = consume(name, "1h", expect=4)
    check_equal(offsets(got), [0, 1, 2, 3], "from an interval ('1h' ago)")
    delete(name)
    conn.close()


def acks_return_credit(host, port):
    conn, ch, name = stream_with([b"c%d" % i for i in range(6)])
    c, ch2, got = consume(name, "first", prefetch=2, expect=2, seconds=0.5)
    check_equal(offsets(got), [0, 1], "prefetch 2 before any ack")
    ch2.basic_ack(got[-1][3], multiple=True)
    pump_until(c, lambda: len(got) >= 4, 10, "two more after the ack")
    pump(c, 0.3)
    check_equal(offsets(got), [0, 1, 2, 3], "prefetch 2 after acking two")
    ch2.basic_ack(got[-1][3], multiple=True)
    pump_until(c, lambda: len(got) >= 6, 10, "the rest")
    check_equal(offsets(got), [0, 1, 2, 3, 4, 5], "all after acking")
    delete(name)
    conn.close()


def nack_and_reject_close_the_connection(host, port):
    conn, ch, name = stream_with([b"a", b"b"])
    for what, settle in (("nack", lambda c, tag: c.basic_nack(tag, requeue=True)),
                         ("nack without requeue", lambda c, tag: c.basic_nack(tag, requeue=False)),
                         ("reject", lambda c, tag: c.basic_reject(tag, requeue=False))):
        c, ch2, got = consume(name, "first", prefetch=10, expect=2, seconds=0)
        try:
            settle(ch2, got[0][3])
            pump(c, 1.0)
            raise CaseFailure("%s on a stream delivery was accepted" % what)
        except pika.exceptions.ConnectionClosedByBroker as exc:
            check_equal(exc.reply_code, 540, what + " reply code")
            check_equal(exc.reply_text, "NOT_IMPLEMENTED - basic.nack and basic.reject not supported by stream "
                        "queues queue '%s' in vhost '/'" % name, what + " reply text")
    delete(name)
    conn.close()


def every_consumer_reads_everything(host, port):
    conn, ch, name = stream_with(BODIES)
    _, _, a = consume(name, "first", expect=5)
    _, _, b = consume(name, "first", expect=5)
    check_equal(offsets(a), [0, 1, 2, 3, 4], "first consumer")
    check_equal(offsets(b), [0, 1, 2, 3, 4], "second consumer")
    delete(name)
    conn.close()


def routed_through_an_exchange(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    name, ex = unique("stream"), unique("ex")
    declare_stream(ch, name)
    ch.exchange_declare(ex, "direct", auto_delete=True)
    ch.queue_bind(name, ex, "k")
    ch.confirm_delivery()
    ch.basic_publish(ex, "k", b"via-exchange")
    c = connect(host, port)
    ch2 = c.channel()
    ch2.basic_qos(prefetch_count=1)
    seen = []
    ch2.basic_consume(name, lambda _c, m, p, b: seen.append((m.exchange, m.routing_key, b)),
                      arguments={"x-stream-offset": "first"})
    pump_until(c, lambda: seen, 10, "the routed message")
    check_equal(seen[0], (ex, "k", b"via-exchange"), "exchange, routing key, body")
    ch.queue_delete(name)
    conn.close()


HOST, PORT = None, None

CASES = (
    declare_rules_follow_rabbitmq,
    consume_requires_a_prefetch_and_manual_acks,
    basic_get_and_purge_are_not_supported,
    x_stream_offset_on_a_classic_queue_is_refused,
    bad_stream_offset_is_precondition_failed,
    first_reads_everything_with_long_offsets,
    publisher_headers_are_kept_next_to_the_offset,
    last_starts_at_the_last_chunk,
    next_waits_for_new_messages,
    default_offset_is_next,
    numeric_offset_starts_there,
    timestamp_offset_starts_at_that_time,
    acks_return_credit,
    nack_and_reject_close_the_connection,
    every_consumer_reads_everything,
    routed_through_an_exchange,
)

if __name__ == "__main__":
    import sys
    if len(sys.argv) >= 3:
        HOST, PORT = sys.argv[1], int(sys.argv[2])
    sys.exit(main({c.__name__: c for c in CASES}))
