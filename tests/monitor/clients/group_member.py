"""A kafka-python consumer that joins a group and stays in it until told.

Usage: group_member.py BOOTSTRAP TOPIC GROUP
Prints "joined <partitions>" once it has an assignment, then polls until a
line arrives on stdin (or 60 s pass), closes (LeaveGroup) and prints "left".
Exit 77 (skip) if kafka-python is missing.
"""
import select
import sys
import time

try:
    from kafka import KafkaConsumer
except ImportError:
    print("kafka-python is not installed (apt-get install python3-kafka)", flush=True)
    sys.exit(77)


def main():
    bootstrap, topic, group = sys.argv[1:4]
    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group,
                             auto_offset_reset="earliest", enable_auto_commit=False,
                             session_timeout_ms=10000, heartbeat_interval_ms=500)
    deadline = time.monotonic() + 60
    while not consumer.assignment():
        if time.monotonic() > deadline:
            print("FAIL: no assignment", flush=True)
            sys.exit(1)
        consumer.poll(timeout_ms=200)
    print("joined %s" % sorted(p.partition for p in consumer.assignment()), flush=True)
    while time.monotonic() < deadline:
        consumer.poll(timeout_ms=200)
        ready, _, _ = select.select([sys.stdin], [], [], 0)
        if ready:
            break
    consumer.close()
    print("left", flush=True)


if __name__ == "__main__":
    main()
