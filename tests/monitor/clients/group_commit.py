"""A confluent-kafka (librdkafka) consumer that joins a group, consumes a
given number of records, commits their offsets synchronously and leaves.

Usage: group_commit.py BOOTSTRAP TOPIC GROUP COUNT
Prints "committed <count>" on success. Exit 77 (skip) if confluent-kafka is
missing, 1 on failure.
"""
import sys
import time

try:
    from confluent_kafka import Consumer
except ImportError:
    print("confluent-kafka is not installed (apt-get install python3-confluent-kafka)", flush=True)
    sys.exit(77)


def main():
    bootstrap, topic, group, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "auto.offset.reset": "earliest",
                         "enable.auto.commit": False, "session.timeout.ms": 10000})
    consumer.subscribe([topic])
    got = 0
    deadline = time.monotonic() + 60
    while got < count:
        if time.monotonic() > deadline:
            print("FAIL: only %d of %d records within 60 s" % (got, count), flush=True)
            sys.exit(1)
        msg = consumer.poll(0.5)
        if msg is None or msg.error():
            continue
        got += 1
        # Commit exactly what was consumed so far (the next offset to read).
        consumer.commit(message=msg, asynchronous=False)
    consumer.close()
    print("committed %d" % got, flush=True)


if __name__ == "__main__":
    main()
