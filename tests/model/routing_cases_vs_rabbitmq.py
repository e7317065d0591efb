#!/usr/bin/python3
"""Observe RabbitMQ's exchange routing and write the observations as C++ test rows.

This script is where the expectations in routing_cases_observed.inc come from.
It declares bindings on a real RabbitMQ broker, publishes messages, and records
which binding (one queue per binding) received which message. It is not part
of CTest; run it by hand against a RabbitMQ (the rows were produced with
Debian's rabbitmq-server 3.10.8):

    /usr/bin/python3 routing_cases_vs_rabbitmq.py --host 127.0.0.1 --port 5672 \
        [--emit routing_cases_observed.inc]

Without --emit it prints the observations.  Field values are written with
explicit AMQP type tags (T('b', 1) is a signed 8-bit 1) by patching pika's
encoder, because pika alone only sends 'I'/'l' integers and no floats.
"""
import argparse
import struct
import sys

import pika
import pika.data
from pika.exceptions import ChannelClosedByBroker

# ---------------------------------------------------------------------------
# Typed field values


class T:
    """A field value with an explicit AMQP 0-9-1 (RabbitMQ) type tag."""

    def __init__(self, tag, value=None):
        self.tag = tag
        self.value = value


_INT_FORMATS = {'b': '>b', 'B': '>B', 's': '>h', 'u': '>H', 'I': '>i',
                'i': '>I', 'l': '>q', 'f': '>f', 'd': '>d', 'T': '>Q'}
_original_encode_value = pika.data.encode_value


def _encode_value(pieces, value):
    if not isinstance(value, T):
        return _original_encode_value(pieces, value)
    tag = value.tag
    if tag in _INT_FORMATS:
        piece = tag.encode() + struct.pack(_INT_FORMATS[tag], value.value)
    elif tag == 'D':
        scale, raw = value.value
        piece = b'D' + struct.pack('>BI', scale, raw)
    elif tag in ('S', 'x'):
        data = value.value.encode() if isinstance(value.value, str) else value.value
        piece = tag.encode() + struct.pack('>I', len(data)) + data
    elif tag == 't':
        piece = b't' + struct.pack('>B', 1 if value.value else 0)
    elif tag == 'V':
        piece = b'V'
    elif tag == 'A':
        inner = []
        for v in value.value:
            _encode_value(inner, v)
        body = b''.join(inner)
        piece = b'A' + struct.pack('>I', len(body)) + body
    elif tag == 'F':
        inner = []
        pika.data.encode_table(inner, value.value)
        piece = b'F' + b''.join(inner)
    else:
        raise ValueError(tag)
    pieces.append(piece)
    return len(piece)


pika.data.encode_value = _encode_value

# ---------------------------------------------------------------------------
# Cases

TOPIC_PATTERNS = [
    '', '#', '*', 'a', 'a.b', 'a.*', 'a.#', '#.a', '*.a', '#.#', '*.*', '#.*', '*.#',
    'a.#.b', 'a.*.b', '#.a.#', '*.a.*', 'a.*.#', 'a.#.*', '#.#.#.#.#.x', '*.*.*',
    'a..b', 'a.', '.a', '.', '*.', '.*', '#.', '.#', 'a.#.#.b', '#.b.#.d', '*.b.*.d',
    'A', 'a#', 'a*', '#a', 'a.b.c',
]
TOPIC_KEYS = [
    '', 'a', 'b', 'A', 'a.b', 'a.c', 'b.a', 'a.b.c', 'a.x.b', 'a.x.y.b', 'a..b',
    'a.', '.a', '.', '..', 'x', 'a.b.x', 'x.x.x.x.x.x', 'a.b.c.d', 'x.b.y.d',
    'a.b.a.b', 'b.a.b', 'a#', 'a*', '*', '#', '#.a', 'a.b.c.d.e.f.g.h.i.j.x',
]

