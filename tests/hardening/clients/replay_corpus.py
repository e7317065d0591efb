#!/usr/bin/python3
# Replays the bad-input corpus (../corpus/manifest.txt) against a live broker
# over raw sockets, one fresh connection per case, and checks each reaction
# against the manifest. A pika connection and a confluent-kafka producer and
# consumer stay connected through the whole replay; after every case they
# must still publish and receive, and the broker must hold exactly their
# sessions again (by its log and by its connected sockets) — the bad
# connection is gone, nothing leaked.
#
#   replay_corpus.py HOST AMQP_PORT KAFKA_PORT PID STDERR_LOG CORPUS_DIR
#
# PID 0 (an external broker such as RabbitMQ): the manifest's rabbitmq=
# reaction is expected where it names one, with no session accounting;
# KAFKA_PORT 0 skips Kafka. Prints "case <name>: <outcome>" per case and
# "replayed N cases" at the end; exits 1 at the first failure, or, with
# HARDENING_SURVEY=1 in the environment, after all cases (to compare
# brokers).

import os
import socket
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hardening_common import (AMQP_HEADER, Broker, CheckFailed, RawAmqp, RawKafka, check, fail_exit,  # noqa: E402
                              log, method, produce_v3, record_batch, request)

KTOPIC = "hardening.kafka"
AQUEUE = "hardening.replay"
CORRELATION = 7


def load_manifest(corpus, external):
    cases = []
    with open(os.path.join(corpus, "manifest.txt")) as f:
        for line in f:
            fields = line.split("#", 1)[0].split()
            if not fields:
                continue
            proto, name, stage, expect = fields[:4]
            for extra in fields[4:]:
                if external and extra.startswith("rabbitmq="):
                    expect = extra[len("rabbitmq="):]
            with open(os.path.join(corpus, proto, name + ".bin"), "rb") as b:
                data = b.read()
            cases.append((proto, name, stage, expect.split("|"), data))
    return cases


# ------------------------------------------------------------------ AMQP


def amqp_reaction(conn, stage, timeout=8.0):
    """What the broker did with the bad input: header, close:<code>,
    channel-close:<code>, silent, or 'nothing' (still open at the limit)."""
    deadline = time.time() + timeout
    if stage == "none":
        first = conn.read_raw(8, timeout)
        if first == AMQP_HEADER:
            return "header" if conn.wait_eof(max(0.1, deadline - time.time())) else "header-but-open"
        conn.buf = first + conn.buf
    while True:
        m = conn.read_method(max(0.0, deadline - time.time()))
        if m is None:
            return "silent" if conn.eof else "nothing"
        channel, cls, meth, args = m
        if (cls, meth) == (10, 50):
            (code,) = struct.unpack(">H", args[:2])
            try:
                conn.send(method(0, 10, 51))
            except OSError:
                pass  # the broker may already have closed after a broken frame
            check(conn.wait_eof(6.0), "the socket stayed open after connection.close %d and close-ok" % code)
            return "close:%d" % code
        if (cls, meth) == (20, 40):
            (code,) = struct.unpack(">H", args[:2])
            conn.send(method(channel, 20, 41))
            # The connection must still work: close it properly.
            conn.send(method(0, 10, 50, struct.pack(">H", 200) + bytes([2]) + b"ok" + struct.pack(">HH", 0, 0)))
            conn.expect_method(10, 51)
            return "channel-close:%d" % code
        # anything else (a declare-ok before the bad frame) is read past


def replay_amqp(broker, name, stage, data):
    conn = RawAmqp(broker.host, broker.amqp_port)
    try:
        if stage != "none":
            conn.handshake(stage)
        conn.send(data)
        return amqp_reaction(conn, stage)
    finally:
        conn.close()


# ----------------------------------------------------------------- Kafka


def kafka_reaction(broker, expect, data):
    conn = RawKafka(broker.host, broker.kafka_port)
    try:
        try:
            conn.send(data)
        except (BrokenPipeError, ConnectionResetError):
            return "kclose"
        if expect[0] == "kclose":
            return "kclose" if conn.closed_without_answer(6.0) else "answered or stayed open"
        resp = conn.read_response(6.0)
        if resp is None:
            return "kclose"
        (corr,) = struct.unpack(">i", resp[:4])
        check(corr == CORRELATION, "correlation id %d in the response" % corr)
        kind = expect[0].split(":")[0]
        if kind == "api-error":
            (err,) = struct.unpack(">h", resp[4:6])
            if err == 35:
                # KIP-511: a v0 body, error then the [key min max] list, nothing after.
                (n,) = struct.unpack(">i", resp[6:10])
                check(len(resp) == 10 + 6 * n, "ApiVersions error 35 must carry a v0 body (%d octets for %d apis)"
                      % (len(resp), n))
            return "api-error:%d" % err
        if kind == "produce-error":
            # v3: [topic [partition error base_offset log_append_time]] throttle
            pos = 4
            (ntopics,) = struct.unpack(">i", resp[pos:pos + 4])
            pos += 4
            check(ntopics == 1, "%d topics in the Produce response" % ntopics)
            (tlen,) = struct.unpack(">h", resp[pos:pos + 2])
            pos += 2 + tlen
            (nparts,) = struct.unpack(">i", resp[pos:pos + 4])
            pos += 4
            check(nparts == 1, "%d partitions in the Produce response" % nparts)
            _, err = struct.unpack(">ih", resp[pos:pos + 6])
            return "produce-error:%d" % err
        return "response"
    finally:
        conn.close()


