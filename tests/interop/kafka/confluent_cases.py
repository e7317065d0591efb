#!/usr/bin/python3
"""python3-confluent-kafka (librdkafka 2.0.2) cases for the Kafka interop suite.

Usage: confluent_cases.py HOST:PORT CASE [ARGS...]

Each case prints "FAIL: <reason>" and exits 1 when an expectation does not hold,
exits 77 to skip, 0 on success. Every case is bounded by an alarm (60 s unless
the case says otherwise). All topic and group names are unique per run.
"""

import os
import signal
import subprocess
import sys
import time
import uuid

try:
    from confluent_kafka import (Consumer, KafkaError, KafkaException, Producer, TopicPartition,
                                 TIMESTAMP_CREATE_TIME, OFFSET_BEGINNING)
    from confluent_kafka.admin import AdminClient, NewTopic
    import confluent_kafka
except ImportError as e:  # pragma: no cover
    print("python3-confluent-kafka is not importable: %s (apt-get install python3-confluent-kafka)" % e)
    sys.exit(77)

CASE_TIMEOUT_S = 60


class Fail(Exception):
    pass


def check(cond, reason):
    if not cond:
        raise Fail(reason)


def recent_base_ts():
    """A CreateTime base an hour ago, on a whole second. Never use fixed old
    timestamps: with retention.ms = 7 days a batch stamped years ago is due for
    deletion at once (each such batch also rolls its own segment, because
    segment.ms counts from the first batch's timestamp), in Kafka as in Warren."""
    return (int(time.time()) - 3600) * 1000


def unique(prefix):
    return "%s-%s" % (prefix, uuid.uuid4().hex[:12])


def common(bootstrap):
    return {"bootstrap.servers": bootstrap, "broker.address.family": "v4"}


def admin(bootstrap):
    return AdminClient(common(bootstrap))


def create_topic(bootstrap, name, partitions):
    a = admin(bootstrap)  # must outlive the future
    fs = a.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1)],
                         operation_timeout=10, request_timeout=15)
    fs[name].result(timeout=20)
    # The topic is usable once metadata shows all its partitions.
    wait_for_partitions(bootstrap, name, partitions)


def wait_for_partitions(bootstrap, name, partitions, timeout=15):
    a = admin(bootstrap)
    deadline = time.time() + timeout
    while time.time() < deadline:
        md = a.list_topics(topic=name, timeout=5)
        t = md.topics.get(name)
        if t is not None and t.error is None and len(t.partitions) == partitions:
            return
        time.sleep(0.1)
    raise Fail("topic %s did not show %d partitions in metadata" % (name, partitions))


class DeliveryTracker:
    def __init__(self):
        self.errors = []
        self.delivered = []  # (partition, offset, value)

    def __call__(self, err, msg):
        if err is not None:
            self.errors.append(str(err))
        else:
            self.delivered.append((msg.partition(), msg.offset(), msg.value()))


def produce_all(producer, items, tracker):
    """items: iterable of dicts of Producer.produce keyword arguments."""
    for kw in items:
        while True:
            try:
                producer.produce(on_delivery=tracker, **kw)
                break
            except BufferError:
                producer.poll(0.1)
        producer.poll(0)
    remaining = producer.flush(30)
    check(remaining == 0, "%d messages still undelivered after flush(30)" % remaining)
    check(not tracker.errors, "delivery errors: %s" % tracker.errors[:5])


def consume_n(consumers, n, timeout=30, what="messages"):
    """Polls the consumers round-robin until n messages arrived in total.
    Returns {consumer index: [Message]}."""
    got = {i: [] for i in range(len(consumers))}
    total = 0
    deadline = time.time() + timeout
    while total < n and time.time() < deadline:
        for i, c in enumerate(consumers):
            m = c.poll(0.2)
            if m is None:
                continue
            if m.error():
                if m.error().code() == KafkaError._PARTITION_EOF:
                    continue
                raise Fail("consumer %d error: %s" % (i, m.error()))
            got[i].append(m)
            total += 1
    if total != n:
        raise Fail("expected %d %s, got %d within %d s; %s" % (n, what, total, timeout, describe_progress(consumers, got)))
    return got


