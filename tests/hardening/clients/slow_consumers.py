#!/usr/bin/python3
# Slow consumers must not grow the broker's memory without bound.
#
# amqp: a raw-socket consumer (prefetch 5000, small receive buffer) stops
#   reading while pika publishes MEGABYTES of 16 KiB messages to its queue.
#   The broker's resident memory, sampled every 100 ms, must stay under
#   LIMIT_MIB (socket backpressure + queue paging); then the consumer reads
#   and acknowledges, and every message must arrive exactly once, with the
#   broker under LIMIT_MIB + 96 MiB meanwhile (the consumer may hold 5000 x
#   16 KiB = 78 MiB unacknowledged, which the broker keeps, as RabbitMQ does).
# kafka: a raw client pipelines 100 Fetch requests (4 MiB each, 400 MiB of
#   responses in all) on a topic of MEGABYTES and reads nothing for 5 s. The
#   broker must not buffer the responses (growth under LIMIT_MIB); then all
#   100 responses must arrive, in order, each with its records. Again with
#   100 long-poll Fetches waiting on an empty topic when MEGABYTES arrive.
#   Then a client sends requests for 5 s without reading: the broker must
#   stop reading it (under 64 MiB taken in) and drop it when it goes.
#
#   slow_consumers.py HOST AMQP_PORT KAFKA_PORT PID STDERR_LOG amqp|kafka MEGABYTES LIMIT_MIB

import os
import socket
import struct
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hardening_common import (Broker, CheckFailed, RawAmqp, RawKafka, check, fail_exit, kstring, log,  # noqa: E402
                              method, request, shortstr)

QUEUE = "hardening.slow"
TOPIC = "hardening.slow"


class RssSampler:
    """The broker's peak resident memory, sampled every 100 ms in a thread."""

    def __init__(self, broker):
        self.broker = broker
        self.peak = broker.rss_kib()
        self.stop = False
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while not self.stop:
            try:
                self.peak = max(self.peak, self.broker.rss_kib())
            except (OSError, CheckFailed):
                return
            time.sleep(0.1)

    def finish(self):
        self.stop = True
        self.thread.join()
        return self.peak


class FrameReader:
    """Reads AMQP frames from a socket without copying the buffer per frame."""

    def __init__(self, sock):
        self.sock = sock
        self.buf = bytearray()
        self.pos = 0

    def frame(self, timeout=30.0):
        deadline = time.time() + timeout
        while True:
            if len(self.buf) - self.pos >= 7:
                ftype, channel, size = struct.unpack_from(">BHI", self.buf, self.pos)
                if len(self.buf) - self.pos >= 8 + size:
                    payload = bytes(self.buf[self.pos + 7:self.pos + 7 + size])
                    self.pos += 8 + size
                    return ftype, channel, payload
            if self.pos > (1 << 20):
                del self.buf[:self.pos]
                self.pos = 0
            remaining = deadline - time.time()
            check(remaining > 0, "no frame from the broker for %.0f s" % timeout)
            self.sock.settimeout(remaining)
            data = self.sock.recv(1 << 20)
            check(data, "the broker closed the consumer's connection")
            self.buf += data


