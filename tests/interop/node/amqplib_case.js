#!/usr/bin/env node
// amqplib (npm, promise API) driving a broker.
//
//   node amqplib_case.js HOST PORT CASE
//
// Exits 0 on success; on failure prints "FAIL: <reason>" and exits 1.
'use strict';

const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const amqp = require('amqplib');

const CASE_TIME_LIMIT_MS = 60000;

function unique(what) {
  return `interop-amqplib-${what}-${crypto.randomBytes(6).toString('hex')}`;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(predicate, ms, what) {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(10);
  }
}

async function connect(host, port) {
  return amqp.connect({ protocol: 'amqp', hostname: host, port, username: 'guest',
                        password: 'guest', heartbeat: 60 });
}

const cases = {
  async confirm_channel_publish_consume_ack(conn) {
    const ch = await conn.createConfirmChannel();
    const q = unique('confirm');
    await ch.assertQueue(q, { exclusive: true });
    const count = 200;
    const acked = [];
    for (let i = 0; i < count; i++) {
      ch.sendToQueue(q, Buffer.from(`m${i}`), { persistent: i % 2 === 0 },
                     (err) => { if (err) throw new Error(`message ${i} nacked`); acked.push(i); });
    }
    await ch.waitForConfirms();
    assert.equal(acked.length, count, 'confirm callbacks');
    assert.equal((await ch.checkQueue(q)).messageCount, count, 'depth after confirms');

    const received = [];
    const { consumerTag } = await ch.consume(q, (msg) => {
      received.push(msg.content.toString());
      ch.ack(msg);
    }, { noAck: false });
    await waitFor(() => received.length === count, 10000, `${count} deliveries`);
    assert.deepEqual(received, Array.from({ length: count }, (_, i) => `m${i}`), 'order');
    await ch.cancel(consumerTag);
    await sleep(100);
    assert.equal((await ch.checkQueue(q)).messageCount, 0, 'depth after acking all');
    await ch.close();
  },

  async max_priority_argument_accepted_and_redeclarable(conn) {
    const ch = await conn.createConfirmChannel();
    const q = unique('priority');
    // amqplib encodes a small JS integer as a signed byte ('b') in the table.
    const ok = await ch.assertQueue(q, { exclusive: true, arguments: { 'x-max-priority': 10 } });
    assert.equal(ok.queue, q);
    await ch.assertQueue(q, { exclusive: true, maxPriority: 10 }); // same args again: fine
    for (const p of [1, 9, 5, 0]) ch.sendToQueue(q, Buffer.from(`p${p}`), { priority: p });
    await ch.waitForConfirms();
    const order = [];
    for (let i = 0; i < 4; i++) {
      const msg = await ch.get(q, { noAck: true });
      assert.ok(msg, `get ${i} returned false (empty)`);
      order.push(msg.content.toString());
    }
    assert.deepEqual(order, ['p9', 'p5', 'p1', 'p0'], 'priority order');
    await ch.close();
  },

  async prefetch_limits_unacked(conn) {
    const ch = await conn.createConfirmChannel();
    const q = unique('prefetch');
    await ch.assertQueue(q, { exclusive: true });
    for (let i = 0; i < 5; i++) ch.sendToQueue(q, Buffer.from(`${i}`));
    await ch.waitForConfirms();
    await ch.prefetch(2);
    const got = [];
    await ch.consume(q, (msg) => got.push(msg), { noAck: false });
    await sleep(700);
    assert.deepEqual(got.map((m) => m.content.toString()), ['0', '1'], 'with prefetch 2, none acked');
    ch.ack(got[0]);
    await sleep(300);
    assert.equal(got.length, 3, 'deliveries after one ack');
    ch.ack(got[2], true); // multiple
    await waitFor(() => got.length === 5, 5000, 'all deliveries');
    ch.ackAll();
    await ch.close();
  },

  async nack_requeue_redelivers_flagged(conn) {
    const ch = await conn.createConfirmChannel();
    const q = unique('nack');
    await ch.assertQueue(q, { exclusive: true });
    for (const b of ['a', 'b']) ch.sendToQueue(q, Buffer.from(b));
    await ch.waitForConfirms();
    await ch.prefetch(1);
    const got = [];
    await ch.consume(q, (msg) => {
      got.push([msg.content.toString(), msg.fields.redelivered]);
      if (got.length === 1) ch.nack(msg, false, true);
      else ch.ack(msg);
    });
    await waitFor(() => got.length === 3, 5000, 'three deliveries');
    await sleep(200);
    assert.deepEqual(got, [['a', false], ['a', true], ['b', false]], 'deliveries after nack');
    await ch.close();
  },

  async headers_round_trip(conn) {
    const ch = await conn.createConfirmChannel();
    const q = unique('headers');
    await ch.assertQueue(q, { exclusive: true });
    const sent = {
      str: 'h\u00e9llo',
      int8: -5,
      int16: 1000,
      int32: 100000,
      int64: 2 ** 40,
      negative64: -(2 ** 40),
      double: 3.5,
      t: true,
      f: false,
      nil: null,
      buf: Buffer.from([0, 1, 254, 255]),
      uint8: { '!': 'uint8', value: 200 },
      uint16: { '!': 'uint16', value: 60000 },
      uint32: { '!': 'uint32', value: 4000000000 },
      float: { '!': 'float', value: 1.5 },
      timestamp: { '!': 'timestamp', value: 1700000000 },
      decimal: { '!': 'decimal', value: { places: 2, digits: 314 } },
      nested: { a: { b: [1, 'x', { c: null }, [true]] }, empty: {} },
      array: [1, 'two', 3.25, false, [], { k: 'v' }],
    };
    // What amqplib decodes each value back to.
    const expected = { ...sent, uint8: 200, uint16: 60000, uint32: 4000000000, float: 1.5 };
    ch.sendToQueue(q, Buffer.from('h'), {
      headers: sent, contentType: 'text/plain', correlationId: 'c-1', messageId: 'm-1',
      appId: 'amqplib-interop', type: 't', replyTo: 'r', timestamp: 1700000001,
      expiration: '60000', priority: 3, deliveryMode: 2, contentEncoding: 'identity',
    });
    await ch.waitForConfirms();
    let msg = null;
    await ch.consume(q, (m) => { msg = m; ch.ack(m); });
    await waitFor(() => msg !== null, 5000, 'the delivery');
    assert.deepEqual(msg.properties.headers, expected, 'headers');
    const p = msg.properties;
    assert.deepEqual(
      [p.contentType, p.correlationId, p.messageId, p.appId, p.type, p.replyTo, p.timestamp,
       p.expiration, p.priority, p.deliveryMode, p.contentEncoding],
      ['text/plain', 'c-1', 'm-1', 'amqplib-interop', 't', 'r', 1700000001, '60000', 3, 2,
       'identity'],
      'properties');
    assert.equal(msg.content.toString(), 'h');
    await ch.close();
  },
};

async function main() {
  const [host, portText, name] = process.argv.slice(2);
  if (!name || !cases[name]) {
    console.log(`usage: amqplib_case.js HOST PORT CASE\ncases: ${Object.keys(cases).join(', ')}`);
    return 2;
  }
  const timer = setTimeout(() => {
    console.log(`FAIL: case ${name} exceeded its ${CASE_TIME_LIMIT_MS / 1000} s time limit`);
    process.exit(1);
  }, CASE_TIME_LIMIT_MS);
  let conn;
  try {
    conn = await connect(host, Number(portText));
    conn.on('error', (err) => console.log(`connection error event: ${err.message}`));
    await cases[name](conn);
    await conn.close();
    console.log(`OK: ${name}`);
    return 0;
  } catch (err) {
    console.log(`FAIL: ${err && err.stack ? err.stack : err}`);
    return 1;
  } finally {
    clearTimeout(timer);
  }
}

main().then((code) => process.exit(code));
