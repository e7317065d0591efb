"""Connects, consumes from an exclusive queue and blocks in the event loop
until the broker closes the connection; prints how it was closed.

Output: "ready" once consuming, then "closed-by-broker <code> <text>".
Used while the test sends warren SIGTERM/SIGINT.
"""
import time

import pika.exceptions

from app_client_common import connect, fail, run, say


def main(host, port, args):
    mode = args[0] if args else "consume"
    conn = connect(host, port)
    ch = conn.channel()
    q = ch.queue_declare(queue="", exclusive=True).method.queue
    try:
        if mode == "consume":
            ch.basic_consume(queue=q, on_message_callback=lambda *a: None, auto_ack=True)
            say("ready")
            ch.start_consuming()
        else:
            say("ready")
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                conn.process_data_events(time_limit=1)
    except pika.exceptions.ConnectionClosedByBroker as exc:
        say("closed-by-broker %d %s" % (exc.reply_code, exc.reply_text))
        return
    fail("the broker did not close the connection")


if __name__ == "__main__":
    run(main, 40)
