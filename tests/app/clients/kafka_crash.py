"""Kafka acks=all against a broker that is killed (tests/app/tst_app_kafka_crash).

  kafka_crash.py produce BOOTSTRAP TOPIC ACKED_FILE
      Creates TOPIC (3 partitions) if needed, then produces "r<round>-<n>"
      records with acks=all as fast as the window allows, appending the value
      of every record whose delivery report says success to ACKED_FILE
      (flushed). Prints "producing" after the first acknowledgement; stops
      once the broker has been gone for 3 s (or after 3,000,000 records).
  kafka_crash.py verify BOOTSTRAP TOPIC ACKED_FILE...
      Reads every partition from the beginning to its high watermark and
      checks that every value listed in the ACKED_FILEs is there.
Uses python3-confluent-kafka (librdkafka). Exit 77 (skip) without it.
"""
import os
import sys
import time

try:
    from confluent_kafka import Consumer, Producer, TopicPartition
    from confluent_kafka.admin import AdminClient, NewTopic
except ImportError:
    print("confluent-kafka is not installed (apt-get install python3-confluent-kafka)", flush=True)
    sys.exit(77)


def produce(bootstrap, topic, acked_path, label):
    admin = AdminClient({"bootstrap.servers": bootstrap})
    futures = admin.create_topics([NewTopic(topic, num_partitions=3, replication_factor=1)])
    for f in futures.values():
        try:
            f.result(10)
        except Exception as exc:  # already exists from an earlier round
            if "TOPIC_ALREADY_EXISTS" not in str(exc):
                raise
    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 2,
                         "message.timeout.ms": 4000, "retries": 0, "enable.idempotence": False,
                         "reconnect.backoff.max.ms": 200})
    acked = open(acked_path, "a")
    state = {"acked": 0, "failed": 0, "last_ok": time.monotonic(), "announced": False}

    def report(err, msg):
        if err is None:
            acked.write(msg.value().decode() + "\n")
            state["acked"] += 1
            state["last_ok"] = time.monotonic()
            if not state["announced"]:
                state["announced"] = True
                acked.flush()
                print("producing", flush=True)
        else:
            state["failed"] += 1

    n = 0
    while n < 3000000 and time.monotonic() - state["last_ok"] < 3.0:
        try:
            producer.produce(topic, value=("%s-%d" % (label, n)).encode(), on_delivery=report)
            n += 1
        except BufferError:
            producer.poll(0.01)
            continue
        if n % 100 == 0:
            producer.poll(0)
            acked.flush()
    producer.flush(6)
    acked.flush()
    acked.close()
    print("produced %d acked %d failed %d" % (n, state["acked"], state["failed"]), flush=True)


def verify(bootstrap, topic, acked_paths):
    expected = set()
    for path in acked_paths:
        if os.path.exists(path):
            with open(path) as f:
                expected.update(line.strip() for line in f if line.strip())
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "kafka-crash-verify",
                         "enable.auto.commit": False, "auto.offset.reset": "earliest"})
    partitions = consumer.list_topics(topic, timeout=10).topics[topic].partitions
    ends = {}
    for p in partitions:
        low, high = consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)
        ends[p] = high
    consumer.assign([TopicPartition(topic, p, 0) for p in partitions])
    seen = set()
    done = {p for p, high in ends.items() if high == 0}
    deadline = time.monotonic() + 60
    while len(done) < len(ends):
        if time.monotonic() > deadline:
            print("FAIL: could not read to the high watermarks %r" % ends, flush=True)
            sys.exit(1)
        msg = consumer.poll(0.5)
        if msg is None or msg.error():
            continue
        seen.add(msg.value().decode())
        if msg.offset() + 1 >= ends[msg.partition()]:
            done.add(msg.partition())
    consumer.close()
    lost = expected - seen
    if lost:
        print("FAIL: %d acknowledged records lost, e.g. %s" % (len(lost), sorted(lost)[:5]), flush=True)
        sys.exit(1)
    print("verified %d acknowledged records among %d read" % (len(expected), len(seen)), flush=True)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "produce":
        produce(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif mode == "verify":
        verify(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        print("usage: kafka_crash.py produce|verify …", flush=True)
        sys.exit(2)
