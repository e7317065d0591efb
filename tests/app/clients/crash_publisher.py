"""Publishes persistent messages with publisher confirms, many in flight,
until the broker goes away; records every confirmed sequence number.

  crash_publisher.py HOST PORT QUEUE ROUND CONFIRMED_FILE [WINDOW]
  crash_publisher.py HOST PORT QUEUE ROUND CONFIRMED_FILE tx [BATCH]

Declares QUEUE durable, puts the channel in confirm mode and publishes
messages whose body is "ROUND:SEQ" (SEQ = 0, 1, 2, ...), delivery-mode 2, to
QUEUE through the default exchange, keeping at most WINDOW (default 500)
unconfirmed. As basic.ack frames arrive (single or multiple), the confirmed
SEQs are appended to CONFIRMED_FILE, one per line, and the file is flushed
before anything else happens (only the broker is killed, never this
process, so a flush is enough). Nacked SEQs are not written (and counted).

Prints "publishing" once the first message is out. When the connection is
lost (the test kills the broker) it prints
"published N confirmed C nacked K" and exits 0. Used by tst_app_crash with
pika's asynchronous SelectConnection, so group commit sees many messages at
once rather than one per round trip.

With "tx" the channel is transactional instead (tx.select): BATCH messages
(default 100) are published, then tx.commit; the batch's SEQs are recorded
once commit-ok has arrived (a BlockingConnection: one commit in flight). The
summary line then ends with "commit-sent S": SEQs >= S were never covered by a
tx.commit and must not reach the queue.
"""
import pika
import pika.exceptions

from app_client_common import connect, fail, run, say


class Publisher:
    def __init__(self, host, port, queue, round_no, confirmed_path, window):
        self.queue = queue
        self.prefix = ("%s:" % round_no).encode()
        self.window = window
        self.out = open(confirmed_path, "w")
        self.props = pika.BasicProperties(delivery_mode=2)
        self.channel = None
        self.published = 0       # delivery tags are 1..published, SEQ = tag - 1
        self.lowest_open = 1     # lowest tag not yet confirmed (or nacked)
        self.settled_above = set()  # tags >= lowest_open settled individually
        self.confirmed = 0
        self.nacked = 0
        self.announced = False
        self.lost_reason = None
        params = pika.ConnectionParameters(
            host=host, port=int(port), credentials=pika.PlainCredentials("guest", "guest"),
            connection_attempts=1, socket_timeout=10, heartbeat=0)
        self.conn = pika.SelectConnection(params, on_open_callback=self.on_open,
                                          on_open_error_callback=self.on_open_error,
                                          on_close_callback=self.on_closed)

    def on_open_error(self, _conn, err):
        self.lost_reason = "could not connect: %s" % err
        self.conn.ioloop.stop()

    def on_open(self, conn):
        conn.channel(on_open_callback=self.on_channel)

    def on_channel(self, ch):
        self.channel = ch
        ch.confirm_delivery(self.on_confirm, callback=lambda _f: ch.queue_declare(
            self.queue, durable=True, callback=lambda _f: self.top_up()))

    def top_up(self):
        if self.channel is None or not self.channel.is_open:
            return
        while self.published - (self.lowest_open - 1) - len(self.settled_above) < self.window:
            seq = self.published
            self.channel.basic_publish("", self.queue, self.prefix + str(seq).encode(), self.props)
            self.published += 1
        if not self.announced:
            self.announced = True
            say("publishing")

    def settle(self, tag, ack, lines):
        if ack:
            lines.append(str(tag - 1))
            self.confirmed += 1
        else:
            self.nacked += 1

    def on_confirm(self, frame):
        method = frame.method
        ack = isinstance(method, pika.spec.Basic.Ack)
        tag = method.delivery_tag
        lines = []
        if method.multiple:
            for t in range(self.lowest_open, tag + 1):
                if t in self.settled_above:
                    self.settled_above.discard(t)
                else:
                    self.settle(t, ack, lines)
            self.lowest_open = max(self.lowest_open, tag + 1)
        elif tag >= self.lowest_open and tag not in self.settled_above:
            self.settle(tag, ack, lines)
            self.settled_above.add(tag)
        while self.lowest_open in self.settled_above:
            self.settled_above.discard(self.lowest_open)
            self.lowest_open += 1
        if lines:
            self.out.write("\n".join(lines) + "\n")
            self.out.flush()
        self.top_up()

    def on_closed(self, _conn, reason):
        self.lost_reason = "%s: %s" % (type(reason).__name__, reason)
        self.conn.ioloop.stop()

    def run(self):
        self.conn.ioloop.start()
        self.out.close()


def publish_in_transactions(host, port, queue, round_no, confirmed_path, batch):
    """tx mode: returns (published, committed, commit_sent, why the connection
    ended); commit_sent counts the messages covered by a tx.commit sent."""
    prefix = ("%s:" % round_no).encode()
    props = pika.BasicProperties(delivery_mode=2)
    published = committed = commit_sent = 0
    with open(confirmed_path, "w") as out:
        try:
            conn = connect(host, port, heartbeat=0)
            ch = conn.channel()
            ch.queue_declare(queue, durable=True)
            ch.tx_select()
            while True:
                first = published
                for _ in range(batch):
                    ch.basic_publish("", queue, prefix + str(published).encode(), props)
                    published += 1
                if first == 0:
                    say("publishing")
                commit_sent = published
                ch.tx_commit()
                out.write("\n".join(str(s) for s in range(first, published)) + "\n")
                out.flush()
                committed = published
        except pika.exceptions.AMQPError as exc:
            if published == 0:
                fail("never started publishing (%s: %s)" % (type(exc).__name__, exc))
            return published, committed, commit_sent, "%s: %s" % (type(exc).__name__, exc)


def main(host, port, args):
    if len(args) < 3 or len(args) > 5 or (len(args) == 5 and args[3] != "tx"):
        fail("usage: crash_publisher.py HOST PORT QUEUE ROUND CONFIRMED_FILE [WINDOW | tx [BATCH]]")
    if len(args) >= 4 and args[3] == "tx":
        batch = int(args[4]) if len(args) == 5 else 100
        published, committed, commit_sent, why = publish_in_transactions(host, port, args[0], args[1], args[2],
                                                                          batch)
        say("connection ended: %s" % why)
        say("published %d confirmed %d nacked 0 (tx.commit-ok) commit-sent %d" % (published, committed, commit_sent))
        return
    window = int(args[3]) if len(args) == 4 else 500
    pub = Publisher(host, port, args[0], args[1], args[2], window)
    pub.run()
    if not pub.announced:
        fail("never started publishing (%s)" % pub.lost_reason)
    say("connection ended: %s" % pub.lost_reason)
    say("published %d confirmed %d nacked %d" % (pub.published, pub.confirmed, pub.nacked))


if __name__ == "__main__":
    run(main, 60)
