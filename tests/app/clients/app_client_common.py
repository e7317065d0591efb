"""Plumbing shared by the app tests' pika scripts.

Each script is run as  script.py HOST PORT [ARGS...]  by a Qt Test in
tests/app, prints what happened on stdout (one fact per line, flushed), and
exits 0 on success, 1 on failure ("FAIL: <reason>"). Every script has its own
time limit (SIGALRM) so a hang becomes a clear failure, not a CTest timeout.
"""
import signal
import sys
import traceback

import pika
import pika.exceptions


def say(*parts):
    print(*parts, flush=True)


def fail(reason):
    say("FAIL: %s" % reason)
    sys.exit(1)


def connect(host, port, heartbeat=60):
    params = pika.ConnectionParameters(
        host=host, port=int(port),
        credentials=pika.PlainCredentials("guest", "guest"),
        connection_attempts=1, socket_timeout=10, heartbeat=heartbeat)
    return pika.BlockingConnection(params)


def run(main, time_limit_s):
    def on_alarm(signum, frame):
        fail("time limit of %d s reached" % time_limit_s)
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(time_limit_s)
    try:
        main(sys.argv[1], sys.argv[2], sys.argv[3:])
    except SystemExit:
        raise
    except Exception as exc:  # report anything unexpected with its traceback
        traceback.print_exc()
        fail("%s: %s" % (type(exc).__name__, exc))
    sys.exit(0)
