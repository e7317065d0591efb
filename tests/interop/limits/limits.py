"""Limits with real clients (issue 7): pika and confluent-kafka against a
warren started with --max-message-size, --max-queues, --max-connections,
--max-topics or --kafka-max-message-bytes (tst_interop_limits.cpp).

Run as:  limits.py HOST AMQP_PORT KAFKA_PORT CASE
Exits 0 on success, 1 on failure ("FAIL: ..."), 77 to skip.
"""
import sys
import time

import pika
import pika.exceptions

sys.path.insert(0, __file__.rsplit("/", 2)[0] + "/pika")
from interop_common import check, check_equal, unique  # noqa: E402
from limits_common import run  # noqa: E402

HOST, AMQP_PORT, KAFKA_PORT, CASE = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
BOOTSTRAP = "%s:%d" % (HOST, KAFKA_PORT)


def connect():
    return pika.BlockingConnection(pika.ConnectionParameters(
        host=HOST, port=AMQP_PORT, credentials=pika.PlainCredentials("guest", "guest"),
        connection_attempts=1, socket_timeout=10))


def message_size():
    """--max-message-size 1000: RabbitMQ's 406 for a bigger body; the connection stays."""
    conn = connect()
    ch = conn.channel()
    q = unique("size")
    ch.queue_declare(q)
    ch.basic_publish("", q, b"x" * 1000)
    method, _, body = ch.basic_get(q, auto_ack=True)
    check(method is not None and len(body) == 1000, "a message of exactly the limit is delivered")
    try:
        ch.basic_publish("", q, b"y" * 1001)
        ch.queue_declare(q, passive=True)  # a round trip, so the close arrives
        raise AssertionError("a message over the limit was accepted")
    except pika.exceptions.ChannelClosedByBroker as e:
        check_equal(e.reply_code, 406, "reply code")
        check_equal(e.reply_text,
                    "PRECONDITION_FAILED - message size 1001 is larger than configured max size 1000",
                    "reply text")
    ch2 = conn.channel()
    check_equal(ch2.queue_declare(q, passive=True).method.message_count, 0, "nothing of the refused message queued")
    conn.close()
    print("message size ok")


def max_queues():
    """--max-queues 3: the fourth new queue is refused with RabbitMQ's text."""
    conn = connect()
    ch = conn.channel()
    names = [unique("q%d" % i) for i in range(4)]
    for n in names[:3]:
        ch.queue_declare(n)
    try:
        ch.queue_declare(names[3])
        raise AssertionError("a fourth queue was declared")
    except pika.exceptions.ChannelClosedByBroker as e:
        check_equal(e.reply_code, 406, "reply code")
        check_equal(e.reply_text, "PRECONDITION_FAILED - cannot declare queue '%s': queue limit in vhost '/' (3) "
                    "is reached" % names[3], "reply text")
    ch = conn.channel()
    ch.queue_declare(names[0])               # redeclaring an existing queue is fine
    ch.queue_declare(names[1], passive=True)
    ch.queue_delete(names[2])
    ch.queue_declare(names[3])               # room again
    conn.close()
    print("max queues ok")


def kafka_metadata_works(timeout):
    from confluent_kafka.admin import AdminClient
    admin = AdminClient({"bootstrap.servers": BOOTSTRAP, "socket.connection.setup.timeout.ms": 3000})
    try:
        admin.list_topics(timeout=timeout)
        return True
    except Exception:  # KafkaException: transport failure, all brokers down
        return False


def max_connections():
    """--max-connections 2: a third AMQP connection gets 530 at connection.open,
    Kafka is closed at accept; the two open connections keep working."""
    a, b = connect(), connect()
    try:
        connect().close()
        raise AssertionError("a third connection was opened")
    except pika.exceptions.AMQPConnectionError as e:
        text = str(e)
        check("530" in text, "reply code 530 in %r" % text)
        check("NOT_ALLOWED - access to vhost '/' refused for user 'guest': connection limit (2) is reached" in text,
              "RabbitMQ's text in %r" % text)
    check(not kafka_metadata_works(4), "a Kafka client over the limit is refused")
    for conn in (a, b):
        ch = conn.channel()
        q = ch.queue_declare("", exclusive=True).method.queue
        ch.basic_publish("", q, b"still here")
        method, _, body = ch.basic_get(q, auto_ack=True)
        check(body == b"still here", "an admitted connection keeps working")
    b.close()
    time.sleep(0.2)
    c = connect()  # room for one again
    c.close()
    a.close()
    time.sleep(0.2)
    check(kafka_metadata_works(10), "Kafka is admitted once there is room")
    print("max connections ok")


