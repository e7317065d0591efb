"""Publishes COUNT messages, one every INTERVAL seconds, on one connection and
consumes them on another, checking each arrives once and in order.

Output: "ready" after the first message arrived, "received <n>" at the end.
The test disturbs the broker from elsewhere while this runs.
"""
import time

from app_client_common import connect, fail, run, say


def main(host, port, args):
    count, interval = int(args[0]), float(args[1])
    pub = connect(host, port)
    sub = connect(host, port)
    pch = pub.channel()
    sch = sub.channel()
    q = sch.queue_declare(queue="", exclusive=True).method.queue
    got = []

    def on_message(ch, method, props, body):
        got.append(int(body))
        ch.basic_ack(method.delivery_tag)
        if len(got) == 1:
            say("ready")

    sch.basic_qos(prefetch_count=10)
    sch.basic_consume(queue=q, on_message_callback=on_message)
    for i in range(count):
        pch.basic_publish(exchange="", routing_key=q, body=str(i).encode())
        pub.process_data_events(time_limit=0)
        sub.process_data_events(time_limit=interval)
    deadline = time.monotonic() + 15
    while len(got) < count and time.monotonic() < deadline:
        sub.process_data_events(time_limit=0.2)
        pub.process_data_events(time_limit=0)
    if got != list(range(count)):
        fail("received %d of %d, first gap/disorder at %r" % (
            len(got), count, next((i for i, v in enumerate(got) if v != i), len(got))))
    say("received %d" % len(got))
    pub.close()
    sub.close()


if __name__ == "__main__":
    run(main, 120)
