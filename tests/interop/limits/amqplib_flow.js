#!/usr/bin/env node
// Flow control with amqplib (issue 7): its connection emits 'blocked' and
// 'unblocked' (amqplib announces the connection.blocked capability).
//
//   NODE_PATH=tests/interop/node/node_modules node amqplib_flow.js HOST PORT
//
// Prints "ready" -> the test raises the memory alarm and writes a line;
// publishes m1..m5, waits for 'blocked', checks nothing is delivered for 1 s,
// prints "blocked <reason>" -> the test clears the alarm and writes a line;
// waits for 'unblocked', checks m1..m5 arrive once each, in order: prints
// "delivered 5". On failure prints "FAIL: <reason>" and exits 1.
'use strict';

const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const readline = require('node:readline');
const amqp = require('amqplib');

const [host, port] = [process.argv[2], Number(process.argv[3])];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const lines = readline.createInterface({ input: process.stdin })[Symbol.asyncIterator]();

async function waitFor(predicate, ms, what) {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(10);
  }
}

async function main() {
  const url = { protocol: 'amqp', hostname: host, port, username: 'guest', password: 'guest' };
  const publisher = await amqp.connect(url);
  const consumer = await amqp.connect(url);
  const events = [];
  publisher.on('blocked', (reason) => events.push(['blocked', reason]));
  publisher.on('unblocked', () => events.push(['unblocked']));
  const q = `amqplib-flow-${crypto.randomBytes(6).toString('hex')}`;
  const cch = await consumer.createChannel();
  await cch.assertQueue(q);
  const received = [];
  await cch.consume(q, (m) => { received.push(m.content.toString()); cch.ack(m); });
  const pch = await publisher.createChannel();

  console.log('ready');
  await lines.next(); // the alarm is raised
  for (let i = 1; i <= 5; ++i) pch.sendToQueue(q, Buffer.from(`m${i}`));
  await waitFor(() => events.some((e) => e[0] === 'blocked'), 10000, "'blocked'");
  await sleep(1000);
  assert.deepEqual(received, [], 'delivered while blocked');
  console.log(`blocked ${events[0][1]}`);
  await lines.next(); // the alarm is cleared
  await waitFor(() => events.some((e) => e[0] === 'unblocked'), 10000, "'unblocked'");
  await waitFor(() => received.length >= 5, 10000, 'five deliveries');
  await sleep(300);
  assert.deepEqual(received, ['m1', 'm2', 'm3', 'm4', 'm5'], 'deliveries');
  assert.deepEqual(events.map((e) => e[0]), ['blocked', 'unblocked'], 'events');
  await publisher.close();
  await consumer.close();
  console.log('delivered 5');
}

main().then(() => process.exit(0), (e) => { console.log(`FAIL: ${e.stack || e}`); process.exit(1); });