def max_topics():
    """--max-topics 2: CreateTopics past it is POLICY_VIOLATION; auto-creation
    does not happen (the producer's record fails)."""
    from confluent_kafka import KafkaError, Producer
    from confluent_kafka.admin import AdminClient, NewTopic
    admin = AdminClient({"bootstrap.servers": BOOTSTRAP})
    t = [unique("t%d" % i).replace("interop-pika-", "lim-") for i in range(4)]
    for f in admin.create_topics([NewTopic(t[0], 1), NewTopic(t[1], 1)]).values():
        f.result(timeout=10)
    try:
        admin.create_topics([NewTopic(t[2], 1)])[t[2]].result(timeout=10)
        raise AssertionError("a third topic was created")
    except Exception as e:  # KafkaException(KafkaError)
        err = e.args[0]
        check_equal(err.code(), KafkaError.POLICY_VIOLATION, "CreateTopics error")
        check("topic limit (2)" in err.str(), "message names the limit: %r" % err.str())
    errors = []
    p = Producer({"bootstrap.servers": BOOTSTRAP, "message.timeout.ms": 4000,
                  "topic.metadata.propagation.max.ms": 1000})
    p.produce(t[3], b"v", on_delivery=lambda e, m: errors.append(e))
    p.flush(15)
    check(len(errors) == 1 and errors[0] is not None, "the record for an uncreatable topic fails: %r" % errors)
    check(errors[0].code() in (KafkaError.UNKNOWN_TOPIC_OR_PART, KafkaError._UNKNOWN_TOPIC,
                               KafkaError._MSG_TIMED_OUT), "error %r" % errors[0])
    check(t[3] not in admin.list_topics(timeout=10).topics, "the topic was not auto-created")
    admin.delete_topics([t[0]])[t[0]].result(timeout=10)
    admin.create_topics([NewTopic(t[2], 1)])[t[2]].result(timeout=10)  # room again
    print("max topics ok")


def message_too_large():
    """--kafka-max-message-bytes 10000 and a topic with max.message.bytes=2000:
    a bigger record batch is MESSAGE_TOO_LARGE (10), smaller ones are stored."""
    from confluent_kafka import Consumer, KafkaError, Producer
    from confluent_kafka.admin import AdminClient, NewTopic
    admin = AdminClient({"bootstrap.servers": BOOTSTRAP})
    small, big = "lim-small-" + unique("s")[-12:], "lim-big-" + unique("b")[-12:]
    for f in admin.create_topics([NewTopic(small, 1, config={"max.message.bytes": "2000"}),
                                  NewTopic(big, 1)]).values():
        f.result(timeout=10)
    # The client's own limit is raised, so the broker is the one refusing.
    p = Producer({"bootstrap.servers": BOOTSTRAP, "message.max.bytes": 2000000, "compression.type": "none",
                  "linger.ms": 0, "retries": 0})
    outcomes = []

    def send(topic, size):
        p.produce(topic, b"z" * size, on_delivery=lambda e, m: outcomes.append((topic, size, e)))
        p.flush(15)
        return outcomes[-1][2]

    check(send(small, 1500) is None, "1500 bytes fit a 2000-byte topic")
    e = send(small, 3000)
    check(e is not None and e.code() == KafkaError.MSG_SIZE_TOO_LARGE, "3000 bytes refused: %r" % e)
    check(send(big, 5000) is None, "5000 bytes fit the broker default of 10000")
    e = send(big, 20000)
    check(e is not None and e.code() == KafkaError.MSG_SIZE_TOO_LARGE, "20000 bytes refused: %r" % e)
    c = Consumer({"bootstrap.servers": BOOTSTRAP, "group.id": unique("g"), "auto.offset.reset": "earliest"})
    c.subscribe([small, big])
    got = []
    deadline = time.time() + 20
    while len(got) < 2 and time.time() < deadline:
        m = c.poll(0.5)
        if m is not None and not m.error():
            got.append((m.topic(), len(m.value())))
    time.sleep(1)
    m = c.poll(0.5)
    check(m is None or m.error(), "nothing refused was stored")
    c.close()
    check_equal(sorted(got), sorted([(small, 1500), (big, 5000)]), "stored records")
    print("message too large ok")


def request_too_large():
    """--kafka-max-request-bytes 65536: a Produce request larger than that
    closes the connection (Kafka's socket.request.max.bytes); nothing of it is
    stored, smaller requests keep working."""
    from confluent_kafka import Consumer, Producer
    from confluent_kafka.admin import AdminClient, NewTopic
    admin = AdminClient({"bootstrap.servers": BOOTSTRAP})
    topic = "lim-req-" + unique("r")[-12:]
    admin.create_topics([NewTopic(topic, 1, config={"max.message.bytes": "1000000"})])[topic].result(timeout=10)
    p = Producer({"bootstrap.servers": BOOTSTRAP, "compression.type": "none", "linger.ms": 0,
                  "message.timeout.ms": 4000})
    results = []
    p.produce(topic, b"small", on_delivery=lambda e, m: results.append(e))
    p.flush(15)
    check(results == [None], "a small record is stored: %r" % results)
    p.produce(topic, b"B" * 100000, on_delivery=lambda e, m: results.append(e))
    p.flush(20)
    check(len(results) == 2 and results[1] is not None, "the 100 kB request is refused: %r" % results)
    p.produce(topic, b"after", on_delivery=lambda e, m: results.append(e))
    p.flush(15)
    check(len(results) == 3 and results[2] is None, "the producer reconnects and goes on: %r" % results)
    c = Consumer({"bootstrap.servers": BOOTSTRAP, "group.id": unique("g"), "auto.offset.reset": "earliest"})
    c.subscribe([topic])
    got = []
    deadline = time.time() + 20
    while len(got) < 2 and time.time() < deadline:
        m = c.poll(0.5)
        if m is not None and not m.error():
            got.append(m.value())
    c.close()
    check_equal(got, [b"small", b"after"], "stored records")
    print("request too large ok")


CASES = {"message_size": message_size, "max_queues": max_queues, "max_connections": max_connections,
         "max_topics": max_topics, "message_too_large": message_too_large,
         "request_too_large": request_too_large}

if __name__ == "__main__":
    run(CASES[CASE])