# ------------------------------------------------- the well-behaved clients


class WellBehaved:
    """pika + confluent-kafka connections held open for the whole replay."""

    def __init__(self, broker):
        import pika
        self.broker = broker
        self.pika = pika.BlockingConnection(pika.ConnectionParameters(broker.host, broker.amqp_port, heartbeat=0))
        self.ch = self.pika.channel()
        self.ch.queue_declare(AQUEUE)
        self.ch.queue_purge(AQUEUE)
        self.n = 0
        self.producer = self.consumer = None
        if broker.kafka_port:
            from confluent_kafka import Consumer, Producer, TopicPartition
            common = {"bootstrap.servers": broker.bootstrap, "broker.address.family": "v4"}
            self.producer = Producer(dict(common, **{"linger.ms": 0}))
            self.producer.produce(KTOPIC, b"setup", partition=0)  # creates the topic
            check(self.producer.flush(20) == 0, "setup record not delivered")
            self.consumer = Consumer(dict(common, **{"group.id": "hardening-replay", "enable.auto.commit": False}))
            self.consumer.assign([TopicPartition(KTOPIC, 0, 0)])

    def verify(self):
        """One message each way through the well-behaved clients."""
        self.n += 1
        body = b"check-%d" % self.n
        self.ch.basic_publish("", AQUEUE, body)
        deadline = time.time() + 10
        got = None
        while got is None and time.time() < deadline:
            m, _, b = self.ch.basic_get(AQUEUE, auto_ack=True)
            if m is None:
                time.sleep(0.02)
                continue
            got = b
        check(got == body, "pika got %r, expected %r" % (got, body))
        if self.producer is None:
            return
        errors = []
        self.producer.produce(KTOPIC, body, partition=0,
                              on_delivery=lambda err, msg: errors.append(err) if err else None)
        check(self.producer.flush(10) == 0 and not errors, "Kafka record %r not delivered: %s" % (body, errors))
        deadline = time.time() + 10
        while time.time() < deadline:
            msg = self.consumer.poll(0.2)
            if msg is not None and not msg.error() and msg.value() == body:
                return
        raise CheckFailed("the Kafka consumer did not receive %r" % body)

    def own_sockets(self):
        """Connected client sockets of this process to the broker's ports."""
        inodes = set()
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink("/proc/self/fd/" + fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
        ports = {self.broker.amqp_port, self.broker.kafka_port}
        count = 0
        with open("/proc/net/tcp") as f:
            next(f)
            for line in f:
                fields = line.split()
                if fields[3] == "01" and int(fields[2].rsplit(":", 1)[1], 16) in ports and fields[9] in inodes:
                    count += 1
        return count

    def close(self):
        self.pika.close()
        if self.consumer is not None:
            self.consumer.close()
            self.producer.flush(5)
            self.producer = None  # librdkafka closes its connections when the handle goes


def main():
    broker = Broker(sys.argv[1:6])
    corpus = sys.argv[6]
    accounting = broker.pid != 0
    cases = load_manifest(corpus, not accounting)
    survey = os.environ.get("HARDENING_SURVEY") == "1"
    mismatches = []
    clients = WellBehaved(broker)
    if broker.kafka_port:
        # The corpus's CRC case means something only if the same batch with a
        # good CRC is accepted.
        ok = kafka_reaction(broker, ["produce-error:0"],
                            request(0, 3, CORRELATION, produce_v3(KTOPIC, 0, record_batch([b"raw-ok"]))))
        check(ok == "produce-error:0", "a well-formed raw Produce got %s" % ok)
    clients.verify()
    replayed = 0
    for proto, name, stage, expect, data in cases:
        if proto == "kafka" and not broker.kafka_port:
            continue
        if proto == "amqp":
            got = replay_amqp(broker, name, stage, data)
        else:
            got = kafka_reaction(broker, expect, data)
        log("case %s/%s: %s" % (proto, name, got))
        if got not in expect:
            what = "case %s/%s: expected %s, got %s" % (proto, name, "|".join(expect), got)
            check(survey, what)
            mismatches.append(what)
        clients.verify()
        if accounting:
            expected = clients.own_sockets()
            sessions, sockets = broker.wait_sessions(expected)
            check(sessions == expected and sockets == expected,
                  "after %s: the broker holds %d sessions and %d sockets; the well-behaved clients have %d"
                  % (name, sessions, sockets, expected))
        replayed += 1
    if accounting:
        log("broker sessions after the replay: %d (the well-behaved clients' connections), RSS %d KiB"
            % (len(broker.sessions()), broker.rss_kib()))
    clients.close()
    if accounting:
        sessions, sockets = broker.wait_sessions(0)
        check(sessions == 0 and sockets == 0, "after all clients left: %d sessions, %d sockets" % (sessions, sockets))
    check(not mismatches, "\n".join(mismatches))
    log("replayed %d cases" % replayed)


if __name__ == "__main__":
    try:
        main()
    except (CheckFailed, OSError, socket.error) as e:
        fail_exit(e)