DIRECT_PATTERNS = ['', 'a', 'A', 'a.b', 'a ', '*', '#']
DIRECT_KEYS = ['', 'a', 'A', 'a.b', 'a ', '*', '#', 'b']

FANOUT_PATTERNS = ['', 'a', '#']
FANOUT_KEYS = ['', 'a', 'zzz']

# Header groups: (name, [(binding label, binding arguments)], [(message label, headers or None)])
XM = 'x-match'
HEADER_GROUPS = [
    ('modes', [
        ('all_a1_b2', {XM: 'all', 'a': 1, 'b': 2}),
        ('default_a1_b2', {'a': 1, 'b': 2}),
        ('any_a1_b2', {XM: 'any', 'a': 1, 'b': 2}),
        ('allwithx_a1_xk1', {XM: 'all-with-x', 'a': 1, 'x-k': 1}),
        ('anywithx_a9_xk1', {XM: 'any-with-x', 'a': 9, 'x-k': 1}),
        ('all_a1_xk1', {XM: 'all', 'a': 1, 'x-k': 1}),
        ('any_a9_xk1', {XM: 'any', 'a': 9, 'x-k': 1}),
        ('all_empty', {XM: 'all'}),
        ('noargs', {}),
        ('any_empty', {XM: 'any'}),
        ('allwithx_empty', {XM: 'all-with-x'}),
        ('anywithx_empty', {XM: 'any-with-x'}),
        ('all_only_xk1', {XM: 'all', 'x-k': 1}),
        ('any_only_xk1', {XM: 'any', 'x-k': 1}),
        ('any_xmatch_in_headers', {XM: 'any-with-x', 'x-match': 'any'}),
    ], [
        ('none', None),
        ('empty', {}),
        ('a1', {'a': 1}),
        ('a1_b2', {'a': 1, 'b': 2}),
        ('b2_a1', {'b': 2, 'a': 1}),
        ('a1_b3', {'a': 1, 'b': 3}),
        ('a1_b2_c3', {'a': 1, 'b': 2, 'c': 3}),
        ('a1_xk1', {'a': 1, 'x-k': 1}),
        ('xk1', {'x-k': 1}),
        ('a9', {'a': 9}),
        ('xmatch_any', {'x-match': 'any'}),
    ]),
    ('void', [
        ('all_a_void', {'a': None}),
        ('any_a_void_b2', {XM: 'any', 'a': None, 'b': 2}),
        ('all_a_void_b2', {'a': None, 'b': 2}),
    ], [
        ('none', None),
        ('a_int', {'a': 1}),
        ('a_str', {'a': 'x'}),
        ('a_void', {'a': None}),
        ('a_false', {'a': False}),
        ('b2', {'b': 2}),
        ('a_str_b2', {'a': 'x', 'b': 2}),
    ]),
    ('types', [
        ('I1', {'v': T('I', 1)}),
        ('b1', {'v': T('b', 1)}),
        ('l1', {'v': T('l', 1)}),
        ('bm1', {'v': T('b', -1)}),
        ('B255', {'v': T('B', 255)}),
        ('i4294967295', {'v': T('i', 4294967295)}),
        ('d1', {'v': T('d', 1.0)}),
        ('f1_5', {'v': T('f', 1.5)}),
        ('t_true', {'v': T('t', True)}),
        ('S_abc', {'v': T('S', 'abc')}),
        ('x_abc', {'v': T('x', b'abc')}),
        ('T5', {'v': T('T', 5)}),
        ('D_1_10', {'v': T('D', (1, 10))}),
        ('A_I1', {'v': T('A', [T('I', 1)])}),
        ('F_k_I1', {'v': T('F', {'k': T('I', 1)})}),
        ('F_p1_q2', {'v': T('F', {'p': T('I', 1), 'q': T('I', 2)})}),
        ('V', {'v': T('V')}),
        ('l_2p53p1', {'v': T('l', 2**53 + 1)}),
        ('l_2p53', {'v': T('l', 2**53)}),
        ('f0_1', {'v': T('f', 0.1)}),
    ], [
        ('I1', {'v': T('I', 1)}),
        ('b1', {'v': T('b', 1)}),
        ('B1', {'v': T('B', 1)}),
        ('s1', {'v': T('s', 1)}),
        ('u1', {'v': T('u', 1)}),
        ('i1', {'v': T('i', 1)}),
        ('l1', {'v': T('l', 1)}),
        ('bm1', {'v': T('b', -1)}),
        ('B255', {'v': T('B', 255)}),
        ('l4294967295', {'v': T('l', 4294967295)}),
        ('Im1', {'v': T('I', -1)}),
        ('d1', {'v': T('d', 1.0)}),
        ('f1', {'v': T('f', 1.0)}),
        ('d1_5', {'v': T('d', 1.5)}),
        ('t_true', {'v': T('t', True)}),
        ('S_abc', {'v': T('S', 'abc')}),
        ('x_abc', {'v': T('x', b'abc')}),
        ('S_ABC', {'v': T('S', 'ABC')}),
        ('T5', {'v': T('T', 5)}),
        ('l5', {'v': T('l', 5)}),
        ('D_1_10', {'v': T('D', (1, 10))}),
        ('D_0_1', {'v': T('D', (0, 1))}),
        ('A_I1', {'v': T('A', [T('I', 1)])}),
        ('A_l1', {'v': T('A', [T('l', 1)])}),
        ('F_k_I1', {'v': T('F', {'k': T('I', 1)})}),
        ('F_k_l1', {'v': T('F', {'k': T('l', 1)})}),
        ('F_p1_q2', {'v': T('F', {'p': T('I', 1), 'q': T('I', 2)})}),
        ('F_q2_p1', {'v': T('F', {'q': T('I', 2), 'p': T('I', 1)})}),
        ('V', {'v': T('V')}),
        ('d_2p53', {'v': T('d', float(2**53))}),
        ('d0_1', {'v': T('d', 0.1)}),
        ('f0_1', {'v': T('f', 0.1)}),
    ]),
]

