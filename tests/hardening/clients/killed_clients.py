#!/usr/bin/python3
# Clients killed mid-frame. Each cycle starts a child process that opens an
# AMQP connection and a Kafka connection by hand, sends part of a message on
# each (a basic.publish whose content stops short in one of four ways, a
# Produce request cut in one of two ways), says so, and is SIGKILLed. The
# broker must drop both sessions at once (its log and its sockets back to
# zero), store nothing partial (the queue stays empty, the partition's high
# watermark does not move), keep serving (pika and confluent-kafka round
# trips afterwards), and not grow: its resident memory after the last cycle
# is compared with the one after a warm-up.
#
#   killed_clients.py HOST AMQP_PORT KAFKA_PORT PID STDERR_LOG CYCLES MAX_GROWTH_KIB
#   killed_clients.py child AMQP_PORT KAFKA_PORT VARIANT      (the victim)

import os
import signal
import struct
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hardening_common import (Broker, CheckFailed, RawAmqp, RawKafka, basic_publish, check, content_header,  # noqa: E402
                              fail_exit, frame, log, produce_v3, record_batch, request)

QUEUE = "hardening.partial"
TOPIC = "hardening.partial"
BODY = 1000


def amqp_partial(variant):
    """Bytes that leave a basic.publish unfinished (variant 0-3)."""
    publish = basic_publish(1, "", QUEUE)
    header = content_header(1, BODY)
    body_frame = frame(3, 1, b"b" * BODY)
    if variant == 0:   # header, then half of the body frame
        return publish + header + body_frame[:len(body_frame) // 2]
    if variant == 1:   # header, then a whole body frame with half the declared body
        return publish + header + frame(3, 1, b"b" * (BODY // 2))
    if variant == 2:   # all of it but the last frame-end octet
        return publish + header + body_frame[:-1]
    return publish[:len(publish) // 2]  # half the method frame


def kafka_partial(variant):
    req = request(0, 3, 1, produce_v3(TOPIC, 0, record_batch([b"partial-%d" % i for i in range(20)]), acks=1))
    if variant == 0:
        return req[:len(req) // 2]
    return req[:-1]


def child(amqp_port, kafka_port, variant):
    a = RawAmqp("127.0.0.1", amqp_port)
    a.handshake("channel")
    a.send(amqp_partial(variant % 4))
    k = RawKafka("127.0.0.1", kafka_port)
    k.send(kafka_partial(variant % 2))
    sys.stdout.write("sent\n")
    sys.stdout.flush()
    time.sleep(60)


def high_watermark(bootstrap):
    from confluent_kafka import Consumer, TopicPartition
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "hardening-partial", "broker.address.family": "v4"})
    try:
        return c.get_watermark_offsets(TopicPartition(TOPIC, 0), timeout=10)[1]
    finally:
        c.close()


def round_trips(broker):
    """A message through each protocol with real clients."""
    import pika
    from confluent_kafka import Consumer, Producer, TopicPartition
    conn = pika.BlockingConnection(pika.ConnectionParameters(broker.host, broker.amqp_port))
    ch = conn.channel()
    depth = ch.queue_declare(QUEUE, passive=True).method.message_count
    check(depth == 0, "%d message(s) in %s after the killed publishers" % (depth, QUEUE))
    ch.basic_publish("", QUEUE, b"whole")
    got = None
    deadline = time.time() + 10
    while got is None and time.time() < deadline:
        got = ch.basic_get(QUEUE, auto_ack=True)[2]
    check(got == b"whole", "pika round trip got %r" % got)
    conn.close()
    common = {"bootstrap.servers": broker.bootstrap, "broker.address.family": "v4"}
    p = Producer(common)
    p.produce(TOPIC, b"whole", partition=0)
    check(p.flush(10) == 0, "Kafka record not delivered")
    c = Consumer(dict(common, **{"group.id": "hardening-partial", "enable.auto.commit": False}))
    c.assign([TopicPartition(TOPIC, 0, 0)])
    values = []
    deadline = time.time() + 10
    while b"whole" not in values and time.time() < deadline:
        m = c.poll(0.2)
        if m is not None and not m.error():
            values.append(m.value())
    c.close()
    check(values == [b"setup", b"whole"], "the partition holds %r" % values)


def main():
    broker = Broker(sys.argv[1:6])
    cycles = int(sys.argv[6])
    max_growth = int(sys.argv[7])
    import pika
    from confluent_kafka import Producer
    conn = pika.BlockingConnection(pika.ConnectionParameters(broker.host, broker.amqp_port))
    conn.channel().queue_declare(QUEUE)
    conn.close()
    p = Producer({"bootstrap.servers": broker.bootstrap, "broker.address.family": "v4"})
    p.produce(TOPIC, b"setup", partition=0)
    check(p.flush(20) == 0, "setup record not delivered")
    del p
    hw = high_watermark(broker.bootstrap)
    check(broker.wait_sessions(0)[0] == 0, "setup clients still connected")

    warm_at = min(20, cycles // 4)
    warm_rss = peak = 0
    start = time.time()
    for i in range(cycles):
        victim = subprocess.Popen([sys.executable, "-B", os.path.abspath(__file__), "child",
                                   str(broker.amqp_port), str(broker.kafka_port), str(i)],
                                  stdout=subprocess.PIPE)
        line = victim.stdout.readline()
        check(line == b"sent\n", "cycle %d: the child did not get its partial frames out (%r)" % (i, line))
        # Both sessions are there, holding the partial input...
        sessions, _ = broker.wait_sessions(2, timeout=5)
        check(sessions == 2, "cycle %d: %d sessions while the child is alive" % (i, sessions))
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        victim.stdout.close()
        # ...and both go with it.
        sessions, sockets = broker.wait_sessions(0, timeout=10)
        check(sessions == 0 and sockets == 0,
              "cycle %d: %d sessions, %d sockets 10 s after the client was killed" % (i, sessions, sockets))
        rss = broker.rss_kib()
        peak = max(peak, rss)
        if i + 1 == warm_at:
            warm_rss = rss
    end_rss = broker.rss_kib()
    log("%d cycles in %.1f s; broker RSS after %d cycles %d KiB, after %d: %d KiB (peak %d KiB)"
        % (cycles, time.time() - start, warm_at, warm_rss, cycles, end_rss, peak))
    check(end_rss - warm_rss <= max_growth,
          "RSS grew by %d KiB over %d cycles (limit %d KiB)" % (end_rss - warm_rss, cycles - warm_at, max_growth))
    check(high_watermark(broker.bootstrap) == hw, "the partial Produce requests moved the high watermark")
    round_trips(broker)
    log("nothing partial stored; both protocols still serve")


if __name__ == "__main__":
    if sys.argv[1] == "child":
        child(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
        sys.exit(0)
    try:
        main()
    except (CheckFailed, OSError) as e:
        fail_exit(e)
