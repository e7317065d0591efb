#!/usr/bin/python3
# Half-open connections: peers that are still connected but gone.
#
# amqp: a consumer negotiates heartbeat 1 s, subscribes, then neither reads
#   nor writes while pika publishes 2,000 x 16 KiB to its queue — the broker's
#   writes to it pile up (a peer whose host vanished looks like this). The
#   broker must drop it after two missed heartbeat intervals (RabbitMQ's
#   rule) although it still has unsent data for it, and put the messages
#   that were on their way back in the queue. (A silent peer with nothing
#   to receive: tests/app/tst_app_live_broker.)
# kafka: two confluent-kafka members share a group (session.timeout.ms
#   6000); one is frozen with SIGSTOP, its sockets left open. The coordinator
#   must evict it after the session timeout — not before — and give the
#   survivor both partitions.
#
#   half_open.py HOST AMQP_PORT KAFKA_PORT PID STDERR_LOG amqp|kafka
#   half_open.py member BOOTSTRAP TOPIC GROUP          (the Kafka member to freeze)

import os
import signal
import struct
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hardening_common import (Broker, CheckFailed, RawAmqp, check, fail_exit, log, method,  # noqa: E402
                              shortstr, wait_for)

QUEUE = "hardening.halfopen"
TOPIC = "hardening.halfopen"
SESSION_TIMEOUT_MS = 6000


def amqp(broker):
    import pika
    pub = pika.BlockingConnection(pika.ConnectionParameters(broker.host, broker.amqp_port, heartbeat=0))
    ch = pub.channel()
    ch.queue_declare(QUEUE)
    check(broker.wait_sessions(1)[0] == 1, "publisher session not seen")

    peer = RawAmqp(broker.host, broker.amqp_port, rcvbuf=32 * 1024)
    peer.handshake("channel", heartbeat=1)
    peer.send(method(1, 60, 20, struct.pack(">H", 0) + shortstr(QUEUE) + shortstr("gone") + b"\0"
                     + struct.pack(">I", 0)))
    peer.expect_method(60, 21)
    silent_since = time.time()  # the peer's last frame
    check(broker.wait_sessions(2)[0] == 2, "consumer session not seen")

    count = 2000
    body = b"h" * (16 * 1024)
    for _ in range(count):
        ch.basic_publish("", QUEUE, body)
    pub.process_data_events(0)

    def dropped():
        return len(broker.sessions()) == 1 and broker.sockets() == 1
    check(wait_for(dropped, 15), "15 s after the peer went silent the broker still holds it (%d sessions, "
          "%d sockets)" % (len(broker.sessions()), broker.sockets()))
    after = time.time() - silent_since
    log("silent consumer with unsent deliveries dropped %.1f s after its last frame (heartbeat 1 s)" % after)
    check(1.5 <= after <= 8.0, "dropped after %.1f s; expected about 2 s (two missed heartbeats)" % after)

    def depth():
        return ch.queue_declare(QUEUE, passive=True).method.message_count
    got = wait_for(lambda: depth() == count, 5)
    check(got, "%d of %d messages back in the queue after the consumer was dropped" % (depth(), count))
    log("all %d messages back in the queue" % count)
    peer.close()
    pub.close()


def member(bootstrap, topic, group):
    from confluent_kafka import Consumer
    c = Consumer(group_config(bootstrap, group))
    c.subscribe([topic])
    reported = None
    while True:
        c.poll(0.1)
        parts = sorted(tp.partition for tp in c.assignment())
        if parts != reported:
            reported = parts
            print("ASSIGNED %s" % ",".join(map(str, parts)), flush=True)


def group_config(bootstrap, group):
    return {"bootstrap.servers": bootstrap, "group.id": group, "broker.address.family": "v4",
            "session.timeout.ms": SESSION_TIMEOUT_MS, "heartbeat.interval.ms": 500,
            "enable.auto.commit": False, "auto.offset.reset": "earliest"}


def kafka(broker):
    from confluent_kafka import Consumer
    from confluent_kafka.admin import AdminClient, NewTopic
    admin = AdminClient({"bootstrap.servers": broker.bootstrap, "broker.address.family": "v4"})
    for f in admin.create_topics([NewTopic(TOPIC, num_partitions=2, replication_factor=1)]).values():
        f.result(20)
    del admin
    group = "hardening-halfopen"
    c1 = Consumer(group_config(broker.bootstrap, group))
    c1.subscribe([TOPIC])

    def parts():
        return sorted(tp.partition for tp in c1.assignment())

    deadline = time.time() + 20
    while time.time() < deadline and parts() != [0, 1]:
        c1.poll(0.1)
    check(parts() == [0, 1], "the single member got %s" % parts())

    child = subprocess.Popen([sys.executable, "-B", os.path.abspath(__file__), "member", broker.bootstrap, TOPIC,
                              group], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        os.set_blocking(child.stdout.fileno(), False)
        out = b""
        deadline = time.time() + 30
        split = False
        while time.time() < deadline and not split:
            c1.poll(0.1)
            try:
                out += os.read(child.stdout.fileno(), 4096) or b""
            except BlockingIOError:
                pass
            lines = [x for x in out.decode().splitlines() if x.startswith("ASSIGNED ")]
            split = bool(lines) and lines[-1] != "ASSIGNED " and len(parts()) == 1
        check(split, "no split between the two members: %s / %r" % (parts(), out))
        # Let the rebalance settle, then freeze the other member: no more
        # heartbeats, but its sockets stay open.
        for _ in range(10):
            c1.poll(0.1)
        child.send_signal(signal.SIGSTOP)
        frozen_at = time.time()
        while time.time() < frozen_at + SESSION_TIMEOUT_MS / 1000 + 10 and parts() != [0, 1]:
            c1.poll(0.1)
        took = time.time() - frozen_at
        check(parts() == [0, 1], "%.0f s after the other member froze, the survivor has %s" % (took, parts()))
        log("frozen member evicted and its partition reassigned %.1f s after it stopped (session.timeout.ms %d)"
            % (took, SESSION_TIMEOUT_MS))
        check(took >= SESSION_TIMEOUT_MS / 1000 - 0.5,
              "reassigned after %.1f s, before the session timeout of %d ms" % (took, SESSION_TIMEOUT_MS))
    finally:
        child.kill()
        child.wait()
    c1.close()


def main():
    broker = Broker(sys.argv[1:6])
    {"amqp": amqp, "kafka": kafka}[sys.argv[6]](broker)
    log("%s half-open peer: handled" % sys.argv[6])


if __name__ == "__main__":
    if sys.argv[1] == "member":
        member(*sys.argv[2:5])
        sys.exit(0)
    try:
        main()
    except (CheckFailed, OSError) as e:
        fail_exit(e)