# Binding arguments whose validation we observe (headers exchange unless stated).
VALIDATION_CASES = [
    ('headers', 'xmatch_all', {XM: 'all'}),
    ('headers', 'xmatch_any_with_x', {XM: 'any-with-x'}),
    ('headers', 'xmatch_foo', {XM: 'foo'}),
    ('headers', 'xmatch_upper_ALL', {XM: 'ALL'}),
    ('headers', 'xmatch_empty', {XM: ''}),
    ('headers', 'xmatch_int', {XM: T('I', 1)}),
    ('headers', 'xmatch_long', {XM: T('l', 7)}),
    ('headers', 'xmatch_bytes_any', {XM: T('x', b'any')}),
    ('headers', 'xmatch_void', {XM: T('V')}),
    ('headers', 'xmatch_bool', {XM: T('t', True)}),
    ('headers', 'xmatch_quote', {XM: T('S', 'a"b\\c')}),
    ('headers', 'xmatch_ctrl', {XM: T('S', b'\x01\x02')}),
    ('headers', 'xmatch_tab_nl', {XM: T('S', 'a\tb\nc')}),
    ('headers', 'xmatch_utf8', {XM: T('S', 'caf\u00e9')}),
    ('headers', 'xmatch_byte', {XM: T('b', -3)}),
    ('headers', 'xmatch_unsignedbyte', {XM: T('B', 200)}),
    ('headers', 'xmatch_short', {XM: T('s', -300)}),
    ('headers', 'xmatch_unsignedshort', {XM: T('u', 60000)}),
    ('headers', 'xmatch_unsignedint', {XM: T('i', 4000000000)}),
    ('headers', 'xmatch_float', {XM: T('f', 1.5)}),
    ('headers', 'xmatch_double', {XM: T('d', 2.25)}),
    ('headers', 'xmatch_decimal', {XM: T('D', (2, 314))}),
    ('headers', 'xmatch_timestamp', {XM: T('T', 1700000000)}),
    ('headers', 'xmatch_array', {XM: T('A', [T('I', 1), T('S', 'all')])}),
    ('headers', 'xmatch_table', {XM: T('F', {'k': T('I', 1)})}),
    ('topic', 'topic_xmatch_foo', {XM: 'foo'}),
    ('direct', 'direct_xmatch_foo', {XM: 'foo'}),
    ('fanout', 'fanout_xmatch_foo', {XM: 'foo'}),
]