def describe_progress(consumers, got):
    """For a failure message: per consumer and partition, the last offset
    received, the consumer's position and the broker's watermarks."""
    parts = []
    for i, c in enumerate(consumers):
        last = {}
        for m in got[i]:
            last[(m.topic(), m.partition())] = m.offset()
        try:
            assignment = c.assignment()
            positions = {(tp.topic, tp.partition): tp.offset for tp in c.position(assignment)}
        except KafkaException as e:
            assignment, positions = [], {"error": str(e)}
        for tp in assignment:
            key = (tp.topic, tp.partition)
            try:
                lo, hi = c.get_watermark_offsets(tp, timeout=5)
            except KafkaException as e:
                lo, hi = "?", str(e)
            parts.append("consumer %d %s[%d]: last received %s, position %s, watermarks %s..%s" % (
                i, tp.topic, tp.partition, last.get(key), positions.get(key), lo, hi))
    return "; ".join(parts)


def group_consumer(bootstrap, group, **extra):
    conf = common(bootstrap)
    conf.update({
        "group.id": group,
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
        "session.timeout.ms": 6000,
        "heartbeat.interval.ms": 500,
    })
    conf.update(extra)
    return Consumer(conf)


def assigned_consumer(bootstrap, topic, partitions):
    c = Consumer(dict(common(bootstrap), **{"group.id": unique("reader"), "enable.auto.commit": False,
                                            "enable.partition.eof": False}))
    c.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in partitions])
    return c


# --------------------------------------------------------------------------- cases

def keys_headers_timestamps_round_trip(bootstrap):
    topic = unique("kht")
    create_topic(bootstrap, topic, 1)
    base_ts = recent_base_ts()
    sent = [
        {"key": b"k-\x00\xff-binary", "value": b"v0", "headers": [("h1", b"one"), ("h2", b"\x00\x01\x02")],
         "timestamp": base_ts},
        {"key": None, "value": b"v1-null-key", "headers": [("dup", b"a"), ("dup", b"b")],
         "timestamp": base_ts + 1},
        {"key": b"plain", "value": None, "headers": [("nullvalue", None)], "timestamp": base_ts + 7},
        {"key": "unicode-\u00e9".encode(), "value": b"x" * 5000, "headers": None, "timestamp": base_ts + 2000},
    ]
    p = Producer(dict(common(bootstrap), **{"linger.ms": 50}))
    tracker = DeliveryTracker()
    produce_all(p, [dict(s, topic=topic, partition=0) for s in sent], tracker)
    c = assigned_consumer(bootstrap, topic, [0])
    got = consume_n([c], len(sent))[0]
    c.close()
    for i, (s, m) in enumerate(zip(sent, got)):
        check(m.offset() == i, "message %d has offset %d" % (i, m.offset()))
        check(m.key() == s["key"], "message %d key %r != %r" % (i, m.key(), s["key"]))
        check(m.value() == s["value"], "message %d value differs (%r...)" % (i, (m.value() or b"")[:20]))
        ts_type, ts = m.timestamp()
        check(ts_type == TIMESTAMP_CREATE_TIME, "message %d timestamp type %d is not CreateTime" % (i, ts_type))
        check(ts == s["timestamp"], "message %d timestamp %d != %d" % (i, ts, s["timestamp"]))
        want_headers = s["headers"] or None
        have_headers = m.headers()
        check(have_headers == want_headers, "message %d headers %r != %r" % (i, have_headers, want_headers))


