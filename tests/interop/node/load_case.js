#!/usr/bin/env node
// Load cases (issue 7): many real clients at once, every message accounted for.
//
//   node load_case.js AMQP_PORT KAFKA_PORT CASE
//
// Cases:
//   amqp_connections   1,000 AMQP connections at once: 500 publish (confirm
//                      mode) 100 messages each to 50 queues, 500 consume them
//                      with manual acks; every message is delivered once.
//   queues_10000       10,000 queues each bound to a topic exchange; one
//                      message per queue through the exchange, then every
//                      queue holds exactly one.
//   kafka_producers    100 KafkaJS producers, 200 records each (acks=all) to a
//                      4-partition topic; the high watermarks add up, and a
//                      consumer reads every record back.
// Prints one line of figures; exits 0 on success, 1 with "FAIL: …".
'use strict';

const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const amqp = require('amqplib');
const { Kafka, logLevel } = require('kafkajs');

const HOST = '127.0.0.1';
const TIME_LIMIT_MS = 240000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const tag = crypto.randomBytes(4).toString('hex');

async function waitFor(predicate, ms, what) {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(20);
  }
}

async function connectAll(port, n) {
  // Open in waves so the handshakes do not all time out together.
  const conns = [];
  for (let i = 0; i < n; i += 100) {
    const wave = [];
    for (let j = i; j < Math.min(n, i + 100); j++)
      wave.push(amqp.connect({ protocol: 'amqp', hostname: HOST, port, username: 'guest', password: 'guest',
                               heartbeat: 0 }));
    conns.push(...(await Promise.all(wave)));
  }
  return conns;
}

