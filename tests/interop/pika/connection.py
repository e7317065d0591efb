#!/usr/bin/python3
"""pika connection-level cases: what connection.start/tune advertise."""
import sys

from interop_common import check, check_equal, connect, main

CAPABILITIES = ("publisher_confirms", "exchange_exchange_bindings", "basic.nack",
                "consumer_cancel_notify", "connection.blocked", "consumer_priorities",
                "authentication_failure_close", "per_consumer_qos", "direct_reply_to")


def start_advertises_rabbitmq_capabilities(host, port):
    conn = connect(host, port)
    props = conn._impl.server_properties  # pika keeps connection.start's table here
    for key in ("product", "version", "platform", "cluster_name"):
        check(key in props, "server-properties lacks %r: %r" % (key, sorted(props)))
    caps = props.get("capabilities", {})
    for cap in CAPABILITIES:
        check_equal(caps.get(cap), True, "capability %s" % cap)
    check(conn.publisher_confirms_supported, "pika does not see publisher confirms")
    check(conn.basic_nack_supported, "pika does not see basic.nack")
    check(conn.exchange_exchange_bindings_supported, "pika does not see e2e bindings")
    conn.close()


def tune_negotiates_frame_max_and_heartbeat(host, port):
    conn = connect(host, port)  # asks for heartbeat 60, frame_max 131072 (pika default)
    params = conn._impl.params
    check(4096 <= params.frame_max <= 131072,
          "negotiated frame_max %d outside [4096, 131072]" % params.frame_max)
    check_equal(params.heartbeat, 60, "negotiated heartbeat")
    check(params.channel_max >= 1, "negotiated channel_max %d" % params.channel_max)
    conn.close()


CASES = {f.__name__: f for f in (start_advertises_rabbitmq_capabilities,
                                 tune_negotiates_frame_max_and_heartbeat)}

if __name__ == "__main__":
    sys.exit(main(CASES))