def group_of_two_splits_three_partitions_then_rebalances(bootstrap):
    topic = unique("split")
    group = unique("g-split")
    create_topic(bootstrap, topic, 3)
    c1 = group_consumer(bootstrap, group)
    c2 = group_consumer(bootstrap, group)
    c1.subscribe([topic])
    c2.subscribe([topic])

    def parts(c):
        return sorted(tp.partition for tp in c.assignment())

    # Form the group before anything is produced, so neither member can take
    # everything before the other has joined.
    deadline = time.time() + 30
    while time.time() < deadline:
        for c in (c1, c2):
            m = c.poll(0.2)
            check(m is None or m.error() is not None, "message before any was produced")
        a1, a2 = parts(c1), parts(c2)
        if a1 and a2 and sorted(a1 + a2) == [0, 1, 2]:
            break
    a1, a2 = parts(c1), parts(c2)
    check(a1 and a2 and sorted(a1 + a2) == [0, 1, 2],
          "two members did not split 3 partitions: %s / %s" % (a1, a2))

    per_partition = 100
    p = Producer(dict(common(bootstrap), **{"linger.ms": 5}))
    produce_all(p, [{"topic": topic, "partition": i % 3, "value": b"first-%d" % i}
                    for i in range(3 * per_partition)], DeliveryTracker())
    got = consume_n([c1, c2], 3 * per_partition, what="messages in the first round")
    for idx, mine in ((0, a1), (1, a2)):
        check(got[idx], "member %d got no messages" % (idx + 1))
        stray = {m.partition() for m in got[idx]} - set(mine)
        check(not stray, "member %d got messages from partitions %s it does not own" % (idx + 1, stray))
    values = [m.value() for ms in got.values() for m in ms]
    check(len(set(values)) == len(values), "duplicates in the first round")
    for c in (c1, c2):
        c.commit(asynchronous=False)

    # c2 leaves (LeaveGroup); c1 must end up owning all three partitions.
    c2.close()
    deadline = time.time() + 30
    while time.time() < deadline and parts(c1) != [0, 1, 2]:
        m = c1.poll(0.2)
        check(m is None or m.error() is not None, "unexpected message while rebalancing: %r" %
              (m.value() if m else None))
    check(parts(c1) == [0, 1, 2], "after the other member left, assignment is %s" % parts(c1))

    produce_all(p, [{"topic": topic, "partition": i % 3, "value": b"second-%d" % i} for i in range(90)],
                DeliveryTracker())
    got2 = consume_n([c1], 90, what="messages after the rebalance")[0]
    values2 = sorted(m.value() for m in got2)
    check(values2 == sorted(b"second-%d" % i for i in range(90)),
          "after the rebalance got %r... (old messages redelivered?)" % values2[:5])
    check({m.partition() for m in got2} == {0, 1, 2}, "not all partitions consumed after rebalance")
    # Nothing more.
    extra = [m for m in (c1.poll(0.5) for _ in range(4)) if m is not None and not m.error()]
    check(not extra, "extra messages after the rebalance: %r" % [m.value() for m in extra])
    c1.close()


def _child_member(bootstrap, topic, group):
    """Helper process for member_killed_is_evicted: joins, reports its assignment, polls until killed."""
    c = group_consumer(bootstrap, group)
    c.subscribe([topic])
    reported = None
    while True:
        c.poll(0.2)
        a = sorted(tp.partition for tp in c.assignment())
        if a != reported:
            reported = a
            print("ASSIGNED %s" % ",".join(map(str, a)), flush=True)


