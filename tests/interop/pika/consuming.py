#!/usr/bin/python3
"""pika consuming cases: get, qos, nack/reject, cancel, recover, flow."""
import sys

import pika
import pika.exceptions

from interop_common import (CaseFailure, CaseSkipped, check, check_equal, connect,
                            main, message_count, pump, pump_until, unique)


def publish_all(ch, queue, bodies):
    for body in bodies:
        ch.basic_publish("", queue, body)


def get_returns_messages_then_get_empty(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("get")
    ch.queue_declare(q, exclusive=True)
    publish_all(ch, q, [b"a", b"b", b"c"])
    for expected_body, expected_remaining in ((b"a", 2), (b"b", 1), (b"c", 0)):
        method, props, body = ch.basic_get(q, auto_ack=False)
        check(method is not None, "get-empty while %r should be queued" % expected_body)
        check_equal(body, expected_body, "basic.get body")
        check_equal(method.message_count, expected_remaining, "get-ok message_count")
        check_equal(method.redelivered, False, "get-ok redelivered")
        check_equal(method.exchange, "", "get-ok exchange")
        check_equal(method.routing_key, q, "get-ok routing key")
        ch.basic_ack(method.delivery_tag)
    method, props, body = ch.basic_get(q, auto_ack=True)
    check(method is None, "expected get-empty on an empty queue, got %r" % (method,))
    conn.close()


def prefetch_limits_unacked_deliveries(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("qos")
    ch.queue_declare(q, exclusive=True)
    publish_all(ch, q, [b"%d" % i for i in range(5)])
    ch.basic_qos(prefetch_count=2)
    delivered = []
    ch.basic_consume(q, lambda c, m, p, b: delivered.append((m, b)), auto_ack=False)
    pump(conn, 1.0)
    check_equal([b for _, b in delivered], [b"0", b"1"], "deliveries with prefetch 2 and none acked")
    ch.basic_ack(delivered[0][0].delivery_tag)
    pump(conn, 0.5)
    check_equal([b for _, b in delivered], [b"0", b"1", b"2"], "deliveries after one ack")
    ch.basic_ack(delivered[2][0].delivery_tag, multiple=True)
    pump(conn, 0.5)
    check_equal([b for _, b in delivered], [b"0", b"1", b"2", b"3", b"4"],
                "deliveries after a multiple ack")
    ch.basic_ack(delivered[4][0].delivery_tag, multiple=True)
    check_equal(message_count(conn, q), 0, "depth after acking everything")
    conn.close()


def nack_with_requeue_redelivers_in_order(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("nack")
    ch.queue_declare(q, exclusive=True)
    # basic.get path
    publish_all(ch, q, [b"a", b"b", b"c"])
    method, _, body = ch.basic_get(q)
    check_equal((body, method.redelivered), (b"a", False), "first get")
    ch.basic_nack(method.delivery_tag, requeue=True)
    got = []
    for _ in range(3):
        method, _, body = ch.basic_get(q)
        check(method is not None, "get-empty after nack")
        got.append((body, method.redelivered))
        ch.basic_ack(method.delivery_tag)
    check_equal(got, [(b"a", True), (b"b", False), (b"c", False)],
                "bodies/redelivered after nack(requeue) via basic.get")
    # consumer path, prefetch 1 so the requeued message is the next delivery
    publish_all(ch, q, [b"x", b"y", b"z"])
    ch.basic_qos(prefetch_count=1)
    deliveries = []
    ch.basic_consume(q, lambda c, m, p, b: deliveries.append((m, b)))
    pump_until(conn, lambda: len(deliveries) >= 1, 5, "first delivery")
    check_equal((deliveries[0][1], deliveries[0][0].redelivered), (b"x", False), "first delivery")
    ch.basic_nack(deliveries[0][0].delivery_tag, multiple=False, requeue=True)
    for i in range(1, 4):
        pump_until(conn, lambda: len(deliveries) > i, 5, "delivery %d" % (i + 1))
        ch.basic_ack(deliveries[i][0].delivery_tag)
    pump(conn, 0.3)
    check_equal([(b, m.redelivered) for m, b in deliveries],
                [(b"x", False), (b"x", True), (b"y", False), (b"z", False)],
                "consumer deliveries after nack(requeue)")
    conn.close()


def reject_without_requeue_drops_message(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("reject")
    ch.queue_declare(q, exclusive=True)
    publish_all(ch, q, [b"doomed", b"kept"])
    method, _, body = ch.basic_get(q)
    check_equal(body, b"doomed", "first get")
    ch.basic_reject(method.delivery_tag, requeue=False)
    method, _, body = ch.basic_get(q)
    check_equal((body, method.redelivered), (b"kept", False), "get after reject")
    ch.basic_nack(method.delivery_tag, requeue=False)
    method, _, _ = ch.basic_get(q)
    check(method is None, "rejected/nacked messages must be dropped, queue not empty")
    check_equal(message_count(conn, q), 0, "depth after reject and nack without requeue")
    conn.close()


def cancel_stops_deliveries(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("cancel")
    ch.queue_declare(q, exclusive=True)
    deliveries = []
    tag = ch.basic_consume(q, lambda c, m, p, b: deliveries.append(b), auto_ack=True,
                           consumer_tag="interop-ctag")
    check_equal(tag, "interop-ctag", "consumer tag from consume-ok")
    ch.basic_publish("", q, b"before")
    pump_until(conn, lambda: deliveries, 5, "delivery before cancel")
    ch.basic_cancel(tag)
    ch.basic_publish("", q, b"after")
    pump(conn, 0.5)
    check_equal(deliveries, [b"before"], "deliveries (nothing may arrive after cancel)")
    check_equal(message_count(conn, q), 1, "depth after cancel")
    conn.close()


def deleting_queue_cancels_its_consumer(host, port):
    conn = connect(host, port)
    check(conn.consumer_cancel_notify_supported,
          "broker does not advertise consumer_cancel_notify")
    ch = conn.channel()
    q = unique("srvcancel")
    ch.queue_declare(q)
    cancels = []
    ch.add_on_cancel_callback(lambda frame: cancels.append(frame))
    tag = ch.basic_consume(q, lambda c, m, p, b: None)
    other = conn.channel()
    result = other.queue_delete(q)
    check_equal(result.method.message_count, 0, "delete-ok message_count")
    pump_until(conn, lambda: cancels, 5, "server basic.cancel")
    frame = cancels[0]
    check(isinstance(frame.method, pika.spec.Basic.Cancel),
          "callback got %r, not Basic.Cancel" % (frame.method,))
    check_equal(frame.method.consumer_tag, tag, "cancelled consumer tag")
    check(ch.is_open, "channel must stay open after a server-side cancel")
    conn.close()


def recover_requeues_unacked_messages(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("recover")
    ch.queue_declare(q, exclusive=True)
    publish_all(ch, q, [b"one", b"two"])
    deliveries = []
    ch.basic_consume(q, lambda c, m, p, b: deliveries.append((m, b)))
    pump_until(conn, lambda: len(deliveries) >= 2, 5, "two deliveries")
    ch.basic_recover(requeue=True)
    pump_until(conn, lambda: len(deliveries) >= 4, 5, "redeliveries after basic.recover")
    again = sorted((b, m.redelivered) for m, b in deliveries[2:])
    check_equal(again, [(b"one", True), (b"two", True)], "redelivered after recover")
    for m, _ in deliveries[2:]:
        ch.basic_ack(m.delivery_tag)
    pump(conn, 0.3)
    check_equal(len(deliveries), 4, "total deliveries")
    check_equal(message_count(conn, q), 0, "depth after acking the redeliveries")
    conn.close()


def channel_flow_active_is_acknowledged(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    if not hasattr(ch, "flow"):
        raise CaseSkipped("this pika has no BlockingChannel.flow")
    check_equal(ch.flow(True), True, "flow-ok active after flow(active=True)")
    ch.queue_declare(unique("flow"), exclusive=True)  # channel still usable
    conn.close()


CASES = {f.__name__: f for f in (
    get_returns_messages_then_get_empty, prefetch_limits_unacked_deliveries,
    nack_with_requeue_redelivers_in_order, reject_without_requeue_drops_message,
    cancel_stops_deliveries, deleting_queue_cancels_its_consumer,
    recover_requeues_unacked_messages, channel_flow_active_is_acknowledged)}

if __name__ == "__main__":
    sys.exit(main(CASES))