# ---------------------------------------------------------------------------
# Observation


class Broker:
    def __init__(self, host, port):
        self.conn = pika.BlockingConnection(pika.ConnectionParameters(host=host, port=port))
        self.counter = 0
        self._open()

    def _open(self):
        self.ch = self.conn.channel()
        self.ch.confirm_delivery()

    def name(self, prefix):
        self.counter += 1
        return 'warren.routing.%s.%d' % (prefix, self.counter)

    def matrix(self, xtype, bindings, messages):
        """bindings: [(label, key, args)], messages: [(label, routing key, headers)].
        Returns {(binding label, message label): bool}."""
        ex = self.name(xtype)
        self.ch.exchange_declare(ex, exchange_type=xtype, auto_delete=False)
        queues = []
        for label, key, args in bindings:
            q = self.ch.queue_declare('', exclusive=True).method.queue
            self.ch.queue_bind(q, ex, routing_key=key, arguments=args)
            queues.append((label, q))
        for i, (_, key, headers) in enumerate(messages):
            self.ch.basic_publish(ex, key, str(i).encode(),
                                  pika.BasicProperties(headers=headers))
        result = {}
        for blabel, q in queues:
            got = set()
            while True:
                method, _, body = self.ch.basic_get(q, auto_ack=True)
                if method is None:
                    break
                got.add(int(body))
            for i, (mlabel, _, _) in enumerate(messages):
                result[(blabel, mlabel)] = i in got
            self.ch.queue_delete(q)
        self.ch.exchange_delete(ex)
        return result

    def validate(self, xtype, args):
        """Returns None if the bind succeeds, else (reply code, reply text)."""
        ex = self.name(xtype)
        self.ch.exchange_declare(ex, exchange_type=xtype)
        q = self.ch.queue_declare('', exclusive=True).method.queue
        try:
            self.ch.queue_bind(q, ex, routing_key='k', arguments=args)
            outcome = None
        except ChannelClosedByBroker as e:
            outcome = (e.reply_code, e.reply_text)
            self._open()
        self.ch.queue_delete(q)
        self.ch.exchange_delete(ex)
        return outcome


# ---------------------------------------------------------------------------
# C++ emission


def cpp_string(s):
    if isinstance(s, str):
        s = s.encode('utf-8')
    out = '"'
    for c in s.decode('latin-1'):  # one char per byte
        if c in '"\\':
            out += '\\' + c
        elif ' ' <= c <= '~':
            out += c
        else:
            out += '\\x%02x""' % ord(c)
    return 'std::string(' + out + '")'


