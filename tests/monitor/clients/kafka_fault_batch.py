#!/usr/bin/env python3
"""Produces records with confluent-kafka (acks=all) and reports which the
broker acknowledged, for the storage-fault tests; or reads a topic back.

Usage: kafka_fault_batch.py BOOTSTRAP TOPIC produce FIRST COUNT
       kafka_fault_batch.py BOOTSTRAP TOPIC read
produce prints "acked a,b,..." and "failed x,y,..." (record numbers; a
record fails when the broker keeps refusing it for message.timeout.ms);
read prints "read n,m,...".
"""
import sys

from confluent_kafka import Consumer, Producer, TopicPartition

bootstrap, topic, mode = sys.argv[1], sys.argv[2], sys.argv[3]
if mode == 'produce':
    first, count = int(sys.argv[4]), int(sys.argv[5])
    producer = Producer({'bootstrap.servers': bootstrap, 'acks': 'all', 'message.timeout.ms': 4000,
                         'enable.idempotence': False, 'linger.ms': 0})
    acked, failed = [], []

    def done(err, msg):
        n = int(msg.value().split()[1])
        (failed if err else acked).append(n)

    for i in range(first, first + count):
        producer.produce(topic, b'record %d' % i, partition=0, on_delivery=done)
        producer.poll(0)
    producer.flush(30)
    print('acked', ','.join(map(str, sorted(acked))), flush=True)
    print('failed', ','.join(map(str, sorted(failed))), flush=True)
elif mode == 'read':
    consumer = Consumer({'bootstrap.servers': bootstrap, 'group.id': 'fault-reader', 'enable.auto.commit': False})
    low, high = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
    consumer.assign([TopicPartition(topic, 0, low)])
    found = []
    while high > low and len(found) < high - low:
        msg = consumer.poll(5)
        if msg is None:
            break
        if not msg.error():
            found.append(int(msg.value().split()[1]))
    consumer.close()
    print('read', ','.join(map(str, found)), flush=True)
