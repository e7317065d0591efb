#!/usr/bin/python3
# Writes the bad-input corpus: amqp/<case>.bin and kafka/<case>.bin, and
# manifest.txt naming, for each case, the connection stage it is sent at and
# the reaction RabbitMQ 3.10 / Kafka have to it. The .bin files and the
# manifest are committed; edit the cases here and run this again:
#
#   /usr/bin/python3 tests/hardening/corpus/make_corpus.py
#
# Expectations (manifest column 4; alternatives separated by "|"):
#   header            the broker answers AMQP\0\0\x09\x01 and closes
#   close:<code>      connection.close <code> (then close-ok, socket closed)
#   channel-close:<c> channel.close <c>; the connection stays usable
#   silent            socket closed without a frame
#   kclose            Kafka: socket closed without a response
#   api-error:<code>  Kafka: a response whose first field is error_code <code>
#   produce-error:<c> Kafka: a Produce response whose partition error is <c>
#   nothing           no reaction within 8 s (the connection stays open)
# Column 5, when present, is RabbitMQ 3.10's reaction where Warren's differs
# on purpose (rabbitmq=<expectation>); replaying against an external broker
# (pid 0) checks that one instead.
#
# AMQP stages: none (bytes right after connect), header (after the protocol
# header and connection.start), tuned (start-ok and tune-ok sent, no open),
# open (connection open), channel (channel 1 open). Kafka cases are sent on a
# fresh connection; correlation id 7; the topic "hardening.kafka" exists.

import os
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "clients"))
from hardening_common import (basic_publish, content_header, frame, kstring, method, produce_v3,  # noqa: E402
                              record_batch, request, shortstr)

HERE = os.path.dirname(os.path.abspath(__file__))
KTOPIC = "hardening.kafka"

amqp = []   # (name, stage, expect, rabbitmq, bytes, why)
kafka = []  # (name, expect, bytes, why)


def a(name, stage, expect, data, why, rabbitmq=None):
    amqp.append((name, stage, expect, rabbitmq, data, why))


def k(name, expect, data, why):
    kafka.append((name, expect, data, why))


def queue_declare(channel, name, args_table=b"\x00\x00\x00\x00", flags=0):
    return method(channel, 50, 10, struct.pack(">H", 0) + shortstr(name) + bytes([flags]) + args_table)


def table(entries):
    return struct.pack(">I", len(entries)) + entries


start_ok = struct.pack(">I", 0) + shortstr("PLAIN") + struct.pack(">I", 12) + b"\0guest\0guest" + shortstr("en_US")

# --- before and during the handshake
a("wrong_protocol_version", "none", "header", b"AMQP\x00\x00\x09\x02",
  "AMQP 0-9-2 does not exist: answer with our header and close")
a("http_request", "none", "header", b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n",
  "not AMQP at all")
a("frame_before_protocol_header", "none", "header", method(0, 10, 11, start_ok),
  "a method frame where the protocol header belongs")
# RabbitMQ 3.10 refuses silently (after a 3 s delay) while the handshake is
# not done; Warren answers connection.close with the code RabbitMQ would use
# once open (tests/app/tst_app_live_broker relies on it).
a("bad_frame_end_during_handshake", "header", "close:501", method(0, 10, 11, start_ok)[:-1] + b"\x00",
  "start-ok whose frame-end octet is 0x00", rabbitmq="silent")
a("method_before_start_ok", "header", "close:503", method(0, 10, 40, shortstr("/") + shortstr("") + b"\0"),
  "connection.open before start-ok", rabbitmq="silent")
a("start_ok_truncated", "header", "close:501", method(0, 10, 11, start_ok[:7]),
  "start-ok cut inside its mechanism field", rabbitmq="silent")
a("channel_frame_before_connection_open", "tuned", "close:505", method(1, 20, 10, shortstr("")),
  "channel.open before connection.open")

# --- frame layer, connection open
a("bad_frame_end", "open", "close:501", method(1, 20, 10, shortstr(""))[:-1] + b"\x42",
  "channel.open whose frame-end octet is 0x42")
a("unknown_frame_type", "open", "close:501", frame(9, 0, b"\x00\x0a\x00\x0b"),
  "frame type 9 does not exist")
a("oversized_frame", "open", "close:501", struct.pack(">BHI", 1, 1, 0x7FFFFFFF) + b"x" * 64,
  "frame size 2 GiB, far over frame_max 131072")
a("heartbeat_on_channel_1", "open", "close:505", frame(8, 1, b""),
  "heartbeats belong on channel 0 (RabbitMQ: 505, the spec says 501)")
a("heartbeat_with_payload", "open", "close:501", frame(8, 0, b"\x00\x01"),
  "a heartbeat frame must be empty")
a("body_frame_on_channel_0", "open", "close:505", frame(3, 0, b"hello"),
  "content on channel 0")
a("method_on_unopened_channel", "open", "close:504", queue_declare(5, "q"),
  "queue.declare on channel 5, never opened")

# --- methods and content, channel 1 open
a("second_channel_open", "channel", "close:504", method(1, 20, 10, shortstr("")),
  "channel.open on a channel already open")
a("connection_method_on_channel_1", "channel", "close:503", method(1, 10, 40, shortstr("/") + shortstr("") + b"\0"),
  "connection.open on channel 1")
# RabbitMQ's reader crashes on unknown ids and drops the socket; Warren says
# 540 NOT_IMPLEMENTED (README, intentional differences).
a("unknown_class", "channel", "close:540", method(1, 99, 1),
  "class 99 does not exist", rabbitmq="silent")
