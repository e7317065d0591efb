"""Publishes COUNT messages on one connection and consumes them on another
with manual acks and prefetch PREFETCH; every message must arrive exactly
once, in order, not redelivered, and the queue must end empty.

Output: "received <COUNT> in order".
"""
import time

from app_client_common import connect, fail, run, say


def main(host, port, args):
    count, prefetch = int(args[0]), int(args[1])
    pub = connect(host, port)
    sub = connect(host, port)
    pch = pub.channel()
    sch = sub.channel()
    q = sch.queue_declare(queue="", exclusive=True).method.queue
    state = {"next": 0, "max_unacked": 0}
    problems = []

    def on_message(ch, method, props, body):
        n = int(body)
        if n != state["next"]:
            problems.append("got %d, expected %d" % (n, state["next"]))
        if method.redelivered:
            problems.append("message %d marked redelivered" % n)
        state["next"] = n + 1
        ch.basic_ack(method.delivery_tag)

    sch.basic_qos(prefetch_count=prefetch)
    sch.basic_consume(queue=q, on_message_callback=on_message)
    batch = 250
    for start in range(0, count, batch):
        for i in range(start, min(start + batch, count)):
            pch.basic_publish(exchange="", routing_key=q, body=str(i).encode())
        pub.process_data_events(time_limit=0)
        sub.process_data_events(time_limit=0)
        if problems:
            break
    deadline = time.monotonic() + 60
    while state["next"] < count and not problems and time.monotonic() < deadline:
        sub.process_data_events(time_limit=0.2)
        pub.process_data_events(time_limit=0)
    if problems:
        fail("; ".join(problems[:5]))
    if state["next"] != count:
        fail("received %d of %d" % (state["next"], count))
    # Nothing left over, nothing extra arrives.
    sub.process_data_events(time_limit=0.5)
    if problems or state["next"] != count:
        fail("extra deliveries: %s" % "; ".join(problems[:5]))
    depth = sch.queue_declare(queue=q, passive=True).method.message_count
    if depth != 0:
        fail("queue depth %d after consuming everything" % depth)
    say("received %d in order" % count)
    pub.close()
    sub.close()


if __name__ == "__main__":
    run(main, 240)
