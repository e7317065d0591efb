"""A blocked publisher that ignores connection.blocked (issue 7), with pika.

Run as:  amqp_flood.py HOST PORT
  prints "ready"        -> the test raises the memory alarm, writes a line
  a thread publishes 64 messages of 1 MiB without waiting: the first content
  frame blocks the connection, the rest must stay in the client and the
  kernel (the broker stops reading); after 3 s prints "flooding"
                        -> the test checks the broker did not read them,
                           clears the alarm, writes a line
  all 64 publishes complete and a consumer counts 64 messages: "delivered 64".
"""
import sys
import threading
import time

import pika

sys.path.insert(0, __file__.rsplit("/", 2)[0] + "/pika")
from interop_common import check, check_equal, message_count, unique  # noqa: E402
from limits_common import run  # noqa: E402

HOST, PORT = sys.argv[1], int(sys.argv[2])
COUNT, SIZE = 64, 1 << 20


def connect():
    return pika.BlockingConnection(pika.ConnectionParameters(
        host=HOST, port=PORT, credentials=pika.PlainCredentials("guest", "guest"),
        connection_attempts=1, socket_timeout=30, heartbeat=0))


def main():
    publisher = connect()
    ch = publisher.channel()
    q = unique("flood")
    ch.queue_declare(q)
    print("ready", flush=True)
    sys.stdin.readline()  # the alarm is raised

    done = []
    body = b"f" * SIZE

    def flood():
        for _ in range(COUNT):
            ch.basic_publish("", q, body)
        done.append(True)

    t = threading.Thread(target=flood, daemon=True)
    t.start()
    time.sleep(3)
    check(not done, "64 MiB went out although the broker should have stopped reading")
    print("flooding", flush=True)
    sys.stdin.readline()  # the alarm is cleared
    t.join(60)
    check(done, "the publishes completed after the alarm cleared")
    consumer = connect()
    deadline = time.time() + 30
    while message_count(consumer, q) < COUNT and time.time() < deadline:
        time.sleep(0.2)
    check_equal(message_count(consumer, q), COUNT, "messages queued")
    consumer.close()
    publisher.close()
    print("delivered %d" % COUNT, flush=True)


if __name__ == "__main__":
    run(main)
