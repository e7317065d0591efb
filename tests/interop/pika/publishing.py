#!/usr/bin/python3
"""pika publishing cases: confirms, mandatory returns, big bodies, properties, tx."""
import datetime
import decimal
import os
import sys

import pika
import pika.exceptions

from interop_common import (CaseFailure, check, check_equal, connect, expect_channel_closed,
                            main, message_count, unique)


def confirms_all_acked(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("confirms")
    ch.queue_declare(q, auto_delete=False)
    count = 500
    for i in range(count):
        # In confirm mode BlockingChannel.basic_publish waits for the ack and
        # raises NackError/UnroutableError otherwise.
        ch.basic_publish("", q, b"m%d" % i,
                         pika.BasicProperties(delivery_mode=2 if i % 2 else 1))
    check_equal(message_count(conn, q), count, "queue depth after confirmed publishes")
    ch.queue_delete(q)
    conn.close()


def mandatory_unroutable_is_returned(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    key = unique("nowhere")
    try:
        ch.basic_publish("amq.direct", key, b"lost", mandatory=True)
    except pika.exceptions.UnroutableError as exc:
        check_equal(len(exc.messages), 1, "returned message count")
        returned = exc.messages[0]
        check_equal(returned.method.reply_code, 312, "basic.return reply code")
        check_equal(returned.method.reply_text, "NO_ROUTE", "basic.return reply text")
        check_equal(returned.method.exchange, "amq.direct", "basic.return exchange")
        check_equal(returned.method.routing_key, key, "basic.return routing key")
        check_equal(returned.body, b"lost", "returned body")
    else:
        raise CaseFailure("mandatory unroutable publish was acked without a basic.return")
    # Without mandatory the same publish is simply confirmed and dropped.
    ch.basic_publish("amq.direct", key, b"dropped", mandatory=False)
    # The channel is still usable afterwards.
    q = unique("after-return")
    ch.queue_declare(q, exclusive=True)
    ch.basic_publish("", q, b"ok", mandatory=True)
    check_equal(message_count(conn, q), 1, "depth after routable mandatory publish")
    conn.close()


def large_body_round_trips(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("large")
    ch.queue_declare(q, exclusive=True)
    body = os.urandom(1024 * 1024)
    ch.basic_publish("", q, body)
    method, props, got = ch.basic_get(q, auto_ack=True)
    check(method is not None, "basic.get returned get-empty for the 1 MiB message")
    check_equal(len(got), len(body), "body length")
    check(got == body, "1 MiB body differs after the round trip")
    # An empty body round-trips too (no body frame on the wire).
    ch.basic_publish("", q, b"")
    method, props, got = ch.basic_get(q, auto_ack=True)
    check(method is not None, "basic.get returned get-empty for the empty message")
    check_equal(got, b"", "empty body")
    conn.close()


HEADERS = {
    "string": "h\u00e9llo w\u00f6rld",
    "int32": -123456,
    "int32_max": 2 ** 31 - 1,
    "int64": 2 ** 40 + 7,
    "bool_true": True,
    "bool_false": False,
    "bytes": b"\x00\x01\xfe\xff",
    "decimal": decimal.Decimal("3.14"),
    "timestamp": datetime.datetime(2024, 1, 2, 3, 4, 5),
    "void": None,
    "array": [1, "two", [3, [4]], {"k": "v"}, True, None],
    "table": {"inner": {"deep": 1, "arr": [True, "x"], "empty": {}}, "s": "x"},
    "empty_array": [],
}


def headers_and_properties_round_trip(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("headers")
    ch.queue_declare(q, exclusive=True)
    sent = pika.BasicProperties(
        content_type="application/json", content_encoding="identity", headers=HEADERS,
        delivery_mode=2, priority=5, correlation_id="corr-1", reply_to="reply-q",
        expiration="600000", message_id="msg-1", timestamp=1700000000, type="kind",
        user_id="guest", app_id="interop")
    ch.basic_publish("", q, b"{}", sent)

    received = []

    def on_message(channel, method, props, body):
        received.append((method, props, body))
        channel.basic_ack(method.delivery_tag)

    ch.basic_consume(q, on_message)
    while not received:
        conn.process_data_events(time_limit=0.1)
    method, props, body = received[0]
    check_equal(body, b"{}", "body")
    for key, value in HEADERS.items():
        check(key in (props.headers or {}), "header %r missing from the delivery" % key)
        check_equal(props.headers[key], value, "header %r" % key)
    check_equal(sorted(props.headers), sorted(HEADERS), "header keys")
    for field in ("content_type", "content_encoding", "delivery_mode", "priority",
                  "correlation_id", "reply_to", "expiration", "message_id", "timestamp",
                  "type", "user_id", "app_id"):
        check_equal(getattr(props, field), getattr(sent, field), "property %s" % field)
    check_equal(props.cluster_id, None, "property cluster_id")
    conn.close()


def tx_rollback_discards_and_commit_delivers(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    q = unique("tx")
    ch.queue_declare(q, exclusive=True)
    ch.tx_select()
    ch.basic_publish("", q, b"rolled-back")
    check_equal(message_count(conn, q), 0, "depth before rollback (uncommitted publish visible)")
    ch.tx_rollback()
    ch.basic_publish("", q, b"committed-1")
    ch.basic_publish("", q, b"committed-2")
    check_equal(message_count(conn, q), 0, "depth before commit (uncommitted publish visible)")
    ch.tx_commit()
    check_equal(message_count(conn, q), 2, "depth after commit")
    bodies = []
    for _ in range(2):
        method, _, body = ch.basic_get(q, auto_ack=False)
        check(method is not None, "get-empty after commit")
        bodies.append(body)
        ch.basic_ack(method.delivery_tag)
    check_equal(bodies, [b"committed-1", b"committed-2"], "committed bodies")
    # Acks are transactional too: roll them back and the messages stay unacked.
    ch.tx_commit()
    ch.basic_publish("", q, b"third")
    ch.tx_commit()
    method, _, body = ch.basic_get(q, auto_ack=False)
    check_equal(body, b"third", "body after second commit")
    ch.basic_ack(method.delivery_tag)
    ch.tx_rollback()
    ch.basic_recover(requeue=True)
    method, _, body = ch.basic_get(q, auto_ack=True)
    check(method is not None, "rolled-back ack should leave the message in the queue")
    check_equal(body, b"third", "body after rolled-back ack")
    check_equal(method.redelivered, True, "redelivered after rolled-back ack + recover")
    conn.close()


def confirm_and_tx_exclude_each_other(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.tx_select()
    expect_channel_closed(406, "PRECONDITION_FAILED", ch.confirm_delivery,
                          "confirm.select on a tx channel")
    ch = conn.channel()
    ch.confirm_delivery()
    expect_channel_closed(406, "PRECONDITION_FAILED", ch.tx_select,
                          "tx.select on a confirm channel")
    conn.close()


CASES = {f.__name__: f for f in (
    confirms_all_acked, mandatory_unroutable_is_returned, large_body_round_trips,
    headers_and_properties_round_trip, tx_rollback_discards_and_commit_delivers,
    confirm_and_tx_exclude_each_other)}

if __name__ == "__main__":
    sys.exit(main(CASES))