def amqp(broker, megabytes, limit_mib):
    import pika
    size = 16 * 1024
    count = megabytes * 1024 * 1024 // size
    pub = pika.BlockingConnection(pika.ConnectionParameters(broker.host, broker.amqp_port))
    pch = pub.channel()
    pch.queue_declare(QUEUE)

    consumer = RawAmqp(broker.host, broker.amqp_port, rcvbuf=64 * 1024)
    consumer.handshake("channel")
    consumer.send(method(1, 60, 10, struct.pack(">IHB", 0, 5000, 0)))
    consumer.expect_method(60, 11)
    consumer.send(method(1, 60, 20, struct.pack(">H", 0) + shortstr(QUEUE) + shortstr("slow") + b"\0"
                         + struct.pack(">I", 0)))
    consumer.expect_method(60, 21)
    leftover = consumer.buf  # nothing more is read until the publisher is done

    whole_run = RssSampler(broker)
    sampler = RssSampler(broker)
    base = broker.rss_kib()
    start = time.time()
    filler = b"p" * (size - 8)
    for i in range(count):
        pch.basic_publish("", QUEUE, struct.pack(">Q", i) + filler)
    pub.process_data_events(0)
    published = time.time() - start
    time.sleep(3)  # the broker settles: pages out, fills the consumer's socket
    peak = sampler.finish()
    depth = pch.queue_declare(QUEUE, passive=True).method.message_count
    log("published %d x 16 KiB (%d MiB) in %.1f s with the consumer not reading; broker RSS %d KiB before, "
        "peak %d KiB; %d messages still queued" % (count, megabytes, published, base, peak, depth))
    check(peak <= limit_mib * 1024, "broker RSS peaked at %d KiB (limit %d MiB)" % (peak, limit_mib))

    reader = FrameReader(consumer.sock)
    reader.buf += leftover
    seen = bytearray(count)
    received = dups = 0
    unacked_tag = 0
    start = time.time()
    while received < count:
        ftype, _, payload = reader.frame()
        if ftype == 8:
            continue
        check(ftype == 1, "expected basic.deliver, got frame type %d" % ftype)
        cls, meth = struct.unpack_from(">HH", payload)
        check((cls, meth) == (60, 60), "expected basic.deliver, got %d.%d" % (cls, meth))
        ctag_len = payload[4]
        (tag,) = struct.unpack_from(">Q", payload, 5 + ctag_len)
        ftype, _, header = reader.frame()
        check(ftype == 2, "expected a content header")
        (body_size,) = struct.unpack_from(">Q", header, 4)
        body = b""
        while len(body) < body_size:
            ftype, _, chunk = reader.frame()
            check(ftype == 3, "expected a body frame")
            body += chunk
        (seq,) = struct.unpack_from(">Q", body)
        check(seq < count, "unknown message %d" % seq)
        if seen[seq]:
            dups += 1
        seen[seq] = 1
        received += 1
        unacked_tag = tag
        if received % 500 == 0 or received == count:
            consumer.send(method(1, 60, 80, struct.pack(">QB", tag, 1)))
    check(dups == 0, "%d messages delivered twice" % dups)
    check(all(seen), "messages missing")
    # Nothing more may come.
    consumer.sock.settimeout(1.0)
    try:
        extra = consumer.sock.recv(1 << 16)
    except socket.timeout:
        extra = b""
    check(not extra, "more deliveries after all %d messages" % count)
    drain_peak = whole_run.finish()
    log("consumer then received all %d messages exactly once in %.1f s (last tag %d); broker RSS peak over the "
        "whole run %d KiB" % (count, time.time() - start, unacked_tag, drain_peak))
    check(drain_peak <= (limit_mib + 96) * 1024,
          "broker RSS peaked at %d KiB while the consumer drained (limit %d MiB)" % (drain_peak, limit_mib + 96))
    time.sleep(0.5)
    depth = pch.queue_declare(QUEUE, passive=True).method.message_count
    check(depth == 0, "%d messages left in the queue after all were acknowledged" % depth)
    consumer.close()
    pub.close()


def fetch_v4(topic, correlation, max_bytes, max_wait_ms=100):
    body = (struct.pack(">iiiib", -1, max_wait_ms, 1, max_bytes, 0) + struct.pack(">i", 1) + kstring(topic)
            + struct.pack(">i", 1) + struct.pack(">iqi", 0, 0, max_bytes))
    return request(1, 4, correlation, body)


def fetch_records_bytes(resp):
    """(error, high watermark, records size) of a one-partition Fetch v4 response."""
    pos = 4 + 4  # correlation id, throttle time
    (n,) = struct.unpack_from(">i", resp, pos)
    check(n == 1, "%d topics in a Fetch response" % n)
    (tlen,) = struct.unpack_from(">h", resp, pos + 4)
    pos += 6 + tlen
    (n,) = struct.unpack_from(">i", resp, pos)
    check(n == 1, "%d partitions in a Fetch response" % n)
    _, err, hw, _ = struct.unpack_from(">ihqq", resp, pos + 4)
    pos += 4 + 4 + 2 + 8 + 8
    (naborted,) = struct.unpack_from(">i", resp, pos)
    pos += 4 + max(naborted, 0) * 16
    (rlen,) = struct.unpack_from(">i", resp, pos)
    return err, hw, rlen


def produce_mib(broker, topic, megabytes):
    from confluent_kafka import Producer
    p = Producer({"bootstrap.servers": broker.bootstrap, "linger.ms": 20, "broker.address.family": "v4"})
    value = b"k" * 1024
    for _ in range(megabytes * 1024):
        while True:
            try:
                p.produce(topic, value, partition=0)
                break
            except BufferError:
                p.poll(0.05)
    check(p.flush(60) == 0, "records not delivered")


def read_fetch_responses(conn, requests, records, min_bytes, all_there=True):
    """All `requests` responses, in order, each with at least min_bytes of
    records, seeing all `records` (or, if not all_there, some: they may be
    answered while the data is still arriving)."""
    start = time.time()
    total = 0
    for c in range(1, requests + 1):
        resp = conn.read_response(30)
        check(resp is not None, "Fetch response %d of %d missing" % (c, requests))
        (corr,) = struct.unpack_from(">i", resp)
        check(corr == c, "response %d has correlation id %d" % (c, corr))
        err, hw, rlen = fetch_records_bytes(resp)
        check(err == 0 and 0 < hw <= records and (hw == records or not all_there) and rlen >= min_bytes,
              "response %d: error %d, high watermark %d, %d record bytes" % (c, err, hw, rlen))
        total += rlen
    conn.sock.settimeout(1.0)
    try:
        extra = conn.sock.recv(4096)
    except socket.timeout:
        extra = b""
    check(not extra, "more bytes after the %d responses" % requests)
    log("then all %d responses arrived in order, %d MiB of records, in %.1f s"
        % (requests, total >> 20, time.time() - start))


