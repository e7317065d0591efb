#!/usr/bin/python3
"""python3-kafka (kafka-python 2.0.2) cases for the Kafka interop suite.

Usage: kafka_python_cases.py HOST:PORT CASE

Prints "FAIL: <reason>" and exits 1 when an expectation does not hold, exits 77
to skip, 0 on success; bounded by a 60 s alarm. Names are unique per run.
No api_version is passed anywhere, so every client bootstraps with the
pipelined ApiVersions v0 + Metadata v0 probe (kafka.conn.check_version).
"""

import logging
import signal
import sys
import time
import uuid

try:
    import kafka
    from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
    from kafka.admin import NewTopic
    from kafka.client_async import KafkaClient
    from kafka.errors import TopicAlreadyExistsError
    from kafka.structs import OffsetAndMetadata
except ImportError as e:  # pragma: no cover
    print("python3-kafka is not importable: %s (apt-get install python3-kafka)" % e)
    sys.exit(77)

CASE_TIMEOUT_S = 60


class Fail(Exception):
    pass


def check(cond, reason):
    if not cond:
        raise Fail(reason)


def unique(prefix):
    return "%s-%s" % (prefix, uuid.uuid4().hex[:12])


def bootstrap_probe_infers_modern_broker(bootstrap):
    # check_version() sends ApiVersions v0 and, without waiting, Metadata v0 on
    # the same socket; both must be answered, in order.
    client = KafkaClient(bootstrap_servers=bootstrap, client_id="warren-interop")
    try:
        version = client.check_version(timeout=10)
    finally:
        client.close()
    # Produce 0-7, Fetch 0-11, ListOffsets 0-5 advertised -> (2, 3, 0) by kafka-python's table.
    check(version >= (2, 1, 0), "broker version inferred as %s (expected >= 2.1.0)" % (version,))
    # The producer/consumer/admin constructors run the same probe.
    p = KafkaProducer(bootstrap_servers=bootstrap)
    check(p.config["api_version"] == version, "producer inferred %s, client %s" % (p.config["api_version"], version))
    p.close()


def admin_create_topic(bootstrap):
    a = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=15000)
    name = unique("kp-admin")
    r = a.create_topics([NewTopic(name=name, num_partitions=3, replication_factor=1)])
    for topic, code, *_ in r.topic_errors:
        check(code == 0, "create_topics(%s) error %d" % (topic, code))
    deadline = time.time() + 10
    while time.time() < deadline and name not in a.list_topics():
        time.sleep(0.1)
    check(name in a.list_topics(), "list_topics does not show %s" % name)
    try:
        a.create_topics([NewTopic(name=name, num_partitions=3, replication_factor=1)])
        raise Fail("creating %s again did not raise TopicAlreadyExistsError" % name)
    except TopicAlreadyExistsError:
        pass
    c = KafkaConsumer(bootstrap_servers=bootstrap)
    parts = c.partitions_for_topic(name)
    c.close()
    check(parts == {0, 1, 2}, "partitions_for_topic = %s" % parts)
    a.delete_topics([name])
    a.close()


def produce_consume_commit(bootstrap):
    topic = unique("kp-pcc")
    group = unique("g-kp")
    a = KafkaAdminClient(bootstrap_servers=bootstrap)
    a.create_topics([NewTopic(name=topic, num_partitions=1, replication_factor=1)])
    a.close()
    n = 200
    base_ts = (int(time.time()) - 3600) * 1000  # recent: see confluent_cases.recent_base_ts()
    p = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    futures = [p.send(topic, key=b"key-%d" % i, value=b"value-%d" % i,
                      headers=[("n", str(i).encode())], timestamp_ms=base_ts + i)
               for i in range(n)]
    p.flush(timeout=30)
    offsets = [f.get(timeout=10).offset for f in futures]
    check(offsets == list(range(n)), "produce offsets %s..." % offsets[:5])
    p.close()

    def consumer():
        return KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group, auto_offset_reset="earliest",
                             enable_auto_commit=False, consumer_timeout_ms=20000,
                             session_timeout_ms=10000, heartbeat_interval_ms=1000)

    c = consumer()
    got = []
    for m in c:
        got.append(m)
        if len(got) == 120:
            break
    check(len(got) == 120, "consumed %d of 120" % len(got))
    for i, m in enumerate(got):
        check(m.offset == i and m.key == b"key-%d" % i and m.value == b"value-%d" % i,
              "message %d: offset %d key %r value %r" % (i, m.offset, m.key, m.value))
        check(m.headers == [("n", str(i).encode())], "message %d headers %r" % (i, m.headers))
        check(m.timestamp == base_ts + i, "message %d timestamp %d" % (i, m.timestamp))
    tp = TopicPartition(topic, 0)
    c.commit({tp: OffsetAndMetadata(120, "meta")})
    check(c.committed(tp) == 120, "committed() = %s" % c.committed(tp))
    c.close()

    c = consumer()
    rest = []
    for m in c:
        rest.append(m)
        if len(rest) == n - 120:
            break
    check([m.offset for m in rest] == list(range(120, n)),
          "resumed offsets %s..." % [m.offset for m in rest][:5])
    c.commit()
    check(c.committed(tp) == n, "committed after auto position commit = %s" % c.committed(tp))
    end = c.end_offsets([tp])[tp]
    check(end == n, "end_offsets = %d" % end)
    beg = c.beginning_offsets([tp])[tp]
    check(beg == 0, "beginning_offsets = %d" % beg)
    c.close()


CASES = {
    "bootstrap_probe_infers_modern_broker": bootstrap_probe_infers_modern_broker,
    "admin_create_topic": admin_create_topic,
    "produce_consume_commit": produce_consume_commit,
}


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in CASES:
        print("usage: %s HOST:PORT CASE\ncases: %s" % (sys.argv[0], ", ".join(CASES)))
        return 2
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    def on_alarm(signum, frame):
        raise Fail("case did not finish within %d s" % CASE_TIMEOUT_S)

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(CASE_TIMEOUT_S)
    try:
        CASES[sys.argv[2]](sys.argv[1])
    except Fail as e:
        print("FAIL: %s" % e)
        return 1
    print("OK %s (kafka-python %s)" % (sys.argv[2], kafka.__version__))
    return 0


if __name__ == "__main__":
    sys.exit(main())
