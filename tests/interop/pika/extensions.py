#!/usr/bin/python3
"""pika cases for RabbitMQ's extensions: dead-lettering (x-death checked field
by field), TTL, length limits and overflow, priority queues, consumer
priorities, single active consumer, alternate exchanges, x-expires, delivery
limit, and Warren's de-duplication window.

The RabbitMQ-defined cases pass against rabbitmq-server 3.10 as well (run by
hand: `python3 extensions.py 127.0.0.1 5672 CASE`); the two Warren-only ones
(delivery limit on a classic queue, de-duplication) say so and are skipped
there.
"""
import datetime
import time

import pika
import pika.exceptions

from interop_common import (CaseFailure, CaseSkipped, check, check_equal, connect,
                            main, message_count, pump, pump_until, unique)


def is_warren(conn):
    props = conn._impl.server_properties or {}
    product = props.get("product", b"")
    if isinstance(product, bytes):
        product = product.decode()
    return product == "Warren"


def get_one(ch, queue, what):
    method, props, body = ch.basic_get(queue, auto_ack=True)
    check(method is not None, "%s: queue %s is empty" % (what, queue))
    return method, props, body


def header_text(value):
    return value.decode() if isinstance(value, bytes) else value


def dead_letter_on_reject_records_x_death(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    dlx, dlq, src = unique("dlx"), unique("dlq"), unique("src")
    ch.exchange_declare(dlx, "direct", auto_delete=True)
    ch.queue_declare(dlq, exclusive=True)
    ch.queue_bind(dlq, dlx, "dead")
    ch.queue_declare(src, exclusive=True, arguments={
        "x-dead-letter-exchange": dlx, "x-dead-letter-routing-key": "dead"})
    ch.basic_publish("", src, b"payload", pika.BasicProperties(
        headers={"app": "orders", "n": 7}, message_id="m-1", content_type="text/plain"))

    method, _, _ = ch.basic_get(src, auto_ack=False)
    check(method is not None, "message not in the source queue")
    ch.basic_reject(method.delivery_tag, requeue=False)
    pump_until(conn, lambda: message_count(conn, dlq) == 1, 5, "the dead letter")

    method, props, body = get_one(ch, dlq, "dead letter")
    check_equal(body, b"payload", "dead-lettered body")
    check_equal(method.exchange, dlx, "delivered from exchange")
    check_equal(method.routing_key, "dead", "routing key after x-dead-letter-routing-key")
    check_equal(props.message_id, "m-1", "message_id kept")
    check_equal(props.content_type, "text/plain", "content_type kept")
    h = props.headers
    check_equal(header_text(h.get("app")), "orders", "the publisher's own header kept")
    check_equal(h.get("n"), 7, "the publisher's integer header kept")
    deaths = h.get("x-death")
    check(isinstance(deaths, list) and len(deaths) == 1, "x-death: %r" % (deaths,))
    d = deaths[0]
    check_equal(d.get("count"), 1, "x-death count")
    check_equal(header_text(d.get("reason")), "rejected", "x-death reason")
    check_equal(header_text(d.get("queue")), src, "x-death queue")
    check_equal(header_text(d.get("exchange")), "", "x-death exchange (the default exchange)")
    check_equal([header_text(k) for k in d.get("routing-keys")], [src], "x-death routing-keys")
    check(isinstance(d.get("time"), datetime.datetime), "x-death time is a timestamp: %r" % (d.get("time"),))
    check("original-expiration" not in d, "no original-expiration without a per-message TTL")
    check_equal(header_text(h.get("x-first-death-reason")), "rejected", "x-first-death-reason")
    check_equal(header_text(h.get("x-first-death-queue")), src, "x-first-death-queue")
    check_equal(header_text(h.get("x-first-death-exchange")), "", "x-first-death-exchange")
    if "x-last-death-reason" in h:  # RabbitMQ 3.10 does not set x-last-death-*; Warren does (3.13 does)
        check_equal(header_text(h.get("x-last-death-reason")), "rejected", "x-last-death-reason")
        check_equal(header_text(h.get("x-last-death-queue")), src, "x-last-death-queue")
    conn.close()


def dead_letter_twice_raises_count(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    dlx, dlq, src = unique("dlx"), unique("dlq"), unique("src")
    ch.exchange_declare(dlx, "fanout", auto_delete=True)
    ch.queue_declare(dlq, exclusive=True)
    ch.queue_bind(dlq, dlx, "")
    ch.queue_declare(src, exclusive=True, arguments={"x-dead-letter-exchange": dlx})
    ch.basic_publish("", src, b"m")
    for round_ in (1, 2):
        method, _, _ = ch.basic_get(src, auto_ack=False)
        check(method is not None, "round %d: nothing in the source queue" % round_)
        ch.basic_nack(method.delivery_tag, requeue=False)
        pump_until(conn, lambda: message_count(conn, dlq) == 1, 5, "the dead letter")
        method, props, body = get_one(ch, dlq, "dead letter")
        if round_ == 1:  # move it back, as a user does from the monitor
            ch.basic_publish("", src, body, props)
    deaths = props.headers["x-death"]
    check_equal(len(deaths), 1, "x-death entries for one queue and reason")
    check_equal(deaths[0]["count"], 2, "x-death count after two rejections")
    conn.close()


def ttl_expiry_dead_letters_with_reason_expired(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    dlx, dlq, src = unique("dlx"), unique("dlq"), unique("ttl")
    ch.exchange_declare(dlx, "fanout", auto_delete=True)
    ch.queue_declare(dlq, exclusive=True)
    ch.queue_bind(dlq, dlx, "")
    ch.queue_declare(src, exclusive=True, arguments={"x-message-ttl": 300, "x-dead-letter-exchange": dlx})
    ch.basic_publish("", src, b"queue-ttl")
    ch.basic_publish("", src, b"message-ttl", pika.BasicProperties(expiration="100"))
    check_equal(message_count(conn, src), 2, "depth before the TTL")
    pump_until(conn, lambda: message_count(conn, dlq) == 2, 5, "both messages to expire")
    check_equal(message_count(conn, src), 0, "depth after the TTL")
    _, p1, b1 = get_one(ch, dlq, "first expired")
    _, p2, b2 = get_one(ch, dlq, "second expired")
    check_equal((b1, b2), (b"queue-ttl", b"message-ttl"), "expired in queue order")
    check_equal(header_text(p1.headers["x-death"][0]["reason"]), "expired", "x-death reason")
    check("original-expiration" not in p1.headers["x-death"][0], "no original-expiration for a queue TTL")
    check_equal(header_text(p2.headers["x-death"][0]["original-expiration"]), "100", "original-expiration")
    check_equal(p2.expiration, None, "expiration property removed from the dead letter")
    conn.close()


def per_message_ttl_expires_without_dead_letter_exchange(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("ttl")
    ch.queue_declare(q, exclusive=True)
    ch.basic_publish("", q, b"short", pika.BasicProperties(expiration="150"))
    ch.basic_publish("", q, b"keeps")
    pump(conn, 0.5)
    method, _, body = ch.basic_get(q, auto_ack=True)
    check(method is not None, "the message without expiration is gone too")
    check_equal(body, b"keeps", "the expired head message was dropped")
    conn.close()


def priority_queue_delivers_highest_first(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("prio")
    ch.queue_declare(q, exclusive=True, arguments={"x-max-priority": 10})
    for body, prio in ((b"low-1", 1), (b"mid-1", 5), (b"high", 9), (b"mid-2", 5), (b"none", None),
                       (b"over-max", 200), (b"low-2", 1)):
        ch.basic_publish("", q, body, pika.BasicProperties(priority=prio))
    got = []
    while True:
        method, _, body = ch.basic_get(q, auto_ack=True)
        if method is None:
            break
        got.append(body)
    check_equal(got, [b"over-max", b"high", b"mid-1", b"mid-2", b"low-1", b"low-2", b"none"],
                "delivery order (priority, then FIFO; above the maximum (10) counts as 10)")
    conn.close()


def reject_publish_overflow_nacks(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("full")
    ch.queue_declare(q, exclusive=True, arguments={"x-max-length": 2, "x-overflow": "reject-publish"})
    ch.basic_publish("", q, b"1")
    ch.basic_publish("", q, b"2")
    try:
        ch.basic_publish("", q, b"3")
        raise CaseFailure("the third publish was acked, not nacked")
    except pika.exceptions.NackError:
        pass
    check_equal(message_count(conn, q), 2, "depth with reject-publish")
    ch.basic_get(q, auto_ack=True)
    ch.basic_publish("", q, b"4")  # room again: acked
    got = [ch.basic_get(q, auto_ack=True)[2] for _ in range(2)]
    check_equal(got, [b"2", b"4"], "queue contents")
    conn.close()


def max_length_drop_head_keeps_newest(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("drop")
    ch.queue_declare(q, exclusive=True, arguments={"x-max-length": 2})
    for i in range(1, 6):
        ch.basic_publish("", q, b"%d" % i)
    check_equal(message_count(conn, q), 2, "depth with x-max-length 2")
    got = [ch.basic_get(q, auto_ack=True)[2] for _ in range(2)]
    check_equal(got, [b"4", b"5"], "the newest two are kept")
    conn.close()


def alternate_exchange_takes_unroutable(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    ae, main_ex, lost = unique("ae"), unique("main"), unique("unrouted")
    ch.exchange_declare(ae, "fanout", auto_delete=True)
    ch.queue_declare(lost, exclusive=True)
    ch.queue_bind(lost, ae, "")
    ch.exchange_declare(main_ex, "direct", auto_delete=True, arguments={"alternate-exchange": ae})
    # Mandatory: routed by the alternate exchange, so no basic.return.
    ch.basic_publish(main_ex, "nobody-binds-this", b"stray", mandatory=True)
    method, _, body = get_one(ch, lost, "alternate exchange queue")
    check_equal(body, b"stray", "body via the alternate exchange")
    check_equal(method.exchange, main_ex, "exchange the message was published to")
    check_equal(method.routing_key, "nobody-binds-this", "routing key kept")
    conn.close()


def consumer_priority_prefers_higher(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("cprio")
    ch.queue_declare(q, exclusive=True)
    high_ch, low_ch = conn.channel(), conn.channel()
    high_ch.basic_qos(prefetch_count=2)
    got = []
    high_ch.basic_consume(q, lambda c, m, p, b: got.append(("high", b)), arguments={"x-priority": 10})
    low_ch.basic_consume(q, lambda c, m, p, b: got.append(("low", b)))
    for i in range(5):
        ch.basic_publish("", q, b"%d" % i)
    pump_until(conn, lambda: len(got) == 5, 5, "five deliveries")
    check_equal([who for who, _ in got].count("high"), 2, "deliveries to the high-priority consumer (prefetch 2)")
    check_equal([who for who, _ in got[:2]], ["high", "high"], "the high-priority consumer goes first")
    conn.close()


def single_active_consumer_fails_over(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("sac")
    ch.queue_declare(q, exclusive=True, arguments={"x-single-active-consumer": True})
    first_ch, second_ch = conn.channel(), conn.channel()
    got = []
    tag1 = first_ch.basic_consume(q, lambda c, m, p, b: got.append(("first", b)), auto_ack=True)
    second_ch.basic_consume(q, lambda c, m, p, b: got.append(("second", b)), auto_ack=True)
    for i in range(3):
        ch.basic_publish("", q, b"a%d" % i)
    pump_until(conn, lambda: len(got) == 3, 5, "three deliveries")
    check_equal({who for who, _ in got}, {"first"}, "only the active consumer receives")
    first_ch.basic_cancel(tag1)
    for i in range(2):
        ch.basic_publish("", q, b"b%d" % i)
    pump_until(conn, lambda: len(got) == 5, 5, "deliveries after failover")
    check_equal([who for who, _ in got[3:]], ["second", "second"], "the next consumer takes over")
    conn.close()


def unused_queue_expires(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    q = unique("expires")
    ch.queue_declare(q, arguments={"x-expires": 400})
    # A declaration (passive too) renews the lease, as on RabbitMQ: wait
    # without touching the queue, then look.
    time.sleep(0.2)
    check_equal(message_count(conn, q), 0, "queue exists before its expiry period")
    time.sleep(1.0)
    probe = conn.channel()
    try:
        probe.queue_declare(q, passive=True)
    except pika.exceptions.ChannelClosedByBroker as exc:
        check_equal(exc.reply_code, 404, "passive declare of an expired queue")
        conn.close()
        return
    raise CaseFailure("queue with x-expires 400 still exists after 1 s unused")


def delivery_limit_dead_letters(host, port):
    conn = connect(host, port)
    if not is_warren(conn):
        raise CaseSkipped("x-delivery-limit on a classic queue is a Warren extension")
    ch = conn.channel()
    ch.confirm_delivery()
    dlx, dlq, src = unique("dlx"), unique("dlq"), unique("limit")
    ch.exchange_declare(dlx, "fanout", auto_delete=True)
    ch.queue_declare(dlq, exclusive=True)
    ch.queue_bind(dlq, dlx, "")
    ch.queue_declare(src, exclusive=True, arguments={"x-delivery-limit": 1, "x-dead-letter-exchange": dlx})
    ch.basic_publish("", src, b"poison")
    deliveries = 0
    for _ in range(2):
        method, _, _ = ch.basic_get(src, auto_ack=False)
        check(method is not None, "delivery %d missing" % (deliveries + 1))
        deliveries += 1
        ch.basic_nack(method.delivery_tag, requeue=True)
    pump_until(conn, lambda: message_count(conn, dlq) == 1, 5, "the dead letter")
    check_equal(message_count(conn, src), 0, "source queue after the limit")
    _, props, _ = get_one(ch, dlq, "dead letter")
    check_equal(header_text(props.headers["x-death"][0]["reason"]), "delivery_limit", "x-death reason")
    conn.close()


def deduplication_drops_resent_message_id(host, port):
    conn = connect(host, port)
    if not is_warren(conn):
        raise CaseSkipped("x-deduplication-window is a Warren extension")
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("dedup")
    ch.queue_declare(q, exclusive=True, arguments={"x-deduplication-window": 100})
    props = pika.BasicProperties(message_id="order-42", delivery_mode=2)
    ch.basic_publish("", q, b"first", props)
    ch.basic_publish("", q, b"retry after a lost confirm", props)  # confirmed (acked), not queued
    ch.basic_publish("", q, b"other", pika.BasicProperties(message_id="order-43"))
    check_equal(message_count(conn, q), 2, "depth after a re-sent message-id")
    got = [ch.basic_get(q, auto_ack=True)[2] for _ in range(2)]
    check_equal(got, [b"first", b"other"], "queue contents")
    conn.close()


def delayed_message_arrives_after_its_delay(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    ex, q = unique("delayed"), unique("delayed-q")
    try:
        ch.exchange_declare(ex, "x-delayed-message", auto_delete=True, arguments={"x-delayed-type": "direct"})
    except pika.exceptions.ChannelClosedByBroker as exc:
        raise CaseSkipped("no x-delayed-message exchange type here (%d %s)" % (exc.reply_code, exc.reply_text))
    ch.queue_declare(q, exclusive=True)
    ch.queue_bind(q, ex, "k")
    sent = time.monotonic()
    ch.basic_publish(ex, "k", b"later", pika.BasicProperties(headers={"x-delay": 800}))
    ch.basic_publish(ex, "k", b"now")  # no x-delay: routed at once
    check_equal(message_count(conn, q), 1, "only the undelayed message is there at first")
    _, _, body = get_one(ch, q, "undelayed message")
    check_equal(body, b"now", "undelayed body")
    time.sleep(0.4)
    check_equal(message_count(conn, q), 0, "the delayed message is not there before its delay")
    pump_until(conn, lambda: message_count(conn, q) == 1, 5, "the delayed message")
    elapsed = time.monotonic() - sent
    check(elapsed >= 0.8, "the delayed message arrived after %.3f s, before its 0.8 s delay" % elapsed)
    _, props, body = get_one(ch, q, "delayed message")
    check_equal(body, b"later", "delayed body")
    check_equal(props.headers.get("x-delay"), -800, "x-delay is negated on delivery (as the plugin does)")

    bad = conn.channel()
    try:
        bad.exchange_declare(unique("no-type"), "x-delayed-message", auto_delete=True)
        raise CaseFailure("x-delayed-message without x-delayed-type was accepted")
    except pika.exceptions.ChannelClosedByBroker as exc:
        check_equal(exc.reply_code, 406, "declare without x-delayed-type")
    conn.close()


def direct_reply_to_rpc(host, port):
    client, server = connect(host, port), connect(host, port)
    sch = server.channel()
    rpc_q = unique("rpc")
    sch.queue_declare(rpc_q, exclusive=True)
    requests = []
    sch.basic_consume(rpc_q, lambda c, m, p, b: requests.append((p, b)), auto_ack=True)

    cch = client.channel()
    # Publishing with the pseudo reply-to before consuming from it: 406.
    cch.confirm_delivery()  # so that the publish waits for the broker's answer
    try:
        cch.basic_publish("", rpc_q, b"too early", pika.BasicProperties(reply_to="amq.rabbitmq.reply-to"))
        raise CaseFailure("publish with reply_to amq.rabbitmq.reply-to and no reply consumer was accepted")
    except pika.exceptions.ChannelClosedByBroker as exc:
        check_equal(exc.reply_code, 406, "publish without a reply consumer")
    cch = client.channel()
    try:
        cch.basic_consume("amq.rabbitmq.reply-to", lambda *a: None, auto_ack=False)
        raise CaseFailure("a reply consumer with manual acks was accepted")
    except pika.exceptions.ChannelClosedByBroker as exc:
        check_equal(exc.reply_code, 406, "reply consumer with manual acks")

    cch = client.channel()
    replies = []
    cch.basic_consume("amq.rabbitmq.reply-to", lambda c, m, p, b: replies.append((p, b)), auto_ack=True)
    for i in range(3):
        cch.basic_publish("", rpc_q, b"request-%d" % i,
                          pika.BasicProperties(reply_to="amq.rabbitmq.reply-to", correlation_id="c%d" % i))
    pump_until(server, lambda: len(requests) == 3, 5, "three requests")
    for props, body in requests:
        check(props.reply_to.startswith("amq.rabbitmq.reply-to."),
              "reply_to was not rewritten to the channel's reply name: %r" % props.reply_to)
        sch.basic_publish("", props.reply_to, b"reply to " + body,
                          pika.BasicProperties(correlation_id=props.correlation_id))
    pump_until(client, lambda: len(replies) == 3, 5, "three replies")
    check_equal(sorted((p.correlation_id, b) for p, b in replies),
                [("c%d" % i, b"reply to request-%d" % i) for i in range(3)], "replies")
    client.close()
    # The requester is gone: a late reply is dropped, the responder is unharmed.
    sch.basic_publish("", requests[0][0].reply_to, b"late")
    check_equal(message_count(server, rpc_q), 0, "responder still works")
    server.close()


if __name__ == "__main__":
    raise SystemExit(main({f.__name__: f for f in (
        dead_letter_on_reject_records_x_death,
        dead_letter_twice_raises_count,
        ttl_expiry_dead_letters_with_reason_expired,
        per_message_ttl_expires_without_dead_letter_exchange,
        priority_queue_delivers_highest_first,
        reject_publish_overflow_nacks,
        max_length_drop_head_keeps_newest,
        alternate_exchange_takes_unroutable,
        consumer_priority_prefers_higher,
        single_active_consumer_fails_over,
        unused_queue_expires,
        delivery_limit_dead_letters,
        deduplication_drops_resent_message_id,
        delayed_message_arrives_after_its_delay,
        direct_reply_to_rpc,
    )}))
