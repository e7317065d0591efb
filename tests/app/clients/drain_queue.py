"""Drains a queue completely and writes every body to a file.

  drain_queue.py HOST PORT QUEUE OUT_FILE

Reads the queue's message_count (passive declare), consumes with manual acks
(prefetch 1000, acked with multiple=true every 500 and at the end) until that
many messages arrived, writes the bodies to OUT_FILE one per line, then checks
with basic.get that the queue is empty; the get-empty reply also means the
broker has handled the acks. Prints "drained N redelivered R".
"""
from app_client_common import connect, fail, run, say


def main(host, port, args):
    if len(args) != 2:
        fail("usage: drain_queue.py HOST PORT QUEUE OUT_FILE")
    queue, out_path = args
    conn = connect(host, port)
    ch = conn.channel()
    expected = ch.queue_declare(queue, durable=True, passive=True).method.message_count
    ch.basic_qos(prefetch_count=1000)
    got = 0
    redelivered = 0
    with open(out_path, "wb") as out:
        if expected:
            for method, _props, body in ch.consume(queue, inactivity_timeout=15):
                if method is None:
                    fail("%s: %d of %d messages arrived, then 15 s without a delivery" % (queue, got, expected))
                out.write(body + b"\n")
                got += 1
                redelivered += bool(method.redelivered)
                if got == expected or got % 500 == 0:
                    ch.basic_ack(method.delivery_tag, multiple=True)
                if got == expected:
                    break
            extra = ch.get_waiting_message_count()
            if extra:
                fail("%s: %d deliveries beyond the %d counted" % (queue, extra, expected))
            ch.cancel()
    method, _props, body = ch.basic_get(queue, auto_ack=False)
    if method is not None:
        fail("%s: still holds messages after %d were drained (e.g. %r)" % (queue, got, body[:40]))
    conn.close()
    say("drained %d redelivered %d" % (got, redelivered))


if __name__ == "__main__":
    run(main, 90)
