"""Negotiates a heartbeat of N seconds, keeps the event loop running for S
seconds without any other traffic, then proves the connection still works.

Output: "heartbeat <negotiated>", then "alive after <S> s".
"""
import time

from app_client_common import connect, fail, run, say


def main(host, port, args):
    heartbeat, seconds = int(args[0]), float(args[1])
    conn = connect(host, port, heartbeat=heartbeat)
    negotiated = conn._impl.params.heartbeat
    say("heartbeat %s" % negotiated)
    if negotiated != heartbeat:
        fail("negotiated heartbeat %r, wanted %d" % (negotiated, heartbeat))
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        conn.process_data_events(time_limit=0.25)
        if not conn.is_open:
            fail("connection closed during the quiet period")
    ch = conn.channel()
    ch.queue_declare(queue="", exclusive=True)
    say("alive after %g s" % seconds)
    conn.close()


if __name__ == "__main__":
    run(main, 60)
