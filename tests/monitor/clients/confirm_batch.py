#!/usr/bin/env python3
"""Publishes persistent messages to a durable queue with publisher confirms
(pika) and reports which the broker acknowledged and which it refused, for
the storage-fault tests. With MODE drain it consumes the queue instead.

Usage: confirm_batch.py HOST PORT QUEUE publish FIRST COUNT
       confirm_batch.py HOST PORT QUEUE drain
publish prints "acked a,b,..." and "nacked x,y,..." (message numbers) and
"open" if the connection is still usable afterwards; drain prints
"drained n,m,..." (the numbers found, in order).
"""
import sys

import pika

host, port, queue, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
connection = pika.BlockingConnection(pika.ConnectionParameters(host=host, port=port))
channel = connection.channel()
channel.queue_declare(queue, durable=True)

if mode == 'publish':
    first, count = int(sys.argv[5]), int(sys.argv[6])
    channel.confirm_delivery()
    acked, nacked = [], []
    for i in range(first, first + count):
        try:
            channel.basic_publish('', queue, b'message %d' % i, pika.BasicProperties(delivery_mode=2),
                                  mandatory=True)
            acked.append(i)
        except pika.exceptions.NackError:
            nacked.append(i)
    print('acked', ','.join(map(str, acked)), flush=True)
    print('nacked', ','.join(map(str, nacked)), flush=True)
    channel.queue_declare(queue, durable=True, passive=True)  # still usable
    print('open', flush=True)
elif mode == 'drain':
    found = []
    while True:
        method, _, body = channel.basic_get(queue, auto_ack=True)
        if method is None:
            break
        found.append(int(body.split()[1]))
    print('drained', ','.join(map(str, found)), flush=True)
connection.close()
