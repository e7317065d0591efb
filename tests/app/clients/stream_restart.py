"""A stream queue (x-queue-type: stream) across a clean restart of the broker,
in phases on broker runs that share one data directory (driven by
tests/app/tst_app_stream_restart.cpp).

  stream_restart.py HOST PORT PHASE

setup:  declares the durable stream "restart-stream" (x-max-age 7D), binds
        it to the durable direct exchange "restart-stream-x", publishes 50
        messages with confirms (each its own chunk), then 50 more in one
        batch, and reads them all once from "first" (acking), which removes
        nothing.
verify: all 100 are still there, in order, with x-stream-offset 0..99, for a
        consumer at "first" and again for another; "last" starts at the last
        chunk (the batch of 50 or part of it); a numeric offset starts there;
        a new message through the exchange gets offset 100 and reaches a
        consumer at "next"; the declaration is unchanged (406 on another
        x-max-age).

Prints one fact per line and "done"; "FAIL: <reason>" and exit 1 on failure.
Also passes against rabbitmq-server 3.10.8 restarted the same way.
"""
import sys
import time

import pika
import pika.exceptions

STREAM = "restart-stream"
EXCHANGE = "restart-stream-x"
ARGS = {"x-queue-type": "stream", "x-max-age": "7D"}


def fail(text):
    print("FAIL: " + text)
    sys.exit(1)


def connect(host, port):
    return pika.BlockingConnection(pika.ConnectionParameters(
        host=host, port=port, credentials=pika.PlainCredentials("guest", "guest"),
        connection_attempts=3, retry_delay=1, socket_timeout=10))


def read(conn, offset, want, prefetch=1000, seconds=1.0):
    ch = conn.channel()
    ch.basic_qos(prefetch_count=prefetch)
    got = []

    def on_message(c, method, props, body):
        got.append((body.decode(), props.headers["x-stream-offset"]))
        c.basic_ack(method.delivery_tag)

    tag = ch.basic_consume(STREAM, on_message, arguments={"x-stream-offset": offset})
    deadline = time.monotonic() + 15
    while len(got) < want and time.monotonic() < deadline:
        conn.process_data_events(0.1)
    conn.process_data_events(seconds)
    ch.basic_cancel(tag)
    ch.close()
    return got


def setup(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.queue_declare(STREAM, durable=True, arguments=ARGS)
    ch.exchange_declare(EXCHANGE, "direct", durable=True)
    ch.queue_bind(STREAM, EXCHANGE, "k")
    ch.confirm_delivery()
    for i in range(50):
        ch.basic_publish(EXCHANGE, "k", b"m%d" % i, pika.BasicProperties(delivery_mode=2))
    ch.close()
    batch = conn.channel()  # no confirms: published in as few chunks as the broker likes
    for i in range(50, 100):
        batch.basic_publish(EXCHANGE, "k", b"m%d" % i)
    batch.close()
    got = read(conn, "first", 100)
    if [o for _, o in got] != list(range(100)):
        fail("setup read %r" % [o for _, o in got][:20])
    print("setup: 100 messages, read once from first")
    conn.close()


def verify(host, port):
    conn = connect(host, port)
    for round_ in (1, 2):
        got = read(conn, "first", 100)
        if got != [("m%d" % i, i) for i in range(100)]:
            fail("round %d from first: %r" % (round_, got[:5]))
    print("first: offsets 0..99, twice")
    last = read(conn, "last", 1)
    offsets = [o for _, o in last]
    if not offsets or offsets[-1] != 99 or offsets[0] < 50 or offsets != list(range(offsets[0], 100)):
        fail("from last: %r" % offsets)
    print("last: starts at %d (the last chunk)" % offsets[0])
    at = read(conn, 90, 10)
    if [o for _, o in at] != list(range(90, 100)):
        fail("from 90: %r" % at)
    print("offset 90: 90..99")

    ch = conn.channel()
    ch.basic_qos(prefetch_count=10)
    fresh = []
    ch.basic_consume(STREAM, lambda c, m, p, b: fresh.append((b.decode(), p.headers["x-stream-offset"])),
                     arguments={"x-stream-offset": "next"})
    conn.process_data_events(0.5)
    pub = conn.channel()
    pub.confirm_delivery()
    pub.basic_publish(EXCHANGE, "k", b"after-restart")
    deadline = time.monotonic() + 10
    while not fresh and time.monotonic() < deadline:
        conn.process_data_events(0.1)
    if fresh != [("after-restart", 100)]:
        fail("next after the restart: %r" % fresh)
    print("next: the new message at offset 100, routed by the restored binding")
    try:
        conn.channel().queue_declare(STREAM, durable=True, arguments={"x-queue-type": "stream", "x-max-age": "1D"})
        fail("redeclare with another x-max-age was accepted")
    except pika.exceptions.ChannelClosedByBroker as exc:
        if exc.reply_code != 406:
            fail("redeclare: %r" % exc)
    print("declaration kept: 406 on another x-max-age")
    conn.channel().queue_delete(STREAM)
    conn.channel().exchange_delete(EXCHANGE)
    conn.close()
    print("done")


if __name__ == "__main__":
    host, port, phase = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    {"setup": setup, "verify": verify}[phase](host, port)
