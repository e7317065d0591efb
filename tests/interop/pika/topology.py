#!/usr/bin/python3
"""pika topology cases: exclusivity, declare errors, routing, purge/delete."""
import sys

from interop_common import (check, check_equal, connect, expect_channel_closed, main,
                            message_count, unique)


def drain(ch, queue):
    bodies = []
    while True:
        method, _, body = ch.basic_get(queue, auto_ack=True)
        if method is None:
            return bodies
        bodies.append(body)


def exclusive_queue_is_locked_for_other_connections(host, port):
    owner = connect(host, port)
    q = unique("exclusive")
    owner.channel().queue_declare(q, exclusive=True)
    other = connect(host, port)
    expect_channel_closed(405, "RESOURCE_LOCKED",
                          lambda: other.channel().queue_declare(q, exclusive=True),
                          "exclusive redeclare from another connection")
    expect_channel_closed(405, "RESOURCE_LOCKED",
                          lambda: other.channel().queue_declare(q, passive=True),
                          "passive declare from another connection")
    expect_channel_closed(405, "RESOURCE_LOCKED",
                          lambda: other.channel().basic_consume(q, lambda *a: None),
                          "consume from another connection")
    # The owner may use it freely; closing the owner deletes it.
    owner.channel().queue_declare(q, passive=True)
    owner.close()
    expect_channel_closed(404, "NOT_FOUND",
                          lambda: other.channel().queue_declare(q, passive=True),
                          "passive declare after the owner closed")
    other.close()


def passive_declare_of_missing_queue_is_not_found(host, port):
    conn = connect(host, port)
    expect_channel_closed(404, "NOT_FOUND",
                          lambda: conn.channel().queue_declare(unique("missing"), passive=True),
                          "passive queue.declare of a missing queue")
    expect_channel_closed(404, "NOT_FOUND",
                          lambda: conn.channel().exchange_declare(unique("missing-x"),
                                                                  passive=True),
                          "passive exchange.declare of a missing exchange")
    conn.close()