a("unknown_method", "channel", "close:540", method(1, 50, 99),
  "queue method 99 does not exist", rabbitmq="silent")
a("truncated_method_arguments", "channel", "close:501", method(1, 50, 10, struct.pack(">H", 0) + b"\x05ab"),
  "queue.declare cut inside the queue name")
# RabbitMQ's table parser crashes on an unknown type (socket dropped).
a("field_table_unknown_type", "channel", "close:502",
  queue_declare(1, "hardening.bad-table", table(shortstr("x-k") + b"Z" + b"\x00\x00")),
  "queue.declare arguments with value type 'Z'", rabbitmq="silent")
a("field_table_length_overruns", "channel", "close:501",
  queue_declare(1, "hardening.bad-table", struct.pack(">I", 1000) + shortstr("x-k") + b"t\x01"),
  "queue.declare arguments table declared 1000 octets long, 6 present")
a("content_header_without_publish", "channel", "close:505", content_header(1, 5),
  "content header with no content method before it")
a("content_header_after_queue_declare", "channel", "close:505",
  queue_declare(1, "hardening.no-content") + content_header(1, 5),
  "queue.declare carries no content")
a("body_frame_without_header", "channel", "close:505", basic_publish(1, "", "q") + frame(3, 1, b"hello"),
  "basic.publish then a body frame, no header")
a("content_header_wrong_class", "channel", "close:505", basic_publish(1, "", "q") + content_header(1, 5, class_id=50),
  "basic.publish then a header of class 50")
a("method_while_expecting_body", "channel", "close:505",
  basic_publish(1, "", "q") + content_header(1, 10) + basic_publish(1, "", "q"),
  "a second basic.publish where the body belongs")
# RabbitMQ 3.10 counts the remaining size below zero and waits forever.
a("body_larger_than_declared", "channel", "close:501",
  basic_publish(1, "", "hardening.body") + content_header(1, 4) + frame(3, 1, b"0123456789"),
  "header declares 4 octets, body frame brings 10", rabbitmq="nothing")
a("publish_to_missing_exchange", "channel", "channel-close:404",
  basic_publish(1, "hardening.no-such-exchange", "k") + content_header(1, 2) + frame(3, 1, b"hi"),
  "a soft error: only the channel closes")

# --- Kafka
k("negative_size", "kclose", struct.pack(">i", -1) + b"\x00" * 16, "size prefix -1")
k("size_over_max", "kclose", struct.pack(">i", 200 << 20) + b"\x00" * 64,
  "size prefix 200 MiB, over socket.request.max.bytes (100 MiB)")
k("header_too_short", "kclose", struct.pack(">i", 3) + b"\x00\x12\x00", "3-octet request, no room for a header")
k("client_id_overruns", "kclose", struct.pack(">i", 13) + struct.pack(">hhi", 18, 0, 7) + struct.pack(">h", 500) + b"ab\x00",
  "client id declared 500 octets long")
k("unknown_api_key", "kclose", request(999, 0, 7, b""), "API key 999")
k("unsupported_metadata_version", "kclose", request(3, 99, 7, struct.pack(">i", -1)),
  "Metadata v99")
# An unknown ApiVersions version is read with the newest (flexible) header,
# v2: client id, then tagged fields.
k("api_versions_unsupported_version", "api-error:35", request(18, 99, 7, b"\x00"),
  "ApiVersions v99: error 35 with a v0 body (KIP-511)")
k("truncated_metadata_body", "kclose", request(3, 1, 7, struct.pack(">i", 3)),
  "Metadata v1 announcing 3 topics, none present")
k("truncated_produce_body", "kclose", request(0, 3, 7, produce_v3(KTOPIC, 0, record_batch([b"x"]))[:20]),
  "Produce v3 cut inside its topic array")
batch = bytearray(record_batch([b"corrupt-me"]))
batch[18] ^= 0xFF  # the CRC: after baseOffset, batchLength, leader epoch, magic
k("produce_corrupt_crc", "produce-error:2", request(0, 3, 7, produce_v3(KTOPIC, 0, bytes(batch))),
  "record batch whose CRC-32C does not match")
k("produce_invalid_acks", "produce-error:21", request(0, 3, 7, produce_v3(KTOPIC, 0, record_batch([b"x"]), acks=2)),
  "acks=2 (only -1, 0, 1 exist)")
k("produce_unknown_partition", "produce-error:3", request(0, 3, 7, produce_v3(KTOPIC, 99, record_batch([b"x"]))),
  "partition 99 of a one-partition topic")


def main():
    for proto in ("amqp", "kafka"):
        d = os.path.join(HERE, proto)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".bin"):
                os.remove(os.path.join(d, f))
    lines = ["# Generated by make_corpus.py (see there for the format). protocol name stage expect [rabbitmq=...]  # what it is"]
    for name, stage, expect, rabbitmq, data, why in amqp:
        with open(os.path.join(HERE, "amqp", name + ".bin"), "wb") as f:
            f.write(data)
        lines.append("amqp %s %s %s%s  # %s" % (name, stage, expect, " rabbitmq=" + rabbitmq if rabbitmq else "", why))
    for name, expect, data, why in kafka:
        with open(os.path.join(HERE, "kafka", name + ".bin"), "wb") as f:
            f.write(data)
        lines.append("kafka %s - %s  # %s" % (name, expect, why))
    with open(os.path.join(HERE, "manifest.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("%d AMQP and %d Kafka cases" % (len(amqp), len(kafka)))


if __name__ == "__main__":
    main()
