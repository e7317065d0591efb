"""Flow control with pika (issue 7): a publisher blocked by a memory alarm.

Run as:  amqp_flow.py HOST PORT
Steps, driven by the test through stdin (tst_interop_limits.cpp):
  prints "ready"             -> the test raises the memory alarm, then writes a line
  publishes m1..m10, waits for connection.blocked, checks a consumer-only
  connection still gets and acks messages and that nothing of m1..m10 is
  delivered; prints "blocked <reason>" and "blocked-verified"
                             -> the test clears the alarm, then writes a line
  waits for connection.unblocked, prints "unblocked", then checks m1..m10
  arrive exactly once, in order: prints "delivered 10".
Exits 0 on success, 1 on failure ("FAIL: ...").
"""
import sys
import time

import pika

sys.path.insert(0, __file__.rsplit("/", 2)[0] + "/pika")
from interop_common import check, check_equal, pump, pump_until, unique  # noqa: E402
from limits_common import run  # noqa: E402

HOST, PORT = sys.argv[1], int(sys.argv[2])


def connect():
    return pika.BlockingConnection(pika.ConnectionParameters(
        host=HOST, port=PORT, credentials=pika.PlainCredentials("guest", "guest"),
        connection_attempts=1, socket_timeout=10, heartbeat=60))


def main():
    events = []
    publisher = connect()
    publisher.add_on_connection_blocked_callback(lambda c, m: events.append(("blocked", m.method.reason)))
    publisher.add_on_connection_unblocked_callback(lambda c, m: events.append(("unblocked", None)))
    consumer = connect()
    pch, cch = publisher.channel(), consumer.channel()
    q, pre = unique("flow"), unique("flow-pre")
    cch.queue_declare(q)
    cch.queue_declare(pre)
    for i in range(3):
        pch.basic_publish("", pre, b"pre-%d" % i)
    pch.basic_publish("", q, b"m0")
    method, _, body = None, None, None
    deadline = time.time() + 10
    while method is None and time.time() < deadline:
        method, _, body = cch.basic_get(q, auto_ack=True)
    check(body == b"m0", "published before the alarm: delivered")

    print("ready", flush=True)
    sys.stdin.readline()  # the memory alarm is raised

    for i in range(1, 11):
        pch.basic_publish("", q, b"m%d" % i)
    pump_until(publisher, lambda: any(e[0] == "blocked" for e in events), 10, "connection.blocked")
    reason = [e[1] for e in events if e[0] == "blocked"][0]
    print("blocked %s" % reason, flush=True)
    check_equal(reason, "low on memory", "connection.blocked reason")

    # A consumer-only connection is not blocked: gets and acks flow.
    for i in range(3):
        method, _, body = cch.basic_get(pre)
        check(body == b"pre-%d" % i, "consumer-only connection gets pre-%d during the alarm (got %r)" % (i, body))
        cch.basic_ack(method.delivery_tag)
    received = []
    cch.basic_consume(q, lambda ch, m, p, b: (received.append(b), ch.basic_ack(m.delivery_tag)))
    pump(consumer, 1.5)
    check_equal(received, [], "delivered while the publisher is blocked")
    print("blocked-verified", flush=True)
    sys.stdin.readline()  # the alarm is cleared

    pump_until(publisher, lambda: any(e[0] == "unblocked" for e in events), 10, "connection.unblocked")
    print("unblocked", flush=True)
    want = [b"m%d" % i for i in range(1, 11)]
    pump_until(consumer, lambda: len(received) >= 10, 10, "all ten delivered after the alarm")
    pump(consumer, 0.5)  # and nothing twice
    check_equal(received, want, "deliveries after unblocking")
    # The publisher works normally again.
    pch.basic_publish("", q, b"m11")
    pump_until(consumer, lambda: len(received) == 11, 10, "a publish after the alarm")
    check_equal([e[0] for e in events], ["blocked", "unblocked"], "notifications")
    publisher.close()
    consumer.close()
    print("delivered 10", flush=True)


if __name__ == "__main__":
    run(main)
