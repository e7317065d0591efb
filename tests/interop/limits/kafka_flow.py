"""Flow control with confluent-kafka (issue 7): Produce during a memory alarm.

Run as:  kafka_flow.py BOOTSTRAP
The test raised the alarm before starting this. Three records are produced
one after another (acks=all); each must be acknowledged, librdkafka's
throttle_cb must report a throttle_time > 0 from the broker, and the mute
must make the three take over 1.5 s. All three are then read back, once each.
Prints "throttle <ms>", "elapsed <s>", "delivered 3". Exits 0 on success.
"""
import sys
import time
import uuid

from confluent_kafka import Consumer, Producer
from confluent_kafka.admin import AdminClient, NewTopic
from limits_common import run

BOOTSTRAP = sys.argv[1]


def main():
    topic = "flow-" + uuid.uuid4().hex[:12]
    admin = AdminClient({"bootstrap.servers": BOOTSTRAP})
    admin.create_topics([NewTopic(topic, 1)])[topic].result(timeout=10)
    throttles = []
    delivered = []
    p = Producer({"bootstrap.servers": BOOTSTRAP, "acks": "all", "linger.ms": 0,
                  "throttle_cb": lambda ev: throttles.append(ev.throttle_time)})
    start = time.time()
    for i in range(3):
        p.produce(topic, b"r%d" % i, on_delivery=lambda e, m: delivered.append((e, m.value())))
        left = p.flush(20)
        assert left == 0, "record %d not acknowledged in time" % i
    elapsed = time.time() - start
    p.poll(0.5)  # serve the last throttle event
    print("elapsed %.2f" % elapsed, flush=True)
    assert all(e is None for e, _ in delivered), "delivery errors: %r" % delivered
    assert [v for _, v in delivered] == [b"r0", b"r1", b"r2"], delivered
    assert throttles and max(throttles) > 0, "no throttle reported: %r" % throttles
    print("throttle %d" % int(max(throttles) * 1000), flush=True)
    assert elapsed >= 1.5, "throttling did not slow the producer down (%.2f s)" % elapsed

    c = Consumer({"bootstrap.servers": BOOTSTRAP, "group.id": "g-" + topic, "auto.offset.reset": "earliest"})
    c.subscribe([topic])
    got = []
    deadline = time.time() + 20
    while len(got) < 3 and time.time() < deadline:
        m = c.poll(0.5)
        if m is not None and not m.error():
            got.append(m.value())
    m = c.poll(1.0)
    assert m is None or m.error(), "an extra record: %r" % m.value()
    c.close()
    assert got == [b"r0", b"r1", b"r2"], got
    print("delivered 3", flush=True)


if __name__ == "__main__":
    run(main)
