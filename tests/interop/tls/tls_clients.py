#!/usr/bin/env python3
"""TLS clients for tst_interop_tls (issue 7): real libraries over Warren's
TLS listeners, verifying its certificate against the test's CA file.

Usage: tls_clients.py CASE HOST PORT CA_FILE
Cases:
  amqps-roundtrip   pika over TLS: declare, publish with confirms, consume
                    back; prints "amqps ok" and the negotiated TLS version.
  amqp-plain-to-tls pika without TLS against the TLS port: must fail to open
                    a connection; prints "refused".
  amqps-wrong-ca    pika over TLS trusting another CA: verification must
                    fail; prints "untrusted".
  kafka-ssl         confluent-kafka with security.protocol=SSL: produce 20
                    records with acks=all, consume them back in a group
                    (Metadata must name the TLS listener, or the client
                    would reconnect to the plain port); prints "kafka ssl ok".
Exit status 0 = the case behaved as expected.
"""
import ssl
import sys
import uuid

case, host, port, ca = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]


def fail(text):
    print('FAIL:', text, flush=True)
    sys.exit(1)


if case in ('amqps-roundtrip', 'amqp-plain-to-tls', 'amqps-wrong-ca'):
    import pika

    if case == 'amqp-plain-to-tls':
        try:
            pika.BlockingConnection(pika.ConnectionParameters(host=host, port=port, socket_timeout=5,
                                                              blocked_connection_timeout=5,
                                                              connection_attempts=1))
        except Exception as e:  # the TLS port never answers AMQP's protocol header
            print('refused', type(e).__name__, flush=True)
            sys.exit(0)
        fail('a plain AMQP connection opened on the TLS port')

    context = ssl.create_default_context(cafile=ca)
    if case == 'amqps-wrong-ca':
        context = ssl.create_default_context()  # the system CAs: Warren's test certificate is not among them
        try:
            pika.BlockingConnection(pika.ConnectionParameters(
                host=host, port=port, ssl_options=pika.SSLOptions(context, 'localhost'), connection_attempts=1))
        except Exception as e:
            print('untrusted', type(e).__name__, flush=True)
            sys.exit(0)
        fail('connected although the certificate is not trusted')

    params = pika.ConnectionParameters(host=host, port=port, ssl_options=pika.SSLOptions(context, 'localhost'))
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.confirm_delivery()
    queue = 'tls-' + uuid.uuid4().hex[:8]
    channel.queue_declare(queue, exclusive=True)
    bodies = [('message %d over TLS' % i).encode() * (1 + i * 100) for i in range(20)]
    for body in bodies:
        channel.basic_publish('', queue, body, pika.BasicProperties(delivery_mode=2))
    got = []
    for method, _, body in channel.consume(queue, inactivity_timeout=10):
        if method is None:
            break
        channel.basic_ack(method.delivery_tag)
        got.append(body)
        if len(got) == len(bodies):
            break
    channel.cancel()
    if got != bodies:
        fail('got %d of %d messages back, or changed' % (len(got), len(bodies)))
    version = connection._impl._transport._sock.version()
    connection.close()
    print('amqps ok', version, flush=True)
    sys.exit(0)

if case == 'kafka-ssl':
    from confluent_kafka import Consumer, Producer

    conf = {'bootstrap.servers': '%s:%d' % (host, port), 'security.protocol': 'SSL', 'ssl.ca.location': ca}
    topic = 'tls-' + uuid.uuid4().hex[:8]
    producer = Producer(dict(conf, acks='all'))
    delivered = []
    for i in range(20):
        producer.produce(topic, ('record %d' % i).encode(), key=str(i).encode(),
                         on_delivery=lambda err, msg: delivered.append(err))
    if producer.flush(30) != 0 or len(delivered) != 20 or any(delivered):
        fail('produce over TLS: %r' % delivered)
    consumer = Consumer(dict(conf, **{'group.id': topic, 'auto.offset.reset': 'earliest'}))
    consumer.subscribe([topic])
    values = []
    for _ in range(60):
        msg = consumer.poll(1.0)
        if msg is None:
            continue
        if msg.error():
            fail('consume over TLS: %s' % msg.error())
        values.append(msg.value())
        if len(values) == 20:
            break
    consumer.close()
    if sorted(values) != sorted(('record %d' % i).encode() for i in range(20)):
        fail('consumed %d of 20 records' % len(values))
    print('kafka ssl ok', flush=True)
    sys.exit(0)

fail('unknown case ' + case)