def cpp_value(v):
    if not isinstance(v, T):
        if v is None:
            v = T('V')
        elif isinstance(v, bool):
            v = T('t', v)
        elif isinstance(v, int):
            v = T('I', v)
        elif isinstance(v, str):
            v = T('S', v)
        else:
            raise ValueError(v)
    ints = {'b': 'std::int8_t', 'B': 'std::uint8_t', 's': 'std::int16_t',
            'u': 'std::uint16_t', 'I': 'std::int32_t', 'i': 'std::uint32_t',
            'l': 'std::int64_t'}
    t = v.tag
    if t in ints:
        return 'FieldValue(%s(%dLL))' % (ints[t], v.value)
    if t == 'f':
        return 'FieldValue(float(%r))' % v.value
    if t == 'd':
        return 'FieldValue(double(%r))' % v.value
    if t == 't':
        return 'FieldValue(%s)' % ('true' if v.value else 'false')
    if t == 'S':
        return 'FieldValue(%s)' % cpp_string(v.value)
    if t == 'x':
        return 'FieldValue(ByteArray{%s})' % cpp_string(v.value)
    if t == 'V':
        return 'FieldValue()'
    if t == 'T':
        return 'FieldValue(Timestamp{%d})' % v.value
    if t == 'D':
        return 'FieldValue(Decimal{%d, %d})' % v.value
    if t == 'A':
        return 'FieldValue(FieldArray{%s})' % ', '.join(cpp_value(x) for x in v.value)
    if t == 'F':
        return 'FieldValue(%s)' % cpp_table(v.value)
    raise ValueError(t)


def cpp_table(d):
    return 'table({%s})' % ', '.join('{%s, %s}' % (cpp_string(k), cpp_value(v)) for k, v in d.items())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--host', default='127.0.0.1')
    ap.add_argument('--port', type=int, default=5672)
    ap.add_argument('--emit', help='write C++ rows to this file')
    a = ap.parse_args()

    b = Broker(a.host, a.port)
    props = b.conn._impl.server_properties or {}
    version = props.get('version', b'?')
    version = version.decode() if isinstance(version, bytes) else str(version)
    lines = ['// Generated by routing_cases_vs_rabbitmq.py from observations of a real',
             '// RabbitMQ %s. Do not edit by hand: rerun the script.' % version,
             '']

    def routing_rows(macro, xtype, patterns, keys):
        res = b.matrix(xtype, [(p, p, None) for p in patterns], [(k, k, None) for k in keys])
        lines.append('#ifdef %s' % macro)
        for p in patterns:
            for k in keys:
                lines.append('%s(%s, %s, %s)' % (macro, cpp_string(p), cpp_string(k), 'true' if res[(p, k)] else 'false'))
                if not a.emit:
                    print(xtype, repr(p), repr(k), res[(p, k)])
        lines.append('#endif')

    routing_rows('DIRECT_CASE', 'direct', DIRECT_PATTERNS, DIRECT_KEYS)
    routing_rows('FANOUT_CASE', 'fanout', FANOUT_PATTERNS, FANOUT_KEYS)
    routing_rows('TOPIC_CASE', 'topic', TOPIC_PATTERNS, TOPIC_KEYS)

    lines.append('#ifdef HEADERS_CASE')
    for group, bindings, messages in HEADER_GROUPS:
        res = b.matrix('headers', [(l, '', args) for l, args in bindings], [(l, 'k', h) for l, h in messages])
        for bl, bargs in bindings:
            for ml, headers in messages:
                hexpr = 'std::nullopt' if headers is None else cpp_table(headers)
                lines.append('HEADERS_CASE("%s/%s~%s", %s, %s, %s)' % (
                    group, bl, ml, cpp_table(bargs), hexpr, 'true' if res[(bl, ml)] else 'false'))
                if not a.emit:
                    print('headers', group, bl, ml, res[(bl, ml)])
    lines.append('#endif')

    lines.append('#ifdef VALIDATION_CASE')
    for xtype, label, args in VALIDATION_CASES:
        outcome = b.validate(xtype, args)
        if not a.emit:
            print('validate', xtype, label, outcome)
        code = 0 if outcome is None else outcome[0]
        text = '' if outcome is None else outcome[1]
        lines.append('VALIDATION_CASE("%s", "%s", %s, %d, %s)' % (
            label, xtype, cpp_table(args), code, cpp_string(text)))
    lines.append('#endif')

    b.conn.close()
    if a.emit:
        with open(a.emit, 'w') as f:
            f.write('\n'.join(lines) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
