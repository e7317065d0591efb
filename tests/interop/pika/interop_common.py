"""Shared plumbing for the pika interop scripts.

Every script is run as:  script.py HOST PORT CASE
and exits 0 on success, 1 on failure (printing "FAIL: <reason>"), 77 to skip.
Each case has its own time limit so a hang becomes a clear failure.
"""
import signal
import sys
import time
import traceback
import uuid

import pika
import pika.exceptions

CASE_TIME_LIMIT_S = 60
SKIP_EXIT_CODE = 77


class CaseFailure(Exception):
    pass


class CaseSkipped(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CaseFailure(message)


def check_equal(actual, expected, what):
    if actual != expected:
        raise CaseFailure("%s: expected %r, got %r" % (what, expected, actual))


def unique(prefix):
    """Queue/exchange names unique per run, so cases never see each other."""
    return "interop-pika-%s-%s" % (prefix, uuid.uuid4().hex[:12])


def connect(host, port):
    params = pika.ConnectionParameters(
        host=host, port=port,
        credentials=pika.PlainCredentials("guest", "guest"),
        connection_attempts=1, socket_timeout=10, blocked_connection_timeout=30,
        heartbeat=60)
    return pika.BlockingConnection(params)


def expect_channel_closed(code, text_prefix, action, what):
    """Runs action(); it must make the broker close the channel with `code`."""
    try:
        action()
    except pika.exceptions.ChannelClosedByBroker as exc:
        check_equal(exc.reply_code, code, what + " reply code")
        check(exc.reply_text.startswith(text_prefix),
              "%s: reply text %r does not start with %r" % (what, exc.reply_text, text_prefix))
        return exc
    raise CaseFailure("%s: expected channel.close %d %s, but the call succeeded"
                      % (what, code, text_prefix))


def message_count(connection, queue):
    """Depth of a queue, asked on a fresh channel with a passive declare."""
    ch = connection.channel()
    try:
        return ch.queue_declare(queue=queue, passive=True).method.message_count
    finally:
        ch.close()


def pump(connection, seconds):
    """Processes I/O and callbacks for `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return
        connection.process_data_events(time_limit=min(remaining, 0.1))


def pump_until(connection, predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise CaseFailure("timed out after %.1f s waiting for %s" % (seconds, what))
        connection.process_data_events(time_limit=0.05)


def main(cases):
    if len(sys.argv) != 4 or sys.argv[3] not in cases:
        print("usage: %s HOST PORT CASE\ncases: %s" % (sys.argv[0], ", ".join(sorted(cases))))
        return 2
    host, port, case = sys.argv[1], int(sys.argv[2]), sys.argv[3]

    def on_alarm(signum, frame):
        raise CaseFailure("case %s exceeded its %d s time limit" % (case, CASE_TIME_LIMIT_S))

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(CASE_TIME_LIMIT_S)
    try:
        cases[case](host, port)
    except CaseSkipped as exc:
        print("SKIP: %s" % exc)
        return SKIP_EXIT_CODE
    except CaseFailure as exc:
        print("FAIL: %s" % exc)
        return 1
    except Exception as exc:  # an unexpected client error is a failure too
        traceback.print_exc()
        print("FAIL: unexpected %s: %s" % (type(exc).__name__, exc))
        return 1
    finally:
        signal.alarm(0)
    print("OK: %s" % case)
    return 0
