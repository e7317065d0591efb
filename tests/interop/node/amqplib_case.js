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

  // --- RabbitMQ's extensions (the same cases pass against rabbitmq-server 3.10)

  async dead_letter_x_death_fields(conn) {
    const ch = await conn.createConfirmChannel();
    const dlx = unique('dlx'); const dlq = unique('dlq'); const src = unique('src');
    await ch.assertExchange(dlx, 'topic', { autoDelete: true });
    await ch.assertQueue(dlq, { exclusive: true });
    await ch.bindQueue(dlq, dlx, 'dead.#');
    await ch.assertQueue(src, { exclusive: true, deadLetterExchange: dlx,
                                deadLetterRoutingKey: 'dead.letters' });
    ch.publish('', src, Buffer.from('payload'), { headers: { trace: 'abc' }, expiration: '60000' });
    await ch.waitForConfirms();
    const m = await ch.get(src, { noAck: false });
    assert.ok(m, 'message in the source queue');
    ch.nack(m, false, false);
    let dead = false;
    for (let i = 0; i < 100 && !dead; i++) {
      dead = await ch.get(dlq, { noAck: true });
      if (!dead) await sleep(20);
    }
    assert.ok(dead, 'dead letter arrived');
    assert.equal(dead.fields.exchange, dlx, 'delivered from the dead-letter exchange');
    assert.equal(dead.fields.routingKey, 'dead.letters', 'x-dead-letter-routing-key');
    const h = dead.properties.headers;
    assert.equal(h.trace, 'abc', 'own header kept');
    assert.equal(dead.properties.expiration, undefined, 'expiration removed');
    assert.equal(h['x-death'].length, 1, 'one x-death entry');
    const d = h['x-death'][0];
    assert.equal(d.count, 1, 'count');
    assert.equal(d.reason, 'rejected', 'reason');
    assert.equal(d.queue, src, 'queue');
    assert.equal(d.exchange, '', 'exchange');
    assert.deepEqual(d['routing-keys'], [src], 'routing-keys');
    assert.equal(d['original-expiration'], '60000', 'original-expiration');
    console.log('x-death time as amqplib decodes it:', JSON.stringify(d.time));
    assert.equal(d.time['!'], 'timestamp', 'time is a timestamp');
    assert.ok(Math.abs(d.time.value - Date.now() / 1000) < 60, 'time is now, in seconds');
    assert.equal(h['x-first-death-reason'], 'rejected');
    assert.equal(h['x-first-death-queue'], src);
    await ch.close();
  },

  async ttl_and_priority_and_overflow(conn) {
    const ch = await conn.createConfirmChannel();
    // reject-publish: the confirm callback gets an error (a nack).
    const full = unique('full');
    await ch.assertQueue(full, { exclusive: true, maxLength: 1, arguments: { 'x-overflow': 'reject-publish' } });
    const outcomes = [];
    for (const b of ['a', 'b']) ch.sendToQueue(full, Buffer.from(b), {}, (err) => outcomes.push(err ? 'nack' : 'ack'));
    await ch.waitForConfirms().catch(() => {});
    assert.deepEqual(outcomes, ['ack', 'nack'], 'confirms with reject-publish');
    // Per-queue TTL: gone after it.
    const ttl = unique('ttl');
    await ch.assertQueue(ttl, { exclusive: true, messageTtl: 100 });
    ch.sendToQueue(ttl, Buffer.from('x'));
    await ch.waitForConfirms();
    assert.equal((await ch.checkQueue(ttl)).messageCount, 1, 'depth before the TTL');
    await sleep(400);
    assert.equal((await ch.checkQueue(ttl)).messageCount, 0, 'depth after the TTL');
    await ch.close();
  },

  async alternate_exchange_and_single_active_consumer(conn) {
    const ch = await conn.createConfirmChannel();
    const ae = unique('ae'); const main = unique('main'); const lost = unique('lost');
    await ch.assertExchange(ae, 'fanout', { autoDelete: true });
    await ch.assertQueue(lost, { exclusive: true });
    await ch.bindQueue(lost, ae, '');
    await ch.assertExchange(main, 'direct', { autoDelete: true, alternateExchange: ae });
    let returned = false;
    ch.on('return', () => { returned = true; });
    ch.publish(main, 'unbound', Buffer.from('stray'), { mandatory: true });
    await ch.waitForConfirms();
    const m = await ch.get(lost, { noAck: true });
    assert.ok(m, 'message routed by the alternate exchange');
    assert.equal(m.content.toString(), 'stray');
    assert.equal(returned, false, 'no basic.return when the alternate exchange routes it');

    const sac = unique('sac');
    await ch.assertQueue(sac, { exclusive: true, arguments: { 'x-single-active-consumer': true } });
    const got = [];
    const first = await ch.consume(sac, (msg) => got.push(['first', msg.content.toString()]), { noAck: true });
    await ch.consume(sac, (msg) => got.push(['second', msg.content.toString()]), { noAck: true });
    ch.sendToQueue(sac, Buffer.from('1'));
    ch.sendToQueue(sac, Buffer.from('2'));
    await ch.waitForConfirms();
    await waitFor(() => got.length === 2, 5000, 'two deliveries');
    assert.deepEqual(got.map(([who]) => who), ['first', 'first'], 'only the active consumer');
    await ch.cancel(first.consumerTag);
    ch.sendToQueue(sac, Buffer.from('3'));
    await ch.waitForConfirms();
    await waitFor(() => got.length === 3, 5000, 'delivery after failover');
    assert.equal(got[2][0], 'second', 'the next consumer took over');
    await ch.close();
  },

  // Streams (x-queue-type: stream): consumers at each x-stream-offset spec.
  // Each message is confirmed before the next is sent, so each is its own
  // chunk on both brokers ("last" = the last chunk). Passes against
  // rabbitmq-server 3.10.8 too.
  async stream_consumers_at_each_offset_spec(conn) {
    const ch = await conn.createConfirmChannel();
    const q = unique('stream');
    await ch.assertQueue(q, { durable: true, arguments: { 'x-queue-type': 'stream' } });
    const publish = async (bodies) => {
      for (const b of bodies) {
        ch.sendToQueue(q, Buffer.from(b), { headers: { n: b } });
        await ch.waitForConfirms();
      }
    };
    await publish(['m0', 'm1', 'm2']);
    await sleep(2100); // AMQP timestamps have whole seconds
    const since = Math.floor(Date.now() / 1000);
    await sleep(100);
    await publish(['m3', 'm4']);

    const consume = async (offset, prefetch = 10) => {
      const c = await conn.createChannel();
      await c.prefetch(prefetch);
      const got = [];
      const args = offset === undefined ? {} : { 'x-stream-offset': offset };
      await c.consume(q, (msg) => got.push(msg), { noAck: false, arguments: args });
      return { c, got };
    };
    const offsets = (got) => got.map((m) => m.properties.headers['x-stream-offset']);
    const specs = [
      ['first', [0, 1, 2, 3, 4]],
      ['last', [4]],
      [2, [2, 3, 4]],
      [-5, [0, 1, 2, 3, 4]],
      [{ '!': 'timestamp', value: since }, [3, 4]],
      ['1h', [0, 1, 2, 3, 4]],
    ];
    for (const [spec, want] of specs) {
      const { c, got } = await consume(spec);
      await waitFor(() => got.length >= want.length, 10000, `${JSON.stringify(spec)}: ${want.length} deliveries`);
      await sleep(300);
      assert.deepEqual(offsets(got), want, `x-stream-offset ${JSON.stringify(spec)}`);
      for (const m of got) {
        assert.equal(typeof m.properties.headers['x-stream-offset'], 'number', 'the header is a number');
        assert.equal(m.properties.headers.n, m.content.toString(), 'the publisher\'s header kept');
        assert.equal(m.fields.redelivered, false, 'not redelivered');
      }
      await c.close();
    }
    // next (and no x-stream-offset at all): only what comes after subscribing.
    const next = await consume('next');
    const plain = await consume(undefined);
    await sleep(500);
    assert.equal(next.got.length + plain.got.length, 0, 'nothing old from next');
    await publish(['m5']);
    await waitFor(() => next.got.length === 1 && plain.got.length === 1, 10000, 'the new message');
    assert.deepEqual(offsets(next.got), [5], 'next');
    assert.deepEqual(offsets(plain.got), [5], 'default offset');
    // Acks are credit: prefetch 2 gives two until they are acked.
    const credit = await consume('first', 2);
    await waitFor(() => credit.got.length >= 2, 10000, 'two deliveries');
    await sleep(300);
    assert.deepEqual(offsets(credit.got), [0, 1], 'prefetch 2 before acking');
    credit.c.ack(credit.got[1], true);
    await waitFor(() => credit.got.length >= 4, 10000, 'two more after acking');
    assert.deepEqual(offsets(credit.got), [0, 1, 2, 3], 'prefetch 2 after acking two');
    await ch.deleteQueue(q);
    await ch.close();
  },

  async stream_refuses_get_auto_ack_and_missing_prefetch(conn, host, port) {
    const ch = await conn.createConfirmChannel();
    const q = unique('stream');
    await ch.assertQueue(q, { durable: true, arguments: { 'x-queue-type': 'stream' } });
    const closedWith = async (what, action) => {
      const c = await connect(host, port);
      c.on('error', () => {});
      const closed = new Promise((resolve) => c.on('close', (err) => resolve(err)));
      const chan = await c.createChannel();
      chan.on('error', () => {});
      const chanClosed = new Promise((resolve) => chan.on('close', () => resolve()));
      await action(chan).catch(() => {});
      const err = await Promise.race([closed, chanClosed.then(() => sleep(200).then(() => null)),
                                      sleep(5000).then(() => 'timeout')]);
      assert.notEqual(err, 'timeout', `${what}: nothing was closed`);
      try { await c.close(); } catch (_) { /* closed by the broker */ }
      return err ? err.message : 'channel';
    };
    let text = await closedWith('basic.get', (c) => c.get(q));
    assert.match(text, /540 \(NOT-IMPLEMENTED\) with message "NOT_IMPLEMENTED - basic.get not supported by stream queues/);
    text = await closedWith('auto-ack', async (c) => { await c.prefetch(5); await c.consume(q, () => {}, { noAck: true }); });
    assert.match(text, /automatic acknowledgement not supported by stream queues/);
    text = await closedWith('no prefetch', (c) => c.consume(q, () => {}, { noAck: false }));
    assert.equal(text, 'channel', 'a missing prefetch closes only the channel (406)');
    await ch.deleteQueue(q);
    await ch.close();
  },

  async priorities_and_limits(conn) {
    const ch = await conn.createConfirmChannel();
    // Priority queue: highest first, FIFO within a priority.
    const pq = unique('prio');
    await ch.assertQueue(pq, { exclusive: true, maxPriority: 5 });
    for (const [b, p] of [['a', 1], ['b', 5], ['c', 1], ['d', 3]]) ch.sendToQueue(pq, Buffer.from(b), { priority: p });
    await ch.waitForConfirms();
    const order = [];
    for (let i = 0; i < 4; i++) order.push((await ch.get(pq, { noAck: true })).content.toString());
    assert.deepEqual(order, ['b', 'd', 'a', 'c'], 'priority order');
    // drop-head keeps the newest.
    const dq = unique('drop');
    await ch.assertQueue(dq, { exclusive: true, maxLength: 2 });
    for (const b of ['1', '2', '3']) ch.sendToQueue(dq, Buffer.from(b));
    await ch.waitForConfirms();
    assert.equal((await ch.get(dq, { noAck: true })).content.toString(), '2', 'oldest dropped');
    // Consumer priority: the x-priority 10 consumer gets its prefetch first.
    const cq = unique('cprio');
    await ch.assertQueue(cq, { exclusive: true });
    const hi = await conn.createChannel();
    await hi.prefetch(1);
    const lo = await conn.createChannel();
    const got = [];
    await hi.consume(cq, () => got.push('high'), { noAck: false, priority: 10 });
    await lo.consume(cq, () => got.push('low'), { noAck: true });
    for (let i = 0; i < 3; i++) ch.sendToQueue(cq, Buffer.from(String(i)));
    await ch.waitForConfirms();
    await waitFor(() => got.length === 3, 5000, 'three deliveries');
    assert.equal(got[0], 'high', 'the high-priority consumer first');
    assert.equal(got.filter((g) => g === 'high').length, 1, 'then only its prefetch');
    await hi.close();
    await lo.close();
    await ch.close();
  },

  async delayed_and_reply_to(conn) {
    const ch = await conn.createConfirmChannel();
    // Delayed message exchange (Warren; the RabbitMQ plugin's type).
    const ex = unique('delayed');
    // RabbitMQ without the plugin refuses the type with a connection error:
    // only Warren gets the delayed part.
    const delayed = String((conn.connection.serverProperties || {}).product) === 'Warren';
    if (delayed)
      await ch.assertExchange(ex, 'x-delayed-message', { autoDelete: true, arguments: { 'x-delayed-type': 'fanout' } });
    const rch = ch;
    if (delayed) {
      const q = unique('delayed-q');
      await ch.assertQueue(q, { exclusive: true });
      await ch.bindQueue(q, ex, '');
      const sent = Date.now();
      ch.publish(ex, '', Buffer.from('later'), { headers: { 'x-delay': 500 } });
      await ch.waitForConfirms();
      assert.equal((await ch.checkQueue(q)).messageCount, 0, 'held back');
      let m = false;
      while (!m && Date.now() - sent < 5000) {
        m = await ch.get(q, { noAck: true });
        if (!m) await sleep(20);
      }
      assert.ok(m, 'arrived');
      assert.ok(Date.now() - sent >= 500, 'not before its delay');
      assert.equal(m.properties.headers['x-delay'], -500, 'x-delay negated');
    }
    // Direct reply-to: RPC without declaring a reply queue.
    const server = await conn.createChannel();
    const rpc = unique('rpc');
    await server.assertQueue(rpc, { exclusive: true });
    await server.consume(rpc, (req) => {
      server.sendToQueue(req.properties.replyTo, Buffer.from(`re:${req.content}`),
                         { correlationId: req.properties.correlationId });
    }, { noAck: true });
    const replies = [];
    await rch.consume('amq.rabbitmq.reply-to', (m) => replies.push(m), { noAck: true });
    rch.sendToQueue(rpc, Buffer.from('ping'), { replyTo: 'amq.rabbitmq.reply-to', correlationId: 'c1' });
    await waitFor(() => replies.length === 1, 5000, 'the reply');
    assert.equal(replies[0].content.toString(), 're:ping');
    assert.equal(replies[0].properties.correlationId, 'c1');
    await server.close();
  },

  async deduplication_and_delivery_limit(conn) {
    const ch = await conn.createConfirmChannel();
    const props = conn.connection.serverProperties || {};
    if (String(props.product) !== 'Warren') {
      console.log('SKIP-NOTE: Warren extensions; not on this broker');
      await ch.close();
      return;
    }
    const q = unique('dedup');
    await ch.assertQueue(q, { exclusive: true, arguments: { 'x-deduplication-window': '1m' } });
    for (const body of ['first', 'retry']) ch.sendToQueue(q, Buffer.from(body), { messageId: 'order-7' });
    await ch.waitForConfirms();
    assert.equal((await ch.checkQueue(q)).messageCount, 1, 'the re-sent message-id is not queued twice');
    const dlx = unique('dlx');
    const dlq = unique('dlq');
    const src = unique('limited');
    await ch.assertExchange(dlx, 'fanout', { autoDelete: true });
    await ch.assertQueue(dlq, { exclusive: true });
    await ch.bindQueue(dlq, dlx, '');
    await ch.assertQueue(src, { exclusive: true, deadLetterExchange: dlx, arguments: { 'x-delivery-limit': 0 } });
    ch.sendToQueue(src, Buffer.from('poison'));
    await ch.waitForConfirms();
    const m = await ch.get(src, { noAck: false });
    ch.nack(m, false, true); // returned once: over a limit of 0
    let dead = false;
    for (let i = 0; i < 100 && !dead; i++) {
      dead = await ch.get(dlq, { noAck: true });
      if (!dead) await sleep(20);
    }
    assert.ok(dead, 'dead-lettered after too many returns');
    assert.equal(dead.properties.headers['x-death'][0].reason, 'delivery_limit');
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
    await cases[name](conn, host, Number(portText));
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
