# Shared by the hardening scripts: raw AMQP 0-9-1 and Kafka wire helpers
# (just enough to send malformed or partial input on purpose), and probes of
# the broker process from outside: resident memory (/proc/<pid>/status), the
# sessions it holds (its "accepted ... connection N" / "... connection N
# closed" log lines) and its server-side sockets (/proc/net/tcp).
#
# Real clients (pika, confluent-kafka) do the well-behaved traffic; nothing
# here pretends to be a client library.

import os
import re
import socket
import struct
import sys
import time

AMQP_HEADER = b"AMQP\x00\x00\x09\x01"
FRAME_END = 0xCE


class CheckFailed(Exception):
    pass


def check(cond, what):
    if not cond:
        raise CheckFailed(what)


def log(*args):
    print(*args, flush=True)


# ------------------------------------------------------------ the broker


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise CheckFailed("no VmRSS for pid %d" % pid)


_ACCEPTED = re.compile(r"accepted (AMQP 0-9-1|Kafka) connection (\d+) ")
_CLOSED = re.compile(r"(AMQP 0-9-1|Kafka) connection (\d+) closed$", re.M)


def live_sessions(log_path):
    """{id: protocol} of the sessions the broker's log says are open."""
    with open(log_path, errors="replace") as f:
        text = f.read()
    live = {}
    for m in _ACCEPTED.finditer(text):
        live[int(m.group(2))] = m.group(1)
    for m in _CLOSED.finditer(text):
        live.pop(int(m.group(2)), None)
    return live