def member_killed_is_evicted_after_session_timeout(bootstrap):
    topic = unique("evict")
    group = unique("g-evict")
    create_topic(bootstrap, topic, 3)
    c1 = group_consumer(bootstrap, group)
    c1.subscribe([topic])

    def parts():
        return sorted(tp.partition for tp in c1.assignment())

    deadline = time.time() + 15
    while time.time() < deadline and parts() != [0, 1, 2]:
        c1.poll(0.2)
    check(parts() == [0, 1, 2], "single member got %s" % parts())

    child = subprocess.Popen([sys.executable, "-B", os.path.abspath(__file__), bootstrap, "_child_member", topic, group],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        # Both members hold a share once the child says so (c1 keeps polling
        # meanwhile, so it can rejoin).
        os.set_blocking(child.stdout.fileno(), False)
        child_parts = None
        deadline = time.time() + 30
        buf = ""
        while time.time() < deadline:
            c1.poll(0.2)
            try:
                buf += os.read(child.stdout.fileno(), 4096).decode()
            except BlockingIOError:
                pass
            for line in buf.splitlines():
                if line.startswith("ASSIGNED ") and line[9:]:
                    child_parts = sorted(int(x) for x in line[9:].split(","))
            if child_parts and parts() and sorted(parts() + child_parts) == [0, 1, 2]:
                break
        check(child_parts and parts() and sorted(parts() + child_parts) == [0, 1, 2],
              "no split with the child member: %s / %s (child output %r)" % (parts(), child_parts, buf))
    finally:
        child.kill()  # SIGKILL: no LeaveGroup, the socket just closes
        child.wait()
    killed_at = time.time()
    # session.timeout.ms is 6 s: the coordinator must evict the dead member and
    # rebalance, giving c1 everything, well within 20 s.
    deadline = killed_at + 20
    while time.time() < deadline and parts() != [0, 1, 2]:
        c1.poll(0.2)
    check(parts() == [0, 1, 2], "20 s after the other member was killed, assignment is %s" % parts())
    p = Producer(common(bootstrap))
    produce_all(p, [{"topic": topic, "partition": i % 3, "value": b"after-%d" % i} for i in range(30)],
                DeliveryTracker())
    got = consume_n([c1], 30)[0]
    check(sorted(m.value() for m in got) == sorted(b"after-%d" % i for i in range(30)), "values differ")
    print("rebalanced %.1f s after the kill" % (time.time() - killed_at))
    c1.close()


def static_member_rejoin_keeps_assignment(bootstrap):
    """KIP-345 static membership (group.instance.id; librdkafka uses JoinGroup
    v5): a static member that restarts within the session timeout takes its old
    place. Kafka hands it the same assignment without a rebalance, so the other
    member keeps consuming (no revocation) and the group is whole again at once."""
    topic = unique("static")
    group = unique("g-static")
    create_topic(bootstrap, topic, 3)
    events = []

    def member(instance):
        c = group_consumer(bootstrap, group, **{"group.instance.id": instance, "session.timeout.ms": 10000})
        c.subscribe([topic],
                    on_assign=lambda _, ps: events.append((instance, "assign", sorted(p.partition for p in ps))),
                    on_revoke=lambda _, ps: events.append((instance, "revoke", sorted(p.partition for p in ps))))
        return c

    def parts(c):
        return sorted(tp.partition for tp in c.assignment())

    a = member("instance-a")  # joins alone first: the leader
    deadline = time.time() + 15
    while time.time() < deadline and parts(a) != [0, 1, 2]:
        a.poll(0.2)
    check(parts(a) == [0, 1, 2], "first static member got %s" % parts(a))
    b = member("instance-b")
    deadline = time.time() + 30
    while time.time() < deadline and not (parts(a) and parts(b) and sorted(parts(a) + parts(b)) == [0, 1, 2]):
        a.poll(0.2)
        b.poll(0.2)
    a_parts, b_parts = parts(a), parts(b)
    check(a_parts and b_parts and sorted(a_parts + b_parts) == [0, 1, 2],
          "two static members did not split: %s / %s" % (a_parts, b_parts))

    b.close()  # a static member does not send LeaveGroup
    seen = len(events)
    restarted_at = time.time()
    b = member("instance-b")
    deadline = restarted_at + 5  # well below session.timeout.ms
    while time.time() < deadline and parts(b) != b_parts:
        a.poll(0.2)
        b.poll(0.2)
    later = events[seen:]
    check(parts(b) == b_parts, "restarted static member has %s after %.1f s, expected %s (events %s)" % (
        parts(b), time.time() - restarted_at, b_parts, later))
    check(not [e for e in later if e[0] == "instance-a"],
          "the other static member was rebalanced: %s" % later)
    a.close()
    b.close()


def commit_then_resume_in_new_consumer(bootstrap):
    topic = unique("resume")
    group = unique("g-resume")
    create_topic(bootstrap, topic, 1)
    p = Producer(common(bootstrap))
    produce_all(p, [{"topic": topic, "partition": 0, "value": b"m-%d" % i} for i in range(20)], DeliveryTracker())

    c = group_consumer(bootstrap, group)
    c.subscribe([topic])
    first = consume_n([c], 10)[0]
    check([m.offset() for m in first] == list(range(10)), "first consumer offsets %s" %
          [m.offset() for m in first])
    committed = c.commit(message=first[-1], asynchronous=False)
    check(committed and committed[0].offset == 10 and committed[0].error is None,
          "commit returned %s" % committed)
    c.close()

    c = group_consumer(bootstrap, group)
    c.subscribe([topic])
    # committed() works once the coordinator is known.
    tp = TopicPartition(topic, 0)
    got_committed = c.committed([tp], timeout=15)
    check(got_committed[0].offset == 10, "OffsetFetch says %d, expected 10" % got_committed[0].offset)
    rest = consume_n([c], 10)[0]
    offsets = [m.offset() for m in rest]
    check(offsets == list(range(10, 20)), "resumed consumer got offsets %s" % offsets)
    check([m.value() for m in rest] == [b"m-%d" % i for i in range(10, 20)], "resumed values differ")
    extra = [m for m in (c.poll(0.5) for _ in range(4)) if m is not None and not m.error()]
    check(not extra, "duplicates after resuming: %r" % [m.offset() for m in extra])
    c.close()


def offsets_for_times_finds_first_at_or_after(bootstrap, codec="none"):
    topic = unique("times")
    create_topic(bootstrap, topic, 1)
    base = recent_base_ts()
    n = 30
    # linger + batch: several records per batch, so the broker must look inside batches.
    p = Producer(dict(common(bootstrap), **{"linger.ms": 200, "batch.num.messages": 7,
                                            "compression.type": codec}))
    tracker = DeliveryTracker()
    produce_all(p, [{"topic": topic, "partition": 0, "value": b"t-%d" % i, "timestamp": base + i * 1000}
                    for i in range(n)], tracker)
    offsets = sorted(o for _, o, _ in tracker.delivered)
    check(offsets == list(range(n)), "delivered offsets %s" % offsets)
    c = Consumer(dict(common(bootstrap), **{"group.id": unique("g-times")}))

    def lookup(ts):
        r = c.offsets_for_times([TopicPartition(topic, 0, ts)], timeout=15)
        check(r[0].error is None, "offsets_for_times(%d) error %s" % (ts, r[0].error))
        return r[0].offset

    cases = [
        (base - 50_000, 0),           # before the first record
        (base, 0),                    # exactly the first
        (base + 5000, 5),             # exactly a record inside a batch
        (base + 5500, 6),             # between two records
        (base + 13_001, 14),
        (base + (n - 1) * 1000, n - 1),  # the last record
        (base + n * 1000, -1),        # after the last: no offset (-1)
    ]
    for ts, want in cases:
        have = lookup(ts)
        check(have == want, "offsets_for_times(base%+d ms) = %d, expected %d" % (ts - base, have, want))
    c.close()


def admin_topics_and_groups(bootstrap):
    a = admin(bootstrap)
    name = unique("admin")
    fs = a.create_topics([NewTopic(name, num_partitions=2, replication_factor=1)], request_timeout=15)
    fs[name].result(timeout=20)
    wait_for_partitions(bootstrap, name, 2)
    md = a.list_topics(timeout=10)
    check(name in md.topics, "list_topics does not show %s" % name)
    check(len(md.brokers) == 1, "expected 1 broker, got %s" % md.brokers)
    t = md.topics[name]
    check(sorted(t.partitions) == [0, 1], "partitions %s" % sorted(t.partitions))
    for pm in t.partitions.values():
        check(pm.leader in md.brokers, "partition %d leader %d is not a listed broker" % (pm.id, pm.leader))

    # Creating it again is TOPIC_ALREADY_EXISTS.
    fs = a.create_topics([NewTopic(name, num_partitions=2, replication_factor=1)], request_timeout=15)
    try:
        fs[name].result(timeout=20)
        raise Fail("creating an existing topic succeeded")
    except KafkaException as e:
        check(e.args[0].code() == KafkaError.TOPIC_ALREADY_EXISTS, "re-create error %s" % e)

    # An invalid partition count is rejected.
    bad = unique("admin-bad")
    fs = a.create_topics([NewTopic(bad, num_partitions=0, replication_factor=1)], request_timeout=15)
    try:
        fs[bad].result(timeout=20)
        raise Fail("creating a topic with 0 partitions succeeded")
    except (KafkaException, ValueError):
        pass

    # list_groups / describe: an active consumer group shows up with its member.
    group = unique("g-admin")
    c = group_consumer(bootstrap, group)
    c.subscribe([name])
    deadline = time.time() + 20
    while time.time() < deadline and len(c.assignment()) != 2:
        c.poll(0.2)
    check(len(c.assignment()) == 2, "consumer did not get both partitions")
    groups = a.list_groups(timeout=10)
    check(group in [g.id for g in groups], "list_groups does not show %s: %s" % (group, [g.id for g in groups]))
    described = a.list_groups(group=group, timeout=10)
    check(len(described) == 1, "list_groups(group) returned %d groups" % len(described))
    g = described[0]
    check(g.error is None, "group error %s" % g.error)
    check(g.state == "Stable", "group state %r" % g.state)
    check(g.protocol_type == "consumer", "protocol type %r" % g.protocol_type)
    check(len(g.members) == 1, "members %s" % g.members)
    c.close()

    # delete_topics: gone from metadata afterwards.
    fs = a.delete_topics([name], request_timeout=15)
    fs[name].result(timeout=20)
    deadline = time.time() + 15
    while time.time() < deadline:
        if name not in admin(bootstrap).list_topics(timeout=10).topics:
            break
        time.sleep(0.2)
    check(name not in admin(bootstrap).list_topics(timeout=10).topics, "deleted topic still listed")
    fs = a.delete_topics([unique("never-existed")], request_timeout=15)
    for f in fs.values():
        try:
            f.result(timeout=20)
            raise Fail("deleting a missing topic succeeded")
        except KafkaException as e:
            check(e.args[0].code() == KafkaError.UNKNOWN_TOPIC_OR_PART, "delete-missing error %s" % e)


def idempotent_producer_no_duplicates(bootstrap):
    topic = unique("idem")
    create_topic(bootstrap, topic, 3)
    n = 20000
    p = Producer(dict(common(bootstrap), **{"enable.idempotence": True, "linger.ms": 5,
                                            "max.in.flight.requests.per.connection": 5}))
    tracker = DeliveryTracker()
    produce_all(p, [{"topic": topic, "partition": i % 3, "key": b"%d" % (i % 3), "value": b"%d" % i}
                    for i in range(n)], tracker)
    check(len(tracker.delivered) == n, "%d delivery reports" % len(tracker.delivered))
    c = assigned_consumer(bootstrap, topic, [0, 1, 2])
    got = consume_n([c], n, timeout=45)[0]
    per = {0: [], 1: [], 2: []}
    for m in got:
        per[m.partition()].append(int(m.value()))
    for part, vals in per.items():
        want = list(range(part, n, 3))
        check(vals == want, "partition %d: %d values, first mismatch at %s" % (
            part, len(vals), next((i for i, (a, b) in enumerate(zip(vals, want)) if a != b), "end")))
    extra = [m for m in (c.poll(0.5) for _ in range(4)) if m is not None and not m.error()]
    check(not extra, "%d extra messages (duplicates)" % len(extra))
    c.close()


def acks_all_and_acks_zero(bootstrap):
    topic = unique("acks")
    create_topic(bootstrap, topic, 1)
    for acks, prefix in (("all", b"all"), ("0", b"zero"), ("1", b"one")):
        p = Producer(dict(common(bootstrap), **{"acks": acks, "linger.ms": 5}))
        tracker = DeliveryTracker()
        produce_all(p, [{"topic": topic, "partition": 0, "value": b"%s-%d" % (prefix, i)} for i in range(100)],
                    tracker)
        check(len(tracker.delivered) == 100, "acks=%s: %d delivery reports" % (acks, len(tracker.delivered)))
        if acks != "0":
            offs = sorted(o for _, o, _ in tracker.delivered)
            check(offs == list(range(offs[0], offs[0] + 100)), "acks=%s offsets not contiguous" % acks)
    c = assigned_consumer(bootstrap, topic, [0])
    got = consume_n([c], 300)[0]
    values = [m.value() for m in got]
    want = [b"%s-%d" % (p, i) for p in (b"all", b"zero", b"one") for i in range(100)]
    check(values == want, "values differ (first: %r)" % values[:3])
    c.close()


def compression_round_trip(bootstrap, codec):
    topic = unique("codec-" + codec)
    create_topic(bootstrap, topic, 1)
    n = 2000
    base_ts = recent_base_ts()
    values = [(b"%s payload %06d " % (codec.encode(), i)) * (1 + i % 7) for i in range(n)]
    p = Producer(dict(common(bootstrap), **{"compression.type": codec, "linger.ms": 50}))
    tracker = DeliveryTracker()
    produce_all(p, [{"topic": topic, "partition": 0, "key": b"k%d" % i, "value": v, "timestamp": base_ts + i}
                    for i, v in enumerate(values)], tracker)
    c = assigned_consumer(bootstrap, topic, [0])
    got = consume_n([c], n)[0]
    check([m.offset() for m in got] == list(range(n)), "offsets not 0..%d" % (n - 1))
    check([m.value() for m in got] == values, "values differ after %s" % codec)
    check([m.key() for m in got] == [b"k%d" % i for i in range(n)], "keys differ after %s" % codec)
    check([m.timestamp()[1] for m in got] == [base_ts + i for i in range(n)],
          "timestamps differ after %s" % codec)
    c.close()


def persist_produce_and_commit(bootstrap, topic, group, count, commit_at):
    """Restart case, first half: count messages with acks=all, then the group
    consumes and commits offset commit_at."""
    count, commit_at = int(count), int(commit_at)
    p = Producer(dict(common(bootstrap), **{"acks": "all", "linger.ms": 5}))
    tracker = DeliveryTracker()
    produce_all(p, [{"topic": topic, "partition": 0, "value": b"p-%d" % i} for i in range(count)], tracker)
    check(sorted(o for _, o, _ in tracker.delivered) == list(range(count)), "delivered offsets not 0..count-1")
    c = group_consumer(bootstrap, group)
    c.subscribe([topic])
    got = consume_n([c], commit_at)[0]
    check(got[-1].offset() == commit_at - 1, "last consumed offset %d" % got[-1].offset())
    r = c.commit(offsets=[TopicPartition(topic, 0, commit_at)], asynchronous=False)
    check(r[0].error is None and r[0].offset == commit_at, "commit returned %s" % r)
    c.close()


def persist_resume(bootstrap, topic, group, count, commit_at):
    """Restart case, second half: the group resumes at commit_at and reads to the end."""
    count, commit_at = int(count), int(commit_at)
    c = group_consumer(bootstrap, group)
    c.subscribe([topic])
    committed = c.committed([TopicPartition(topic, 0)], timeout=15)
    check(committed[0].offset == commit_at, "committed offset after restart is %d, expected %d" %
          (committed[0].offset, commit_at))
    got = consume_n([c], count - commit_at)[0]
    check([m.offset() for m in got] == list(range(commit_at, count)),
          "resumed with offsets %s..." % [m.offset() for m in got][:5])
    check([m.value() for m in got] == [b"p-%d" % i for i in range(commit_at, count)], "values differ")
    extra = [m for m in (c.poll(0.5) for _ in range(4)) if m is not None and not m.error()]
    check(not extra, "extra messages after resuming: %r" % [m.offset() for m in extra])
    c.close()
    # Producing after the restart continues the offsets.
    p = Producer(dict(common(bootstrap), **{"acks": "all"}))
    tracker = DeliveryTracker()
    produce_all(p, [{"topic": topic, "partition": 0, "value": b"after-restart"}], tracker)
    check(tracker.delivered[0][1] == count, "first offset after restart is %d, expected %d" %
          (tracker.delivered[0][1], count))


def persist_idempotent_produce(bootstrap, topic, count, expect_first):
    """Restart case: a fresh idempotent producer appends count messages to
    partition 0 of topic; they must land at expect_first.. (a producer id handed
    out before a restart must not be handed out again, or the broker would see
    sequence 0 from a producer it remembers further along)."""
    count, expect_first = int(count), int(expect_first)
    p = Producer(dict(common(bootstrap), **{"enable.idempotence": True, "linger.ms": 5}))
    tracker = DeliveryTracker()
    produce_all(p, [{"topic": topic, "partition": 0, "value": b"idem-%d" % i} for i in range(count)], tracker)
    offsets = sorted(o for _, o, _ in tracker.delivered)
    check(offsets == list(range(expect_first, expect_first + count)),
          "idempotent producer wrote offsets %s..%s, expected %d..%d" % (
              offsets[0] if offsets else None, offsets[-1] if offsets else None, expect_first,
              expect_first + count - 1))


def live_idempotent_across_restart(bootstrap, topic, flag_dir):
    """Restart case: ONE idempotent producer writes 100 messages, signals
    <flag_dir>/ready, and once <flag_dir>/go exists (the broker was restarted on
    the same port meanwhile) writes 100 more. It must reconnect and continue its
    sequence numbers: every message delivered, none twice."""
    p = Producer(dict(common(bootstrap), **{"enable.idempotence": True, "linger.ms": 5,
                                            "reconnect.backoff.ms": 50, "reconnect.backoff.max.ms": 500}))
    tracker = DeliveryTracker()
    produce_all(p, [{"topic": topic, "partition": 0, "value": b"live-%d" % i} for i in range(100)], tracker)
    open(os.path.join(flag_dir, "ready"), "w").close()
    deadline = time.time() + 40
    while not os.path.exists(os.path.join(flag_dir, "go")):
        check(time.time() < deadline, "no go signal from the test")
        p.poll(0.1)
    produce_all(p, [{"topic": topic, "partition": 0, "value": b"live-%d" % i} for i in range(100, 200)], tracker)
    offsets = sorted(o for _, o, _ in tracker.delivered)
    check(offsets == list(range(200)), "delivered offsets %s..%s (%d)" % (offsets[0], offsets[-1], len(offsets)))


CASES = {
    "live_idempotent_across_restart": live_idempotent_across_restart,
    "static_member_rejoin_keeps_assignment": static_member_rejoin_keeps_assignment,
    "persist_idempotent_produce": persist_idempotent_produce,
    "_child_member": _child_member,
    "member_killed_is_evicted_after_session_timeout": member_killed_is_evicted_after_session_timeout,
    "persist_produce_and_commit": persist_produce_and_commit,
    "persist_resume": persist_resume,
    "keys_headers_timestamps_round_trip": keys_headers_timestamps_round_trip,
    "group_of_two_splits_three_partitions_then_rebalances": group_of_two_splits_three_partitions_then_rebalances,
    "commit_then_resume_in_new_consumer": commit_then_resume_in_new_consumer,
    "offsets_for_times_finds_first_at_or_after": offsets_for_times_finds_first_at_or_after,
    "admin_topics_and_groups": admin_topics_and_groups,
    "idempotent_producer_no_duplicates": idempotent_producer_no_duplicates,
    "acks_all_and_acks_zero": acks_all_and_acks_zero,
    "compression_round_trip": compression_round_trip,
}


def main():
    if len(sys.argv) < 3 or sys.argv[2] not in CASES:
        print("usage: %s HOST:PORT CASE [ARGS]\ncases: %s" % (sys.argv[0], ", ".join(CASES)))
        return 2

    def on_alarm(signum, frame):
        raise Fail("case did not finish within %d s" % CASE_TIMEOUT_S)

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(CASE_TIMEOUT_S)
    try:
        CASES[sys.argv[2]](sys.argv[1], *sys.argv[3:])
    except Fail as e:
        print("FAIL: %s" % e)
        return 1
    print("OK %s" % sys.argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
