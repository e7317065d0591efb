"""Kafka SASL/PLAIN with confluent-kafka (issue 7).

Run as:  kafka_sasl.py BOOTSTRAP CASE
The broker runs with --kafka-sasl and has user alice / secret.
Exit 0 on success, 1 on failure (printing "FAIL: ..."), 77 to skip.
"""
import sys
import uuid

try:
    import confluent_kafka
    from confluent_kafka import Consumer, KafkaException, Producer
    from confluent_kafka.admin import AdminClient
except ImportError:
    print("SKIP: confluent_kafka is not importable (apt-get install python3-confluent-kafka)")
    sys.exit(77)

BOOTSTRAP, CASE = sys.argv[1], sys.argv[2]


def sasl(user, password):
    return {"bootstrap.servers": BOOTSTRAP, "security.protocol": "SASL_PLAINTEXT", "sasl.mechanisms": "PLAIN",
            "sasl.username": user, "sasl.password": password}


def good_password_produces_and_consumes():
    topic = "sasl-" + uuid.uuid4().hex[:10]
    p = Producer(dict(sasl("alice", "secret"), acks="all"))
    delivered = []
    for i in range(20):
        p.produce(topic, value=b"v%d" % i, on_delivery=lambda err, msg: delivered.append(err))
    p.flush(30)
    if len(delivered) != 20 or any(delivered):
        raise AssertionError("deliveries: %r" % delivered)
    c = Consumer(dict(sasl("alice", "secret"), **{"group.id": "g-" + topic, "auto.offset.reset": "earliest"}))
    c.subscribe([topic])
    got = []
    while len(got) < 20:
        m = c.poll(15)
        if m is None:
            raise AssertionError("timed out after %d records" % len(got))
        if m.error():
            raise AssertionError(str(m.error()))
        got.append(m.value())
    c.close()
    if got != [b"v%d" % i for i in range(20)]:
        raise AssertionError("records: %r" % got)


def expect_auth_failure(conf):
    admin = AdminClient(conf)
    try:
        admin.list_topics(timeout=10)
    except KafkaException as e:
        err = e.args[0]
        admin.poll(1)  # serves error_cb
        if err.code() in (confluent_kafka.KafkaError._AUTHENTICATION, confluent_kafka.KafkaError._TRANSPORT,
                          confluent_kafka.KafkaError._ALL_BROKERS_DOWN, confluent_kafka.KafkaError._TIMED_OUT):
            return str(err)
        raise AssertionError("unexpected error %r" % err)
    raise AssertionError("metadata was served")


def bad_password_is_refused():
    errors = []
    conf = dict(sasl("alice", "wrong"), error_cb=lambda err: errors.append(err))
    expect_auth_failure(conf)
    auth = [e for e in errors if e.code() == confluent_kafka.KafkaError._AUTHENTICATION]
    if not auth:
        raise AssertionError("no authentication error reported: %r" % errors)
    if "Authentication failed" not in str(auth[0]):
        raise AssertionError("error text: %s" % auth[0])


def unknown_user_is_refused():
    errors = []
    expect_auth_failure(dict(sasl("nobody", "secret"), error_cb=lambda err: errors.append(err)))
    if not any(e.code() == confluent_kafka.KafkaError._AUTHENTICATION for e in errors):
        raise AssertionError("no authentication error reported: %r" % errors)


def plaintext_client_is_refused():
    expect_auth_failure({"bootstrap.servers": BOOTSTRAP, "error_cb": lambda err: None})


def kafka_python_logs_in_with_a_v0_handshake():
    # kafka-python 2.0 sends SaslHandshake v0 and then the bare PLAIN token.
    try:
        from kafka import KafkaProducer
        from kafka.errors import NoBrokersAvailable
    except ImportError:
        print("SKIP: kafka-python is not importable (apt-get install python3-kafka)")
        sys.exit(77)
    def producer(password):
        return KafkaProducer(bootstrap_servers=BOOTSTRAP, security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN",
                             sasl_plain_username="alice", sasl_plain_password=password, request_timeout_ms=5000,
                             api_version_auto_timeout_ms=5000)
    p = producer("secret")
    p.send("sasl-kp-" + uuid.uuid4().hex[:8], b"x").get(timeout=15)
    p.close()
    try:
        producer("wrong").close()
    except NoBrokersAvailable:
        return
    raise AssertionError("kafka-python logged in with a wrong password")


CASES = {f.__name__: f for f in [good_password_produces_and_consumes, bad_password_is_refused,
                                  unknown_user_is_refused, plaintext_client_is_refused,
                                  kafka_python_logs_in_with_a_v0_handshake]}

if __name__ == "__main__":
    try:
        CASES[CASE]()
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001
        print("FAIL: %s: %s" % (type(exc).__name__, exc))
        sys.exit(1)
    print("OK: " + CASE)
