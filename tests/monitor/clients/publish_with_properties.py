#!/usr/bin/env python3
"""Publishes three messages to a queue with pika, for the queue-browse tests:
one with every basic property and typed headers (int32, int64, bool, table,
array, timestamp, bytes), one plain text, one binary. Prints "published"
once the broker confirmed all three.

Usage: publish_with_properties.py HOST PORT QUEUE
"""
import datetime
import sys

import pika

host, port, queue = sys.argv[1], int(sys.argv[2]), sys.argv[3]
connection = pika.BlockingConnection(pika.ConnectionParameters(host=host, port=port))
channel = connection.channel()
channel.confirm_delivery()
channel.queue_declare(queue=queue)

full = pika.BasicProperties(
    content_type='application/json', content_encoding='utf-8', delivery_mode=2, priority=4,
    correlation_id='corr-1', reply_to='replies', expiration='600000', message_id='msg-1',
    timestamp=1700000000, type='order.created', user_id='guest', app_id='shop',
    headers={'x-retries': 3, 'x-trace': 'abc', 'x-flag': True, 'x-big': 2 ** 40,
             'x-nested': {'a': 1}, 'x-list': [1, 'two'],
             'x-when': datetime.datetime(2024, 1, 2, 3, 4, 5), 'x-raw': b'\x00\x01'})
channel.basic_publish('', queue, b'{"order":42,"items":["a","b"]}', full)
channel.basic_publish('', queue, 'plain text h\u00e9llo'.encode('utf-8'),
                      pika.BasicProperties(content_type='text/plain'))
channel.basic_publish('', queue, bytes(range(256)), pika.BasicProperties(headers={'kind': 'binary'}))
print('published', flush=True)
connection.close()
