#!/usr/bin/env python3
"""Declares an x-delayed-message exchange (x-delayed-type direct) bound to a
queue and publishes messages with pika, each with an integer x-delay header,
for the Exchanges tab's Scheduled list. Prints "published" once the broker
confirmed them all.

Usage: publish_delayed.py HOST PORT EXCHANGE QUEUE DELAY_MS [DELAY_MS ...]
Message i has routing key QUEUE, body "delayed-<i>" and message id "m<i>".
"""
import sys

import pika

host, port, exchange, queue = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
delays = [int(d) for d in sys.argv[5:]]
connection = pika.BlockingConnection(pika.ConnectionParameters(host=host, port=port))
channel = connection.channel()
channel.confirm_delivery()
channel.exchange_declare(exchange=exchange, exchange_type='x-delayed-message',
                         arguments={'x-delayed-type': 'direct'})
channel.queue_declare(queue=queue)
channel.queue_bind(queue=queue, exchange=exchange, routing_key=queue)
for i, delay in enumerate(delays):
    channel.basic_publish(exchange, queue, ('delayed-%d' % i).encode(),
                          pika.BasicProperties(headers={'x-delay': delay}, message_id='m%d' % i))
print('published', flush=True)
connection.close()