def server_sockets(ports):
    """Broker-side TCP sockets on `ports` still connected (ESTABLISHED or
    CLOSE_WAIT: a socket the peer closed that the broker did not)."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    local_port = int(fields[1].rsplit(":", 1)[1], 16)
                    state = fields[3]
                    if local_port in ports and state in ("01", "08"):
                        count += 1
        except FileNotFoundError:
            pass
    return count


def wait_for(cond, timeout, step=0.05):
    deadline = time.time() + timeout
    while True:
        value = cond()
        if value:
            return value
        if time.time() >= deadline:
            return value
        time.sleep(step)


class Broker:
    """What the scripts know of the broker under test (argv: host amqp_port
    kafka_port pid stderr_log)."""

    def __init__(self, argv):
        self.host = argv[0]
        self.amqp_port = int(argv[1])
        self.kafka_port = int(argv[2])
        self.pid = int(argv[3])
        self.log_path = argv[4]

    @property
    def bootstrap(self):
        return "%s:%d" % (self.host, self.kafka_port)

    def rss_kib(self):
        return rss_kib(self.pid)

    def sessions(self):
        return live_sessions(self.log_path)

    def sockets(self):
        return server_sockets({self.amqp_port, self.kafka_port})

    def wait_sessions(self, expected, timeout=10):
        """Waits until the broker holds exactly `expected` sessions (by its log)
        and as many connected sockets; returns (sessions, sockets)."""
        def settled():
            s = len(self.sessions())
            k = self.sockets()
            return (s, k) if s == expected and k == expected else None
        got = wait_for(settled, timeout)
        return got if got else (len(self.sessions()), self.sockets())


# ------------------------------------------------------------- raw AMQP


def frame(ftype, channel, payload, end=FRAME_END):
    return struct.pack(">BHI", ftype, channel, len(payload)) + payload + bytes([end])


def shortstr(s):
    s = s.encode() if isinstance(s, str) else s
    return bytes([len(s)]) + s


def longstr(s):
    s = s.encode() if isinstance(s, str) else s
    return struct.pack(">I", len(s)) + s


def method(channel, class_id, method_id, args=b""):
    return frame(1, channel, struct.pack(">HH", class_id, method_id) + args)


def content_header(channel, body_size, class_id=60, flags=0):
    return frame(2, channel, struct.pack(">HHQH", class_id, 0, body_size, flags))


def basic_publish(channel, exchange, routing_key, mandatory=False):
    return method(channel, 60, 40, struct.pack(">H", 0) + shortstr(exchange) + shortstr(routing_key)
                  + bytes([1 if mandatory else 0]))


class RawSocket:
    """A blocking TCP connection (rcvbuf: a small receive buffer, for peers
    that are meant to fall behind)."""

    def __init__(self, host, port, timeout=5.0, rcvbuf=None):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if rcvbuf:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        self.sock.settimeout(timeout)
        self.sock.connect((host, port))
        self.buf = b""
        self.eof = False

    def send(self, data):
        self.sock.sendall(data)

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class RawAmqp(RawSocket):
    """AMQP by hand."""

    def _fill(self, deadline):
        remaining = deadline - time.time()
        if remaining <= 0:
            return False
        self.sock.settimeout(remaining)
        try:
            data = self.sock.recv(1 << 16)
        except socket.timeout:
            return False
        except (ConnectionResetError, BrokenPipeError):
            data = b""
        if not data:
            self.eof = True
            return False
        self.buf += data
        return True

    def read_raw(self, n, timeout=5.0):
        deadline = time.time() + timeout
        while len(self.buf) < n and not self.eof and self._fill(deadline):
            pass
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def read_frame(self, timeout=5.0):
        """(type, channel, payload) or None at timeout/EOF."""
        deadline = time.time() + timeout
        while True:
            if len(self.buf) >= 7:
                ftype, channel, size = struct.unpack(">BHI", self.buf[:7])
                if len(self.buf) >= 8 + size:
                    payload = self.buf[7:7 + size]
                    end = self.buf[7 + size]
                    self.buf = self.buf[8 + size:]
                    check(end == FRAME_END, "broker sent a frame without 0xCE end")
                    return ftype, channel, payload
            if self.eof or not self._fill(deadline):
                return None

    def read_method(self, timeout=5.0):
        """The next method frame (heartbeats skipped): (channel, class, method, args) or None."""
        deadline = time.time() + timeout
        while True:
            f = self.read_frame(max(0.0, deadline - time.time()))
            if f is None:
                return None
            ftype, channel, payload = f
            if ftype == 8:
                continue
            check(ftype == 1, "expected a method frame, got type %d" % ftype)
            class_id, method_id = struct.unpack(">HH", payload[:4])
            return channel, class_id, method_id, payload[4:]

    def expect_method(self, class_id, method_id, timeout=5.0):
        m = self.read_method(timeout)
        check(m is not None, "no %d.%d from the broker" % (class_id, method_id))
        check(m[1:3] == (class_id, method_id), "expected %d.%d, got %d.%d" % (class_id, method_id, m[1], m[2]))
        return m

    def wait_eof(self, timeout=5.0):
        """True once the broker closed the socket (anything it still sends is dropped)."""
        deadline = time.time() + timeout
        while not self.eof:
            self.buf = b""
            if not self._fill(deadline) and not self.eof:
                return False
        return True

    def handshake(self, stage="open", heartbeat=0, frame_max=131072):
        """Drives the connection up to `stage`: header, tuned (start-ok and
        tune-ok sent, no open), open, or channel (channel 1 open)."""
        self.send(AMQP_HEADER)
        self.expect_method(10, 10)
        if stage == "header":
            return
        start_ok = (struct.pack(">I", 0) + shortstr("PLAIN") + longstr(b"\0guest\0guest") + shortstr("en_US"))
        self.send(method(0, 10, 11, start_ok))
        self.expect_method(10, 30)
        self.send(method(0, 10, 31, struct.pack(">HIH", 2047, frame_max, heartbeat)))
        if stage == "tuned":
            return
        self.send(method(0, 10, 40, shortstr("/") + shortstr("") + b"\0"))
        self.expect_method(10, 41)
        if stage == "open":
            return
        self.send(method(1, 20, 10, shortstr("")))
        self.expect_method(20, 11)
        check(stage == "channel", "unknown stage %r" % stage)


# ------------------------------------------------------------ raw Kafka

_CRC32C_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0x82F63B78 if _c & 1 else _c >> 1
    _CRC32C_TABLE.append(_c)


def crc32c(data):
    c = 0xFFFFFFFF
    for b in data:
        c = _CRC32C_TABLE[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def varint(n):
    n = (n << 1) ^ (n >> 63)  # zig-zag
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def record_batch(values, timestamp_ms=1700000000000):
    """A v2 record batch (no compression, no producer id) of `values`."""
    records = b""
    for i, v in enumerate(values):
        body = bytes([0]) + varint(0) + varint(i) + varint(-1) + varint(len(v)) + v + varint(0)
        records += varint(len(body)) + body
    after_crc = (struct.pack(">hiqqqhii", 0, len(values) - 1, timestamp_ms, timestamp_ms, -1, -1, -1, len(values))
                 + records)
    crc = crc32c(after_crc)
    rest = struct.pack(">iBI", 0, 2, crc) + after_crc
    return struct.pack(">qi", 0, len(rest)) + rest


def kstring(s):
    if s is None:
        return struct.pack(">h", -1)
    s = s.encode() if isinstance(s, str) else s
    return struct.pack(">h", len(s)) + s


def request(api_key, api_version, correlation_id, body, client_id="hardening"):
    """A size-prefixed request with header v1."""
    payload = struct.pack(">hhi", api_key, api_version, correlation_id) + kstring(client_id) + body
    return struct.pack(">i", len(payload)) + payload


def produce_v3(topic, partition, batch, acks=1, timeout_ms=5000):
    body = (kstring(None) + struct.pack(">hi", acks, timeout_ms) + struct.pack(">i", 1) + kstring(topic)
            + struct.pack(">i", 1) + struct.pack(">ii", partition, len(batch)) + batch)
    return body


class RawKafka(RawSocket):
    """Kafka requests by hand."""

    def read_response(self, timeout=5.0):
        """The next response payload (after its size), or None at EOF/timeout."""
        deadline = time.time() + timeout
        while True:
            if len(self.buf) >= 4:
                (size,) = struct.unpack(">i", self.buf[:4])
                if len(self.buf) >= 4 + size:
                    out = self.buf[4:4 + size]
                    self.buf = self.buf[4 + size:]
                    return out
            remaining = deadline - time.time()
            if remaining <= 0:
                return None
            self.sock.settimeout(remaining)
            try:
                data = self.sock.recv(1 << 16)
            except socket.timeout:
                return None
            except ConnectionResetError:
                data = b""
            if not data:
                return None
            self.buf += data

    def closed_without_answer(self, timeout=5.0):
        """True if the broker closes the socket within `timeout` having sent nothing."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            self.sock.settimeout(max(0.01, deadline - time.time()))
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                return False
            except ConnectionResetError:
                return not self.buf
            if not data:
                return not self.buf
            self.buf += data
        return False


def fail_exit(e):
    log("FAILED: %s" % e)
    sys.exit(1)