const cases = {
  async amqp_connections(amqpPort) {
    const started = Date.now();
    const N = 1000, QUEUES = 50, PER_PUBLISHER = 100;
    const conns = await connectAll(amqpPort, N);
    const setup = await conns[0].createChannel();
    const queues = Array.from({ length: QUEUES }, (_, i) => `load-${tag}-q${i}`);
    for (const q of queues) await setup.assertQueue(q, { autoDelete: false, durable: false });
    const seen = new Set();
    let duplicates = 0;
    let delivered = 0;
    // Consumers: connections 500..999, ten per queue.
    for (let i = N / 2; i < N; i++) {
      const ch = await conns[i].createChannel();
      await ch.prefetch(50);
      await ch.consume(queues[i % QUEUES], (msg) => {
        if (!msg) return; // server-sent cancel: the queue was deleted at the end
        const id = msg.content.toString();
        if (seen.has(id)) duplicates++;
        seen.add(id);
        delivered++;
        ch.ack(msg);
      });
    }
    const connected = Date.now();
    // Publishers: connections 0..499, confirm mode.
    await Promise.all(conns.slice(0, N / 2).map(async (conn, p) => {
      const ch = await conn.createConfirmChannel();
      for (let m = 0; m < PER_PUBLISHER; m++)
        ch.sendToQueue(queues[(p + m) % QUEUES], Buffer.from(`p${p}-m${m}`));
      await ch.waitForConfirms();
    }));
    const total = (N / 2) * PER_PUBLISHER;
    await waitFor(() => delivered >= total, 120000, `${total} deliveries (have ${delivered})`);
    await sleep(300);
    assert.equal(duplicates, 0, 'duplicate deliveries');
    assert.equal(seen.size, total, 'distinct messages delivered');
    for (const q of queues) assert.equal((await setup.checkQueue(q)).messageCount, 0, `${q} drained`);
    for (const q of queues) await setup.deleteQueue(q);
    await Promise.all(conns.map((c) => c.close()));
    console.log(`OK: ${N} connections open at once (connected in ${connected - started} ms); ` +
                `${total} messages published with confirms and delivered once each in ${Date.now() - connected} ms`);
  },

  async queues_10000(amqpPort) {
    const started = Date.now();
    const N = 10000;
    const [conn] = await connectAll(amqpPort, 1);
    const ch = await conn.createConfirmChannel();
    const ex = `load-${tag}-topic`;
    await ch.assertExchange(ex, 'topic', { autoDelete: false });
    const names = Array.from({ length: N }, (_, i) => `load-${tag}-${i}`);
    for (let i = 0; i < N; i += 500)
      await Promise.all(names.slice(i, i + 500).map(async (q, k) => {
        await ch.assertQueue(q, { durable: false });
        await ch.bindQueue(q, ex, `key.${i + k}.#`);
      }));
    const declared = Date.now();
    for (let i = 0; i < N; i++) ch.publish(ex, `key.${i}.x`, Buffer.from(String(i)));
    await ch.waitForConfirms();
    const published = Date.now();
    for (let i = 0; i < N; i += 500) {
      const counts = await Promise.all(names.slice(i, i + 500).map((q) => ch.checkQueue(q)));
      counts.forEach((c, k) => assert.equal(c.messageCount, 1, `${names[i + k]} holds its one message`));
    }
    for (let i = 0; i < N; i += 500) await Promise.all(names.slice(i, i + 500).map((q) => ch.deleteQueue(q)));
    await ch.deleteExchange(ex);
    await conn.close();
    console.log(`OK: ${N} queues declared and bound in ${declared - started} ms; ${N} messages routed, one ` +
                `to each, in ${published - declared} ms`);
  },

  async kafka_producers(_amqpPort, kafkaPort) {
    const started = Date.now();
    const P = 100, PER_PRODUCER = 200, PARTITIONS = 4;
    const kafka = new Kafka({ clientId: 'warren-load', brokers: [`${HOST}:${kafkaPort}`], logLevel: logLevel.NOTHING,
                              retry: { retries: 5 } });
    const admin = kafka.admin();
    await admin.connect();
    const topic = `load-${tag}`;
    await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });
    const producers = Array.from({ length: P }, () => kafka.producer({ allowAutoTopicCreation: false }));
    await Promise.all(producers.map((p) => p.connect()));
    await Promise.all(producers.map(async (p, i) => {
      for (let b = 0; b < PER_PRODUCER; b += 20) {
        const messages = Array.from({ length: 20 }, (_, k) => ({ key: `p${i}`, value: `p${i}-m${b + k}` }));
        await p.send({ topic, acks: -1, messages });
      }
    }));
    const produced = Date.now();
    const offsets = await admin.fetchTopicOffsets(topic);
    const total = offsets.reduce((sum, o) => sum + Number(o.high), 0);
    assert.equal(total, P * PER_PRODUCER, 'high watermarks add up to everything produced');
    const consumer = kafka.consumer({ groupId: `load-${tag}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const seen = new Set();
    await consumer.run({ eachMessage: async ({ message }) => { seen.add(message.value.toString()); } });
    await waitFor(() => seen.size === P * PER_PRODUCER, 60000, `all ${P * PER_PRODUCER} records read back`);
    await consumer.disconnect();
    await Promise.all(producers.map((p) => p.disconnect()));
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();
    console.log(`OK: ${P} producers wrote ${total} records (acks=all) in ${produced - started} ms; ` +
                `all read back`);
  },
};

async function main() {
  const [amqpPort, kafkaPort, name] = process.argv.slice(2);
  if (!name || !cases[name]) {
    console.log(`usage: load_case.js AMQP_PORT KAFKA_PORT CASE\ncases: ${Object.keys(cases).join(', ')}`);
    return 2;
  }
  const timer = setTimeout(() => {
    console.log(`FAIL: case ${name} exceeded ${TIME_LIMIT_MS / 1000} s`);
    process.exit(1);
  }, TIME_LIMIT_MS);
  try {
    await cases[name](Number(amqpPort), Number(kafkaPort));
    return 0;
  } catch (err) {
    console.log(`FAIL: ${err && err.stack ? err.stack : err}`);
    return 1;
  } finally {
    clearTimeout(timer);
  }
}

main().then((code) => process.exit(code));