def redeclare_with_different_arguments_is_precondition_failed(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    q = unique("redeclare")
    ch.queue_declare(q, exclusive=True, arguments={"x-message-ttl": 1000})
    ch.queue_declare(q, exclusive=True, arguments={"x-message-ttl": 1000})  # same: fine
    expect_channel_closed(406, "PRECONDITION_FAILED",
                          lambda: conn.channel().queue_declare(
                              q, exclusive=True, arguments={"x-message-ttl": 2000}),
                          "queue redeclare with another x-message-ttl")
    q2 = unique("redeclare-durable")
    ch = conn.channel()
    ch.queue_declare(q2, durable=False, auto_delete=True)
    expect_channel_closed(406, "PRECONDITION_FAILED",
                          lambda: conn.channel().queue_declare(q2, durable=True, auto_delete=True),
                          "queue redeclare with another durable flag")
    x = unique("redeclare-x")
    ch = conn.channel()
    ch.exchange_declare(x, "direct", auto_delete=True)
    expect_channel_closed(406, "PRECONDITION_FAILED",
                          lambda: conn.channel().exchange_declare(x, "fanout", auto_delete=True),
                          "exchange redeclare with another type")
    conn.channel().exchange_delete(x)
    conn.channel().queue_delete(q2)
    conn.close()


def bind_queues(ch, exchange, bindings, arguments=None):
    queues = {}
    for name, key, args in bindings:
        q = unique(name)
        ch.queue_declare(q, exclusive=True)
        ch.queue_bind(q, exchange, routing_key=key, arguments=args)
        queues[name] = q
    return queues


def topic_exchange_routes_by_pattern(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    x = unique("topic")
    ch.exchange_declare(x, "topic", auto_delete=True)
    qs = bind_queues(ch, x, [("star", "a.*.c", None), ("hash", "a.#", None),
                             ("tail", "#.z", None), ("all", "#", None)])
    for key in ("a.b.c", "a.z", "a", "x.y.z", "a.b.b.c", "b"):
        ch.basic_publish(x, key, key.encode())
    expected = {
        "star": [b"a.b.c"],
        "hash": [b"a.b.c", b"a.z", b"a", b"a.b.b.c"],
        "tail": [b"a.z", b"x.y.z"],
        "all": [b"a.b.c", b"a.z", b"a", b"x.y.z", b"a.b.b.c", b"b"],
    }
    for name, bodies in expected.items():
        check_equal(drain(ch, qs[name]), bodies, "messages routed to %s" % name)
    conn.close()


def fanout_exchange_copies_to_every_queue(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    x = unique("fanout")
    ch.exchange_declare(x, "fanout", auto_delete=True)
    qs = bind_queues(ch, x, [("f1", "", None), ("f2", "ignored-key", None)])
    ch.basic_publish(x, "any", b"one")
    ch.basic_publish(x, "", b"two")
    for name in qs:
        check_equal(drain(ch, qs[name]), [b"one", b"two"], "messages in %s" % name)
    conn.close()


def headers_exchange_matches_all_or_any(host, port):
    import pika
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    x = unique("headers")
    ch.exchange_declare(x, "headers", auto_delete=True)
    qs = bind_queues(ch, x, [
        ("all", "", {"x-match": "all", "format": "pdf", "type": "report"}),
        ("any", "", {"x-match": "any", "format": "pdf", "type": "log"}),
        ("default", "", {"format": "zip"}),  # x-match defaults to all
    ])
    messages = [
        (b"pdf-report", {"format": "pdf", "type": "report"}),
        (b"pdf-only", {"format": "pdf"}),
        (b"log", {"type": "log", "extra": 1}),
        (b"zip", {"format": "zip"}),
        (b"none", None),
    ]
    for body, headers in messages:
        ch.basic_publish(x, "", body, pika.BasicProperties(headers=headers))
    check_equal(drain(ch, qs["all"]), [b"pdf-report"], "x-match=all queue")
    check_equal(drain(ch, qs["any"]), [b"pdf-report", b"pdf-only", b"log"], "x-match=any queue")
    check_equal(drain(ch, qs["default"]), [b"zip"], "default x-match queue")
    conn.close()


def exchange_to_exchange_binding_forwards(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    src, dst = unique("e2e-src"), unique("e2e-dst")
    ch.exchange_declare(src, "direct", auto_delete=False)
    ch.exchange_declare(dst, "fanout", auto_delete=False)
    ch.exchange_bind(destination=dst, source=src, routing_key="k")
    q = unique("e2e")
    ch.queue_declare(q, exclusive=True)
    ch.queue_bind(q, dst)
    ch.basic_publish(src, "k", b"through")
    ch.basic_publish(src, "other", b"not-through")
    ch.basic_publish(dst, "whatever", b"direct-to-dst")
    check_equal(drain(ch, q), [b"through", b"direct-to-dst"], "messages via the e2e binding")
    ch.exchange_unbind(destination=dst, source=src, routing_key="k")
    ch.basic_publish(src, "k", b"after-unbind")
    check_equal(drain(ch, q), [], "messages after exchange.unbind")
    ch.exchange_delete(src)
    ch.exchange_delete(dst)
    conn.close()


def purge_returns_message_count(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("purge")
    ch.queue_declare(q, exclusive=True)
    for i in range(7):
        ch.basic_publish("", q, b"%d" % i)
    check_equal(ch.queue_purge(q).method.message_count, 7, "purge-ok message_count")
    check_equal(message_count(conn, q), 0, "depth after purge")
    check_equal(ch.queue_purge(q).method.message_count, 0, "second purge-ok message_count")
    conn.close()


def delete_if_empty_refuses_non_empty_queue(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("ifempty")
    ch.queue_declare(q)
    ch.basic_publish("", q, b"x")
    expect_channel_closed(406, "PRECONDITION_FAILED",
                          lambda: conn.channel().queue_delete(q, if_empty=True),
                          "queue.delete if-empty on a non-empty queue")
    check_equal(message_count(conn, q), 1, "depth after refused delete")
    check_equal(conn.channel().queue_delete(q).method.message_count, 1, "delete-ok message_count")
    conn.close()


def delete_if_unused_refuses_queue_with_consumer(host, port):
    conn = connect(host, port)
    consumer = conn.channel()
    q = unique("ifunused")
    consumer.queue_declare(q)
    consumer.basic_consume(q, lambda *a: None)
    expect_channel_closed(406, "PRECONDITION_FAILED",
                          lambda: conn.channel().queue_delete(q, if_unused=True),
                          "queue.delete if-unused on a queue with a consumer")
    consumer.close()
    check_equal(conn.channel().queue_delete(q, if_unused=True).method.message_count, 0,
                "delete-ok message_count once unused")
    conn.close()


def delete_returns_message_count(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    ch.confirm_delivery()
    q = unique("delcount")
    ch.queue_declare(q)
    for i in range(4):
        ch.basic_publish("", q, b"%d" % i)
    check_equal(ch.queue_delete(q).method.message_count, 4, "delete-ok message_count")
    # Deleting what does not exist succeeds.
    check_equal(ch.queue_delete(q).method.message_count, 0, "delete-ok of a missing queue")
    ch.exchange_delete(unique("never-declared"))
    conn.close()


def server_named_queue_starts_with_amq_gen(host, port):
    conn = connect(host, port)
    ch = conn.channel()
    result = ch.queue_declare("", exclusive=True)
    name = result.method.queue
    check(name.startswith("amq.gen-"), "server-named queue %r lacks the amq.gen- prefix" % name)
    check_equal((result.method.message_count, result.method.consumer_count), (0, 0),
                "declare-ok counts")
    ch.basic_publish("", name, b"hi")
    method, _, body = ch.basic_get(name, auto_ack=True)
    check_equal(body, b"hi", "body via the server-named queue")
    other = ch.queue_declare("", exclusive=True).method.queue
    check(other != name, "two server-named queues got the same name")
    conn.close()


CASES = {f.__name__: f for f in (
    exclusive_queue_is_locked_for_other_connections,
    passive_declare_of_missing_queue_is_not_found,
    redeclare_with_different_arguments_is_precondition_failed,
    topic_exchange_routes_by_pattern, fanout_exchange_copies_to_every_queue,
    headers_exchange_matches_all_or_any, exchange_to_exchange_binding_forwards,
    purge_returns_message_count, delete_if_empty_refuses_non_empty_queue,
    delete_if_unused_refuses_queue_with_consumer, delete_returns_message_count,
    server_named_queue_starts_with_amq_gen)}

if __name__ == "__main__":
    sys.exit(main(CASES))