def kafka(broker, megabytes, limit_mib):
    from confluent_kafka.admin import AdminClient, NewTopic
    requests = 100
    max_bytes = 4 << 20
    records = megabytes * 1024
    base = broker.rss_kib()  # a fresh broker: growth below is not hidden by freed heap

    # 1. 100 Fetches pipelined on a full topic, none read.
    produce_mib(broker, TOPIC, megabytes)
    sampler = RssSampler(broker)
    conn = RawKafka(broker.host, broker.kafka_port, timeout=30, rcvbuf=64 * 1024)
    for c in range(1, requests + 1):
        conn.send(fetch_v4(TOPIC, c, max_bytes))
    time.sleep(5)
    peak = sampler.finish()
    log("%d pipelined Fetch requests of 4 MiB unread on a %d MiB topic for 5 s: broker RSS %d KiB at start, "
        "peak %d KiB" % (requests, megabytes, base, peak))
    check(peak - base <= limit_mib * 1024,
          "broker RSS grew by %d KiB while the client did not read (limit %d MiB)" % (peak - base, limit_mib))
    read_fetch_responses(conn, requests, records, max_bytes // 2)
    conn.close()

    # 2. 100 long-poll Fetches pipelined on an empty topic, then the data
    #    arrives: they must not all complete into memory at once.
    parked = TOPIC + ".parked"
    admin = AdminClient({"bootstrap.servers": broker.bootstrap, "broker.address.family": "v4"})
    for f in admin.create_topics([NewTopic(parked, num_partitions=1, replication_factor=1)]).values():
        f.result(20)
    del admin
    conn = RawKafka(broker.host, broker.kafka_port, timeout=30, rcvbuf=64 * 1024)
    for c in range(1, requests + 1):
        conn.send(fetch_v4(parked, c, max_bytes, max_wait_ms=20000))
    time.sleep(0.5)
    sampler = RssSampler(broker)
    produce_mib(broker, parked, megabytes)
    time.sleep(3)
    peak = sampler.finish()
    log("%d pipelined long-poll Fetches of 4 MiB waiting on an empty topic, then %d MiB produced, unread: "
        "broker RSS peak %d KiB" % (requests, megabytes, peak))
    check(peak - base <= limit_mib * 1024,
          "broker RSS grew by %d KiB once the waiting Fetches could complete (limit %d MiB)"
          % (peak - base, limit_mib))
    read_fetch_responses(conn, requests, records, 1, all_there=False)
    conn.close()

    # 3. A client that sends requests as fast as it can and reads nothing:
    #    the broker stops reading it (TCP pushes back) instead of taking in
    #    everything it sends; it still notices when the client goes.
    check(broker.wait_sessions(0) == (0, 0), "earlier clients still connected: %s" % (broker.wait_sessions(0),))
    conn = RawKafka(broker.host, broker.kafka_port, rcvbuf=64 * 1024)
    conn.sock.setblocking(False)
    chunk = memoryview(request(18, 0, 1, b"") * 4096)  # ApiVersions v0
    sent = 0
    sampler = RssSampler(broker)
    until = time.time() + 5
    while time.time() < until and sent < (512 << 20):
        try:
            sent += conn.sock.send(chunk[sent % len(chunk):])
        except BlockingIOError:
            time.sleep(0.01)
    peak = sampler.finish()
    log("a client sending requests without reading got %d MiB into the broker in 5 s; broker RSS peak %d KiB"
        % (sent >> 20, peak))
    check(sent < (64 << 20), "the broker took in %d MiB from a client that reads nothing" % (sent >> 20))
    check(peak - base <= limit_mib * 1024,
          "broker RSS grew by %d KiB while a client flooded it (limit %d MiB)" % (peak - base, limit_mib))
    conn.close()
    check(broker.wait_sessions(0) == (0, 0), "the flooding client's session outlived it by 10 s")


def main():
    broker = Broker(sys.argv[1:6])
    which, megabytes, limit = sys.argv[6], int(sys.argv[7]), int(sys.argv[8])
    {"amqp": amqp, "kafka": kafka}[which](broker, megabytes, limit)
    log("%s slow consumer: bounded" % which)


if __name__ == "__main__":
    try:
        main()
    except (CheckFailed, OSError) as e:
        fail_exit(e)
